import { intakeRecordName, type IntakeRecordKind } from '@casetrail/intake-contracts';
import { nameBasedUuid } from '@casetrail/platform-commands';

/**
 * The id of the record with `reference` at `place` (UUID v5 of `intakeRecordName`): the API and
 * the bulk upload compute it alike, so a row entered twice, or through both, is one record.
 */
export function intakeRecordId(kind: IntakeRecordKind, place: string, reference: string): string {
  return nameBasedUuid(intakeRecordName(kind, place, reference));
}
