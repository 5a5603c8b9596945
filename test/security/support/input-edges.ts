import { resolve, type OpenApiDocument, type SchemaObject } from './openapi-document';

/*
 * The input edge classes of issue 8, generated for one route from its documented body schema and
 * a valid body: what a hostile client sends to every body route. Every value and every invented
 * key carries CANARY, so an answer that repeats input is found by searching for it.
 */

export const CANARY = 'Zq7Canary';

/** What the answer must be, beyond the invariants every answer keeps (< 500, problem+json, no canary). */
export type EdgeExpectation =
  /** Anything below 500: a valid variant may be accepted, or refused by a domain rule. */
  | 'below-500'
  /** A client error (4xx): the variant is invalid whatever the state of the record. */
  | 'refused'
  /** Exactly this status (the edge's own rules: depth, reserved keys, text, types, codings). */
  | { status: number; field?: string };

export interface EdgeCase {
  name: string;
  /** The bytes sent. */
  body: string | Buffer;
  /** Request headers; Content-Type is application/json unless given (null: none at all). */
  contentType?: string | null;
  headers?: Record<string, string>;
  expect: EdgeExpectation;
}

type Path = string[];

/** A field of the body with its resolved schema; nested objects one level down are included. */
interface Field {
  path: Path;
  schema: SchemaObject;
}

const DATE_EXAMPLE = /^\d{4}-\d{2}-\d{2}$/;

/** Scripts a name or a reference may be written in; each is valid text and must not be refused as text. */
export const VALID_TEXT: [string, string][] = [
  ['Khmer with COENG and U+200B', 'ករណី\u200Bជួញដូរ\u200Bមនុស្ស'],
  ['Thai', 'คดีค้ามนุษย์'],
  ['Vietnamese, decomposed (NFD)', 'Nguyễn Thị Ánh'.normalize('NFD')],
  ['Arabic (RTL, no override)', 'قضية الاتجار بالبشر'],
  ['emoji (ZWJ sequence, flag)', '👩🏽‍⚖️ 🇰🇭'],
];

/** Characters the edge refuses in any string, and the words its problem uses. */
export const REFUSED_TEXT: [string, string][] = [
  ['NUL', '\u0000'],
  ['ESC (terminal escape)', '\u001B[2J'],
  ['DEL', '\u007F'],
  ['NEL (C1)', '\u0085'],
  ['CSI (C1)', '\u009B'],
  ['RIGHT-TO-LEFT OVERRIDE', '\u202E'],
  ['LEFT-TO-RIGHT EMBEDDING', '\u202A'],
  ['RIGHT-TO-LEFT ISOLATE', '\u2067'],
  ['POP DIRECTIONAL ISOLATE', '\u2069'],
  ['lone high surrogate', '\uD800'],
  ['lone low surrogate', '\uDFFF'],
];

export function fieldsOf(document: OpenApiDocument, schema: SchemaObject, prefix: Path = [], depth = 0): Field[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, raw]) => {
    const property = resolve(document, raw) ?? {};
    const field = { path: [...prefix, name], schema: property };
    return property.properties && depth < 2 ? [field, ...fieldsOf(document, property, field.path, depth + 1)] : [field];
  });
}

