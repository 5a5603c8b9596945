import fc from 'fast-check';
import {
  DomainRuleViolation,
  EventTypeRegistry,
  NO_STREAM,
  RegistryEventStore,
  WrongExpectedRevisionError,
  fold,
  handleCommand,
  type AppendResult,
  type Decider,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type RecordedEvent,
} from '@casetrail/event-sourcing';
import {
  CourtFileEventType as E,
  courtFileStreamId,
  isFinalVerdictOutcome,
  legalTimeLimitById,
  registerCourtEvents,
  type CourtFileEvent,
} from '@casetrail/court-contracts';
import { isSealedPersonalData } from '@casetrail/kernel';
import type { CourtFileCommand } from './court-file.commands';
import { courtFileDecider } from './court-file.decider';
import type { CourtFileState } from './court-file.state';
import { minimumAgeAt } from './person-age';
import { sealedFor } from './court-file.test-fixtures';

/*
 * Random command sequences against one court file, run as the command service runs them
 * (load, fold, decide, append with the expected revision) on a minimal in-memory store behind the
 * registry, so every event the decider writes also passes its schema validator.
 */

/** Birth dates the test "sealed"; they must never appear in an event. S1 turns 18 during the file. */
const BIRTH_DATES: Record<string, string> = { S1: '2002-07-01', A1: '1985-02-03' };
const OTHER_BIRTH_DATE = '1990-05-05';
const birthDateOf = (personId: string) => BIRTH_DATES[personId] ?? OTHER_BIRTH_DATE;
const NOW = '2021-06-30T03:00:00.000Z';
const FILE = 'PC-2020-042';

/** A store just big enough for `handleCommand`: one stream, exact expected revisions. */
class OneStreamStore implements EventStore {
  readonly events: RecordedEvent[] = [];
  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const current = this.events.length - 1;
    if (expected === NO_STREAM ? current !== -1 : expected !== current) throw new WrongExpectedRevisionError(streamId, expected, current);
    const positions = events.map((e, i) => {
      this.events.push({ ...e, streamId, streamRevision: current + 1 + i, globalPosition: this.events.length + 1, recordedAt: NOW });
      return this.events.length;
    });
    return { nextExpectedRevision: this.events.length - 1, globalPositions: positions, alreadyStored: false };
  }
  async readStream(): Promise<RecordedEvent[]> {
    return [...this.events];
  }
  async readAll(): Promise<RecordedEvent[]> {
    return [...this.events];
  }
  async headPosition(): Promise<number> {
    return this.events.length;
  }
  subscribeAll(): never {
    throw new Error('not used');
  }
  async close(): Promise<void> {
    this.events.length = 0;
  }
}

/** What the service does when it loads a file: opens the sealed personal data it can open. */
function opened(event: CourtFileEvent): CourtFileEvent {
  const open = (p: { personId: string; personal: unknown }) =>
    isSealedPersonalData(p.personal) ? { ...p, personal: { birthDate: birthDateOf(p.personId) } } : p;
  const d = event.data as unknown as Record<string, unknown>;
  if (event.type === E.PoliceCaseReceived) {
    return { ...event, data: { ...d, accused: (d['accused'] as never[]).map(open), victims: (d['victims'] as never[]).map(open) } } as CourtFileEvent;
  }
  if (event.type === E.AccusedAdded || event.type === E.VictimAdded) return { ...event, data: open(d as never) } as CourtFileEvent;
  return event;
}
const serviceDecider: Decider<CourtFileState, CourtFileCommand, CourtFileEvent> = {
  ...courtFileDecider,
  evolve: (state, event) => courtFileDecider.evolve(state, opened(event)),
};

const ACCUSED = ['S1', 'S2', 'C1', 'A1', 'A2'];
const VICTIMS = ['V1', 'V2'];
const OFFENCE_SETS = [['procuring'], ['pornography'], ['procuring', 'child_pornography']];

interface Step {
  kind: number;
  person: number;
  variant: number;
  advance: number;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
}

