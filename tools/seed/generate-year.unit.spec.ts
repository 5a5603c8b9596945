import { DomainRuleViolation, fold } from '@casetrail/event-sourcing';
import { isSealedPersonalData, rememberSealedForm } from '@casetrail/kernel';
import { ageInYearsAt } from '@casetrail/kernel';
import { policeUnitByCode, type PoliceCaseEvent } from '@casetrail/enforcement-contracts';
import { policeCaseDecider, type PoliceCaseCommand } from '@casetrail/enforcement-domain';
import { generateYear, type GenerateYearOptions } from './generate-year';
import { summarisePlan } from './plan-summary';
import { resolveBody, type PlannedCall, type PlannedCase, type YearPlan } from './year-plan';
import { courtKey } from './plan-court';
import { courtFileDecider, type CourtFileCommand } from '@casetrail/court-domain';
import type { CourtFileEvent } from '@casetrail/court-contracts';
import { buildInvestigatingJudgesTable, buildProsecutionTable, buildTrialTable, courtFileFactsOf, type CourtFileFacts } from '@casetrail/statistics-domain';
import { ageBandAt, type SealedPersonalData } from '@casetrail/kernel';
import { organisationByCode, type ProtectionCaseEvent } from '@casetrail/protection-contracts';
import { protectionCaseDecider, referredOrganisations, type ProtectionCaseCommand, type ProtectionCaseState } from '@casetrail/protection-domain';
import type { PlannedProtection, PlannedRegistration } from './year-plan';
import { entryPointByCode } from '@casetrail/kernel';

const base: GenerateYearOptions = { year: 2020, seed: 42, cases: 160, today: '2026-03-01' };

/** The command a planned call becomes on the server, with the plan's local keys as ids. */
function commandOf(planned: PlannedCase, call: PlannedCall, now: string): PoliceCaseCommand {
  const metadata = { actor: { userId: 'seed-test', role: 'police', unit: planned.actor.unit }, now };
  const body = call.body;
  const data = (() => {
    switch (call.step) {
      case 'open-case':
        return { type: 'OpenPoliceCase', data: { caseId: planned.label, ...body } };
      case 'identify-suspect':
        return { type: 'IdentifySuspect', data: { suspectId: call.subject, ...body, personal: sealedStandIn(call.subject!, body) } };
      case 'arrest-suspect':
        return { type: 'ArrestSuspect', data: { suspectId: call.subject, ...body } };
      case 'release-suspect':
        return { type: 'ReleaseSuspect', data: { suspectId: call.subject, ...body } };
      case 'rescue-victim':
        return { type: 'RescueVictim', data: { victimId: call.subject, ...body, personal: sealedStandIn(call.subject!, body) } };
      case 'hand-over-victim':
        return { type: 'HandOverVictim', data: { victimId: call.subject, ...body } };
      case 'forward-to-prosecutor':
        return { type: 'ForwardToProsecutor', data: body };
      case 'close-without-forwarding':
        return { type: 'CloseWithoutForwarding', data: body };
    }
  })();
  return { ...data, metadata } as unknown as PoliceCaseCommand;
}

/**
 * The server seals a person's name and birth date with the person's key before deciding; the
 * decider only copies the envelope. A stand-in envelope (shape only) does here.
 */
function sealedStandIn(personId: string, body: Record<string, unknown>) {
  if (!('personal' in body) && !('birthDate' in body)) return undefined;
  return { v: 1, alg: 'A256GCM', personId, iv: 'AAAAAAAAAAAAAAAA', ct: 'AA', tag: 'AAAAAAAAAAAAAAAAAAAAAA' };
}

/** Runs a planned case through the real decider; throws the first `DomainRuleViolation`. */
function decideCase(planned: PlannedCase, now: string) {
  const events: PoliceCaseEvent[] = [];
  for (const call of planned.calls.filter((c) => !c.as)) {
    const state = fold(policeCaseDecider, events);
    const decided = policeCaseDecider.decide(commandOf(planned, call, now), state);
    // As the server reads the stream back: personal data opened (here, the plan's birth date).
    // The opened part remembers its envelope, as the server's reading does, so a forwarding copies it.
    events.push(...decided.map((e) => {
      const sealed = (e.data as { personal?: unknown }).personal;
      return isSealedPersonalData(sealed)
        ? ({ ...e, data: { ...e.data, personal: rememberSealedForm({ birthDate: call.body['birthDate'] as string }, sealed) } } as PoliceCaseEvent)
        : e;
    }));
  }
  return fold(policeCaseDecider, events);
}

