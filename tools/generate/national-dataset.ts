/**
 * A decade of national data, written straight through the deciders into a data dir's SQLite
 * event store (no HTTP): each planned call of `tools/seed` (the proportions of the seeded 2020
 * year) becomes the command its route builds, run by the platform's `CommandRunner` as the
 * route's user would (person data sealed under new person keys, scope, domain dates), each
 * forwarding is handed to the court's own reactor, which opens the court file as it does in
 * production, and each hand-over and court award to protection's reactors, which open the
 * protection case of a victim handed over to social affairs and record a court's award to a
 * victim followed; the protection calls then go on as the social and partner workers' routes
 * would send them. Intake goes beside them, the largest volume: each year's receptions, screened
 * persons, referrals and returned bodies (`tools/seed/plan-intake.ts`, the report's II.D.1 scaled
 * to the year's police cases) as the border officials' routes send them, each referral handed to
 * the reactor of the context it goes to (enforcement's for the police, protection's for social
 * affairs and the partners), which opens the police or protection case as it does in production.
 * Only the clock is simulated (each command is entered on its domain date) and
 * the appends are written many to a transaction.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { EventTypeRegistry, RegistryEventStore, type CommandMetadata, type RecordedEvent } from '@casetrail/event-sourcing';
import { SqliteCheckpointStore, SqliteEventStore } from '@casetrail/event-store-sqlite';
import { cambodianDateAt } from '@casetrail/kernel';
import { NotFoundException } from '@nestjs/common';
import { PoliceCaseEventType, type VictimHandedOverData } from '@casetrail/enforcement-contracts';
import { CourtFileEventType, courtFileStreamId, fileIdOfStream, type CompensationAwardedData } from '@casetrail/court-contracts';
import {
  awardCommand,
  COURT_COMPENSATION_REACTOR,
  CourtCompensationReactor,
  HAND_OVER_REACTOR,
  HandOverReactor,
  openingCommand as protectionOpeningCommand,
  protectionCaseCommands,
  type ClearProtectionCaseCommand,
} from '@casetrail/protection-api';
import { policeCaseCommands, type ClearPoliceCaseCommand } from '@casetrail/enforcement-api';
import { courtFileCommands, openingCommand, PoliceForwardingReactor, POLICE_FORWARDING_REACTOR, type ClearCourtFileCommand } from '@casetrail/court-api';
import { caseIdOfStream, type CaseForwardedToProsecutorData } from '@casetrail/enforcement-contracts';
import { CommandRunner } from '@casetrail/platform-commands';
import { PERSON_KEYS_FILE, PersonalDataCipher, SqlitePersonKeyStore, type PersonKeyStore, type PersonTombstone } from '@casetrail/personal-data';
import { processContexts, reactorCheckpointName, type AuthenticatedUser } from '@casetrail/platform-nest';
import { IntakeEventType, type PersonReferredData } from '@casetrail/intake-contracts';
import { receptionCommands, returnedBodyCommands, screenedPersonCommands } from '@casetrail/intake-api';
import { hostedContexts } from '../../apps/casetrail/src/contexts';
import { generateYear } from '../seed/generate-year';
import { planIntakeYear, INTAKE_DATE_FIELD, type IntakeYearPlan, type PlannedIntakeCall } from '../seed/plan-intake';
import { REPORT_CASES_2020 } from '../seed/year-profile';
import { intakeRecordOf, receptionCommand, returnedBodyCommand, runReference, screenedPersonCommand } from './intake-commands';
import { IntakeReferralReactors } from './intake-referral-reactors';
import { actorOf, type PlannedActor, type PlannedCall, type PlannedCase, type PlannedStep } from '../seed/year-plan';
import { BufferedEventStore } from './buffered-event-store';
import { InMemoryCommandRunner } from './in-memory-command-runner';

export interface NationalDatasetOptions {
  dataDir: string;
  /** Events to write, about: whole cases, as many per year as the events per case seen so far give. */
  events: number;
  seed: number;
  fromYear: number;
  /** Last year (default: the year before this one, so every date is over). */
  toYear?: number;
  /** `NORMAL` (default here) while loading: a power cut loses the last batch, never corrupts. */
  synchronous?: 'FULL' | 'NORMAL';
  /**
   * `in-memory` (default): the command runner's steps with each stream's state kept between its
   * commands (`InMemoryCommandRunner`); `command-runner`: the platform's `CommandRunner` itself,
   * which reads and folds the stream again for every command (slower; the reference).
   */
  runner?: 'in-memory' | 'command-runner';
  /**
   * Persons social affairs receives directly (registered, then followed) per police case; none by
   * default. The 2020 report's proportion is `REGISTRATIONS_PER_POLICE_CASE_2020` (about 2.35).
   */
  registrationsPerCase?: number;
  /**
   * Intake beside the police cases, as a multiple of the 2020 report's proportion (its II.D.1
   * volumes, 81,873 returnees and 99 bodies, beside its 155 police cases); 1 by default, 0: none.
   */
  intakeScale?: number;
  /** Appends per transaction (events, about). */
  batchEvents?: number;
  onProgress?(written: number, target: number): void;
}