/** Turns a random step into a command dated on the test's clock (which only moves forward). */
function commandOf(step: Step, on: string): CourtFileCommand {
  // Mostly a person of the kind the command is about; one time in ten, one of the other kind.
  const victimCommand = step.kind === 3 || step.kind === 12;
  const pool = (step.person % 10 === 9) !== victimCommand ? VICTIMS : ACCUSED;
  const personId = pool[step.person % pool.length];
  const v = step.variant;
  const c = (type: CourtFileCommand['type'], data: Record<string, unknown>) => ({ type, data, metadata: { actor: { userId: 'u', role: 'judge' }, now: NOW } }) as unknown as CourtFileCommand;
  switch (step.kind) {
    case 0:
      return c('OpenCourtFileFromPoliceForwarding', {
        fileId: FILE, policeCaseId: FILE, court: 'court-kampot', receivedOn: on, forwardingUnit: 'police-kampot', forwardedOn: '2020-03-10',
        offences: ['procuring'],
        accused: [
          { personId: 'S1', sex: 'M', nationality: 'KHM', ageBand: '15_17', ageBandOn: '2020-03-05', arrestedOn: '2020-03-05', personal: sealedFor('S1') },
          { personId: 'S2', sex: 'F', nationality: 'THA', ageInYears: 30, ageBand: '18_plus', ageBandOn: '2020-03-05', arrestedOn: '2020-03-06', personal: {} },
          { personId: 'C1', sex: 'M', nationality: 'KHM', ageInYears: 13, ageBand: 'under_15', ageBandOn: '2020-03-05', arrestedOn: '2020-03-06', personal: {} },
        ],
        victims: [{ personId: 'V1', sex: 'F', nationality: 'KHM', ageInYears: 12, ageBand: 'under_15', ageBandOn: '2020-03-05', exploitationType: 'sexual', personal: {} }],
      });
    case 1:
      return c('OpenCourtFile', { fileId: FILE, court: 'court-kep', openedOn: on, offences: OFFENCE_SETS[v % 3] });
    case 2:
      return v % 2 === 0
        ? c('AddAccused', { personId, sex: 'F', nationality: 'KHM', birthDate: birthDateOf(personId), addedOn: on, personal: sealedFor(personId) })
        : c('AddAccused', { personId, sex: 'M', nationality: 'VNM', ageInYears: 14 + (v % 20), addedOn: on });
    case 3:
      return c('AddVictim', { personId, sex: 'F', nationality: 'KHM', ageInYears: v % 30, exploitationType: 'labour', addedOn: on });
    case 4:
      return c('ChargePerson', { personId, offences: OFFENCE_SETS[v % 3], chargedOn: on });
    case 5: {
      const action = ['submitted_for_investigation', 'submitted_for_investigation', 'retained_without_processing', 'submitted_for_trial'][v % 4];
      return c('DecideProsecution', {
        action, decidedOn: on,
        ...(action === 'retained_without_processing' ? { reason: 'insufficient_evidence' } : {}),
        ...(action === 'submitted_for_trial' ? { trialRoute: v % 8 < 4 ? 'immediate_appearance' : 'direct_summons' } : {}),
      });
    }
    case 6:
      return c('OrderPreTrialDetention', { personId, orderedOn: on, offenceClass: v % 2 ? 'felony' : 'misdemeanour' });
    case 7:
      return c('ExtendPreTrialDetention', { personId, extendedOn: on, ...(v % 3 === 0 ? { months: 1 + (v % 6) } : {}) });
    case 8:
      return c('EndPreTrialDetention', { personId, endedOn: on, reason: 'release_order' });
    case 9:
      return c('PlaceUnderJudicialSupervision', { personId, orderedOn: on });
    case 10:
      return c('IssueClosingOrder', { outcome: v % 4 === 0 ? 'dismissed' : 'sent_to_trial', issuedOn: on });
    case 11: {
      const outcome = ['imprisonment', 'suspended_sentence', 'fine', 'acquittal', 'deferral', 'released_on_bail'][v % 6];
      return c('DeliverVerdict', {
        personId, outcome, deliveredOn: on,
        ...(outcome === 'imprisonment' ? { termMonths: 1 + v, custody: v % 2 ? 'in_custody' : 'at_liberty' } : {}),
        ...(outcome === 'suspended_sentence' ? { termMonths: 1 + v } : {}),
        ...(outcome === 'fine' ? { fine: { amount: 1 + v * 1000, currency: v % 2 ? 'USD' : 'KHR' } } : {}),
      });
    }
    case 12:
      return c('AwardCompensation', { victimId: personId, amount: 1 + v * 100, currency: v % 2 ? 'USD' : 'KHR', awardedOn: on });
    case 13:
      return c('LodgeAppeal', { appellant: ['accused', 'prosecutor', 'civil_party'][v % 3], lodgedOn: on, ...(v % 3 !== 1 ? { personId } : {}) });
    default:
      return c('RecordAppealDecision', { appealNumber: 1 + (v % 2), decision: ['upheld', 'overturned', 'modified'][v % 3], decidedOn: on });
  }
}