const DATE_FIELDS = [
  'openedOn', 'identifiedOn', 'arrestedOn', 'releasedOn', 'rescuedOn', 'handedOverOn', 'forwardedOn', 'closedOn',
  'addedOn', 'chargedOn', 'decidedOn', 'orderedOn', 'issuedOn', 'deliveredOn', 'awardedOn',
];
/** Every call of a case, the calls a court file's reception falls back on included. */
const allCalls = (c: PlannedCase) => c.calls.flatMap((call) => [call, ...(call.reception?.fallback ?? [])]);
const datesOf = (plan: YearPlan) =>
  plan.cases.flatMap((c) => allCalls(c).flatMap((call) => DATE_FIELDS.filter((f) => f in call.body).map((f) => String(call.body[f]))));

/**
 * A court call as the command the server decides, when the seed opened the file itself (the
 * fallback path): file id = the case label, person ids = the plan's court keys.
 */
function courtCommandOf(planned: PlannedCase, call: PlannedCall, now: string): CourtFileCommand {
  const metadata = { actor: { userId: `seed-${call.as}`, role: call.as!, unit: planned.court!.code, province: planned.court!.province }, now };
  const keys = new Map(allCalls(planned).flatMap((c) => (c.binds ? [[c.binds.key, c.binds.key] as const] : [])));
  const body = resolveBody(call.body, keys);
  const person = call.subject ? { personId: courtKey(call.subject) } : {};
  const type = {
    'open-court-file': 'OpenCourtFile',
    'add-victim': 'AddVictim',
    'add-accused': 'AddAccused',
    'charge-person': 'ChargePerson',
    'decide-prosecution': 'DecideProsecution',
    'order-detention': 'OrderPreTrialDetention',
    'place-under-supervision': 'PlaceUnderJudicialSupervision',
    'issue-closing-order': 'IssueClosingOrder',
    'deliver-verdict': 'DeliverVerdict',
    'award-compensation': 'AwardCompensation',
  }[call.step as string];
  if (!type) throw new Error(`${call.step} is no court command`);
  const data = call.step === 'open-court-file' ? { fileId: planned.label, ...body } : call.step === 'award-compensation' ? body : { ...person, ...body };
  return { type, data, metadata } as unknown as CourtFileCommand;
}

/** The court events of a planned case on the fallback path (the seed opens the file); [] without a court file. */
function decideCourtFile(planned: PlannedCase, now: string): CourtFileEvent[] {
  const events: CourtFileEvent[] = [];
  const reception = planned.calls.find((c) => c.step === 'receive-court-file');
  if (!reception) return events;
  const calls = [...reception.reception!.fallback, ...planned.calls.filter((c) => c.as && c !== reception)];
  for (const call of calls) {
    const state = fold(courtFileDecider, events);
    try {
      events.push(...courtFileDecider.decide(courtCommandOf(planned, call, now), state));
    } catch (error) {
      if (error instanceof DomainRuleViolation) throw new Error(`${planned.label} ${call.step}: ${error.code} ${error.message}`);
      throw error;
    }
  }
  return events;
}

/** The protection command each planned protection call becomes on the server (the route's mapping). */
const PROTECTION_COMMAND: Partial<Record<PlannedCall['step'], ProtectionCaseCommand['type']>> = {
  'record-consent': 'RecordConsent',
  'refer-case': 'ReferCase',
  'admit-to-shelter': 'AdmitToShelter',
  'record-shelter-departure': 'RecordShelterDeparture',
  'record-service': 'RecordService',
  'file-compensation-claim': 'FileCompensationClaim',
  'record-compensation-award': 'RecordCompensationAward',
  'record-compensation-received': 'RecordCompensationReceived',
  'assess-family': 'AssessFamily',
  'integrate-person': 'IntegratePerson',
  'record-follow-up-visit': 'RecordFollowUpVisit',
};

