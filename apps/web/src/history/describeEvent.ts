import { nationalityName } from '@casetrail/kernel';
import { intakePlaceByCode, intakeUnitByCode } from '@casetrail/intake-contracts';
import type { HistoryEntry } from './types';
import type { Words } from './words';

/** One line of an event in words: a label and its value (or several values, each on a line). */
export interface EventDetail {
  label: string;
  value: string | string[];
}

export interface EventDescription {
  title: string;
  details: EventDetail[];
  /** False for an event type this app does not know yet (its data is listed as it came). */
  known: boolean;
}

type Data = Record<string, unknown>;
type Describer = (d: Data, w: Words) => EventDetail[];

const str = (v: unknown): string => (v === null || v === undefined || v === '' ? '—' : String(v));
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Data => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Data) : {});

/** Builds the details, leaving out the optional ones the event does not carry. */
function details(w: Words, rows: [field: string, value: string | string[] | undefined][]): EventDetail[] {
  return rows.filter((r): r is [string, string | string[]] => r[1] !== undefined).map(([field, value]) => ({ label: w.t(`history.field.${field}`, { ns: 'history' }), value }));
}

const when = <T>(present: unknown, value: () => T): T | undefined => (present === undefined || present === null ? undefined : value());

function years(w: Words, value: unknown): string | undefined {
  return typeof value === 'number' ? w.t('history.value.years', { ns: 'history', years: w.number(value) }) : undefined;
}

/** A person named in an event that lists several (forwarding, reception), in one line. */
function personLine(w: Words, id: unknown, p: Data, extra: string[]): string {
  const facts = [w.sex(p['sex']), years(w, p['ageInYears']), w.code('ageBand', p['ageBand']), w.nationality(p['nationality']), ...extra, w.personal(p['personal'])].filter((f): f is string => !!f && f !== '—');
  return w.t('history.value.personLine', { ns: 'history', id: str(id), facts: facts.join(', ') });
}

function arrestedOn(w: Words, p: Data): string[] {
  return p['arrestedOn'] ? [w.t('history.value.arrestedOn', { ns: 'history', date: w.date(p['arrestedOn']) })] : [];
}

function exploitation(w: Words, p: Data): string[] {
  return p['exploitationType'] ? [w.code('exploitationType', p['exploitationType'])] : [];
}

/** The facts of a person added to a record (suspect identified, victim rescued, accused or victim added). */
function personRows(w: Words, d: Data, idField: string, role: 'suspect' | 'victim' | 'accused', ageField: string, bandField: string, dateField: string): EventDetail[] {
  return details(w, [
    [role, str(d[idField])],
    ['sex', w.sex(d['sex'])],
    ['age', years(w, d[ageField])],
    ['ageBand', w.code('ageBand', d[bandField])],
    ['nationality', w.nationality(d['nationality'])],
    ['exploitationType', when(d['exploitationType'], () => w.code('exploitationType', d['exploitationType']))],
    [dateField, w.date(d[dateField])],
    ['personalData', w.personal(d['personal'])],
  ]);
}

/** A country by its name (a person's nationality is an adjective: `w.nationality`). */
function countryName(w: Words, code: unknown): string {
  if (typeof code !== 'string' || code === '') return '—';
  return w.t(`country.${code}`, { ns: 'protection', defaultValue: nationalityName(code) ?? code });
}

/** An intake place in words: an airport or checkpoint by its name, an embassy by its country. */
function intakePlace(w: Words, code: unknown): string {
  const place = typeof code === 'string' ? intakePlaceByCode(code) : undefined;
  if (!place) return str(code);
  // The intake words load with the intake screens; a police case's history names a place too.
  if (place.kind === 'embassy') return w.t('place.embassy', { ns: 'intake', defaultValue: place.name, country: countryName(w, place.country) });
  return w.t(`entryPoint.${place.code}`, { ns: 'protection', defaultValue: place.name });
}

/** An intake receiving unit in words (the ministry, a police commissariat, the liaison office, social affairs). */
function intakeUnit(w: Words, code: unknown): string {
  const unit = typeof code === 'string' ? intakeUnitByCode(code) : undefined;
  if (!unit) return str(code);
  if (unit.kind === 'foreign_affairs') return w.t('unit.mofaic', { ns: 'intake', defaultValue: unit.name });
  if (unit.kind === 'border_liaison') return w.t('unit.borderLiaison', { ns: 'intake', defaultValue: unit.name });
  if (unit.kind === 'police_commissariat') return w.t(unit.province === 'phnom-penh' ? 'unit.capitalCommissariat' : 'unit.provincialCommissariat', { ns: 'intake', defaultValue: unit.name, province: w.province(unit.province) });
  return w.organisation(code);
}