/** The valid body with one value replaced (intermediate objects made as needed). */
function withValue(valid: unknown, path: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(valid) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null || Array.isArray(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
  return copy;
}

/** The valid body as JSON with one value written as a raw JSON literal (numbers JSON.stringify cannot write). */
function withLiteral(valid: unknown, path: Path, literal: string): string {
  const marker = `${CANARY}-literal`;
  return JSON.stringify(withValue(valid, path, marker)).replace(JSON.stringify(marker), literal);
}

const nest = (depth: number, leaf: string) => `{"${CANARY}":`.repeat(depth) + leaf + '}'.repeat(depth);

/** Every edge case for a body route. */
export function edgeCasesFor(document: OpenApiDocument, schema: SchemaObject, valid: Record<string, unknown>, bodyLimitBytes: number): EdgeCase[] {
  const json = (body: unknown) => JSON.stringify(body);
  const validJson = json(valid);
  const fields = fieldsOf(document, schema);
  const first = fields[0].path;
  const cases: EdgeCase[] = [
    // Depth: 2,000 levels, and one level either side of the limit (the body is level 1).
    { name: 'depth 2,000 (objects)', body: nest(2_000, '1'), expect: { status: 400, field: '(body)' } },
    { name: 'depth 2,000 (arrays)', body: '['.repeat(2_000) + ']'.repeat(2_000), expect: { status: 400, field: '(body)' } },
    { name: 'depth 33 (just over)', body: json(withValue(valid, first, JSON.parse(nest(32, '1')))), expect: { status: 400, field: '(body)' } },
    { name: 'depth 32 (at the limit)', body: json(withValue(valid, first, JSON.parse(nest(31, '1')))), expect: 'refused' },
    // Size and bytes.
    { name: 'over the body limit', body: json({ ...valid, [CANARY]: CANARY.repeat(Math.ceil(bodyLimitBytes / CANARY.length) + 1) }), expect: { status: 413 } },
    { name: 'invalid UTF-8 bytes', body: Buffer.concat([Buffer.from(validJson.slice(0, -1) + `,"${CANARY}":"`), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('"}')]), expect: { status: 400 } },
    { name: 'overlong UTF-8 encoding of "/"', body: Buffer.concat([Buffer.from(validJson.slice(0, -1) + `,"${CANARY}":"`), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')]), expect: { status: 400 } },
    { name: 'a byte order mark before the JSON', body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(validJson)]), expect: 'below-500' },
    { name: 'not JSON', body: `{"${CANARY}": ${CANARY}}`, expect: { status: 400 } },
    { name: 'an empty body', body: '', expect: 'refused' },
    // The body's JSON type.
    { name: 'null', body: 'null', expect: { status: 400 } },
    { name: 'a string', body: json(CANARY), expect: { status: 400 } },
    { name: 'a number', body: '42', expect: { status: 400 } },
    { name: 'an array of the valid body', body: json([valid]), expect: 'refused' },
    // Media types and content codings.
    ...['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x', 'application/merge-patch+json', 'application/json; charset=utf-16', 'application/json; charset=iso-8859-1'].map(
      (type): EdgeCase => ({ name: `Content-Type: ${type}`, body: validJson, contentType: type, expect: { status: 415 } }),
    ),
    { name: 'no Content-Type', body: validJson, contentType: null, expect: { status: 415 } },
    { name: `Content-Type: application/${CANARY}`, body: validJson, contentType: `application/${CANARY}`, expect: { status: 415 } },
    ...['gzip', 'deflate', 'br', 'zstd', `x-${CANARY}`].map((coding): EdgeCase => ({ name: `Content-Encoding: ${coding} (not compressed)`, body: validJson, headers: { 'Content-Encoding': coding }, expect: { status: 415 } })),
    // Keys: the client's own, and those that name prototypes.
    { name: 'unknown keys (1,500 of them)', body: json({ ...valid, ...Object.fromEntries(Array.from({ length: 1_500 }, (_, i) => [`${CANARY}${i}`, CANARY])) }), expect: { status: 400, field: '(body)' } },
    ...['__proto__', 'constructor', 'prototype'].map((key): EdgeCase => ({ name: `top-level ${key}`, body: `{"${key}":{"${CANARY}":"${CANARY}"},${validJson.slice(1)}`, expect: { status: 400, field: key } })),
  ];

  for (const { path, schema: property } of fields) {
    const name = path.join('.');
    const cases_ = (label: string, value: unknown, expect: EdgeExpectation): EdgeCase => ({ name: `${name}: ${label}`, body: json(withValue(valid, path, value)), expect });
    const literal = (label: string, text: string, expect: EdgeExpectation): EdgeCase => ({ name: `${name}: ${label}`, body: withLiteral(valid, path, text), expect });
    cases.push(cases_('null', null, 'refused'));
    cases.push(cases_(`an unknown key inside`, { [CANARY]: CANARY }, 'refused'));
    if (property.properties) {
      cases.push(cases_('an array for an object', [withValue({}, [CANARY], CANARY)], 'refused'));
      cases.push(cases_('a string for an object', CANARY, 'refused'));
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        const body = JSON.stringify(withValue(valid, [...path, `${CANARY}-reserved`], { [CANARY]: 1 })).replace(`"${CANARY}-reserved"`, `"${key}"`);
        cases.push({ name: `${name}.${key}`, body, expect: { status: 400, field: `${name}.${key}` } });
      }
      continue;
    }
    if (property.type === 'array') {
      // Unless the document says an empty list means something (a consent that shares with no one).
      cases.push(cases_('an empty array', [], property.minItems === 0 ? 'below-500' : 'refused'));
      cases.push(cases_('1,000 items', Array.from({ length: 1_000 }, (_, i) => `${CANARY}${i}`), 'refused'));
      cases.push(cases_('nested arrays', [[CANARY]], 'refused'));
      cases.push(cases_('[null]', [null], 'refused'));
      cases.push(cases_('an object for an array', { [CANARY]: CANARY }, 'refused'));
      cases.push(cases_(`an item with a bidi override`, [`${CANARY}\u202E`], { status: 400, field: `${name}.0` }));
      continue;
    }
    if (property.type === 'integer' || property.type === 'number') {
      for (const [label, text] of [['1e400 (Infinity)', '1e400'], ['-1e400', '-1e400'], ['1e308', '1e308'], ['2^53 + 1', '9007199254740993'], ['-1', '-1'], ['0.5', '0.5'], ['-0', '-0'], ['a number as a string', '"35"'], ['"NaN"', '"NaN"'], ['"Infinity"', '"Infinity"'], ['true', 'true'], ['[]', '[]'], ['{}', '{}']] as const) {
        const valid_ = label === '-0';
        cases.push(literal(label, text, valid_ ? 'below-500' : 'refused'));
      }
      cases.push(cases_(`a string with the canary`, CANARY, 'refused'));
      continue;
    }
    // Strings: dates, codes from a list, free text.
    cases.push(cases_('a number for a string', 35, 'refused'));
    cases.push(cases_('an array for a string', [CANARY], 'refused'));
    cases.push(cases_('10,000 characters', `${CANARY}${'x'.repeat(10_000)}`, 'refused'));
    cases.push(cases_('an empty string', '', 'refused'));
    for (const [label, character] of REFUSED_TEXT) {
      cases.push(cases_(label, `${CANARY}${character}x`, { status: 400, field: name }));
    }
    if (typeof property.example === 'string' && DATE_EXAMPLE.test(property.example)) {
      for (const [label, date, expect] of dateEdges()) cases.push(cases_(label, date, expect));
      continue;
    }
    for (const [label, text] of VALID_TEXT) cases.push(cases_(label, `${text} ${CANARY}`, property.enum ? 'refused' : 'below-500'));
    cases.push(cases_('the canary alone', CANARY, property.enum ? 'refused' : 'below-500'));
  }
  return cases;
}

/** Dates at and beyond the edges: [label, value, expectation]. */
function dateEdges(): [string, string, EdgeExpectation][] {
  const cambodia = (offsetDays: number) => new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
  return [
    ['29 February of a leap year', '2020-02-29', 'below-500'],
    ['29 February of a common year', '2019-02-29', 'refused'],
    ['30 February', '2020-02-30', 'refused'],
    ['month 13', '2020-13-01', 'refused'],
    ['day 00', '2020-03-00', 'refused'],
    ['year 0000', '0000-01-01', 'below-500'],
    ['1 January 1970', '1970-01-01', 'below-500'],
    ['today in Cambodia', cambodia(0), 'below-500'],
    ['tomorrow in Cambodia', cambodia(1), 'refused'],
    ['9999-12-31', '9999-12-31', 'refused'],
    ['a five-digit year', '+10000-01-01', 'refused'],
    ['a date-time', '2020-03-14T00:00:00Z', 'refused'],
    ['no dashes', '20200314', 'refused'],
    ['leading space', ' 2020-03-14', 'refused'],
    ['with the canary', `2020-03-14${CANARY}`, 'refused'],
  ];
}

/**
 * The edge classes of a route whose body is a file (a bulk upload: CSV, or an XLSX workbook), from
 * a valid file of one row: media types, codings, bytes, the header, cells holding what a JSON
 * field would be refused for. Every invented value carries CANARY; a refused row is answered in a
 * 200 (`refused`, its line and column), never with its value.
 */
export function fileEdgeCasesFor(validCsv: string, bodyLimitBytes: number): EdgeCase[] {
  const [header, row] = validCsv.trimEnd().split('\n');
  const cells = row.split(',');
  const withCell = (i: number, value: string) => `${header}\n${cells.map((c, j) => (j === i ? value : c)).join(',')}\n`;
  const csv = 'text/csv';
  return [
    { name: 'the valid file', body: validCsv, contentType: csv, expect: 'below-500' },
    { name: 'the valid file, BOM first', body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(validCsv)]), contentType: csv, expect: 'below-500' },
    { name: 'CRLF line ends', body: validCsv.replace(/\n/g, '\r\n'), contentType: csv, expect: 'below-500' },
    { name: 'the header alone', body: `${header}\n`, contentType: csv, expect: 'below-500' },
    { name: 'an empty file', body: '', contentType: csv, expect: 'refused' },
    { name: `an unknown column ${CANARY}`, body: `${header},${CANARY}\n${row},${CANARY}\n`, contentType: csv, expect: 'refused' },
    { name: 'a required column missing', body: `${header.split(',').slice(1).join(',')}\n${cells.slice(1).join(',')}\n`, contentType: csv, expect: 'refused' },
    { name: 'a header that is not CSV', body: `"${CANARY}\n`, contentType: csv, expect: 'refused' },
    { name: 'the file as JSON', body: JSON.stringify({ [CANARY]: CANARY }), contentType: 'application/json', expect: { status: 415 } },
    ...['text/plain', 'application/octet-stream', 'multipart/form-data; boundary=x', `application/${CANARY}`].map(
      (type): EdgeCase => ({ name: `Content-Type: ${type}`, body: validCsv, contentType: type, expect: { status: 415 } }),
    ),
    { name: 'no Content-Type', body: validCsv, contentType: null, expect: 'refused' },
    // A file not sent before (the same bytes again answer their record, whatever the headers say).
    ...['gzip', `x-${CANARY}`].map(
      (coding, i): EdgeCase => ({ name: `Content-Encoding: ${coding} (not compressed)`, body: withCell(0, `${CANARY}-coding-${i}`), contentType: csv, headers: { 'Content-Encoding': coding }, expect: { status: 415 } }),
    ),
    { name: 'CSV bytes sent as an XLSX workbook', body: withCell(0, `${CANARY}-xlsx`), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', expect: 'refused' },
    // Cells: each row is checked as the API's body is; a refused row is a 200 naming its line and column.
    { name: 'a canary in every cell', body: `${header}\n${cells.map(() => CANARY).join(',')}\n`, contentType: csv, expect: 'below-500' },
    { name: 'invalid UTF-8 bytes in a cell', body: Buffer.concat([Buffer.from(`${header}\n${CANARY}`), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(`,${cells.slice(1).join(',')}\n`)]), contentType: csv, expect: 'below-500' },
    ...REFUSED_TEXT.map(([name, text]): EdgeCase => ({ name: `${name} in a cell`, body: withCell(0, `${CANARY}${text}`), contentType: csv, expect: 'below-500' })),
    ...VALID_TEXT.map(([name, text]): EdgeCase => ({ name: `${name} in the reference`, body: withCell(0, `${CANARY} ${text}`), contentType: csv, expect: 'below-500' })),
    { name: 'a quoted cell with a line break', body: withCell(0, `"${CANARY}\n${CANARY}"`), contentType: csv, expect: 'below-500' },
    { name: 'an unclosed quote', body: withCell(0, `"${CANARY}`), contentType: csv, expect: 'below-500' },
    { name: 'a count of 1e308', body: withCell(cells.length - 1, '1e308'), contentType: csv, expect: 'below-500' },
    { name: 'a negative count', body: withCell(cells.length - 1, '-1'), contentType: csv, expect: 'below-500' },
    { name: 'a date of 2020-02-30', body: withCell(2, '2020-02-30'), contentType: csv, expect: 'below-500' },
    { name: 'more cells than columns', body: `${header}\n${row},${CANARY}\n`, contentType: csv, expect: 'below-500' },
    { name: 'a cell as long as the body limit', body: withCell(0, CANARY.repeat(Math.ceil(bodyLimitBytes / CANARY.length) + 1)), contentType: csv, expect: 'below-500' },
  ];
}
