import { ENTRY_POINTS, PROVINCES, isNationalityCode, isProvinceCode } from '@casetrail/kernel';
import { BODY_BROUGHT_BY, BODY_CAUSES, OUTCOMES_WITH_EXPLOITATION, REFERRAL_DESTINATIONS, RETURNED_BY, RETURN_REASONS, SCREENING_OUTCOMES, UPLOAD_KINDS } from './intake-codes';
import { EMBASSY_PROVINCE, INTAKE_PLACES, INTAKE_UNITS, intakePlaceByCode, intakeUnitByCode, isIntakePlaceCode, isIntakeUnitCode } from './intake-places';
import {
  INTAKE_STREAM_PREFIX,
  intakeRecordName,
  receptionIdOfStream,
  receptionStreamId,
  returnedBodyIdOfStream,
  returnedBodyStreamId,
  screenedPersonIdOfStream,
  screenedPersonStreamId,
  uploadIdOfStream,
  uploadStreamId,
} from './intake.streams';
import { UPLOAD_FORMATS } from './upload-formats';

const unique = (xs: readonly string[]) => new Set(xs).size === xs.length;

describe('intake code lists', () => {
  it.each([
    ['RETURNED_BY', RETURNED_BY],
    ['RETURN_REASONS', RETURN_REASONS],
    ['SCREENING_OUTCOMES', SCREENING_OUTCOMES],
    ['REFERRAL_DESTINATIONS', REFERRAL_DESTINATIONS],
    ['BODY_CAUSES', BODY_CAUSES],
    ['BODY_BROUGHT_BY', BODY_BROUGHT_BY],
    ['UPLOAD_KINDS', UPLOAD_KINDS],
  ])('%s has unique snake-case codes', (_name, codes) => {
    expect(codes.length).toBeGreaterThan(1);
    expect(unique(codes)).toBe(true);
    for (const code of codes) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it('names the outcomes that indicate exploitation among the outcomes, never `not_identified`', () => {
    expect(OUTCOMES_WITH_EXPLOITATION.every((o) => SCREENING_OUTCOMES.includes(o))).toBe(true);
    expect(OUTCOMES_WITH_EXPLOITATION).not.toContain('not_identified');
  });
});

describe('intake places', () => {
  it('has unique slug codes', () => {
    const codes = INTAKE_PLACES.map((p) => p.code);
    expect(unique(codes)).toBe(true);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('puts every place in a province of the kernel', () => {
    for (const place of INTAKE_PLACES) expect(isProvinceCode(place.province)).toBe(true);
  });

  it('takes every airport and checkpoint of the kernel as it is, with the country across the border', () => {
    for (const entry of ENTRY_POINTS) {
      expect(intakePlaceByCode(entry.code)).toEqual({ code: entry.code, name: entry.name, kind: entry.kind, province: entry.province, country: entry.borderWith });
    }
    expect(intakePlaceByCode('poipet')?.country).toBe('THA');
    expect(intakePlaceByCode('bavet')?.country).toBe('VNM');
  });

  it('has an embassy per country of the report’s table, each for a nationality code, recorded in Phnom Penh', () => {
    const embassies = INTAKE_PLACES.filter((p) => p.kind === 'embassy');
    for (const country of ['MYS', 'CHN', 'SGP', 'VNM', 'THA', 'LAO', 'IDN']) {
      expect(embassies.some((e) => e.country === country)).toBe(true);
    }
    for (const embassy of embassies) {
      expect(isNationalityCode(embassy.country)).toBe(true);
      expect(embassy.code).toBe(`embassy-${embassy.country?.toLowerCase()}`);
      expect(embassy.province).toBe(EMBASSY_PROVINCE);
      expect(embassy.name).not.toContain('undefined');
    }
    expect(unique(embassies.map((e) => e.country ?? ''))).toBe(true);
    expect(isProvinceCode(EMBASSY_PROVINCE)).toBe(true);
  });

  it('knows codes only', () => {
    expect(isIntakePlaceCode('embassy-mys')).toBe(true);
    expect(isIntakePlaceCode('phnom-penh-airport')).toBe(true);
    expect(isIntakePlaceCode('phnom-penh')).toBe(false);
    expect(isIntakePlaceCode('Poipet International Checkpoint')).toBe(false);
    expect(isIntakePlaceCode(undefined)).toBe(false);
    expect(intakePlaceByCode('atlantis')).toBeUndefined();
  });
});

describe('intake units', () => {
  it('has unique slug codes, none of them a place', () => {
    const codes = INTAKE_UNITS.map((u) => u.code);
    expect(unique(codes)).toBe(true);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(isIntakePlaceCode(code)).toBe(false);
    }
  });

  it('puts every provincial unit in a province of the kernel; the national ones in none', () => {
    for (const unit of INTAKE_UNITS) {
      if (unit.province !== null) expect(isProvinceCode(unit.province)).toBe(true);
    }
    expect(INTAKE_UNITS.filter((u) => u.province === null).map((u) => u.code).sort()).toEqual(['mofaic', 'mosvy']);
  });

  it('has a police commissariat and a department of social affairs per province', () => {
    for (const p of PROVINCES) {
      expect(intakeUnitByCode(`police-commissariat-${p.code}`)).toMatchObject({ kind: 'police_commissariat', province: p.code });
      expect(intakeUnitByCode(`dosvy-${p.code}`)).toMatchObject({ kind: 'social_affairs', province: p.code });
    }
    expect(intakeUnitByCode('border-liaison-office')).toMatchObject({ kind: 'border_liaison', province: 'banteay-meanchey' });
  });

  it('knows codes only', () => {
    expect(isIntakeUnitCode('mofaic')).toBe(true);
    expect(isIntakeUnitCode('police-battambang')).toBe(false);
    expect(isIntakeUnitCode(42)).toBe(false);
  });
});

describe('intake streams and row identity', () => {
  it('prefixes every stream with the context, for the bus to route', () => {
    const ids = [receptionStreamId('R1'), screenedPersonStreamId('P1'), returnedBodyStreamId('B1'), uploadStreamId('a'.repeat(64))];
    expect(ids).toEqual(['intake-reception-R1', 'intake-person-P1', 'intake-body-B1', `intake-upload-${'a'.repeat(64)}`]);
    for (const id of ids) {
      expect(id.startsWith(INTAKE_STREAM_PREFIX)).toBe(true);
      expect(id.split('-')[0]).toBe('intake');
    }
  });

  it('reads each id back from its own kind of stream only', () => {
    expect(receptionIdOfStream('intake-reception-R1')).toBe('R1');
    expect(screenedPersonIdOfStream('intake-person-P1')).toBe('P1');
    expect(returnedBodyIdOfStream('intake-body-B1')).toBe('B1');
    expect(uploadIdOfStream('intake-upload-abc')).toBe('abc');
    expect(receptionIdOfStream('intake-person-P1')).toBeNull();
    expect(screenedPersonIdOfStream('protection-case-P1')).toBeNull();
    expect(returnedBodyIdOfStream('intake-body-')).toBeNull();
  });

  it('names a record by its kind, place and reference, so each gives another name', () => {
    expect(intakeRecordName('reception', 'poipet', 'BLO-1')).toBe('casetrail:intake:reception:poipet:BLO-1');
    const names = [
      intakeRecordName('reception', 'poipet', 'BLO-1'),
      intakeRecordName('screened-person', 'poipet', 'BLO-1'),
      intakeRecordName('body', 'poipet', 'BLO-1'),
      intakeRecordName('reception', 'o-bei-choan', 'BLO-1'),
      intakeRecordName('reception', 'poipet', 'BLO-2'),
    ];
    expect(unique(names)).toBe(true);
  });
});

describe('upload file formats', () => {
  it.each(UPLOAD_KINDS.map((k) => [k]))('%s has unique lower-case columns, required and optional apart', (kind) => {
    const { required, optional } = UPLOAD_FORMATS[kind];
    const columns = [...required, ...optional];
    expect(unique(columns)).toBe(true);
    for (const column of columns) expect(column).toMatch(/^[a-z]+(_[a-z]+)*$/);
    expect(required).toContain('reference');
    expect(required).toContain('place');
  });

  it('has a format for every kind and no other', () => {
    expect(Object.keys(UPLOAD_FORMATS).sort()).toEqual([...UPLOAD_KINDS].sort());
  });
});