export interface NationalDatasetReport {
  events: number;
  cases: number;
  years: number[];
  seconds: number;
  eventsPerSecond: number;
  /** Global position of the last event. */
  head: number;
}

/** The domain date of each planned step (the body field the route reads it from). */
const DATE_FIELD: Record<PlannedStep, string> = {
  'open-case': 'openedOn',
  'identify-suspect': 'identifiedOn',
  'arrest-suspect': 'arrestedOn',
  'release-suspect': 'releasedOn',
  'rescue-victim': 'rescuedOn',
  'hand-over-victim': 'handedOverOn',
  'forward-to-prosecutor': 'forwardedOn',
  'close-without-forwarding': 'closedOn',
  'receive-court-file': '',
  'open-court-file': 'openedOn',
  'add-accused': 'addedOn',
  'add-victim': 'addedOn',
  'charge-person': 'chargedOn',
  'decide-prosecution': 'decidedOn',
  'order-detention': 'orderedOn',
  'place-under-supervision': 'orderedOn',
  'issue-closing-order': 'issuedOn',
  'deliver-verdict': 'deliveredOn',
  'award-compensation': 'awardedOn',
  'receive-protection-case': '',
  'register-protection-case': 'receivedOn',
  'record-consent': 'recordedOn',
  'refer-case': 'referredOn',
  'admit-to-shelter': 'admittedOn',
  'record-shelter-departure': 'departedOn',
  'record-service': 'deliveredOn',
  'file-compensation-claim': 'filedOn',
  'record-compensation-award': 'awardedOn',
  'record-compensation-received': 'receivedOn',
  'assess-family': 'assessedOn',
  'integrate-person': 'integratedOn',
  'record-follow-up-visit': 'visitedOn',
};

/** Keys made in one transaction per year ahead of the commands (`getOrCreateKeys`), then served from memory. */
class PreparedKeyStore implements PersonKeyStore {
  private readonly keys = new Map<string, Buffer>();
  constructor(private readonly store: SqlitePersonKeyStore) {}
  async prepare(personIds: readonly string[]): Promise<void> {
    for (const [id, key] of await this.store.getOrCreateKeys(personIds)) this.keys.set(id, key);
  }
  forget(): void {
    for (const key of this.keys.values()) key.fill(0);
    this.keys.clear();
  }
  async getOrCreateKey(personId: string): Promise<Buffer> {
    const key = this.keys.get(personId);
    return key ? Buffer.from(key) : this.store.getOrCreateKey(personId);
  }
  async getKey(personId: string): Promise<Buffer | null> {
    const key = this.keys.get(personId);
    return key ? Buffer.from(key) : this.store.getKey(personId);
  }
  destroyKey(personId: string, reason: string, actor: string): Promise<PersonTombstone> {
    return this.store.destroyKey(personId, reason, actor);
  }
  isForgotten(personId: string): Promise<boolean> {
    return this.store.isForgotten(personId);
  }
  close(): Promise<void> {
    return this.store.close();
  }
}

