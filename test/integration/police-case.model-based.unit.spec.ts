import fc from 'fast-check';
import {
  DomainRuleViolation,
  EventTypeRegistry,
  RegistryEventStore,
  handleCommand,
  type CommandMetadata,
  type RecordedEvent,
} from '@casetrail/event-sourcing';
import { InMemoryEventStore } from '@casetrail/event-store-memory';
import { enforcementEventTypes, policeCaseStreamId, PoliceCaseEventType as E, POLICE_UNITS } from '@casetrail/enforcement-contracts';
import { policeCaseDecider } from '@casetrail/enforcement-domain';
import { sealPersonalData, type ClearPoliceCaseCommand } from '@casetrail/enforcement-api';
import { InMemoryPersonKeyStore, OpeningEventStore, PersonalDataCipher } from '@casetrail/personal-data';
import { buildLawEnforcementTable, policeCaseFactsOf, type PoliceCaseFacts } from '@casetrail/statistics-domain';
import { applyStep, emptyCase, modelTotals, type Age, type ModelCase, type Step } from './police-case.model';

/*
 * Across contexts: the law-enforcement decider against a model, and the statistics folds over
 * what it writes. Model-based test of the police-case decider: random sequences of commands on a few cases go
 * through the real decider (handleCommand over an in-memory event store, personal data sealed and
 * opened as the service does) and through a simple model (./police-case.model). After every
 * command both must agree on accepted or refused; after the sequence the log must hold the
 * invariants below, and the law-enforcement table computed from the events (the statistics
 * folds) must equal the figures counted from the model.
 *
 * Fixed seed, so CI checks the same sequences every run; deeper on demand:
 * `FC_NUM_RUNS=1000 npx jest police-case.model-based` (and `FC_SEED=…` for other sequences).
 */
const settings = { seed: Number(process.env['FC_SEED'] ?? 2020), numRuns: Number(process.env['FC_NUM_RUNS'] ?? 100) };

// 19:00 on 31 December 2021 in Phnom Penh: "today" is 2021-12-31.
const NOW = '2021-12-31T12:00:00.000Z';
const TODAY = '2021-12-31';
const CASES = 3;
const SLOTS = 2;

const PLACES = [
  { unit: { code: 'police-battambang', type: 'provincial_police' }, province: 'battambang' },
  { unit: { code: 'gendarmerie-kampot', type: 'gendarmerie' }, province: 'kampot' },
  { unit: { code: 'ahtjp-national', type: 'ahtjp_department' }, province: 'phnom-penh' },
  // A provincial unit in another province: always refused.
  { unit: { code: 'police-kampot', type: 'provincial_police' }, province: 'battambang' },
] as const;
const OFFENCES = ['procuring', 'trafficking_in_persons_with_purpose', 'child_pornography', 'cross_border_smuggling'];
const NATIONALITIES = ['KHM', 'KHM', 'KHM', 'VNM', 'THA', 'CHN'];

/** When a step happens: mostly after the last one, sometimes before it, in the future or too early. */
type When = { kind: 'next'; days: number } | { kind: 'back'; days: number } | { kind: 'future' } | { kind: 'ancient' };
const when: fc.Arbitrary<When> = fc.oneof(
  { weight: 24, arbitrary: fc.integer({ min: 0, max: 20 }).map((days) => ({ kind: 'next' as const, days })) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 60 }).map((days) => ({ kind: 'back' as const, days })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'future' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'ancient' as const }) },
);
const pad = (n: number) => String(n).padStart(2, '0');
const age: fc.Arbitrary<Age> = fc.oneof(
  fc.oneof(fc.integer({ min: 10, max: 20 }), fc.integer({ min: 0, max: 125 })).map((years) => ({ years })),
  fc
    .record({ year: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 2000, max: 2008 }) }, { weight: 1, arbitrary: fc.integer({ min: 1895, max: 2021 }) }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
    .map(({ year, month, day }) => ({ birthDate: `${year}-${pad(month)}-${pad(day)}` })),
);

