import { CLOSURE_REASONS, HAND_OVER_DESTINATIONS, POLICE_UNITS, PoliceCaseEventType, RELEASE_REASONS } from '@casetrail/enforcement-contracts';
import {
  APPEAL_DECISIONS,
  APPELLANTS,
  CLOSING_ORDER_OUTCOMES,
  COURTS,
  CourtFileEventType,
  CUSTODY_STATUSES,
  DETENTION_END_REASONS,
  LEGAL_TIME_LIMITS,
  OFFENCE_CLASSES,
  PROSECUTION_ACTIONS,
  RETENTION_REASONS,
  TRIAL_ROUTES,
  VERDICT_OUTCOMES,
} from '@casetrail/court-contracts';
import { EXPLOITATION_TYPES, OFFENCES, PROVINCES, RECORDED_AGE_BANDS } from '@casetrail/kernel';
import {
  CASE_CLOSURE_REASONS,
  CONSENT_GIVERS,
  FAMILY_ASSESSMENT_OUTCOMES,
  FOLLOW_UP_OUTCOMES,
  PROTECTION_ORGANISATIONS,
  ProtectionCaseEventType,
  RECEPTION_CHANNELS,
  SERVICE_KINDS,
  SHARING_PURPOSES,
  SHELTER_DEPARTURE_REASONS,
} from '@casetrail/protection-contracts';
import { IntakeEventType } from '@casetrail/intake-contracts';
import i18n, { loadNamespace } from '../i18n';
import { DESCRIBERS, describeEvent } from './describeEvent';
import type { HistoryEntry } from './types';
import { makeWords } from './words';

const en = makeWords(i18n.getFixedT('en', 'history'), 'en');
const km = makeWords(i18n.getFixedT('km', 'history'), 'km');

function entry(type: string, changes: HistoryEntry['changes']): HistoryEntry {
  return { revision: 0, globalPosition: 1, type, schemaVersion: 1, occurredAt: '2021-03-01T17:00:00.000Z', recordedAt: '2021-03-02T03:00:00.000Z', actor: { userId: 'u', role: 'police' }, correlationId: 'c', causationId: null, changes };
}

