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
import i18n from '../i18n';
import { DESCRIBERS, describeEvent } from './describeEvent';
import type { HistoryEntry } from './types';
import { makeWords } from './words';

const en = makeWords(i18n.getFixedT('en', 'history'), 'en');
const km = makeWords(i18n.getFixedT('km', 'history'), 'km');

function entry(type: string, changes: HistoryEntry['changes']): HistoryEntry {
  return { revision: 0, globalPosition: 1, type, schemaVersion: 1, occurredAt: '2021-03-01T17:00:00.000Z', recordedAt: '2021-03-02T03:00:00.000Z', actor: { userId: 'u', role: 'police' }, correlationId: 'c', causationId: null, changes };
}

describe('events in words', () => {
  const types = [...Object.values(PoliceCaseEventType), ...Object.values(CourtFileEventType)];

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
