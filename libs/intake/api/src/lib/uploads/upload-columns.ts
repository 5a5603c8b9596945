import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate } from 'class-validator';
import { FieldValidationException } from '@casetrail/platform-nest';
import type { UploadKind, UploadRefusal } from '@casetrail/intake-contracts';
import { RecordBodyReceivedDto } from '../dto/body.dto';
import { RecordReceptionDto } from '../dto/reception.dto';
import { ReferPersonDto, ScreenPersonDto } from '../dto/screening.dto';

/*
 * A row of a file is a request body in other clothes: its snake_case columns name the fields of the
 * API's DTO (nested ones by a path: `men` is `counts.men`, `name` is `personal.fullName`), an
 * empty cell is an absent field, and the row is checked by the very DTO class the API route
 * checks its body with, as strictly (whitelist, unknown fields refused). Only whole numbers are
 * read as numbers (a cell is text in a CSV); anything else stays text for the DTO to refuse.
 */

/** A column of a file and the DTO field it fills. */
interface Column {
  column: string;
  /** Dot path in the DTO's body. */
  field: string;
  number?: true;
}

const RECEPTION_COLUMNS: readonly Column[] = [
  { column: 'reference', field: 'reference' },
  { column: 'place', field: 'place' },
  { column: 'received_on', field: 'receivedOn' },
  { column: 'received_by', field: 'receivedBy' },
  { column: 'returned_by', field: 'returnedBy' },
  { column: 'country_returned_from', field: 'countryReturnedFrom' },
  { column: 'reason', field: 'reason' },
  { column: 'men', field: 'counts.men', number: true },
  { column: 'women', field: 'counts.women', number: true },
  { column: 'boys', field: 'counts.boys', number: true },
  { column: 'girls', field: 'counts.girls', number: true },
];

const SCREENING_COLUMNS: readonly Column[] = [
  { column: 'reference', field: 'reference' },
  { column: 'reception_reference', field: 'receptionReference' },
  { column: 'place', field: 'place' },
  { column: 'screened_on', field: 'screenedOn' },
  { column: 'screened_by', field: 'screenedBy' },
  { column: 'outcome', field: 'outcome' },
  { column: 'exploitation_indicated', field: 'exploitationIndicated' },
  { column: 'sex', field: 'sex' },
  { column: 'nationality', field: 'nationality' },
  { column: 'country_returned_from', field: 'countryReturnedFrom' },
  { column: 'age_in_years', field: 'ageInYears', number: true },
  { column: 'birth_date', field: 'birthDate' },
  { column: 'name', field: 'personal.fullName' },
];

/** A screening row's referral: the body of `POST …/screenings/:personId/referrals`. */
const REFERRAL_COLUMNS: readonly Column[] = [
  { column: 'referral_destination', field: 'destination' },
  { column: 'referral_on', field: 'referredOn' },
  { column: 'referral_organisation', field: 'organisation' },
  { column: 'referral_police_unit', field: 'policeUnit' },
  { column: 'referral_police_case_id', field: 'policeCaseId' },
  { column: 'referral_suspected_offence', field: 'suspectedOffence' },
];

const BODY_COLUMNS: readonly Column[] = [
  { column: 'reference', field: 'reference' },
  { column: 'place', field: 'place' },
  { column: 'received_on', field: 'receivedOn' },
  { column: 'received_by', field: 'receivedBy' },
  { column: 'brought_by', field: 'broughtBy' },
  { column: 'country_of_death', field: 'countryOfDeath' },
  { column: 'sex', field: 'sex' },
  { column: 'cause', field: 'cause' },
];

/** How one part of a row becomes a DTO: its columns and the class that checks it. */
export interface RowPart<T extends object> {
  columns: readonly Column[];
  dto: ClassConstructor<T>;
}

export const RECEPTION_ROW: RowPart<RecordReceptionDto> = { columns: RECEPTION_COLUMNS, dto: RecordReceptionDto };
export const SCREENING_ROW: RowPart<ScreenPersonDto> = { columns: SCREENING_COLUMNS, dto: ScreenPersonDto };
export const REFERRAL_ROW: RowPart<ReferPersonDto> = { columns: REFERRAL_COLUMNS, dto: ReferPersonDto };
export const BODY_ROW: RowPart<RecordBodyReceivedDto> = { columns: BODY_COLUMNS, dto: RecordBodyReceivedDto };

