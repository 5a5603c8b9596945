import { PROVINCES } from '@casetrail/kernel';
import { DEFAULT_FOLLOW_UP_SCHEDULE_MONTHS, RECEPTION_CHANNELS, CHANNELS_ALLOWING_ENTRY_POINT, CHANNELS_WITH_ENTRY_POINT } from './protection-codes';
import { PROTECTION_ORGANISATIONS, departmentOfProvince, isOrganisationCode, organisationByCode } from './organisations';
import { personIdOfStream, protectionCaseStreamId } from './protection-case.stream';

const unique = (xs: string[]) => new Set(xs).size === xs.length;
const ascendingPositive = (months: readonly number[]) =>
  months.length > 0 && months.every((m, i) => Number.isInteger(m) && m > 0 && (i === 0 || m > months[i - 1]));

describe('protection organisations', () => {
  it('has unique, permanent-looking codes', () => {
    expect(unique(PROTECTION_ORGANISATIONS.map((o) => o.code))).toBe(true);
    for (const o of PROTECTION_ORGANISATIONS) expect(o.code).toMatch(/^(mosvy|dosvy-[a-z-]+|ngo-[a-z0-9-]+)$/);
  });

  it('has one department of social affairs per province, municipal for the capital', () => {
    for (const p of PROVINCES) {
      const department = organisationByCode(departmentOfProvince(p.code));
      expect(department?.province).toBe(p.code);
      expect(department?.kind).toBe(p.kind === 'capital' ? 'municipal_department' : 'provincial_department');
    }
    expect(PROTECTION_ORGANISATIONS.filter((o) => o.kind === 'municipal_department')).toHaveLength(1);
    expect(PROTECTION_ORGANISATIONS.filter((o) => o.kind === 'ministry').map((o) => o.code)).toEqual(['mosvy']);
  });

  it('places partners nowhere in particular (they work across provinces)', () => {
    const partners = PROTECTION_ORGANISATIONS.filter((o) => o.kind === 'partner_organisation');
    expect(partners.length).toBeGreaterThan(5);
    expect(partners.every((o) => o.province === null && o.code.startsWith('ngo-'))).toBe(true);
    expect(partners.some((o) => o.runsShelter)).toBe(true);
  });

  it('has follow-up schedules in ascending positive months, the default among them', () => {
    expect(ascendingPositive(DEFAULT_FOLLOW_UP_SCHEDULE_MONTHS)).toBe(true);
    for (const o of PROTECTION_ORGANISATIONS) {
      if (o.followUpScheduleMonths) expect(ascendingPositive(o.followUpScheduleMonths)).toBe(true);
    }
    expect(organisationByCode('ngo-cwcc')?.followUpScheduleMonths).toEqual([1, 2, 3, 6, 9, 12]);
  });

  it('knows codes, not names or provinces', () => {
    expect(isOrganisationCode('dosvy-kampot')).toBe(true);
    expect(isOrganisationCode('ngo-aple')).toBe(true);
    expect(isOrganisationCode('kampot')).toBe(false);
    expect(isOrganisationCode('Action pour les Enfants (APLE)')).toBe(false);
    expect(isOrganisationCode(undefined)).toBe(false);
  });
});

describe('reception channels', () => {
  it('names the channels that carry an entry point among the channels', () => {
    expect(unique([...RECEPTION_CHANNELS])).toBe(true);
    expect(CHANNELS_WITH_ENTRY_POINT.every((c) => RECEPTION_CHANNELS.includes(c))).toBe(true);
    expect(CHANNELS_ALLOWING_ENTRY_POINT.every((c) => RECEPTION_CHANNELS.includes(c))).toBe(true);
    // Every channel that must name an entry point may name one; a border screening may, and need not.
    expect(CHANNELS_WITH_ENTRY_POINT.every((c) => CHANNELS_ALLOWING_ENTRY_POINT.includes(c))).toBe(true);
    expect(CHANNELS_ALLOWING_ENTRY_POINT).toContain('border_screening');
    expect(CHANNELS_WITH_ENTRY_POINT).not.toContain('border_screening');
  });
});

describe('protection case stream id', () => {
  it('prefixes the person id with the context, for the bus to route', () => {
    expect(protectionCaseStreamId('V1')).toBe('protection-case-V1');
    expect(protectionCaseStreamId('x').split('-')[0]).toBe('protection');
    expect(personIdOfStream('protection-case-V1')).toBe('V1');
    expect(personIdOfStream('court-file-V1')).toBeNull();
    expect(personIdOfStream('protection-case-')).toBeNull();
  });
});