const intakeCode = (w: Words, list: string, value: unknown): string => (value === null || value === undefined || value === '' ? '—' : w.t(`codes.${list}.${String(value)}`, { ns: 'intake', defaultValue: String(value) }));

function persons(w: Words, counts: unknown): string {
  const c = obj(counts);
  return w.t('reception.countsLine', { ns: 'intake', men: w.number(c['men']), women: w.number(c['women']), boys: w.number(c['boys']), girls: w.number(c['girls']) });
}

/** A reception's figures (recorded or corrected as a whole). */
const receptionFigures = (w: Words, d: Data): [string, string | undefined][] => [
  ['place', intakePlace(w, d['place'])],
  ['province', w.province(d['province'])],
  ['receivedOn', w.date(d['receivedOn'])],
  ['receivedBy', intakeUnit(w, d['receivedBy'])],
  ['returnedBy', intakeCode(w, 'returnedBy', d['returnedBy'])],
  ['countryReturnedFrom', countryName(w, d['countryReturnedFrom'])],
  ['reason', intakeCode(w, 'reason', d['reason'])],
  ['persons', persons(w, d['counts'])],
];

/** A returned body's figures (recorded or corrected as a whole). */
const bodyFigures = (w: Words, d: Data): [string, string | undefined][] => [
  ['place', intakePlace(w, d['place'])],
  ['province', w.province(d['province'])],
  ['receivedOn', w.date(d['receivedOn'])],
  ['receivedBy', intakeUnit(w, d['receivedBy'])],
  ['broughtBy', intakeCode(w, 'broughtBy', d['broughtBy'])],
  ['countryOfDeath', countryName(w, d['countryOfDeath'])],
  ['sex', w.sex(d['sex'])],
  ['cause', intakeCode(w, 'cause', d['cause'])],
];

const exploitationIndicated = (w: Words, d: Data) => when(d['exploitationIndicated'], () => w.code('exploitationType', d['exploitationIndicated']));

/**
 * Every event type of a police case (libs/enforcement/contracts), of a court file
 * (libs/court/contracts), of a protection case (libs/protection/contracts) and of the intake
 * records (libs/intake/contracts). A unit test
 * checks this list against the contracts.
 */
