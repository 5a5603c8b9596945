import { MAX_RECORDED_REFUSALS, UPLOAD_KINDS, IntakeEventType as E, type UploadCompletedData, type UploadEvent, type UploadRefusal } from '@casetrail/intake-contracts';
import { conflict, isProvinceCode, requireCode, unprocessable } from '@casetrail/kernel';
import type { RecordUploadCompleted, UploadCommand } from '../intake.commands';
import { requireSingleLine, requireWholeNumber } from '../intake.rules';
import type { UploadState } from './upload.state';

const SHA256_HEX = /^[0-9a-f]{64}$/;
const MAX_REASON_LENGTH = 500;
const UPLOAD_FORMATS_ACCEPTED = ['csv', 'xlsx'] as const;

/** Decides what a command means for an upload, or throws a `DomainRuleViolation`. Pure. */
export function decideUpload(command: UploadCommand, state: UploadState): UploadEvent[] {
  switch (command.type) {
    case 'RecordUploadCompleted':
      return recordUploadCompleted(command, state);
    default: {
      const unexpected: never = command.type;
      throw unprocessable('UNKNOWN_COMMAND', `Unknown command ${String(unexpected)}`);
    }
  }
}

function requireRefusal(value: unknown, index: number): UploadRefusal {
  const path = `refusals[${index}]`;
  if (typeof value !== 'object' || value === null) throw unprocessable('INVALID_REFUSAL', `${path} must be an object`);
  const r = value as Record<string, unknown>;
  // Line 1 is the header: a refused row is on line 2 or later.
  const line = requireWholeNumber(r['line'], 2, Number.MAX_SAFE_INTEGER, 'INVALID_REFUSAL', `${path}.line`);
  if (typeof r['reason'] !== 'string' || r['reason'].trim() === '') throw unprocessable('TEXT_REQUIRED', `${path}.reason is required`);
  // The reason is the service's own text (rules, never values): made to fit rather than lose the
  // record of a whole file at its last step.
  const said = r['reason'].replace(/\s+/g, ' ').trim();
  const reason = said.length > MAX_REASON_LENGTH ? `${said.slice(0, MAX_REASON_LENGTH - 1)}…` : said;
  return r['field'] === undefined ? { line, reason } : { line, field: requireSingleLine(r['field'], `${path}.field`, 100), reason };
}

/**
 * A file went through to its last row: written once per file (its SHA-256 names the stream), so
 * the same file sent again answers this record. The counts must add up to the rows read. Rows are
 * appended in concurrent batches, so refusals may come in any order: the record keeps the first
 * `MAX_RECORDED_REFUSALS` by line, and `refused` counts them all.
 */
function recordUploadCompleted({ data }: RecordUploadCompleted, state: UploadState): UploadEvent[] {
  if (state.completed !== null) throw conflict('UPLOAD_ALREADY_RECORDED', 'This file was already uploaded; its record stands');
  if (typeof data.uploadId !== 'string' || !SHA256_HEX.test(data.uploadId)) {
    throw unprocessable('INVALID_UPLOAD_ID', 'uploadId must be the SHA-256 of the file in lower-case hex');
  }
  const kind = requireCode(UPLOAD_KINDS, data.kind, 'UNKNOWN_UPLOAD_KIND', 'kind');
  const format = requireCode(UPLOAD_FORMATS_ACCEPTED, data.format, 'UNKNOWN_UPLOAD_FORMAT', 'format');
  if (data.province !== null && !isProvinceCode(data.province)) throw unprocessable('UNKNOWN_PROVINCE', 'province must be a province code, or null for a national user');
  const count = (field: 'rows' | 'accepted' | 'alreadyRecorded' | 'refused') =>
    requireWholeNumber(data[field], 0, Number.MAX_SAFE_INTEGER, 'INVALID_COUNT', field);
  const rows = count('rows');
  const accepted = count('accepted');
  const alreadyRecorded = count('alreadyRecorded');
  const refused = count('refused');
  if (accepted + alreadyRecorded + refused !== rows) {
    throw unprocessable('COUNTS_DO_NOT_ADD_UP', 'accepted, alreadyRecorded and refused must add up to rows');
  }
  if (!Array.isArray(data.refusals)) throw unprocessable('INVALID_REFUSAL', 'refusals must be a list');
  if (data.refusals.length !== refused) throw unprocessable('REFUSALS_DO_NOT_ADD_UP', 'refusals must list every refused row (refused counts them)');
  const refusals = data.refusals
    .map(requireRefusal)
    .sort((a, b) => a.line - b.line)
    .slice(0, MAX_RECORDED_REFUSALS);
  const completed: UploadCompletedData = {
    uploadId: data.uploadId,
    kind,
    format,
    province: data.province,
    rows,
    accepted,
    alreadyRecorded,
    refused,
    refusals,
  };
  // An empty name is no name; a name of several lines would forge lines in a listing.
  if (data.fileName !== undefined && data.fileName.trim() !== '') completed.fileName = requireSingleLine(data.fileName, 'fileName', 255);
  return [{ type: E.UploadCompleted, data: completed }];
}
