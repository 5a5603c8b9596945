import {
  eventTypeDefinition,
  integerBetween,
  minorUnitAmount,
  nonEmptyString,
  object,
  oneOfCodes,
  optional,
  personAgeProblem,
  personalPartCheck,
  presentOnlyWhen,
  provinceCode,
  refineAt,
  withPersonAge,
} from './data-checks';

const sealedFor = (personId: string) => ({
  v: 1,
  alg: 'A256GCM',
  personId,
  iv: 'A'.repeat(16),
  ct: 'abc',
  tag: 'B'.repeat(22),
});

describe('oneOfCodes', () => {
  it('accepts a code of the list and names the list otherwise', () => {
    const sex = oneOfCodes(['F', 'M']);
    expect(sex('F', 'data.sex')).toBeUndefined();
    expect(sex('X', 'data.sex')).toBe('data.sex must be one of F, M');
    expect(sex(1, 'data.sex')).toBe('data.sex must be one of F, M');
  });
});

describe('reference checks', () => {
  it('check codes and amounts against the kernel lists', () => {
    expect(provinceCode('nowhere', 'data.province')).toBe('data.province must be a province code');
    expect(minorUnitAmount(0, 'data.amount')).toMatch(/^data\.amount must be an integer from 1 to /);
    expect(minorUnitAmount(100, 'data.amount')).toBeUndefined();
  });
});

describe('refineAt', () => {
  const range = refineAt(object({ from: integerBetween(0, 9), to: integerBetween(0, 9) }), (d, path) =>
    (d['from'] as number) <= (d['to'] as number) ? undefined : `${path}.to is before ${path}.from`,
  );

  it('runs the rule with the path once the shape passes', () => {
    expect(range({ from: 1, to: 2 }, 'data.range')).toBeUndefined();
    expect(range({ from: 3, to: 2 }, 'data.range')).toBe('data.range.to is before data.range.from');
  });

  it('reports the shape problem first, without running the rule', () => {
    expect(range({ from: 3 }, 'data.range')).toBe('data.range.to must be an integer from 0 to 9');
  });
});

describe('presentOnlyWhen', () => {
  it('requires the field when the condition holds and refuses it otherwise', () => {
    expect(presentOnlyWhen({}, 'data', 'fine', true, 'with a fine')).toBe('data.fine is required with a fine');
    expect(presentOnlyWhen({ fine: 1 }, 'data', 'fine', false, 'with a fine')).toBe('data.fine is allowed only with a fine');
    expect(presentOnlyWhen({ fine: 1 }, 'data', 'fine', true, 'with a fine')).toBeUndefined();
    expect(presentOnlyWhen({}, 'data', 'fine', false, 'with a fine')).toBeUndefined();
  });
});

describe('personAgeProblem and withPersonAge', () => {
  const person = withPersonAge(
    object({ personId: nonEmptyString(), ageInYears: optional(integerBetween(0, 120)), ageBand: optional(nonEmptyString()), personal: personalPartCheck }),
  );

  it('accepts an age with its band, or a birth date sealed for the person', () => {
    expect(person({ personId: 'p1', ageInYears: 12, ageBand: 'under_15', personal: {} }, 'data')).toBeUndefined();
    expect(person({ personId: 'p1', personal: sealedFor('p1') }, 'data')).toBeUndefined();
  });

  it('refuses a missing age, a wrong band and a sealed part of another person', () => {
    expect(person({ personId: 'p1', personal: {} }, 'data')).toBe('data must have ageInYears, or a birth date sealed in data.personal');
    expect(person({ personId: 'p1', ageInYears: 30, ageBand: 'under_15', personal: {} }, 'data')).toBe('data.ageBand does not match data.ageInYears');
    expect(person({ personId: 'p1', personal: sealedFor('p2') }, 'data')).toBe('data.personal is sealed for another person than data.personId');
  });

  it('reads other field names, and an owner named outside the object', () => {
    const victim = { ageAtRescue: 40, ageBand: 'under_15', personal: sealedFor('v2') };
    expect(personAgeProblem(victim, 'data.victim', 'v1', 'data.victimId', { ageField: 'ageAtRescue' })).toBe(
      'data.victim.personal is sealed for another person than data.victimId',
    );
    expect(personAgeProblem(victim, 'data.victim', 'v2', 'data.victimId', { ageField: 'ageAtRescue' })).toBe(
      'data.victim.ageBand does not match data.victim.ageAtRescue',
    );
  });
});

describe('eventTypeDefinition', () => {
  it('is a version 1 type validating its data under the path "data"', () => {
    const definition = eventTypeDefinition('Thing.Happened', object({ on: nonEmptyString() }));
    expect(definition.type).toBe('Thing.Happened');
    expect(definition.currentVersion).toBe(1);
    expect(definition.upcasters).toBeUndefined();
    expect(definition.validate?.({ on: 'x' })).toBeUndefined();
    expect(definition.validate?.({ on: 'x', extra: 1 })).toBe('data.extra is not allowed');
  });
});