export const DESCRIBERS: Readonly<Record<string, Describer>> = {
  'enforcement.PoliceCaseOpened': (d, w) =>
    details(w, [
      ['unit', w.unit(obj(d['unit'])['code'])],
      ['province', w.province(d['province'])],
      ['offences', list(d['offences']).map((o) => w.code('offence', o))],
      ['openedOn', w.date(d['openedOn'])],
      ['reference', when(d['reference'], () => str(d['reference']))],
    ]),
  'enforcement.OffenceAdded': (d, w) =>
    details(w, [
      ['offence', w.code('offence', d['offence'])],
      ['addedOn', w.date(d['addedOn'])],
    ]),
  'enforcement.SuspectIdentified': (d, w) => personRows(w, d, 'suspectId', 'suspect', 'ageAtIdentification', 'ageBandAtIdentification', 'identifiedOn'),
  'enforcement.SuspectArrested': (d, w) =>
    details(w, [
      ['suspect', str(d['suspectId'])],
      ['arrestedOn', w.date(d['arrestedOn'])],
      ['ageBand', w.code('ageBand', d['ageBand'])],
    ]),
  'enforcement.SuspectReleased': (d, w) =>
    details(w, [
      ['suspect', str(d['suspectId'])],
      ['releasedOn', w.date(d['releasedOn'])],
      ['reason', w.code('releaseReason', d['reason'])],
    ]),
  'enforcement.VictimRescued': (d, w) => personRows(w, d, 'victimId', 'victim', 'ageAtRescue', 'ageBand', 'rescuedOn'),
  'enforcement.VictimReferred': (d, w) => [...personRows(w, d, 'victimId', 'victim', 'ageInYears', 'ageBand', 'referredOn'), ...details(w, [['screenedAt', intakePlace(w, d['screenedAt'])]])],
  'enforcement.VictimHandedOver': (d, w) =>
    details(w, [
      ['victim', str(d['victimId'])],
      ['destination', w.code('destination', d['destination'])],
      ['organisation', when(d['organisation'], () => str(d['organisation']))],
      ['handedOverOn', w.date(d['handedOverOn'])],
    ]),
  'enforcement.CaseForwardedToProsecutor': (d, w) => {
    const persons = d['persons'] ? obj(d['persons']) : null;
    const suspects = persons ? list(persons['suspects']).map((s) => personLine(w, obj(s)['suspectId'], obj(s), arrestedOn(w, obj(s)))) : list(d['suspectIds']).map(str);
    const victims = persons ? list(persons['victims']).map((v) => personLine(w, obj(v)['victimId'], obj(v), exploitation(w, obj(v)))) : list(d['victimIds']).map(str);
    return details(w, [
      ['forwardedOn', w.date(d['forwardedOn'])],
      ['court', when(d['court'], () => w.court(d['court']))],
      ['unit', when(d['unit'], () => w.unit(d['unit']))],
      ['province', when(d['province'], () => w.province(d['province']))],
      ['offences', when(d['offences'], () => list(d['offences']).map((o) => w.code('offence', o)))],
      ['suspects', suspects.length > 0 ? suspects : w.t('history.value.nobody', { ns: 'history' })],
      ['victims', victims.length > 0 ? victims : w.t('history.value.nobody', { ns: 'history' })],
    ]);
  },
  'enforcement.CaseClosedWithoutForwarding': (d, w) =>
    details(w, [
      ['closedOn', w.date(d['closedOn'])],
      ['reason', w.code('closureReason', d['reason'])],
    ]),
  'enforcement.CaseReopened': (d, w) =>
    details(w, [
      ['reopenedOn', w.date(d['reopenedOn'])],
      ['justification', str(d['justification'])],
    ]),

  'court.PoliceCaseReceived': (d, w) => {
    const accused = list(d['accused']).map((a) => personLine(w, obj(a)['personId'], obj(a), arrestedOn(w, obj(a))));
    const victims = list(d['victims']).map((v) => personLine(w, obj(v)['personId'], obj(v), exploitation(w, obj(v))));
    return details(w, [
      ['court', w.court(d['court'])],
      ['receivedOn', w.date(d['receivedOn'])],
      ['policeCase', str(d['policeCaseId'])],
      ['forwardingUnit', w.unit(d['forwardingUnit'])],
      ['forwardedOn', w.date(d['forwardedOn'])],
      ['offences', list(d['offences']).map((o) => w.code('offence', o))],
      ['accused', accused.length > 0 ? accused : w.t('history.value.nobody', { ns: 'history' })],
      ['victims', victims.length > 0 ? victims : w.t('history.value.nobody', { ns: 'history' })],
    ]);
  },
  'court.CourtFileOpened': (d, w) =>
    details(w, [
      ['court', w.court(d['court'])],
      ['openedOn', w.date(d['openedOn'])],
      ['offences', list(d['offences']).map((o) => w.code('offence', o))],
      ['reference', when(d['reference'], () => str(d['reference']))],
    ]),
  'court.AccusedAdded': (d, w) => personRows(w, d, 'personId', 'accused', 'ageInYears', 'ageBand', 'addedOn'),
  'court.VictimAdded': (d, w) => personRows(w, d, 'personId', 'victim', 'ageInYears', 'ageBand', 'addedOn'),
  'court.PersonCharged': (d, w) =>
    details(w, [
      ['accused', str(d['personId'])],
      ['offences', list(d['offences']).map((o) => w.code('offence', o))],
      ['chargedOn', w.date(d['chargedOn'])],
      ['chargedBy', w.code('chargedBy', d['chargedBy'])],
      ['sex', w.sex(d['sex'])],
      ['ageBand', w.code('ageBand', d['ageBand'])],
    ]),
  'court.ProsecutionDecided': (d, w) =>
    details(w, [
      ['action', w.code('prosecutionAction', d['action'])],
      ['decidedOn', w.date(d['decidedOn'])],
      ['reason', when(d['reason'], () => w.code('retentionReason', d['reason']))],
      ['trialRoute', when(d['trialRoute'], () => w.code('trialRoute', d['trialRoute']))],
      ['appearedOn', when(d['appearedOn'], () => w.date(d['appearedOn']))],
    ]),
  'court.PreTrialDetentionOrdered': (d, w) =>
    details(w, [
      ['accused', str(d['personId'])],
      ['orderedOn', w.date(d['orderedOn'])],
      ['offenceClass', w.code('offenceClass', d['offenceClass'])],
      ['legalLimit', w.code('legalLimit', d['limitId'])],
      ['sex', w.sex(d['sex'])],
      ['ageBand', w.code('ageBand', d['ageBand'])],
    ]),
  'court.PreTrialDetentionExtended': (d, w) =>
    details(w, [
      ['accused', str(d['personId'])],
      ['extendedOn', w.date(d['extendedOn'])],
      ['extension', w.t('history.value.months', { ns: 'history', months: w.number(d['months']) })],
    ]),
  'court.PreTrialDetentionEnded': (d, w) =>
    details(w, [
      ['accused', str(d['personId'])],
      ['endedOn', w.date(d['endedOn'])],
      ['reason', w.code('detentionEndReason', d['reason'])],
    ]),
  'court.JudicialSupervisionOrdered': (d, w) =>
    details(w, [
      ['accused', str(d['personId'])],
      ['orderedOn', w.date(d['orderedOn'])],
      ['sex', w.sex(d['sex'])],
      ['ageBand', w.code('ageBand', d['ageBand'])],
    ]),
  'court.ClosingOrderIssued': (d, w) =>
    details(w, [
      ['outcome', w.code('closingOrderOutcome', d['outcome'])],
      ['issuedOn', w.date(d['issuedOn'])],
    ]),
  'court.VerdictDelivered': (d, w) => {
    const fine = obj(d['fine']);
    return details(w, [
      ['accused', str(d['personId'])],
      ['outcome', w.code('verdictOutcome', d['outcome'])],
      ['deliveredOn', w.date(d['deliveredOn'])],
      ['term', when(d['termMonths'], () => w.t('history.value.months', { ns: 'history', months: w.number(d['termMonths']) }))],
      ['custody', when(d['custody'], () => w.code('custody', d['custody']))],
      ['fine', when(d['fine'], () => w.money(fine['amount'], fine['currency']))],
      ['sex', w.sex(d['sex'])],
      ['ageBand', w.code('ageBand', d['ageBand'])],
    ]);
  },
  'court.CompensationAwarded': (d, w) =>
    details(w, [
      ['victim', str(d['victimId'])],
      ['amount', w.money(d['amount'], d['currency'])],
      ['awardedOn', w.date(d['awardedOn'])],
    ]),
  'court.AppealLodged': (d, w) =>
    details(w, [
      ['appealNumber', w.number(d['appealNumber'])],
      ['appellant', w.code('appellant', d['appellant'])],
      ['lodgedOn', w.date(d['lodgedOn'])],
      ['accused', when(d['personId'], () => str(d['personId']))],
    ]),
  'court.AppealDecided': (d, w) =>
    details(w, [
      ['appealNumber', w.number(d['appealNumber'])],
      ['decision', w.code('appealDecision', d['decision'])],
      ['decidedOn', w.date(d['decidedOn'])],
    ]),

  'protection.ProtectionCaseOpened': (d, w) =>
    details(w, [
      ['province', w.province(d['province'])],
      ['receivedOn', w.date(d['receivedOn'])],
      ['channel', w.protectionCode('channel', d['channel'])],
      ['receivedBy', w.organisation(d['receivedBy'])],
      ['entryPoint', when(d['entryPoint'], () => w.t(`entryPoint.${str(d['entryPoint'])}`, { ns: 'protection', defaultValue: str(d['entryPoint']) }))],
      ['countryReturnedFrom', when(d['countryReturnedFrom'], () => w.nationality(d['countryReturnedFrom']))],
      ['policeCase', when(d['policeCaseId'], () => str(d['policeCaseId']))],
      ['handedOverBy', when(d['handedOverBy'], () => w.unit(d['handedOverBy']))],
      ['rescuedOn', when(d['rescuedOn'], () => w.date(d['rescuedOn']))],
      ['sex', w.sex(d['sex'])],
      ['age', years(w, d['ageInYears'])],
      ['ageBand', w.code('ageBand', d['ageBand'])],
      ['nationality', w.nationality(d['nationality'])],
      ['exploitationType', w.code('exploitationType', d['exploitationType'])],
      ['personalData', w.personal(d['personal'])],
    ]),
  'protection.ConsentRecorded': (d, w) => {
    const sharing = list(d['sharing']).map((s) => `${w.organisation(obj(s)['organisation'])}: ${list(obj(s)['purposes']).map((p) => w.protectionCode('purpose', p)).join(', ')}`);
    return details(w, [
      ['givenBy', w.protectionCode('consentGiver', d['givenBy'])],
      ['recordedOn', w.date(d['recordedOn'])],
      ['sharing', sharing.length > 0 ? sharing : w.t('history.value.refused', { ns: 'history' })],
    ]);
  },
  'protection.CaseReferred': (d, w) =>
    details(w, [
      ['referredTo', w.organisation(d['organisation'])],
      ['referredOn', w.date(d['referredOn'])],
      ['purpose', w.protectionCode('purpose', d['purpose'])],
    ]),
  'protection.ShelterAdmitted': (d, w) =>
    details(w, [
      ['shelter', w.organisation(d['shelter'])],
      ['shelterProvince', w.province(d['shelterProvince'])],
      ['admittedOn', w.date(d['admittedOn'])],
      ['sentBy', w.organisation(d['sentBy'])],
      ['exploitationType', w.code('exploitationType', d['exploitationType'])],
      ['sex', w.sex(d['sex'])],
      ['ageBand', w.code('ageBand', d['ageBand'])],
    ]),
  'protection.ShelterDeparted': (d, w) =>
    details(w, [
      ['shelter', w.organisation(d['shelter'])],
      ['departedOn', w.date(d['departedOn'])],
      ['reason', w.protectionCode('departureReason', d['reason'])],
    ]),
  'protection.ServiceDelivered': (d, w) =>
    details(w, [
      ['service', w.protectionCode('service', d['service'])],
      ['deliveredBy', w.organisation(d['organisation'])],
      ['deliveredOn', w.date(d['deliveredOn'])],
    ]),
  'protection.CompensationClaimFiled': (d, w) =>
    details(w, [
      ['claim', str(d['claimId'])],
      ['courtFile', when(d['courtFileId'], () => str(d['courtFileId']))],
      ['supportingOrganisation', w.organisation(d['supportingOrganisation'])],
      ['filedOn', w.date(d['filedOn'])],
    ]),
  'protection.CompensationAwarded': (d, w) =>
    details(w, [
      ['claim', str(d['claimId'])],
      ['amount', w.money(d['amount'], d['currency'])],
      ['awardedOn', w.date(d['awardedOn'])],
      ['source', w.protectionCode('awardSource', d['source'])],
    ]),
  'protection.CompensationReceived': (d, w) =>
    details(w, [
      ['claim', str(d['claimId'])],
      ['amount', w.money(d['amount'], d['currency'])],
      ['receivedOn', w.date(d['receivedOn'])],
    ]),
  'protection.FamilyAssessed': (d, w) =>
    details(w, [
      ['assessedOn', w.date(d['assessedOn'])],
      ['outcome', w.protectionCode('familyOutcome', d['outcome'])],
      ['assessedBy', w.organisation(d['assessedBy'])],
    ]),
  'protection.PersonIntegrated': (d, w) =>
    details(w, [
      ['integratedBy', w.organisation(d['integratedBy'])],
      ['integratedOn', w.date(d['integratedOn'])],
      ['province', w.province(d['province'])],
      ['schedule', w.t('history.value.scheduleMonths', { ns: 'history', months: list(d['followUpScheduleMonths']).map((m) => w.number(m)).join(', ') })],
      ['followUpWorker', str(d['followUpWorker'])],
      ['exploitationType', w.code('exploitationType', d['exploitationType'])],
      ['sex', w.sex(d['sex'])],
      ['ageBand', w.code('ageBand', d['ageBand'])],
    ]),
  'protection.FollowUpVisited': (d, w) =>
    details(w, [
      ['visitNumber', w.number(d['visitNumber'])],
      ['visitedOn', w.date(d['visitedOn'])],
      ['outcome', w.protectionCode('followUpOutcome', d['outcome'])],
      ['visitedBy', w.organisation(d['visitedBy'])],
    ]),
  'protection.ProtectionCaseClosed': (d, w) =>
    details(w, [
      ['closedOn', w.date(d['closedOn'])],
      ['reason', w.protectionCode('closureReason', d['reason'])],
    ]),
  'protection.ProtectionCaseReopened': (d, w) =>
    details(w, [
      ['reopenedOn', w.date(d['reopenedOn'])],
      ['justification', str(d['justification'])],
    ]),
  'intake.ReceptionRecorded': (d, w) => details(w, [['reference', str(d['reference'])], ...receptionFigures(w, d)]),
  'intake.ReceptionCorrected': (d, w) => details(w, [...receptionFigures(w, d), ['correctedOn', w.date(d['correctedOn'])], ['justification', str(d['justification'])]]),
  'intake.ReceptionWithdrawn': (d, w) =>
    details(w, [
      ['withdrawnOn', w.date(d['withdrawnOn'])],
      ['justification', str(d['justification'])],
    ]),
  'intake.PersonScreened': (d, w) =>
    details(w, [
      ['reference', str(d['reference'])],
      ['reception', str(d['receptionId'])],
      ['place', intakePlace(w, d['place'])],
      ['province', w.province(d['province'])],
      ['screenedOn', w.date(d['screenedOn'])],
      ['screenedBy', intakeUnit(w, d['screenedBy'])],
      ['outcome', intakeCode(w, 'outcome', d['outcome'])],
      ['exploitationIndicated', exploitationIndicated(w, d)],
      ['sex', w.sex(d['sex'])],
      ['age', years(w, d['ageInYears'])],
      ['ageBand', w.code('ageBand', d['ageBand'])],
      ['nationality', w.nationality(d['nationality'])],
      ['countryReturnedFrom', countryName(w, d['countryReturnedFrom'])],
      ['personalData', w.personal(d['personal'])],
    ]),
  'intake.ScreeningRevised': (d, w) =>
    details(w, [
      ['outcome', intakeCode(w, 'outcome', d['outcome'])],
      ['exploitationIndicated', exploitationIndicated(w, d)],
      ['revisedOn', w.date(d['revisedOn'])],
      ['justification', str(d['justification'])],
    ]),
  'intake.PersonReferred': (d, w) =>
    details(w, [
      ['referralDestination', intakeCode(w, 'destination', d['destination'])],
      ['referredOn', w.date(d['referredOn'])],
      ['organisation', when(d['organisation'], () => w.organisation(d['organisation']))],
      ['policeUnit', when(d['policeUnit'], () => w.unit(d['policeUnit']))],
      ['policeCase', when(d['policeCaseId'], () => str(d['policeCaseId']))],
      ['suspectedOffence', when(d['suspectedOffence'], () => w.code('offence', d['suspectedOffence']))],
      ['province', w.province(d['province'])],
    ]),
  'intake.BodyReceived': (d, w) => details(w, [['reference', str(d['reference'])], ...bodyFigures(w, d)]),
  'intake.BodyRecordCorrected': (d, w) => details(w, [...bodyFigures(w, d), ['correctedOn', w.date(d['correctedOn'])], ['justification', str(d['justification'])]]),
  'intake.UploadCompleted': (d, w) =>
    details(w, [
      ['uploadKind', w.t(`uploads.kinds.${str(d['kind'])}`, { ns: 'intake', defaultValue: str(d['kind']) })],
      ['fileName', when(d['fileName'], () => str(d['fileName']))],
      ['rows', w.number(d['rows'])],
      ['accepted', w.number(d['accepted'])],
      ['alreadyRecorded', w.number(d['alreadyRecorded'])],
      ['refused', w.number(d['refused'])],
    ]),
};

/** An event of a type this app does not know: its fields as they came, never hidden. */
function unknownDetails(d: Data, w: Words): EventDetail[] {
  return Object.entries(d).map(([key, value]) => ({
    label: key,
    value: key === 'personal' ? w.personal(value) : typeof value === 'object' && value !== null ? JSON.stringify(value) : str(value),
  }));
}

/** An event of a record's history in words: what happened, and what changed. */
export function describeEvent(entry: HistoryEntry, w: Words): EventDescription {
  const describe = DESCRIBERS[entry.type];
  const data = obj(entry.changes);
  if (!describe) return { title: w.t('history.event.unknown', { ns: 'history', type: entry.type }), details: unknownDetails(data, w), known: false };
  return { title: w.t(`history.event.${entry.type}`, { ns: 'history' }), details: describe(data, w), known: true };
}
