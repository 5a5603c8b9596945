import { NATIONALITIES as SERVER_NATIONALITIES, PROVINCES, OFFENCES, EXPLOITATION_TYPES as SERVER_EXPLOITATION, SEXES as SERVER_SEXES } from '@casetrail/kernel';
import { POLICE_UNITS as SERVER_UNITS, CLOSURE_REASONS as SERVER_CLOSURE, HAND_OVER_DESTINATIONS as SERVER_DESTINATIONS, RELEASE_REASONS as SERVER_RELEASE } from '@casetrail/enforcement-contracts';
import { CLOSURE_REASONS, EXPLOITATION_TYPES, HAND_OVER_DESTINATIONS, NATIONALITIES, OFFENCE_CODES, POLICE_UNITS, PROVINCE_CODES, RELEASE_REASONS, SEXES } from './reference';

describe("the police screens' code lists", () => {
  it('are the lists the server validates with', () => {
    expect([...PROVINCE_CODES]).toEqual(PROVINCES.map((p) => p.code));
    expect([...OFFENCE_CODES]).toEqual(OFFENCES.map((o) => o.code));
    expect([...EXPLOITATION_TYPES]).toEqual([...SERVER_EXPLOITATION]);
    expect([...SEXES]).toEqual([...SERVER_SEXES]);
    expect([...CLOSURE_REASONS]).toEqual([...SERVER_CLOSURE]);
    expect([...RELEASE_REASONS]).toEqual([...SERVER_RELEASE]);
    expect([...HAND_OVER_DESTINATIONS]).toEqual([...SERVER_DESTINATIONS]);
    expect(NATIONALITIES).toEqual(SERVER_NATIONALITIES.map((n) => ({ code: n.code, name: n.name })));
    expect(POLICE_UNITS.map((u) => [u.code, u.type, u.province])).toEqual(SERVER_UNITS.map((u) => [u.code, u.type, u.province]));
  });
});
