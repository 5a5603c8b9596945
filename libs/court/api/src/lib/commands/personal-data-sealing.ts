import type { CourtFileCommand } from '@casetrail/court-domain';
import { sealPersonalInput, type PersonalDataCipher, type WithClearPersonal } from '@casetrail/personal-data';

/** A court-file command as built from a request (or a reactor): `personal` of an added person still in clear. */
export type ClearCourtFileCommand = WithClearPersonal<CourtFileCommand>;

/**
 * Seals an added accused's or victim's identifying data under the person's own key (person id =
 * `personId`), before the command is decided (`sealPersonalInput`). Nothing identifying given:
 * no `personal` at all, no key created. A forwarding from the police carries the police's sealed
 * envelopes already, and passes unchanged.
 */
export async function sealCourtPersonalData(command: ClearCourtFileCommand, cipher: PersonalDataCipher): Promise<CourtFileCommand> {
  switch (command.type) {
    case 'AddAccused':
    case 'AddVictim': {
      const personal = await sealPersonalInput(command.data.personId, command.data.personal, command.data.birthDate, cipher);
      const { personal: _clear, ...data } = command.data;
      return { ...command, data: { ...data, ...(personal ? { personal } : {}) } } as CourtFileCommand;
    }
    default:
      return command;
  }
}