const step = fc.record({ kind: fc.integer({ min: 0, max: 14 }), person: fc.nat(), variant: fc.nat({ max: 23 }), advance: fc.integer({ min: 0, max: 12 }) });
/**
 * Sequences start with an opening more often than not; half of them are put in stage order (the
 * command kinds are numbered in that order), so the later stages are reached, the other half stay
 * shuffled, so commands out of stage are tried too.
 */
const sequence = fc
  .tuple(fc.constantFrom(0, 0, 1, 4), fc.array(step, { minLength: 1, maxLength: 45, size: 'large' }), fc.boolean())
  .map(([first, rest, inOrder]) => [
    { kind: first, person: 0, variant: 0, advance: 0 },
    ...(inOrder ? [...rest].sort((a, b) => a.kind - b.kind) : rest),
  ]);

async function run(steps: Step[]): Promise<{ stored: RecordedEvent[]; refusals: DomainRuleViolation[] }> {
  const inner = new OneStreamStore();
  const store = new RegistryEventStore(inner, registerCourtEvents(new EventTypeRegistry()));
  const refusals: DomainRuleViolation[] = [];
  let on = '2020-03-11';
  for (const s of steps) {
    on = addDays(on, s.advance);
    try {
      await handleCommand(store, registerCourtEvents(new EventTypeRegistry()), serviceDecider, courtFileStreamId(FILE), commandOf(s, on), { correlationId: 'c' });
    } catch (error) {
      if (!(error instanceof DomainRuleViolation)) throw error;
      refusals.push(error);
    }
  }
  return { stored: inner.events, refusals };
}

const stateBefore = (stored: RecordedEvent[], index: number) => fold(serviceDecider, stored.slice(0, index) as unknown as CourtFileEvent[]);

describe('court file: properties of random command sequences', () => {
  it('keeps revisions contiguous, opens once, decides once, judges only charged accused at trial, never writes a birth date', async () => {
    await fc.assert(
      fc.asyncProperty(sequence, async (steps) => {
        const { stored, refusals } = await run(steps);
        const types = stored.map((e) => e.type);

        expect(stored.map((e) => e.streamRevision)).toEqual(stored.map((_, i) => i));
        const openings = types.filter((t) => t === E.PoliceCaseReceived || t === E.CourtFileOpened);
        expect(openings.length).toBeLessThanOrEqual(1);
        if (stored.length > 0) expect([E.PoliceCaseReceived, E.CourtFileOpened]).toContain(stored[0].type);
        expect(types.filter((t) => t === E.ProsecutionDecided).length).toBeLessThanOrEqual(1);
        expect(types.filter((t) => t === E.ClosingOrderIssued).length).toBeLessThanOrEqual(1);

        stored.forEach((event, i) => {
          const d = event.data as Record<string, unknown>;
          if (event.type === E.VerdictDelivered) {
            const before = stateBefore(stored, i);
            const accused = before.accused[d['personId'] as string];
            expect(before.stage).toBe('trial');
            expect(accused?.charges.length).toBeGreaterThan(0);
            expect(accused.verdicts.some((v) => isFinalVerdictOutcome(v.outcome))).toBe(false);
          }
          if (event.type === E.PreTrialDetentionOrdered) {
            const accused = stateBefore(stored, i).accused[d['personId'] as string];
            expect(minimumAgeAt(accused, d['orderedOn'] as string)).toBeGreaterThanOrEqual(14);
          }
          if (event.type === E.PreTrialDetentionExtended) {
            const accused = stateBefore(stored, i).accused[d['personId'] as string];
            const detention = accused.detentions[accused.detentions.length - 1];
            const limit = legalTimeLimitById(detention.limitId)!;
            expect(detention.extensions.length).toBeLessThan(limit.extension?.maxTimes ?? 0);
          }
        });

        const text = JSON.stringify(stored.map((e) => e.data));
        for (const birthDate of [...Object.values(BIRTH_DATES), OTHER_BIRTH_DATE]) expect(text).not.toContain(birthDate);
        expect(text).not.toContain('birthDate');
        expect(text).not.toContain('fullName');
        for (const r of refusals) expect(['conflict', 'unprocessable']).toContain(r.kind);
      }),
      { numRuns: 300 },
    );
  });

  it('reaches every event type across runs (the generator is not stuck at the opening)', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(sequence, async (steps) => {
        for (const e of (await run(steps)).stored) seen.add(e.type);
      }),
      { numRuns: 300, seed: 20201231 },
    );
    expect([...seen].sort()).toEqual(Object.values(E).sort());
  });
});