/** A per-year seed from the run's seed (murmur3 finaliser), so years differ. */
function yearSeed(seed: number, year: number): number {
  let h = (seed ^ Math.imul(year, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function userOf(planned: PlannedCase, call: PlannedCall): AuthenticatedUser {
  return userOfActor(actorOf(planned, call));
}

function userOfActor(actor: PlannedActor): AuthenticatedUser {
  const role = actor.role ?? 'police';
  return {
    userId: role === 'police' ? `generate-${actor.unit}` : `generate-${role}-${actor.unit}`,
    role,
    unit: actor.unit,
    provinces: actor.provinces.includes('*') ? 'all' : actor.provinces,
  };
}

type Body = Record<string, unknown>;
const str = (v: unknown) => v as string;
const opt = (name: string, v: unknown) => (v === undefined ? {} : { [name]: v });

/** The command each route builds from its body (the controllers' mapping), ids from `ids`. */
function policeCommand(step: PlannedStep, b: Body, ids: Map<string, string>, subject: string | undefined, metadata: CommandMetadata): ClearPoliceCaseCommand {
  const person = subject ? ids.get(subject)! : '';
  switch (step) {
    case 'open-case': {
      const unit = b['unit'] as { code: string; type: string };
      return { type: 'OpenPoliceCase', data: { caseId: ids.get('case')!, unit: { code: unit.code, type: unit.type }, province: str(b['province']), offences: b['offences'] as string[], openedOn: str(b['openedOn']), ...opt('reference', b['reference']) }, metadata } as ClearPoliceCaseCommand;
    }
    case 'identify-suspect':
      return { type: 'IdentifySuspect', data: { suspectId: person, sex: b['sex'], birthDate: b['birthDate'], ageAtIdentification: b['ageAtIdentification'], nationality: b['nationality'], identifiedOn: b['identifiedOn'], personal: { ...(b['personal'] as object | undefined) } }, metadata } as ClearPoliceCaseCommand;
    case 'arrest-suspect':
      return { type: 'ArrestSuspect', data: { suspectId: person, arrestedOn: str(b['arrestedOn']) }, metadata } as ClearPoliceCaseCommand;
    case 'release-suspect':
      return { type: 'ReleaseSuspect', data: { suspectId: person, releasedOn: b['releasedOn'], reason: b['reason'] }, metadata } as ClearPoliceCaseCommand;
    case 'rescue-victim':
      return { type: 'RescueVictim', data: { victimId: person, sex: b['sex'], birthDate: b['birthDate'], ageAtRescue: b['ageAtRescue'], nationality: b['nationality'], exploitationType: b['exploitationType'], rescuedOn: b['rescuedOn'], personal: { ...(b['personal'] as object | undefined) } }, metadata } as ClearPoliceCaseCommand;
    case 'hand-over-victim':
      return { type: 'HandOverVictim', data: { victimId: person, destination: b['destination'], handedOverOn: b['handedOverOn'], ...opt('organisation', b['organisation']) }, metadata } as ClearPoliceCaseCommand;
    case 'forward-to-prosecutor':
      return { type: 'ForwardToProsecutor', data: { forwardedOn: b['forwardedOn'], ...opt('court', b['court']) }, metadata } as ClearPoliceCaseCommand;
    case 'close-without-forwarding':
      return { type: 'CloseWithoutForwarding', data: { closedOn: b['closedOn'], reason: b['reason'] }, metadata } as ClearPoliceCaseCommand;
    default:
      throw new Error(`Not a police step: ${step}`);
  }
}

/** Ids sent in a court body as `"{cS1}"`: the court person ids, bound to the police person ids. */
function courtId(value: unknown, ids: Map<string, string>): string {
  const key = /^\{([A-Za-z0-9]+)\}$/.exec(String(value))?.[1];
  const id = key && ids.get(key);
  if (!id) throw new Error(`No id bound for ${String(value)}`);
  return id;
}

/** The protection command each protection route builds from its body (the controller's mapping); the claim id is the one the route made. */
function protectionCommand(call: PlannedCall, ids: Map<string, string>, metadata: CommandMetadata): ClearProtectionCaseCommand {
  const b = call.body;
  const claimId = () => (call.binds?.field === 'claimId' ? ids.get(call.binds.key)! : courtId(/\{(claim[A-Za-z0-9]+)\}/.exec(call.path)?.[0], ids));
  const command = (type: ClearProtectionCaseCommand['type'], data: Body) => ({ type, data, metadata }) as ClearProtectionCaseCommand;
  switch (call.step) {
    case 'register-protection-case':
      return command('RegisterProtectionCase', {
        personId: ids.get('P')!,
        province: b['province'],
        receivedOn: b['receivedOn'],
        channel: b['channel'],
        sex: b['sex'],
        nationality: b['nationality'],
        exploitationType: b['exploitationType'],
        ...opt('entryPoint', b['entryPoint']),
        ...opt('countryReturnedFrom', b['countryReturnedFrom']),
        ...opt('birthDate', b['birthDate']),
        ...opt('ageInYears', b['ageInYears']),
        ...(b['personal'] ? { personal: { ...(b['personal'] as object) } } : {}),
      });
    case 'record-consent':
      return command('RecordConsent', { givenBy: b['givenBy'], recordedOn: b['recordedOn'], sharing: (b['sharing'] as Array<{ organisation: string; purposes: string[] }>).map((s) => ({ organisation: s.organisation, purposes: [...s.purposes] })) });
    case 'refer-case':
      return command('ReferCase', { organisation: b['organisation'], referredOn: b['referredOn'], purpose: b['purpose'] });
    case 'admit-to-shelter':
      return command('AdmitToShelter', { shelter: b['shelter'], admittedOn: b['admittedOn'], sentBy: b['sentBy'], ...opt('shelterProvince', b['shelterProvince']) });
    case 'record-shelter-departure':
      return command('RecordShelterDeparture', { departedOn: b['departedOn'], reason: b['reason'] });
    case 'record-service':
      return command('RecordService', { service: b['service'], organisation: b['organisation'], deliveredOn: b['deliveredOn'] });
    case 'file-compensation-claim':
      return command('FileCompensationClaim', { claimId: claimId(), supportingOrganisation: b['supportingOrganisation'], filedOn: b['filedOn'], ...opt('courtFileId', b['courtFileId']) });
    case 'record-compensation-award':
      return command('RecordCompensationAward', { claimId: claimId(), amount: b['amount'], currency: b['currency'], awardedOn: b['awardedOn'] });
    case 'record-compensation-received':
      return command('RecordCompensationReceived', { claimId: claimId(), amount: b['amount'], currency: b['currency'], receivedOn: b['receivedOn'] });
    case 'assess-family':
      return command('AssessFamily', { assessedOn: b['assessedOn'], outcome: b['outcome'], assessedBy: b['assessedBy'] });
    case 'integrate-person':
      return command('IntegratePerson', { integratedBy: b['integratedBy'], integratedOn: b['integratedOn'], province: b['province'] });
    case 'record-follow-up-visit':
      return command('RecordFollowUpVisit', { visitedOn: b['visitedOn'], outcome: b['outcome'], visitedBy: b['visitedBy'] });
    default:
      throw new Error(`Not a protection step the generator sends: ${call.step}`);
  }
}

function courtCommand(step: PlannedStep, b: Body, ids: Map<string, string>, subject: string | undefined, metadata: CommandMetadata): ClearCourtFileCommand {
  const person = subject ? ids.get(`c${subject}`)! : '';
  switch (step) {
    case 'charge-person':
      return { type: 'ChargePerson', data: { personId: courtId(b['personId'], ids), offences: b['offences'], chargedOn: b['chargedOn'] }, metadata } as ClearCourtFileCommand;
    case 'decide-prosecution':
      return { type: 'DecideProsecution', data: { action: b['action'], decidedOn: b['decidedOn'], ...opt('reason', b['reason']), ...opt('trialRoute', b['trialRoute']), ...opt('appearedOn', b['appearedOn']) }, metadata } as ClearCourtFileCommand;
    case 'order-detention':
      return { type: 'OrderPreTrialDetention', data: { personId: person, orderedOn: b['orderedOn'], offenceClass: b['offenceClass'] }, metadata } as ClearCourtFileCommand;
    case 'place-under-supervision':
      return { type: 'PlaceUnderJudicialSupervision', data: { personId: person, orderedOn: b['orderedOn'] }, metadata } as ClearCourtFileCommand;
    case 'issue-closing-order':
      return { type: 'IssueClosingOrder', data: { outcome: b['outcome'], issuedOn: b['issuedOn'] }, metadata } as ClearCourtFileCommand;
    case 'deliver-verdict': {
      const fine = b['fine'] as { amount: number; currency: string } | undefined;
      return { type: 'DeliverVerdict', data: { personId: person, outcome: b['outcome'], deliveredOn: b['deliveredOn'], ...opt('termMonths', b['termMonths']), ...opt('custody', b['custody']), ...(fine ? { fine: { amount: fine.amount, currency: fine.currency } } : {}) }, metadata } as ClearCourtFileCommand;
    }
    case 'award-compensation':
      return { type: 'AwardCompensation', data: { victimId: courtId(b['victimId'], ids), amount: b['amount'], currency: b['currency'], awardedOn: b['awardedOn'] }, metadata } as ClearCourtFileCommand;
    default:
      throw new Error(`Not a court step the generator sends: ${step}`);
  }
}

interface Scheduled {
  date: string;
  caseIndex: number;
  callIndex: number;
  /** A protection call: of the case's `person`-th person handed over to social affairs. */
  person?: number;
  /** A call of the `registration`-th direct registration (then `caseIndex` is past the cases). */
  registration?: number;
  /** A call of the `intake`-th intake record (then `caseIndex` is past the registrations). */
  intake?: number;
}

/**
 * Writes the dataset into `dataDir` (events.sqlite and keys/person-keys.sqlite, created or
 * appended to) and leaves the court reactor's checkpoint at the head, as a running process
 * would have. Nothing else may write to the data dir meanwhile.
 */
export async function generateNationalDataset(options: NationalDatasetOptions): Promise<NationalDatasetReport> {
  const today = cambodianDateAt(new Date().toISOString());
  const toYear = options.toYear ?? Number(today.slice(0, 4)) - 1;
  if (!(options.fromYear >= 2000 && options.fromYear <= toYear)) throw new RangeError(`--from-year must be from 2000 to ${toYear}`);
  const years = Array.from({ length: toYear - options.fromYear + 1 }, (_, i) => options.fromYear + i);
  const batchEvents = options.batchEvents ?? 20_000;

  let recordedAt = new Date();
  const sqlite = new SqliteEventStore({ filename: join(options.dataDir, 'events.sqlite'), synchronous: options.synchronous ?? 'NORMAL', clock: () => recordedAt });
  let simulated = new Date();
  const buffered = new BufferedEventStore(sqlite, () => simulated);
  await buffered.init();
  const registry = new EventTypeRegistry().register(...processContexts(hostedContexts).eventTypes());
  const keyFile = new SqlitePersonKeyStore({ filename: join(options.dataDir, PERSON_KEYS_FILE) });
  const keys = new PreparedKeyStore(keyFile);
  const clock = { now: () => simulated };
  const cipher = new PersonalDataCipher(keys);
  const store = new RegistryEventStore(buffered, registry);
  const fast = (options.runner ?? 'in-memory') === 'in-memory' ? new InMemoryCommandRunner(store, registry, cipher, clock) : undefined;
  const runner = fast ?? new CommandRunner(store, registry, cipher, clock);
  const reactor = new PoliceForwardingReactor(runner as CommandRunner);
  // The court's reactor on a forwarding: its own class on the platform's runner, else its command on ours.
  const react = async (forwarded: RecordedEvent) => {
    if (!fast) return reactor.react(forwarded);
    const caseId = caseIdOfStream(forwarded.streamId)!;
    await fast.run(courtFileCommands, caseId, (metadata) => openingCommand(caseId, forwarded.data as CaseForwardedToProsecutorData, metadata), {
      issuer: { reactor: POLICE_FORWARDING_REACTOR },
      correlationId: forwarded.correlationId,
      causationId: forwarded.eventId,
    });
  };
  // Protection's reactors on a hand-over and on a court's award, the same way.
  const handOverReactor = new HandOverReactor(runner as CommandRunner);
  const reactToHandOver = async (handedOver: RecordedEvent) => {
    const data = handedOver.data as VictimHandedOverData;
    if (!fast) return handOverReactor.react(handedOver);
    if (data.destination === 'family') return;
    const policeCaseId = caseIdOfStream(handedOver.streamId)!;
    await fast.run(protectionCaseCommands, data.victimId, (metadata) => protectionOpeningCommand(policeCaseId, data, metadata), {
      issuer: { reactor: HAND_OVER_REACTOR },
      correlationId: handedOver.correlationId,
      causationId: handedOver.eventId,
    });
  };
  const awardReactor = new CourtCompensationReactor(runner as CommandRunner);
  const reactToAward = async (awarded: RecordedEvent) => {
    if (!fast) return awardReactor.react(awarded);
    const data = awarded.data as CompensationAwardedData;
    try {
      await fast.run(protectionCaseCommands, data.victimId, (metadata) => awardCommand(fileIdOfStream(awarded.streamId)!, data, metadata), {
        issuer: { reactor: COURT_COMPENSATION_REACTOR },
        correlationId: awarded.correlationId,
        causationId: awarded.eventId,
      });
    } catch (error) {
      // As the reactor: a victim with no protection case is nothing to do.
      if (!(error instanceof NotFoundException)) throw error;
    }
  };
  // Enforcement's and protection's reactors on an intake referral, the same way.
  const referralReactors = new IntakeReferralReactors(runner as CommandRunner, fast);
  /** The latest event of a type in a stream (the one a command just appended). */
  const latest = async (streamId: string, type: string) => (await buffered.readStream(streamId)).filter((e: RecordedEvent) => e.type === type).at(-1)!;

  const started = process.hrtime.bigint();
  let written = 0;
  let appended = 0;
  let cases = 0;
  let calls = 0;
  // A store appended to gets references of its own (the intake records are named by them).
  const reference = runReference(await sqlite.headPosition());
  const intakeScale = options.intakeScale ?? 1;
  if (!(intakeScale >= 0)) throw new RangeError('intakeScale must be 0 or more');
  const flush = async () => {
    written += await buffered.flush((iso) => (recordedAt = new Date(iso)));
    options.onProgress?.(written, options.events);
  };
  try {
    for (const [y, year] of years.entries()) {
      const remaining = options.events - appended;
      if (remaining <= 0) break;
      // Events per case as measured so far (a first guess of 14, and intake's about 16 per case at scale 1, before any).
      const perCase = cases > 0 ? appended / cases : 14 + 16 * intakeScale;
      const yearCases = Math.max(1, Math.min(100_000, Math.round(remaining / (years.length - y) / perCase)));
      const plan = generateYear({ year, seed: yearSeed(options.seed, year), cases: yearCases, registrations: Math.round(yearCases * (options.registrationsPerCase ?? 0)), today });
      // Intake in the report's proportion to the police cases (its own generator: the police part of a seed stays what it was).
      const intake: IntakeYearPlan = planIntakeYear({ year, seed: yearSeed(options.seed ^ 0x1a7a4e, year), scale: (intakeScale * yearCases) / REPORT_CASES_2020, today });

      // Every id a route would make, made up front: case ids, suspect and victim ids; court
      // person ids are the police ones (the reactor's file), the file id is the case id.
      const idsOf = plan.cases.map((planned) => {
        const ids = new Map<string, string>();
        const caseId = randomUUID();
        ids.set('case', caseId);
        ids.set('file', caseId);
        for (const call of [...planned.calls, ...planned.protection.flatMap((p) => p.calls)]) {
          if (call.binds && call.binds.key !== 'case' && call.binds.key !== 'file' && !call.reception) ids.set(call.binds.key, randomUUID());
          for (const [courtKey, policeKey] of call.reception?.aliases ?? []) ids.set(courtKey, `{${policeKey}}`);
        }
        for (const [key, value] of ids) if (value.startsWith('{')) ids.set(key, ids.get(value.slice(1, -1))!);
        return ids;
      });
      // A registration's person id and claim ids, made as the routes would.
      const idsOfRegistration = plan.registrations.map((r) => new Map(r.protection.calls.flatMap((call) => (call.binds ? [[call.binds.key, randomUUID()] as const] : []))));
      const sealed: string[] = [];
      plan.cases.forEach((planned, c) => {
        for (const call of planned.calls) {
          if ((call.step === 'identify-suspect' || call.step === 'rescue-victim') && (call.body['personal'] || call.body['birthDate'])) {
            sealed.push(idsOf[c]!.get(call.subject!)!);
          }
        }
      });
      plan.registrations.forEach((r, i) => {
        const body = r.protection.calls[0]!.body;
        if (body['personal'] || body['birthDate']) sealed.push(idsOfRegistration[i]!.get('P')!);
      });
      // Each intake call's record (its name-based id), a referral's the screening's before it.
      const intakeRecords = intake.records.map((record) => {
        let screening: PlannedIntakeCall | undefined;
        return record.calls.map((call) => {
          if (call.step === 'screen-person') screening = call;
          const named = intakeRecordOf(call, screening, reference);
          if (call.step === 'screen-person' && (call.body['personal'] || call.body['birthDate'])) sealed.push(named.id);
          return named.id;
        });
      });
      await keys.prepare(sealed);

      // The year in the order it happened: by date, cases side by side, each case's calls in order,
      // a person's protection calls after the case's calls of the day (the hand-over opened the case).
      const schedule: Scheduled[] = [];
      plan.cases.forEach((planned, caseIndex) => {
        planned.calls.forEach((call, callIndex) => {
          if (call.reception) return; // the reactor opens the file on the forwarding
          schedule.push({ date: str(call.body[DATE_FIELD[call.step]]), caseIndex, callIndex });
        });
        planned.protection.forEach((person, p) =>
          person.calls.forEach((call, callIndex) => {
            if (call.awaitsReactor) return; // the hand-over reactor opens the case
            schedule.push({ date: str(call.body[DATE_FIELD[call.step]]), caseIndex, callIndex, person: p });
          }),
        );
      });
      plan.registrations.forEach((r, registration) =>
        r.protection.calls.forEach((call, callIndex) =>
          schedule.push({ date: str(call.body[DATE_FIELD[call.step]]), caseIndex: plan.cases.length + registration, callIndex, registration }),
        ),
      );
      intake.records.forEach((r, record) =>
        r.calls.forEach((call, callIndex) =>
          schedule.push({ date: str(call.body[INTAKE_DATE_FIELD[call.step]]), caseIndex: plan.cases.length + plan.registrations.length + record, callIndex, intake: record }),
        ),
      );
      const order = (s: Scheduled) => (s.person === undefined ? -1 : s.person);
      schedule.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.caseIndex - b.caseIndex || order(a) - order(b) || a.callIndex - b.callIndex));

      let day = '';
      let tick = 0;
      for (const { date, caseIndex, callIndex, person, registration, intake: record } of schedule) {
        if (date !== day) {
          day = date;
          tick = 0;
        }
        // Entered during the working day in Phnom Penh (from 09:00, UTC+7), a few seconds apart.
        simulated = new Date(Date.parse(`${date}T02:00:00.000Z`) + tick++ * 1000);
        if (record !== undefined) {
          const call = intake.records[record]!.calls[callIndex]!;
          const id = intakeRecords[record]![callIndex]!;
          const context = { issuer: { user: userOfActor(call.actor) }, correlationId: randomUUID() };
          const before = buffered.bufferedEvents;
          if (call.step === 'record-reception') {
            await runner.run(receptionCommands, id, (metadata) => receptionCommand(call, reference, metadata), context);
          } else if (call.step === 'record-body') {
            await runner.run(returnedBodyCommands, id, (metadata) => returnedBodyCommand(call, reference, metadata), context);
          } else {
            await runner.run(screenedPersonCommands, id, (metadata) => screenedPersonCommand(call, reference, id, metadata), context);
            if (call.step === 'refer-person') {
              const referred = await latest(screenedPersonCommands.streamId(id), IntakeEventType.PersonReferred);
              await referralReactors.react(referred, referred.data as PersonReferredData);
            }
          }
          appended += buffered.bufferedEvents - before;
          calls++;
          if (buffered.bufferedEvents >= batchEvents) await flush();
          continue;
        }
        if (registration !== undefined) {
          const call = plan.registrations[registration]!.protection.calls[callIndex]!;
          const ids = idsOfRegistration[registration]!;
          const before = buffered.bufferedEvents;
          await runner.run(protectionCaseCommands, ids.get('P')!, (metadata) => protectionCommand(call, ids, metadata), { issuer: { user: userOfActor(call.actor!) }, correlationId: randomUUID() });
          appended += buffered.bufferedEvents - before;
          calls++;
          if (buffered.bufferedEvents >= batchEvents) await flush();
          continue;
        }
        const planned = plan.cases[caseIndex]!;
        const call = person === undefined ? planned.calls[callIndex]! : planned.protection[person]!.calls[callIndex]!;
        const ids = idsOf[caseIndex]!;
        const context = { issuer: { user: userOf(planned, call) }, correlationId: randomUUID() };
        const subject = call.subject;
        const before = buffered.bufferedEvents;
        if (person !== undefined) {
          await runner.run(protectionCaseCommands, ids.get(subject!)!, (metadata) => protectionCommand(call, ids, metadata), context);
        } else if (call.as) {
          await runner.run(courtFileCommands, ids.get('case')!, (metadata) => courtCommand(call.step, call.body, ids, subject, metadata), context);
          if (call.step === 'award-compensation') await reactToAward(await latest(courtFileStreamId(ids.get('file')!), CourtFileEventType.CompensationAwarded));
        } else {
          const outcome = await runner.run(policeCaseCommands, ids.get('case')!, (metadata) => policeCommand(call.step, call.body, ids, subject, metadata), context);
          if (call.step === 'forward-to-prosecutor') {
            await react(await latest(policeCaseCommands.streamId(outcome.id), PoliceCaseEventType.CaseForwardedToProsecutor));
          } else if (call.step === 'hand-over-victim') {
            await reactToHandOver(await latest(policeCaseCommands.streamId(outcome.id), PoliceCaseEventType.VictimHandedOver));
          }
        }
        appended += buffered.bufferedEvents - before;
        calls++;
        if (buffered.bufferedEvents >= batchEvents) await flush();
      }
      await flush();
      buffered.forgetStreams();
      fast?.forget();
      keys.forget();
      cases += plan.cases.length;
    }
    await flush();
    const head = await sqlite.headPosition();
    // The reactors have handled every forwarding, hand-over and award: their checkpoints are the head, as in a running process.
    const checkpoints = new SqliteCheckpointStore(sqlite);
    for (const name of [POLICE_FORWARDING_REACTOR, HAND_OVER_REACTOR, COURT_COMPENSATION_REACTOR, ...referralReactors.names]) await checkpoints.save(reactorCheckpointName(name), head);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    void calls;
    return { events: written, cases, years: years.slice(0, years.length), seconds, eventsPerSecond: written / seconds, head };
  } finally {
    keys.forget();
    await keys.close();
    await sqlite.close();
  }
}
