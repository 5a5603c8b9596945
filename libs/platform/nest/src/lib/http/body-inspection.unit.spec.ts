import { inspectJsonBody, MAX_BODY_DEPTH } from './body-inspection';

const OURS = new Set(['unit', 'code', 'personal', 'fullName', 'offences', 'reference']);
const nameable = (key: string) => OURS.has(key);
const CANARY = 'Zq7Canary';

/** `{"a":{"a":...}}` with the body itself at level 1 and `depth` objects in all. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { [CANARY]: value };
  return value;
}

describe('inspectJsonBody: depth', () => {
  it(`takes a body nested exactly ${MAX_BODY_DEPTH} levels deep, and refuses one level more`, () => {
    expect(inspectJsonBody(nested(MAX_BODY_DEPTH), nameable)).toEqual([]);
    expect(inspectJsonBody(nested(MAX_BODY_DEPTH + 1), nameable)).toEqual([{ field: '(body)', message: `(body) nests deeper than ${MAX_BODY_DEPTH} levels` }]);
  });

  it('counts arrays as levels, wherever the deep branch is', () => {
    let deepArray: unknown = [];
    for (let i = 0; i < MAX_BODY_DEPTH; i++) deepArray = [deepArray];
    expect(inspectJsonBody({ unit: { code: 'x' }, offences: deepArray }, nameable)).toHaveLength(1);
  });

  it('refuses 2,000 and 100,000 levels without recursing (no RangeError)', () => {
    const hundredThousand = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000));
    expect(inspectJsonBody(nested(2_000), nameable)[0].field).toBe('(body)');
    expect(inspectJsonBody(hundredThousand, nameable)[0].field).toBe('(body)');
  });
});

describe('inspectJsonBody: reserved keys', () => {
  it('refuses __proto__, constructor and prototype at any level, naming where', () => {
    const body = JSON.parse('{"__proto__":{"x":1},"unit":{"constructor":{}},"offences":[{"prototype":1}]}');
    expect(inspectJsonBody(body, nameable)).toEqual([
      { field: '__proto__', message: '__proto__ is a reserved name, not a field' },
      { field: 'unit.constructor', message: 'unit.constructor is a reserved name, not a field' },
      { field: 'offences.0.prototype', message: 'offences.0.prototype is a reserved name, not a field' },
    ]);
  });

  it('names the last field of ours, never a key of the client, when the way there is unknown', () => {
    const body = JSON.parse(`{"unit":{"${CANARY}":{"__proto__":1}},"${CANARY}2":{"constructor":1}}`);
    const problems = inspectJsonBody(body, nameable);
    expect(problems.map((p) => p.field)).toEqual(['unit', '(body)']);
    expect(JSON.stringify(problems)).not.toContain(CANARY);
  });

  it('leaves a body without problems alone', () => {
    const body = { unit: { code: 'police-battambang' }, offences: ['a', 'b'], reference: 'BTB-1' };
    expect(inspectJsonBody(body, nameable)).toEqual([]);
    expect(body).toEqual({ unit: { code: 'police-battambang' }, offences: ['a', 'b'], reference: 'BTB-1' });
  });
});

describe('inspectJsonBody: free text', () => {
  const KHMER = 'ករណី\u200Bជួញដូរ\u200Bមនុស្ស'; // "human trafficking case", words split by U+200B
  const THAI = 'การค้ามนุษย์';
  const ARABIC = 'الاتجار بالبشر';
  const HEBREW_WITH_MARK = 'סחר\u200Fבבני אדם';
  const EMOJI = 'case 👩🏽‍⚖️ 🇰🇭';
  const VIETNAMESE_NFC = 'Nguyễn Văn Ánh';

  it('keeps every script as sent, and stores decomposed (NFD) text composed (NFC)', () => {
    const body = { reference: KHMER, personal: { fullName: VIETNAMESE_NFC.normalize('NFD') }, offences: [THAI, ARABIC, HEBREW_WITH_MARK, EMOJI], unit: { code: 'tab\tand\nnewline pass the edge (single-line is a field rule)' } };
    expect(inspectJsonBody(body, nameable)).toEqual([]);
    expect(body).toEqual({ reference: KHMER, personal: { fullName: VIETNAMESE_NFC }, offences: [THAI, ARABIC, HEBREW_WITH_MARK, EMOJI], unit: { code: 'tab\tand\nnewline pass the edge (single-line is a field rule)' } });
    expect(body.personal.fullName).not.toBe(VIETNAMESE_NFC.normalize('NFD'));
  });

  it.each([
    ['NUL', '\u0000', 'control character'],
    ['a C0 control (ESC)', '\u001B[31m', 'control character'],
    ['vertical tab', '\u000B', 'control character'],
    ['DEL', '\u007F', 'control character'],
    ['a C1 control (NEL)', '\u0085', 'control character'],
    ['a C1 control (CSI)', '\u009B', 'control character'],
    ['RIGHT-TO-LEFT OVERRIDE', '\u202E', 'bidirectional'],
    ['LEFT-TO-RIGHT EMBEDDING', '\u202A', 'bidirectional'],
    ['POP DIRECTIONAL FORMATTING', '\u202C', 'bidirectional'],
    ['RIGHT-TO-LEFT ISOLATE', '\u2067', 'bidirectional'],
    ['POP DIRECTIONAL ISOLATE', '\u2069', 'bidirectional'],
    ['a lone high surrogate', '\uD800', 'unpaired surrogate'],
    ['a lone low surrogate', '\uDC00', 'unpaired surrogate'],
  ])('refuses %s, naming the field and not the text', (_name, character, kind) => {
    const body = { reference: `BTB${character}${CANARY}`, personal: { fullName: `${CANARY}${character}` }, offences: ['ok', `x${character}`] };
    const problems = inspectJsonBody(body, nameable);
    expect(problems.map((p) => p.field)).toEqual(['reference', 'personal.fullName', 'offences.1']);
    for (const problem of problems) expect(problem.message).toContain(kind);
    expect(JSON.stringify(problems)).not.toContain(CANARY);
  });

  it('names only fields of ours when the text sits under a key of the client', () => {
    const problems = inspectJsonBody({ unit: { [CANARY]: 'a\u202Eb' } }, nameable);
    expect(problems).toEqual([{ field: 'unit', message: 'unit has an unknown field: something inside it contains a bidirectional embedding, override or isolate character' }]);
  });
});
