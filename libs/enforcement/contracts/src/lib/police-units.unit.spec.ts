import { isKnownPoliceUnit, mayRecordForUnit, POLICE_UNIT_DELEGATIONS, POLICE_UNITS, policeUnitByCode } from './police-units';

const unique = (xs: string[]) => new Set(xs).size === xs.length;

describe('police units', () => {
  it('identifies units by code and type, national units without a province', () => {
    expect(unique(POLICE_UNITS.map((u) => u.code))).toBe(true);
    expect(policeUnitByCode('ahtjp-national')).toMatchObject({ type: 'ahtjp_department', province: null });
    expect(policeUnitByCode('police-phnom-penh')).toMatchObject({ type: 'provincial_police', province: 'phnom-penh', name: 'Phnom Penh Municipal Police' });
    expect(isKnownPoliceUnit({ code: 'gendarmerie-kampot', type: 'gendarmerie' })).toBe(true);
    expect(isKnownPoliceUnit({ code: 'gendarmerie-kampot', type: 'provincial_police' })).toBe(false);
  });

  it('lets a unit record cases under itself only: no unit acts for another', () => {
    expect(POLICE_UNIT_DELEGATIONS).toEqual({});
    for (const unit of POLICE_UNITS) {
      expect(mayRecordForUnit(unit.code, unit.code)).toBe(true);
      expect(POLICE_UNITS.filter((other) => mayRecordForUnit(unit.code, other.code))).toEqual([unit]);
    }
    expect(mayRecordForUnit(undefined, 'police-battambang')).toBe(false);
    expect(mayRecordForUnit('police-atlantis', 'police-atlantis')).toBe(false);
  });
});