/**
 * A victim's protection calls through the real protection decider: the case as the hand-over
 * reactor opens it from the police's data (person id = victim key), then each call as the command
 * its route builds, with the acting user of the call. A partner worker acts only on a case referred
 * to their organisation (the runner's scope) and only as their own organisation (the API's rule).
 */
function decideProtection(planned: PlannedCase, person: PlannedProtection, now: string): ProtectionCaseState {
  const rescue = planned.calls.find((c) => c.step === 'rescue-victim' && c.subject === person.subject)!.body;
  const handOver = planned.calls.find((c) => c.step === 'hand-over-victim' && c.subject === person.subject)!.body;
  const rescuedOn = String(rescue['rescuedOn']);
  const age = rescue['ageAtRescue'];
  const sealed = sealedStandIn(person.subject, rescue);
  const opening = {
    type: 'OpenProtectionCaseFromHandOver',
    data: {
      personId: person.subject,
      province: planned.province,
      receivedBy: `dosvy-${planned.province}`,
      handedOverOn: handOver['handedOverOn'],
      policeCaseId: planned.label,
      handedOverBy: planned.unit.code,
      rescuedOn,
      sex: rescue['sex'],
      nationality: rescue['nationality'],
      ...(typeof age === 'number' ? { ageInYears: age } : {}),
      ageBand: ageBandAt(typeof age === 'number' ? age : String(rescue['birthDate']), rescuedOn),
      ageBandOn: rescuedOn,
      exploitationType: rescue['exploitationType'],
      personal: sealed ?? {},
    },
    metadata: { actor: { userId: 'reactor:protection-opens-handed-over-victims', role: 'system' }, now },
  } as unknown as ProtectionCaseCommand;
  // As the service reads the stream back: the sealed part opened (here, the plan's birth date).
  const events: ProtectionCaseEvent[] = protectionCaseDecider.decide(opening, protectionCaseDecider.initialState()).map((e) =>
    sealed && 'personal' in (e.data as object) ? ({ ...e, data: { ...e.data, personal: rememberSealedForm({ birthDate: rescue['birthDate'] as string }, sealed as SealedPersonalData) } } as ProtectionCaseEvent) : e,
  );
  return decideFollowOn(planned.label, person.subject, person.calls.filter((c) => c.step !== 'receive-protection-case'), events, now);
}

/** The calls after the opening, each as the command its route builds, on the events so far. */
function decideFollowOn(label: string, subject: string, calls: readonly PlannedCall[], events: ProtectionCaseEvent[], now: string): ProtectionCaseState {
  const actorOf = (call: PlannedCall) => ({ userId: `seed-${call.actor!.role}-${call.actor!.unit}`, role: call.actor!.role!, unit: call.actor!.unit });
  const ids = new Map<string, string>();
  for (const call of calls) {
    const state = fold(protectionCaseDecider, events);
    const actor = actorOf(call);
    if (actor.role === 'partner_worker') {
      expect({ step: call.step, referred: referredOrganisations(state).includes(actor.unit) }).toEqual({ step: call.step, referred: true });
      const named = call.body['shelter'] ?? call.body['organisation'] ?? call.body['assessedBy'] ?? call.body['integratedBy'] ?? call.body['visitedBy'] ?? call.body['supportingOrganisation'];
      if (named !== undefined) expect(named).toBe(actor.unit);
    }
    const claimId = /\{(claim[A-Za-z0-9]+)\}/.exec(call.path)?.[1];
    const data = { ...call.body, ...(claimId ? { claimId: ids.get(claimId) } : {}), ...(call.binds?.field === 'claimId' ? { claimId: `claim-${ids.size + 1}` } : {}) };
    if (call.binds?.field === 'claimId') ids.set(call.binds.key, String(data['claimId']));
    const command = { type: PROTECTION_COMMAND[call.step], data, metadata: { actor, now } } as unknown as ProtectionCaseCommand;
    try {
      events.push(...protectionCaseDecider.decide(command, state));
    } catch (error) {
      if (error instanceof DomainRuleViolation) throw new Error(`${label} ${subject} ${call.step}: ${error.code} ${error.message}`);
      throw error;
    }
  }
  return fold(protectionCaseDecider, events);
}

