import { INTAKE_UNITS } from '@casetrail/intake-contracts';
import { organisationByCode } from '@casetrail/protection-contracts';
import { SOCIAL_AFFAIRS_KINDS } from './screened-person/screened-person.decide';

/*
 * The intake context names social affairs with the protection context's codes, so a reception, a
 * referral and the protection case it opens name a department alike. The contracts libraries may
 * not import each other; the domain, which reads both, checks they agree.
 */
describe('intake units of social affairs are protection organisations of social affairs', () => {
  const socialAffairs = INTAKE_UNITS.filter((u) => u.kind === 'social_affairs');

  it('has the ministry and every department', () => {
    expect(socialAffairs.length).toBeGreaterThan(20);
    expect(socialAffairs.map((u) => u.code)).toContain('mosvy');
  });

  it.each(socialAffairs.map((u) => [u.code, u] as const))('%s has the same code and province in protection', (_code, unit) => {
    const organisation = organisationByCode(unit.code);
    expect(organisation).toBeDefined();
    expect(SOCIAL_AFFAIRS_KINDS).toContain(organisation?.kind);
    expect(organisation?.province).toBe(unit.province);
  });
});
