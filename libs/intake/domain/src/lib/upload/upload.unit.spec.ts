import { IntakeEventType as E, MAX_RECORDED_REFUSALS, type UploadEvent } from '@casetrail/intake-contracts';
import { specOf } from '../intake.test-fixtures';
import { uploadDecider } from './upload.decider';

const { cmd, decides, decided, refuses, stateOf } = specOf(uploadDecider);

const uploadId = 'a'.repeat(64);
const refusals = [
  { line: 7, field: 'place', reason: 'place must be the code of an intake place (airport, checkpoint or embassy)' },
  { line: 3, reason: 'already recorded with other figures; correct it instead' },
];
const completion = {
  uploadId,
  kind: 'receptions',
  format: 'csv',
  fileName: 'poipet-2020-05.csv',
  province: 'banteay-meanchey',
  rows: 10,
  accepted: 6,
  alreadyRecorded: 2,
  refused: 2,
  refusals,
};
const complete = (overrides: Record<string, unknown> = {}) => cmd('RecordUploadCompleted', { ...completion, ...overrides });
/** The refusals by line: batches append concurrently, so they arrive in any order. */
const completed = (data: Record<string, unknown> = {}) => ({ type: E.UploadCompleted, data: { ...completion, refusals: [refusals[1], refusals[0]], ...data } }) as UploadEvent;

describe('RecordUploadCompleted', () => {
  it('records the file once it went through, its refusals by line', () => decides([], complete(), [completed()]));
  it('makes a reason fit the record: one line, at most 500 characters', () => {
    const long = `${'x'.repeat(300)}\n  ${'y'.repeat(300)}`;
    const [event] = decided([], complete({ refusals: [{ line: 3, reason: long }, { line: 4, reason: ' a\r\nb ' }] }));
    const [first, second] = (event as UploadEvent).data.refusals;
    expect(first.reason).toHaveLength(500);
    expect(first.reason).toMatch(/^x{300} y+…$/);
    expect(second.reason).toBe('a b');
  });
  it('records a national uploader’s spreadsheet without a name', () =>
    decides([], complete({ format: 'xlsx', fileName: undefined, province: null, kind: 'bodies' }), [
      completed({ format: 'xlsx', fileName: undefined, province: null, kind: 'bodies' }),
    ]));
  it('records an empty name as no name', () => decides([], complete({ fileName: '  ' }), [completed({ fileName: undefined })]));
  it('records a file of no rows', () => decides([], complete({ rows: 0, accepted: 0, alreadyRecorded: 0, refused: 0, refusals: [] }), [completed({ rows: 0, accepted: 0, alreadyRecorded: 0, refused: 0, refusals: [] })]));
  it(`keeps the first ${MAX_RECORDED_REFUSALS} refusals by line, and counts them all`, () => {
    const many = Array.from({ length: MAX_RECORDED_REFUSALS + 5 }, (_, i) => ({ line: MAX_RECORDED_REFUSALS + 6 - i, reason: 'sex must be one of F, M' }));
    const rows = many.length + 1;
    const [event] = decided([], complete({ rows, accepted: 1, alreadyRecorded: 0, refused: many.length, refusals: many }));
    const data = (event as UploadEvent).data;
    expect(data.refused).toBe(MAX_RECORDED_REFUSALS + 5);
    expect(data.refusals).toHaveLength(MAX_RECORDED_REFUSALS);
    expect(data.refusals[0].line).toBe(2);
    expect(data.refusals[MAX_RECORDED_REFUSALS - 1].line).toBe(MAX_RECORDED_REFUSALS + 1);
  });

  it('records a file once (409)', () => refuses([completed()], complete(), 'UPLOAD_ALREADY_RECORDED', 'conflict'));
  it.each([
    ['an id that is not a SHA-256', { uploadId: 'A'.repeat(64) }, 'INVALID_UPLOAD_ID'],
    ['a short id', { uploadId: 'abc' }, 'INVALID_UPLOAD_ID'],
    ['an unknown kind', { kind: 'persons' }, 'UNKNOWN_UPLOAD_KIND'],
    ['an unknown format', { format: 'xls' }, 'UNKNOWN_UPLOAD_FORMAT'],
    ['an unknown province', { province: 'atlantis' }, 'UNKNOWN_PROVINCE'],
    ['counts that do not add up', { accepted: 7 }, 'COUNTS_DO_NOT_ADD_UP'],
    ['a negative count', { rows: -1 }, 'INVALID_COUNT'],
    ['fewer refusals than refused rows', { refusals: [refusals[0]] }, 'REFUSALS_DO_NOT_ADD_UP'],
    ['a refusal of the header line', { refusals: [{ line: 1, reason: 'x is not allowed' }, refusals[1]] }, 'INVALID_REFUSAL'],
    ['a refusal without a reason', { refusals: [{ line: 4 }, refusals[1]] }, 'TEXT_REQUIRED'],
    ['a refusal that is not an object', { refusals: ['line 4', refusals[1]] }, 'INVALID_REFUSAL'],
    ['refusals that are not a list', { refusals: 'none' }, 'INVALID_REFUSAL'],
    ['a name of several lines', { fileName: 'a.csv\nforged line' }, 'TEXT_NOT_SINGLE_LINE'],
  ])('refuses %s (422)', (_what, overrides, code) => refuses([], complete(overrides), code, 'unprocessable'));
});

describe('evolveUpload', () => {
  it('keeps the record', () => {
    expect(stateOf([])).toEqual({ completed: null });
    expect(stateOf([completed()]).completed).toMatchObject({ uploadId, rows: 10, refusals: [{ line: 3 }, { line: 7 }] });
  });
});