/** A direct registration's calls through the real protection decider: the registration as the route builds it, then as above. */
function decideRegistration(registration: PlannedRegistration, now: string): ProtectionCaseState {
  const [register, ...rest] = registration.protection.calls;
  const body = register!.body;
  const sealed = sealedStandIn('P', body);
  const actor = { userId: 'seed-social-worker', role: register!.actor!.role!, unit: register!.actor!.unit };
  const command = { type: 'RegisterProtectionCase', data: { personId: 'P', ...body, personal: sealed }, metadata: { actor, now } } as unknown as ProtectionCaseCommand;
  let events: ProtectionCaseEvent[];
  try {
    events = protectionCaseDecider.decide(command, protectionCaseDecider.initialState());
  } catch (error) {
    if (error instanceof DomainRuleViolation) throw new Error(`${registration.label} register: ${error.code} ${error.message}`);
    throw error;
  }
  const opened = events.map((e) =>
    sealed && 'personal' in (e.data as object) ? ({ ...e, data: { ...e.data, personal: rememberSealedForm({ birthDate: body['birthDate'] as string }, sealed as SealedPersonalData) } } as ProtectionCaseEvent) : e,
  );
  return decideFollowOn(registration.label, 'P', rest, opened, now);
}

const PROTECTION_DATE_FIELDS = ['recordedOn', 'referredOn', 'admittedOn', 'departedOn', 'deliveredOn', 'filedOn', 'awardedOn', 'receivedOn', 'assessedOn', 'integratedOn', 'visitedOn'];
const protectionDatesOf = (plan: YearPlan) =>
  plan.cases.flatMap((c) => c.protection.flatMap((p) => p.calls.flatMap((call) => PROTECTION_DATE_FIELDS.filter((f) => f in call.body).map((f) => String(call.body[f])))));