/** The parts of each kind's rows (a screening row may carry a referral). */
export const ROW_PARTS: Record<UploadKind, readonly RowPart<object>[]> = {
  receptions: [RECEPTION_ROW],
  screenings: [SCREENING_ROW, REFERRAL_ROW],
  bodies: [BODY_ROW],
};

/** A row's cells by column name, empty cells left out. */
export type RowCells = ReadonlyMap<string, string>;

/** Whether the row gives any cell of the part (a screening row without referral columns has no referral). */
export function rowHasPart(cells: RowCells, part: RowPart<object>): boolean {
  return part.columns.some((c) => cells.has(c.column));
}

const WHOLE_NUMBER = /^[+-]?\d{1,15}$/;

/** The body a part of the row stands for: each given cell at its field's path. */
export function bodyOfRow(cells: RowCells, part: RowPart<object>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const { column, field, number } of part.columns) {
    const cell = cells.get(column);
    if (cell === undefined) continue;
    const path = field.split('.');
    let holder = body;
    for (const key of path.slice(0, -1)) holder = (holder[key] ??= {}) as Record<string, unknown>;
    holder[path[path.length - 1]!] = number && WHOLE_NUMBER.test(cell) ? Number(cell) : cell;
  }
  return body;
}

/** The most a refusal's reason may say (the record keeps refusals of at most 500 characters). */
const MAX_REASON = 500;
/** class-validator's `isIn` lists every code; past this length the list is left to the published code lists. */
const MAX_LISTED_CODES = 160;

/** One problem of a row, in the words of its columns. */
export interface RowProblem {
  field?: string;
  reason: string;
}

/**
 * Checks a part of a row with its DTO exactly as the API's validation pipe checks a body
 * (whitelist, unknown fields refused), and names each problem by its column. class-validator's
 * messages name the field and the rule, never the value, so nothing of the row is repeated.
 */
export async function checkRowPart<T extends object>(cells: RowCells, part: RowPart<T>): Promise<{ dto: T } | { problems: RowProblem[] }> {
  const dto = plainToInstance(part.dto, bodyOfRow(cells, part), { enableImplicitConversion: false });
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true, validationError: { target: false, value: false } });
  if (errors.length === 0) return { dto };
  const problems = FieldValidationException.fromErrors(errors, '(row)').fields.map((f) => ({
    field: columnOfField(part, f.field),
    reason: inColumnWords(part, shortened(f.message)),
  }));
  return { problems };
}

function columnOfField(part: RowPart<object>, field: string): string | undefined {
  return part.columns.find((c) => c.field === field || c.field.startsWith(`${field}.`))?.column;
}

function shortened(message: string): string {
  const listed = message.indexOf('must be one of the following values');
  if (listed >= 0 && message.length > MAX_LISTED_CODES) return `${message.slice(0, listed)}must be one of the codes of its published list`;
  return message;
}

/**
 * A message of the DTO or of the decider in the file's words: every field it names (`counts.men`,
 * `policeUnit`) becomes its column (`men`, `referral_police_unit`).
 */
export function inColumnWords(part: RowPart<object>, message: string): string {
  let words = message;
  for (const { column, field } of [...part.columns].sort((a, b) => b.field.length - a.field.length)) {
    words = words.replace(new RegExp(`(?<![\\w.])${field.replace('.', '\\.')}(?![\\w])`, 'g'), column);
  }
  return words;
}

/** The column a decider's message is about: the field it starts with, when it is one of the part's. */
export function columnOfMessage(part: RowPart<object>, message: string): string | undefined {
  const first = message.split(' ', 1)[0] ?? '';
  return part.columns.find((c) => c.field === first || c.field.endsWith(`.${first}`))?.column;
}

/** One refusal per refused row (the record counts them so): the first problem's column, every problem's reason. */
export function refusalOf(line: number, problems: readonly RowProblem[]): UploadRefusal {
  const field = problems.find((p) => p.field !== undefined)?.field;
  const reason = [...new Set(problems.map((p) => p.reason))].join('; ').replace(/\s+/g, ' ');
  return { line, ...(field ? { field } : {}), reason: reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON - 1)}…` : reason };
}
