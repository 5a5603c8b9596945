import type { AuthenticatedUser } from './authenticated-user';
import { inRecordScope, isUnitScoped } from './record-scope';

const social: AuthenticatedUser = { userId: 'sw-1', role: 'social_worker', provinces: ['kandal'] };
const national: AuthenticatedUser = { userId: 'sw-2', role: 'social_worker', provinces: 'all' };
const partner: AuthenticatedUser = { userId: 'pw-1', role: 'partner_worker', unit: 'ngo-aple', provinces: 'all' };
const partnerWithoutUnit: AuthenticatedUser = { userId: 'pw-2', role: 'partner_worker', provinces: 'all' };

describe('inRecordScope', () => {
  it('reaches a record by province for province-scoped roles, whatever units it names', () => {
    expect(inRecordScope(social, { province: 'kandal' })).toBe(true);
    expect(inRecordScope(social, { province: 'kandal', units: ['ngo-cwcc'] })).toBe(true);
    expect(inRecordScope(social, { province: 'kampot', units: ['ngo-aple'] })).toBe(false);
    expect(inRecordScope(national, { province: 'kampot' })).toBe(true);
  });

  it('reaches a record by unit for unit-scoped roles, whatever its province (a national token does not widen it)', () => {
    expect(isUnitScoped(partner)).toBe(true);
    expect(isUnitScoped(social)).toBe(false);
    expect(inRecordScope(partner, { province: 'kandal', units: ['ngo-cwcc', 'ngo-aple'] })).toBe(true);
    expect(inRecordScope(partner, { province: 'kandal', units: ['ngo-cwcc'] })).toBe(false);
    expect(inRecordScope(partner, { province: 'kandal' })).toBe(false);
    expect(inRecordScope(partner, { province: 'kandal', units: [] })).toBe(false);
  });

  it('gives a unit-scoped user without a unit nothing', () => {
    expect(inRecordScope(partnerWithoutUnit, { province: 'kandal', units: ['ngo-aple'] })).toBe(false);
  });
});