describe('generateYear', () => {
  it('gives the same plan for the same seed, and another for another seed', () => {
    const plan = generateYear(base);
    expect(generateYear({ ...base })).toEqual(plan);
    expect(generateYear({ ...base, seed: 43 })).not.toEqual(plan);
    expect(JSON.stringify(generateYear({ ...base, seed: 43 }).cases[0])).not.toEqual(JSON.stringify(plan.cases[0]));
  });

  it('keeps the first cases when more cases are asked for', () => {
    const small = generateYear({ ...base, cases: 10 });
    const large = generateYear({ ...base, cases: 30 });
    expect(large.cases.slice(0, 10)).toEqual(small.cases);
  });

  it.each([42, 1, 2020, 7, 123456])('lands near the 2020 report with seed %i', (seed) => {
    const s = summarisePlan(generateYear({ ...base, seed }));
    expect(s.cases.opened).toBe(160);
    expect(s.cases.forwarded / s.cases.opened).toBeGreaterThan(0.78);
    expect(s.cases.closed).toBeGreaterThan(0);
    expect(s.cases.open).toBeGreaterThan(0);
    expect(s.suspects.arrested).toBeGreaterThanOrEqual(160);
    expect(s.suspects.arrested).toBeLessThanOrEqual(240);
    expect(s.suspects.identified).toBeGreaterThanOrEqual(s.suspects.arrested);
    expect(s.suspects.arrestedFemale / s.suspects.arrested).toBeGreaterThan(0.07);
    expect(s.suspects.arrestedFemale / s.suspects.arrested).toBeLessThan(0.25);
    expect(s.suspects.arrestedMinors / s.suspects.arrested).toBeGreaterThan(0.01);
    expect(s.suspects.arrestedMinors / s.suspects.arrested).toBeLessThan(0.13);
    expect(s.suspects.arrestedForeigners / s.suspects.arrested).toBeGreaterThan(0.05);
    expect(s.suspects.arrestedForeigners / s.suspects.arrested).toBeLessThan(0.2);
    expect(Object.keys(s.suspects.foreignNationalities).length).toBeGreaterThanOrEqual(3);
    expect(s.suspects.foreignNationalities['KHM']).toBeUndefined();
    expect(s.victims.rescued).toBeGreaterThanOrEqual(360);
    expect(s.victims.rescued).toBeLessThanOrEqual(580);
    const share = (n: number) => n / s.victims.rescued;
    expect(share(s.victims.byAgeBand.under_15)).toBeGreaterThan(0.2);
    expect(share(s.victims.byAgeBand.under_15)).toBeLessThan(0.38);
    expect(share(s.victims.byAgeBand['15_17'])).toBeGreaterThan(0.03);
    expect(share(s.victims.byAgeBand['15_17'])).toBeLessThan(0.14);
    expect(share(s.victims.byAgeBand['18_plus'])).toBeGreaterThan(0.5);
    expect(share(s.victims.byAgeBand['18_plus'])).toBeLessThan(0.75);
    const handedOver = s.victims.handedOver.social_affairs + s.victims.handedOver.family;
    expect(s.victims.handedOver.social_affairs / handedOver).toBeGreaterThan(0.13);
    expect(s.victims.handedOver.social_affairs / handedOver).toBeLessThan(0.3);
    expect(s.victims.handedOver.partner_organisation).toBe(0);
  });

  it('weights the provinces of the report: Phnom Penh first, several provinces represented', () => {
    const plan = generateYear({ ...base, cases: 1000 });
    const perProvince = new Map<string, number>();
    for (const c of plan.cases) perProvince.set(c.province, (perProvince.get(c.province) ?? 0) + 1);
    const ranked = [...perProvince.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p);
    expect(ranked[0]).toBe('phnom-penh');
    expect(ranked.slice(0, 6)).toEqual(expect.arrayContaining(['banteay-meanchey', 'siem-reap', 'preah-sihanouk', 'battambang']));
    expect(perProvince.size).toBeGreaterThan(15);
  });

  it.each([42, 9, 31337])('plans only cases the domain accepts, ending as planned (seed %i)', (seed) => {
    const plan = generateYear({ ...base, seed });
    for (const planned of plan.cases) {
      let state;
      try {
        state = decideCase(planned, '2026-03-01T00:00:00.000Z');
      } catch (error) {
        if (error instanceof DomainRuleViolation) throw new Error(`${planned.label}: ${error.code} ${error.message}`);
        throw error;
      }
      expect(state.status).toBe(planned.outcome);
      if (planned.outcome === 'forwarded') expect(state.forwardedSuspectIds.length).toBeGreaterThan(0);
    }
  });

  it('would notice a plan the domain refuses (the check above can fail)', () => {
    const forwarded = generateYear(base).cases.find((c) => c.outcome === 'forwarded')!;
    const withoutArrests = { ...forwarded, calls: forwarded.calls.filter((c) => c.step !== 'arrest-suspect' && c.step !== 'release-suspect') };
    expect(() => decideCase(withoutArrests, '2026-03-01T00:00:00.000Z')).toThrow(
      expect.objectContaining({ code: 'NO_ARRESTED_SUSPECT' }),
    );
    expect(() => decideCase(forwarded, '2020-01-01T00:00:00.000Z')).toThrow(DomainRuleViolation);
  });

  it('keeps every date of the current year before today, and the domain agrees', () => {
    const today = '2020-06-15';
    const plan = generateYear({ ...base, today });
    expect(plan.lastDate).toBe('2020-06-14');
    for (const date of datesOf(plan)) {
      expect(date >= '2020-01-01' && date <= '2020-06-14').toBe(true);
    }
    // "Now" is the last usable day: a date after it would be refused as in the future.
    for (const planned of plan.cases) decideCase(planned, '2020-06-14T00:00:00.000Z');
    expect(summarisePlan(plan).cases.open).toBeGreaterThan(0);
    const protectionDates = protectionDatesOf(plan);
    expect(protectionDates.length).toBeGreaterThan(50);
    expect(protectionDates.every((d) => d >= '2020-01-01' && d <= '2020-06-14')).toBe(true);
    for (const planned of plan.cases) for (const person of planned.protection) decideProtection(planned, person, '2020-06-14T00:00:00.000Z');
  });

  it('dates every fact inside the year, and gives birth dates that fall before the event', () => {
    const plan = generateYear(base);
    const dates = datesOf(plan);
    expect(dates.length).toBeGreaterThan(1000);
    expect(dates.every((d) => d >= '2020-01-01' && d <= '2020-12-31')).toBe(true);
    const people = plan.cases.flatMap((c) => c.calls).filter((c) => c.step === 'identify-suspect' || c.step === 'rescue-victim');
    const withBirthDate = people.filter((c) => 'birthDate' in c.body);
    expect(withBirthDate.length).toBeGreaterThan(people.length / 4);
    expect(people.filter((c) => 'ageAtRescue' in c.body || 'ageAtIdentification' in c.body).length).toBeGreaterThan(people.length / 4);
    for (const call of withBirthDate) {
      const eventDate = String(call.body['rescuedOn'] ?? call.body['identifiedOn']);
      const age = ageInYearsAt(String(call.body['birthDate']), eventDate);
      expect(age).toBeGreaterThanOrEqual(3);
      expect(age).toBeLessThanOrEqual(68);
      expect('ageAtRescue' in call.body || 'ageAtIdentification' in call.body).toBe(false);
    }
  });

  it('lets each unit enter its own cases: provincial officers in their province, national units everywhere', () => {
    const plan = generateYear({ ...base, cases: 400 });
    const national = plan.cases.filter((c) => policeUnitByCode(c.unit.code)!.province === null);
    expect(national.length).toBeGreaterThan(0);
    for (const c of plan.cases) {
      const unit = policeUnitByCode(c.unit.code)!;
      expect(c.actor.unit).toBe(c.unit.code);
      expect(c.actor.provinces).toEqual(unit.province === null ? ['*'] : [c.province]);
      if (unit.province !== null) expect(unit.province).toBe(c.province);
    }
    expect(new Set(plan.cases.map((c) => c.unit.type)).size).toBeGreaterThanOrEqual(3);
  });

  it('uses in each path only ids bound by an earlier call of the same case', () => {
    for (const planned of generateYear(base).cases) {
      expect(planned.calls[0].step).toBe('open-case');
      const bound = new Set<string>();
      const check = (call: PlannedCall) => {
        for (const [, key] of `${call.path} ${JSON.stringify(call.body)}`.matchAll(/\{([A-Za-z0-9]+)\}/g)) expect(bound.has(key)).toBe(true);
        if (call.subject && !call.binds && !call.as) expect(call.path).toContain(`{${call.subject}}`);
      };
      for (const call of planned.calls) {
        check(call);
        if (call.reception) {
          // Either path binds the file and the court keys: the fallback's calls bind them in order.
          const before = new Set(bound);
          for (const f of call.reception.fallback) {
            check(f);
            if (f.binds) bound.add(f.binds.key);
          }
          expect([...bound].filter((k) => !before.has(k)).sort()).toEqual(['file', ...call.reception.aliases.map(([k]) => k)].sort());
        }
        if (call.binds) bound.add(call.binds.key);
      }
    }
  });

  it.each([42, 9])('takes the forwarded cases through court as the domain accepts, and the tables count what the summary says (seed %i)', (seed) => {
    const plan = generateYear({ ...base, seed });
    const facts = plan.cases.map((c) => courtFileFactsOf(decideCourtFile(c, '2026-03-01T00:00:00.000Z'))).filter((f): f is CourtFileFacts => f !== null);
    const court = summarisePlan(plan).court;
    expect(facts).toHaveLength(plan.cases.filter((c) => c.outcome === 'forwarded').length);
    const total = <T extends { rows: Array<{ level: string; current: Record<string, number> }> }>(t: T) => t.rows.find((r) => r.level === 'total')!.current;
    const p = total(buildProsecutionTable(facts, { year: 2020 }));
    const cells = (prefix: string, c: typeof court.prosecution.victims) => ({
      [`${prefix}AdultMale`]: c.adultMale,
      [`${prefix}AdultFemale`]: c.adultFemale,
      [`${prefix}MinorMale`]: c.minorMale,
      [`${prefix}MinorFemale`]: c.minorFemale,
    });
    const { victims, charged, ...actions } = court.prosecution;
    expect(p).toMatchObject({ ...actions, ...cells('victims', victims), ...cells('charged', charged), chargedAgeUnknownMale: 0, chargedAgeUnknownFemale: 0 });
    expect(total(buildInvestigatingJudgesTable(facts, { year: 2020 }))).toMatchObject(court.investigatingJudges);
    expect(total(buildTrialTable(facts, { year: 2020 }))).toMatchObject(court.trial);
    // Every stage and outcome of the report is reached by a 160-case year.
    expect(Object.values(actions).every((n) => n > 0)).toBe(true);
    expect([court.investigatingJudges.sentToTrial, court.investigatingJudges.inJail, court.investigatingJudges.outOfJail, court.trial.imprisonment, court.compensated].every((n) => n > 0)).toBe(true);
  });

  it('takes every victim handed over to social affairs, and no other, on in protection: first the case the reactor opens', () => {
    for (const planned of generateYear(base).cases) {
      const toSocialAffairs = planned.calls.filter((c) => c.step === 'hand-over-victim' && c.body['destination'] === 'social_affairs').map((c) => c.subject);
      expect(planned.protection.map((p) => p.subject).sort()).toEqual(toSocialAffairs.sort());
      for (const person of planned.protection) {
        expect(person.calls[0]).toMatchObject({ step: 'receive-protection-case', method: 'GET', path: `/api/protection/cases/{${person.subject}}`, awaitsReactor: true });
        expect(person.calls.slice(1).every((c) => c.method === 'POST' && c.path.startsWith(`/api/protection/cases/{${person.subject}}/`) && !c.awaitsReactor)).toBe(true);
        // The department's social worker of the case's province, or a partner's worker (national scope).
        for (const call of person.calls) {
          expect([`social_worker:dosvy-${planned.province}:${planned.province}`, `partner_worker:${call.actor!.unit}:*`]).toContain(`${call.actor!.role}:${call.actor!.unit}:${call.actor!.provinces.join(',')}`);
          expect(organisationByCode(call.actor!.unit)).toBeDefined();
        }
      }
    }
  });

  it.each([42, 9, 2020])('plans only protection steps the domain accepts, in the proportions of II.D (seed %i)', (seed) => {
    const plan = generateYear({ ...base, seed });
    const states = plan.cases.flatMap((planned) => planned.protection.map((person) => decideProtection(planned, person, '2026-03-01T00:00:00.000Z')));
    const p = summarisePlan(plan).protection;
    expect(states).toHaveLength(p.casesReceived);
    expect(p.casesReceived).toBeGreaterThan(60);
    // What the domain holds is what the summary says.
    expect(states.reduce((n, s) => n + s.shelterStays.length, 0)).toBe(p.shelterAdmissions);
    expect(states.reduce((n, s) => n + s.integrations.length, 0)).toBe(p.integrations);
    expect(states.reduce((n, s) => n + s.integrations.reduce((k, i) => k + i.visits.length, 0), 0)).toBe(p.followUps);
    expect(states.filter((s) => s.stage === 'integrated')).toHaveLength(p.integrations);
    // II.D: most persons go to a shelter, most of them sent by partners; about one in five integrated, a few compensated.
    expect(p.shelterAdmissions / p.casesReceived).toBeGreaterThan(0.65);
    expect(p.shelterAdmissions / p.casesReceived).toBeLessThan(0.92);
    expect(p.sentByPartner / p.shelterAdmissions).toBeGreaterThan(0.65);
    expect(p.integrations / p.casesReceived).toBeGreaterThan(0.1);
    expect(p.integrations / p.casesReceived).toBeLessThan(0.4);
    expect(p.integratedByPartner).toBeGreaterThan(0);
    expect(p.integrations - p.integratedByPartner).toBeGreaterThan(0);
    expect(p.followUps).toBeGreaterThan(0);
    expect(p.awards).toBeGreaterThan(0);
    expect(p.awards / p.casesReceived).toBeLessThan(0.3);
    expect(p.moneyReceived['USD']).toBeLessThanOrEqual(p.awarded['USD']!);
    expect(p.consentsRefused).toBeGreaterThan(0);
    expect(p.consentsRefused).toBeLessThan(p.consents / 4);
  });

  it('registers no one directly unless asked, and asking changes no police case', () => {
    const plan = generateYear(base);
    expect(plan.registrations).toEqual([]);
    const withRegistrations = generateYear({ ...base, registrations: 40 });
    expect(withRegistrations.cases).toEqual(plan.cases);
    expect(withRegistrations.registrations).toHaveLength(40);
    expect(generateYear({ ...base, registrations: 60 }).registrations.slice(0, 40)).toEqual(withRegistrations.registrations);
    expect(() => generateYear({ ...base, registrations: -1 })).toThrow(/registrations/);
  });

  it.each([42, 9])('registers persons received directly as the domain accepts, in the channels of II.D.1 (seed %i)', (seed) => {
    const plan = generateYear({ ...base, seed, registrations: 365 });
    const states = plan.registrations.map((r) => decideRegistration(r, '2026-03-01T00:00:00.000Z'));
    expect(states.every((s) => s.stage !== 'not_opened')).toBe(true);
    const byChannel = summarisePlan(plan).protection.registered;
    expect(byChannel['overseas_authorities']! + byChannel['judicial_police']!).toBe(365);
    // 220 + 106 from overseas authorities, 39 from judicial police.
    expect(byChannel['judicial_police']).toBeGreaterThan(20);
    expect(byChannel['judicial_police']).toBeLessThan(60);
    for (const r of plan.registrations) {
      const body = r.protection.calls[0]!.body;
      expect(r.protection.calls[0]).toMatchObject({ step: 'register-protection-case', method: 'POST', path: '/api/protection/cases', binds: { key: 'P', field: 'personId' } });
      expect(r.protection.calls.slice(1).every((c) => c.path.startsWith('/api/protection/cases/{P}/'))).toBe(true);
      // Registered by the social worker of the province that received the person: the entry point's.
      expect(r.protection.calls[0]!.actor).toEqual({ role: 'social_worker', unit: `dosvy-${r.province}`, provinces: [r.province] });
      if (body['entryPoint']) {
        expect(entryPointByCode(String(body['entryPoint']))!.province).toBe(r.province);
        const border = entryPointByCode(String(body['entryPoint']))!.borderWith;
        if (border) expect(body['countryReturnedFrom']).toBe(border);
      }
    }
    const countries = new Set(plan.registrations.map((r) => r.protection.calls[0]!.body['countryReturnedFrom']).filter(Boolean));
    expect([...countries]).toEqual(expect.arrayContaining(['CHN', 'THA', 'VNM']));
  });

  it('would notice a protection plan the domain refuses (the check above can fail)', () => {
    const plan = generateYear(base);
    const planned = plan.cases.find((c) => c.protection.some((p) => p.calls.some((call) => call.step === 'integrate-person')))!;
    const person = planned.protection.find((p) => p.calls.some((call) => call.step === 'integrate-person'))!;
    const withoutAssessment = { ...person, calls: person.calls.filter((c) => c.step !== 'assess-family') };
    expect(() => decideProtection(planned, withoutAssessment, '2026-03-01T00:00:00.000Z')).toThrow(/FAMILY_NOT_ASSESSED/);
  });

  it('gives most people a name made of syllables, nothing else', () => {
    const names = generateYear(base).cases.flatMap((c) =>
      c.calls.map((call) => (call.body['personal'] as { fullName?: string } | undefined)?.fullName).filter(Boolean),
    );
    expect(names.length).toBeGreaterThan(500);
    for (const name of names) expect(name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
  });

  it('refuses a year in the future, a year with no past day, and bad sizes', () => {
    expect(() => generateYear({ ...base, year: 2027 })).toThrow(/future/);
    expect(() => generateYear({ ...base, year: 2026, today: '2026-01-01' })).toThrow(/before today/);
    expect(() => generateYear({ ...base, cases: 0 })).toThrow(/cases/);
    expect(() => generateYear({ ...base, cases: 1.5 })).toThrow(/cases/);
    expect(() => generateYear({ ...base, today: '2026-02-30' })).toThrow(/today/);
    expect(generateYear({ ...base, year: 2026, today: '2026-01-02' }).lastDate).toBe('2026-01-01');
  });
});