/** A command before its date is known: which case, what, and when. */
type Intent = { caseIndex: number; when: When } & (
  | { type: 'open'; place: number; ownUnit: boolean; offences: string[] }
  | { type: 'addOffence'; offence: string }
  | { type: 'identify'; slot: number; sex: 'F' | 'M'; nationality: string; age: Age; named: boolean }
  | { type: 'arrest' | 'release'; slot: number }
  | { type: 'rescue'; slot: number; age: Age; named: boolean }
  | { type: 'handOver'; slot: number; destination: string }
  | { type: 'forward' | 'reopen' }
  | { type: 'close'; reason: string }
);
const slot = fc.integer({ min: 0, max: SLOTS - 1 });
/** Mostly a unit of its province; now and then one of another province, or another unit's officer. */
const place = fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 0, max: PLACES.length - 2 }) }, { weight: 1, arbitrary: fc.constant(PLACES.length - 1) });
/** One or two offences, now and then one listed twice (refused). */
const offences = fc.oneof(
  { weight: 12, arbitrary: fc.uniqueArray(fc.constantFrom(...OFFENCES), { minLength: 1, maxLength: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom(...OFFENCES).map((o) => [o, o]) },
);
const ownUnit = fc.oneof({ weight: 15, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) });
const intent: fc.Arbitrary<Intent> = fc
  .tuple(
    fc.integer({ min: 0, max: CASES - 1 }),
    when,
    fc.oneof(
      { weight: 1, arbitrary: fc.record({ type: fc.constant('open' as const), place, ownUnit, offences }) },
      { weight: 1, arbitrary: fc.record({ type: fc.constant('addOffence' as const), offence: fc.constantFrom(...OFFENCES) }) },
      { weight: 4, arbitrary: fc.record({ type: fc.constant('identify' as const), slot, sex: fc.constantFrom('F' as const, 'M' as const), nationality: fc.constantFrom(...NATIONALITIES), age, named: fc.boolean() }) },
      { weight: 4, arbitrary: fc.record({ type: fc.constant('arrest' as const), slot }) },
      { weight: 2, arbitrary: fc.record({ type: fc.constant('release' as const), slot }) },
      { weight: 4, arbitrary: fc.record({ type: fc.constant('rescue' as const), slot, age, named: fc.boolean() }) },
      { weight: 2, arbitrary: fc.record({ type: fc.constant('handOver' as const), slot, destination: fc.constantFrom('social_affairs', 'family', 'partner_organisation') }) },
      { weight: 1, arbitrary: fc.record({ type: fc.constant('forward' as const) }) },
      { weight: 1, arbitrary: fc.record({ type: fc.constant('close' as const), reason: fc.constantFrom('insufficient_evidence', 'recorded_in_error', 'other') }) },
      { weight: 2, arbitrary: fc.record({ type: fc.constant('reopen' as const) }) },
    ),
  )
  .map(([caseIndex, w, rest]) => ({ caseIndex, when: w, ...rest }) as Intent);

/**
 * A sequence: each case opened first (an opening may still be refused: wrong unit or province,
 * a date out of range), then any commands on any case, a few dozen in all.
 */
const openings = fc.tuple(...Array.from({ length: CASES }, (_, caseIndex) =>
  fc.record({ place, ownUnit, offences, when })
    .map((o): Intent => ({ caseIndex, type: 'open', ...o })),
));
const sequences = fc.tuple(openings, fc.array(intent, { minLength: 1, maxLength: 60, size: 'large' })).map(([opens, rest]) => [...opens, ...rest]);

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The step (for the model) and the command as the service builds it (for the decider). */
function stepAndCommand(i: Intent, on: string): { step: Step; command: ClearPoliceCaseCommand } {
  const caseId = `C${i.caseIndex}`;
  const place = i.type === 'open' ? PLACES[i.place] : PLACES[0];
  const actorUnit = i.type === 'open' && !i.ownUnit ? 'police-pursat' : place.unit.code;
  const metadata: CommandMetadata = { actor: { userId: `officer-${actorUnit}`, role: 'police', unit: actorUnit }, now: NOW };
  const cmd = (type: ClearPoliceCaseCommand['type'], data: Record<string, unknown>) => ({ type, data, metadata }) as unknown as ClearPoliceCaseCommand;
  const personal = (named: boolean) => (named ? { personal: { fullName: 'Synthetic Person (model)' } } : {});
  const ageData = (a: Age, field: string) => ('years' in a ? { [field]: a.years } : { birthDate: a.birthDate });
  switch (i.type) {
    case 'open': {
      const unitProvince = POLICE_UNITS.find((u) => u.code === place.unit.code)!.province;
      return {
        step: { type: 'open', unit: place.unit.code, unitProvince, province: place.province, actorUnit, offences: i.offences, on },
        command: cmd('OpenPoliceCase', { caseId, unit: place.unit, province: place.province, offences: i.offences, openedOn: on }),
      };
    }
    case 'addOffence':
      return { step: { type: 'addOffence', offence: i.offence, on }, command: cmd('AddOffence', { offence: i.offence, addedOn: on }) };
    case 'identify': {
      const id = `${caseId}-S${i.slot}`;
      const data = { suspectId: id, sex: i.sex, nationality: i.nationality, identifiedOn: on, ...ageData(i.age, 'ageAtIdentification'), ...personal(i.named) };
      return { step: { type: 'identify', id, sex: i.sex, nationality: i.nationality, age: i.age, on }, command: cmd('IdentifySuspect', data) };
    }
    case 'arrest':
      return { step: { type: 'arrest', id: `${caseId}-S${i.slot}`, on }, command: cmd('ArrestSuspect', { suspectId: `${caseId}-S${i.slot}`, arrestedOn: on }) };
    case 'release':
      return { step: { type: 'release', id: `${caseId}-S${i.slot}`, on }, command: cmd('ReleaseSuspect', { suspectId: `${caseId}-S${i.slot}`, releasedOn: on, reason: 'other' }) };
    case 'rescue': {
      const id = `${caseId}-V${i.slot}`;
      const data = { victimId: id, sex: 'F', nationality: 'KHM', exploitationType: 'labour', rescuedOn: on, ...ageData(i.age, 'ageAtRescue'), ...personal(i.named) };
      return { step: { type: 'rescue', id, age: i.age, on }, command: cmd('RescueVictim', data) };
    }
    case 'handOver':
      return { step: { type: 'handOver', id: `${caseId}-V${i.slot}`, destination: i.destination, on }, command: cmd('HandOverVictim', { victimId: `${caseId}-V${i.slot}`, destination: i.destination, handedOverOn: on }) };
    case 'forward':
      return { step: { type: 'forward', on }, command: cmd('ForwardToProsecutor', { forwardedOn: on }) };
    case 'close':
      return { step: { type: 'close', reason: i.reason, on }, command: cmd('CloseWithoutForwarding', { closedOn: on, reason: i.reason }) };
    case 'reopen':
      return { step: { type: 'reopen', on }, command: cmd('ReopenCase', { reopenedOn: on, justification: 'New evidence (synthetic)' }) };
  }
}

const ANY_DATE = /\d{4}-\d{2}-\d{2}/;

/** Runs the intents through the decider and the model; checks agreement step by step. */
async function run(intents: readonly Intent[]) {
  const registry = new EventTypeRegistry().register(...enforcementEventTypes);
  const store = new RegistryEventStore(new InMemoryEventStore(), registry);
  const cipher = new PersonalDataCipher(new InMemoryPersonKeyStore());
  const commandSide = new OpeningEventStore(store, cipher);
  const model: ModelCase[] = Array.from({ length: CASES }, emptyCase);
  let cursor = '2019-06-01';
  for (const i of intents) {
    const on =
      i.when.kind === 'next' ? (cursor = addDays(cursor, i.when.days)) : i.when.kind === 'back' ? addDays(cursor, -i.when.days) : i.when.kind === 'future' ? addDays(TODAY, 1) : '1999-12-31';
    const { step, command } = stepAndCommand(i, on);
    const expected = applyStep(model[i.caseIndex], step, TODAY);
    const streamId = policeCaseStreamId(`C${i.caseIndex}`);
    const before = (await store.readStream(streamId)).length;
    let refusal: DomainRuleViolation | undefined;
    try {
      await handleCommand(commandSide, registry, policeCaseDecider, streamId, await sealPersonalData(command, cipher), { correlationId: 'model-based' });
    } catch (error) {
      if (!(error instanceof DomainRuleViolation)) throw error;
      refusal = error;
    }
    const after = (await store.readStream(streamId)).length;
    expect({ step, accepted: refusal === undefined, refusal: refusal?.code }).toEqual({ step, accepted: expected !== null, refusal: refusal?.code });
    if (refusal) {
      // Nothing written; the message names fields, never a value sent (an id or the date).
      expect(after).toBe(before);
      expect(refusal.message).not.toContain(on);
      expect(refusal.message).not.toContain(`C${i.caseIndex}-`);
    } else {
      expect(after).toBeGreaterThan(before);
      model[i.caseIndex] = expected!;
    }
  }
  return { store, model };
}

describe('police-case decider against a model (fast-check command sequences)', () => {
  it('agrees with the model on every command, keeps the log\'s invariants, and the statistics from the events equal the model\'s', async () => {
    await fc.assert(
      fc.asyncProperty(sequences, async (intents) => {
        const { store, model } = await run(intents);
        const all = (await store.readAll()) as RecordedEvent[];
        const facts: PoliceCaseFacts[] = [];
        const problems: string[] = [];
        const check = (ok: boolean, what: string) => void (ok || problems.push(what));
        for (let c = 0; c < CASES; c++) {
          const stream = all.filter((e) => e.streamId === policeCaseStreamId(`C${c}`));
          check(stream.every((e, r) => e.streamRevision === r), `C${c}: revisions are not contiguous from 0`);
          const forwardedAt = stream.findIndex((e) => e.type === E.CaseForwardedToProsecutor);
          check(forwardedAt < 0 || forwardedAt === stream.length - 1, `C${c}: changed after it was forwarded`);
          const identified = new Set<string>();
          for (const e of stream) {
            const data = e.data as { suspectId?: string; unit?: { code: string } };
            if (e.type === E.SuspectIdentified) identified.add(data.suspectId!);
            if (e.type === E.SuspectArrested) check(identified.has(data.suspectId!), `C${c}: ${data.suspectId} arrested but never identified`);
            if (e.type === E.PoliceCaseOpened) check(data.unit!.code === e.actor.unit, `C${c}: opened under another unit than the officer's`);
            for (const [field, value] of Object.entries(e.data as Record<string, unknown>)) {
              if (typeof value === 'string' && ANY_DATE.test(value)) check(value >= '2000-01-01' && value <= TODAY, `C${c}: ${e.type}.${field} out of range`);
            }
            check(!JSON.stringify(e.data).includes('birthDate'), `C${c}: a birth date in clear in ${e.type}`);
          }
          const f = policeCaseFactsOf(stream);
          if (f) facts.push(f);
        }
        // Revisions contiguous; a forwarded case never changes; every arrested suspect was
        // identified; a case is under its opener's unit; dates in range; no birth date in clear.
        expect(problems).toEqual([]);
        expect(facts.length).toBe(model.filter((m) => m.status !== 'not_opened').length);
        // The statistics from the events equal those counted from the model.
        for (const year of [2019, 2020, 2021]) {
          const total = buildLawEnforcementTable(facts, { year }).rows.find((r) => r.level === 'total')!;
          const current = modelTotals(model, year);
          const previous = modelTotals(model, year - 1);
          expect(total.current).toEqual(current.figures);
          expect(total.previous).toEqual(previous.figures);
          expect(total.foreignNationalities).toEqual({ current: current.nationalities, previous: previous.nationalities });
        }
      }),
      settings,
    );
  }, Math.max(30_000, settings.numRuns * 100)); // a deep run (FC_NUM_RUNS) takes longer
});