describe('events in words', () => {
  const types = [...Object.values(PoliceCaseEventType), ...Object.values(CourtFileEventType), ...Object.values(ProtectionCaseEventType), ...Object.values(IntakeEventType)];

  it.each(types)('%s has a describer and a title in both languages', (type) => {
    expect(DESCRIBERS[type]).toBeDefined();
    expect(i18n.exists(`history.event.${type}`, { ns: 'history', lng: 'en' })).toBe(true);
    expect(i18n.exists(`history.event.${type}`, { ns: 'history', lng: 'km' })).toBe(true);
  });

  it('describes no event type the contracts do not have', () => {
    expect(Object.keys(DESCRIBERS).sort()).toEqual([...types].sort());
  });

  it.each([
    ['offence', OFFENCES.map((o) => o.code)],
    ['exploitationType', EXPLOITATION_TYPES],
    ['ageBand', RECORDED_AGE_BANDS],
    ['destination', HAND_OVER_DESTINATIONS],
    ['closureReason', CLOSURE_REASONS],
    ['releaseReason', RELEASE_REASONS],
    ['prosecutionAction', PROSECUTION_ACTIONS],
    ['retentionReason', RETENTION_REASONS],
    ['trialRoute', TRIAL_ROUTES],
    ['offenceClass', OFFENCE_CLASSES],
    ['legalLimit', LEGAL_TIME_LIMITS.map((l) => l.id)],
    ['detentionEndReason', DETENTION_END_REASONS],
    ['closingOrderOutcome', CLOSING_ORDER_OUTCOMES],
    ['verdictOutcome', VERDICT_OUTCOMES],
    ['custody', CUSTODY_STATUSES],
    ['appellant', APPELLANTS],
    ['appealDecision', APPEAL_DECISIONS],
    ['chargedBy', ['prosecutor', 'investigating_judge']],
  ] as [string, readonly string[]][])('every %s code has words', (list, codes) => {
    for (const code of codes) {
      expect({ code, en: i18n.exists(`codes.${list}.${code}`, { ns: 'history', lng: 'en' }), km: i18n.exists(`codes.${list}.${code}`, { ns: 'history', lng: 'km' }) }).toEqual({ code, en: true, km: true });
    }
  });

  it.each([
    ['channel', RECEPTION_CHANNELS],
    ['consentGiver', CONSENT_GIVERS],
    ['purpose', SHARING_PURPOSES],
    ['departureReason', SHELTER_DEPARTURE_REASONS],
    ['service', SERVICE_KINDS],
    ['familyOutcome', FAMILY_ASSESSMENT_OUTCOMES],
    ['followUpOutcome', FOLLOW_UP_OUTCOMES],
    ['closureReason', CASE_CLOSURE_REASONS],
    ['exploitation', EXPLOITATION_TYPES],
    ['ageBand', RECORDED_AGE_BANDS],
  ] as [string, readonly string[]][])('every protection %s code has words', (list, codes) => {
    for (const code of codes) {
      expect({ code, en: i18n.exists(`codes.${list}.${code}`, { ns: 'protection', lng: 'en' }), km: i18n.exists(`codes.${list}.${code}`, { ns: 'protection', lng: 'km' }) }).toEqual({ code, en: true, km: true });
    }
  });

  it('names every organisation of social affairs as the reference data does, and in Khmer', () => {
    for (const o of PROTECTION_ORGANISATIONS) expect(en.unit(o.code)).toBe(o.name);
    expect(km.unit('dosvy-battambang')).toBe('មន្ទីរសង្គមកិច្ចខេត្តបាត់ដំបង');
    expect(km.unit('dosvy-phnom-penh')).toBe('មន្ទីរសង្គមកិច្ចរាជធានីភ្នំពេញ');
    expect(km.unit('ngo-aple')).toBe('Action pour les Enfants (APLE)');
  });

  it('says what a protection step changed, organisations and codes in words', () => {
    const consent = describeEvent(entry('protection.ConsentRecorded', { givenBy: 'guardian', recordedOn: '2021-03-02', sharing: [{ organisation: 'ngo-aple', purposes: ['shelter', 'follow_up'] }] }), en);
    expect(consent.title).toBe('Consent recorded');
    expect(consent.details).toEqual([
      { label: 'Consent given by', value: 'guardian' },
      { label: 'Recorded on', value: '2 Mar 2021' },
      { label: 'Sharing agreed to', value: ['Action pour les Enfants (APLE): Shelter, Follow-up'] },
    ]);
    const refused = describeEvent(entry('protection.ConsentRecorded', { givenBy: 'person', recordedOn: '2021-03-02', sharing: [] }), en);
    expect(refused.details).toContainEqual({ label: 'Sharing agreed to', value: 'None: the person refused any sharing' });
    const received = describeEvent(entry('protection.CompensationReceived', { claimId: 'c-1', amount: 52447600, currency: 'USD', receivedOn: '2021-05-01' }), km);
    expect(received.title).toBe('ទទួលបានសំណង');
    expect(received.details).toContainEqual({ label: 'ចំនួនទឹកប្រាក់', value: '៥២៤.៤៧៦,០០ USD' });
    const integrated = describeEvent(
      entry('protection.PersonIntegrated', { integratedBy: 'dosvy-battambang', integratedOn: '2021-06-01', province: 'battambang', followUpScheduleMonths: [1, 3, 6, 12], followUpWorker: 'u-1', exploitationType: 'labour', sex: 'F', ageBand: '18_plus' }),
      en,
    );
    expect(integrated.details).toContainEqual({ label: 'Integrated by', value: 'Provincial Department of Social Affairs, Battambang' });
    expect(integrated.details).toContainEqual({ label: 'Follow-up schedule', value: 'after 1, 3, 6, 12 months' });
  });

  it('says what an intake record changed: places, units, counts and referrals in words', async () => {
    await loadNamespace('intake');
    const reception = describeEvent(
      entry('intake.ReceptionRecorded', { receptionId: 'r-1', reference: 'BLO-7', place: 'embassy-mys', province: 'phnom-penh', receivedOn: '2020-04-02', receivedBy: 'mofaic', returnedBy: 'embassy', countryReturnedFrom: 'MYS', reason: 'illegal_work', counts: { men: 38, women: 16, boys: 0, girls: 0 } }),
      en,
    );
    expect(reception.title).toBe('Reception recorded');
    expect(reception.details).toContainEqual({ label: 'Place', value: 'Embassy of Cambodia, Malaysia' });
    expect(reception.details).toContainEqual({ label: 'Received by', value: 'Ministry of Foreign Affairs and International Cooperation' });
    expect(reception.details).toContainEqual({ label: 'Country returned from', value: 'Malaysia' });
    expect(reception.details).toContainEqual({ label: 'Persons', value: '38 men, 16 women, 0 boys, 0 girls' });
    const referred = describeEvent(entry('intake.PersonReferred', { destination: 'police', referredOn: '2020-04-03', policeUnit: 'police-banteay-meanchey', suspectedOffence: 'unlawful_recruitment_for_exploitation', province: 'banteay-meanchey', person: {} }), en);
    expect(referred.details).toEqual([
      { label: 'Referred to', value: 'Police' },
      { label: 'Referred on', value: '3 Apr 2020' },
      { label: 'Police unit', value: 'Banteay Meanchey Provincial Police Commissariat' },
      { label: 'Suspected offence', value: 'Unlawful recruitment for exploitation' },
      { label: 'Province', value: 'Banteay Meanchey' },
    ]);
    const screened = describeEvent(entry('intake.PersonScreened', { personId: 'p-1', reference: 'P-1', receptionId: 'r-1', place: 'poipet', province: 'banteay-meanchey', screenedOn: '2020-04-02', screenedBy: 'police-commissariat-banteay-meanchey', outcome: 'person_at_risk', exploitationIndicated: 'at_risk', sex: 'F', nationality: 'KHM', countryReturnedFrom: 'THA', ageInYears: 16, ageBand: '15_17', ageBandOn: '2020-04-02', personal: {} }), km);
    expect(screened.title).toBe('បានពិនិត្យបុគ្គល');
    expect(screened.details).toContainEqual({ label: 'អង្គភាពពិនិត្យ', value: 'ស្នងការដ្ឋាននគរបាលខេត្ត បន្ទាយមានជ័យ' });
    expect(screened.details).toContainEqual({ label: 'លទ្ធផល', value: 'បុគ្គលមានហានិភ័យ' });
  });

  it('names every province in both languages', () => {
    for (const { code } of PROVINCES) {
      expect({ code, en: i18n.exists(`province.${code}`, { ns: 'reference', lng: 'en' }), km: i18n.exists(`province.${code}`, { ns: 'reference', lng: 'km' }) }).toEqual({ code, en: true, km: true });
    }
  });

  it('names every police unit and court as the reference data does', () => {
    for (const unit of POLICE_UNITS) expect(en.unit(unit.code)).toBe(unit.name);
    for (const court of COURTS) expect(en.court(court.code)).toBe(court.name);
    expect(km.unit('police-battambang')).toBe('ស្នងការដ្ឋាននគរបាលខេត្តបាត់ដំបង');
  });

  it('says what changed, with codes in words and personal data as the API gave it', () => {
    const identified = describeEvent(
      entry('enforcement.SuspectIdentified', { suspectId: 's-1', sex: 'M', ageBandAtIdentification: '18_plus', nationality: 'KHM', identifiedOn: '2021-03-02', personal: { restricted: true } }),
      en,
    );
    expect(identified.title).toBe('Suspect identified');
    expect(identified.details).toEqual([
      { label: 'Suspect', value: 's-1' },
      { label: 'Sex', value: 'Male' },
      { label: 'Age band', value: '18 or older' },
      { label: 'Nationality', value: 'Cambodian' },
      { label: 'Identified on', value: '2 Mar 2021' },
      { label: 'Personal data', value: 'Withheld: your role does not see names or birth dates' },
    ]);

    const verdict = describeEvent(entry('court.VerdictDelivered', { personId: 'p-1', outcome: 'fine', deliveredOn: '2021-06-01', fine: { amount: 400000000, currency: 'KHR' }, sex: 'F', ageBand: '18_plus' }), en);
    expect(verdict.details).toContainEqual({ label: 'Outcome', value: 'Fine' });
    expect(verdict.details).toContainEqual({ label: 'Fine', value: expect.stringMatching(/4,000,000\.00/) });

    const rescued = describeEvent(entry('enforcement.VictimRescued', { victimId: 'v-1', sex: 'F', ageAtRescue: 16, ageBand: '15_17', nationality: 'VNM', exploitationType: 'sexual', rescuedOn: '2021-03-03', personal: { fullName: 'Srey Mom', birthDate: '2005-01-02' } }), en);
    expect(rescued.details).toContainEqual({ label: 'Age', value: '16 years old' });
    expect(rescued.details).toContainEqual({ label: 'Personal data', value: 'name Srey Mom; born 2 Jan 2005' });

    const forgotten = describeEvent(entry('court.AccusedAdded', { personId: 'p-2', sex: 'M', nationality: 'THA', ageBand: 'under_15', addedOn: '2021-04-01', personal: { forgotten: true } }), km);
    expect(forgotten.title).toBe('បន្ថែមជនជាប់ចោទ');
    expect(forgotten.details).toContainEqual({ label: 'ទិន្នន័យផ្ទាល់ខ្លួន', value: 'បានលុបបំភ្លេច៖ ទិន្នន័យរបស់បុគ្គលនេះត្រូវបានលុប ហើយមិនអាចអានបានទៀតទេ' });
  });

  it('lists the fields of an event type it does not know instead of hiding it', () => {
    const d = describeEvent(entry('court.SomethingNew', { note: 'x', personal: { restricted: true } }), en);
    expect(d.known).toBe(false);
    expect(d.title).toBe('Other change (court.SomethingNew)');
    expect(d.details).toEqual([
      { label: 'note', value: 'x' },
      { label: 'personal', value: 'Withheld: your role does not see names or birth dates' },
    ]);
  });
});
