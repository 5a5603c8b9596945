import { PoliceCaseEventType as E } from '@casetrail/enforcement-contracts';
import type { PoliceCaseCommand } from './police-case.commands';
import { anyCommandOfEachKind, cmd, metadata, opened, refuses, spec } from './police-case.test-fixtures';

/** The command as sent by an officer of `unit` (none: a token without a unit). */
const byUnit = (unit: string | undefined, command: PoliceCaseCommand): PoliceCaseCommand => {
  const { unit: _mine, ...actor } = metadata.actor;
  return { ...command, metadata: { ...metadata, actor: unit === undefined ? actor : { ...actor, unit } } } as PoliceCaseCommand;
};

const open = (overrides: Record<string, unknown> = {}) =>
  cmd('OpenPoliceCase', {
    caseId: 'PC-2020-001',
    unit: { code: 'police-battambang', type: 'provincial_police' },
    province: 'battambang',
    offences: ['procuring'],
    openedOn: '2020-03-01',
    ...overrides,
  });

describe('OpenPoliceCase', () => {
  it('opens a case', () => {
    spec.given([]).when(open()).then([opened]);
  });

  it('keeps the reference and the offence order (first = principal offence)', () => {
    spec
      .given([])
      .when(open({ offences: ['child_pornography', 'procuring'], reference: ' BTB/2020/17 ' }))
      .then([
        {
          type: E.PoliceCaseOpened,
          data: { ...(opened.data as object), offences: ['child_pornography', 'procuring'], reference: 'BTB/2020/17' } as never,
        },
      ]);
  });

  it('lets a national unit open a case in any province', () => {
    spec
      .given([])
      .when(byUnit('ahtjp-national', open({ unit: { code: 'ahtjp-national', type: 'ahtjp_department' }, province: 'koh-kong' })))
      .then([
        {
          type: E.PoliceCaseOpened,
          data: {
            ...(opened.data as object),
            unit: { code: 'ahtjp-national', type: 'ahtjp_department' },
            province: 'koh-kong',
          } as never,
        },
      ]);
  });

  it('accepts today in Cambodia even when it is still yesterday in UTC', () => {
    // 2020-12-31T03:00Z is 10:00 on 31 December in Phnom Penh.
    spec.given([]).when(open({ openedOn: '2020-12-31' })).then([
      { type: E.PoliceCaseOpened, data: { ...(opened.data as object), openedOn: '2020-12-31' } as never },
    ]);
  });

  it('opens a case only once', () => refuses([opened], open(), 'CASE_ALREADY_OPENED', 'conflict'));
  it('refuses a malformed case id', () => refuses([], open({ caseId: 'has space' }), 'INVALID_ID', 'unprocessable'));
  it('refuses an unknown unit', () =>
    refuses([], open({ unit: { code: 'police-atlantis', type: 'provincial_police' } }), 'UNKNOWN_UNIT', 'unprocessable'));
  it('refuses a unit code given with the wrong type', () =>
    refuses([], open({ unit: { code: 'police-battambang', type: 'gendarmerie' } }), 'UNKNOWN_UNIT', 'unprocessable'));
  it('refuses an unknown province', () => refuses([], open({ province: 'atlantis' }), 'UNKNOWN_PROVINCE', 'unprocessable'));
  it('refuses a provincial unit acting in another province', () =>
    refuses([], open({ province: 'kampot' }), 'UNIT_PROVINCE_MISMATCH', 'unprocessable'));
  it('needs at least one offence', () => refuses([], open({ offences: [] }), 'NO_OFFENCE', 'unprocessable'));
  it('accepts only offences of the catalogue', () =>
    refuses([], open({ offences: ['procuring', 'jaywalking'] }), 'UNKNOWN_OFFENCE', 'unprocessable'));
  it('refuses an offence listed twice', () =>
    refuses([], open({ offences: ['procuring', 'procuring'] }), 'DUPLICATE_OFFENCE', 'unprocessable'));
  it('refuses a date that does not exist', () => refuses([], open({ openedOn: '2020-02-30' }), 'INVALID_DATE', 'unprocessable'));
  it('refuses a date after today in Cambodia', () =>
    refuses([], open({ openedOn: '2021-01-01' }), 'DATE_IN_FUTURE', 'unprocessable'));
  it.each(['0000-01-01', '1899-01-01', '1999-12-31'])('refuses %s, before the first date a fact may have (2000-01-01)', (openedOn) =>
    refuses([], open({ openedOn }), 'DATE_BEFORE_EARLIEST', 'unprocessable'));
  it('accepts the first date a fact may have', () => {
    spec.given([]).when(open({ openedOn: '2000-01-01' })).then([
      { type: E.PoliceCaseOpened, data: { ...(opened.data as object), openedOn: '2000-01-01' } as never },
    ]);
  });
});

describe('the unit a case is recorded under', () => {
  // Per-unit statistics count a case under the unit it was opened for: only that unit records it.
  it('is the caller\'s own unit', () => {
    spec.given([]).when(byUnit('police-battambang', open())).then([opened]);
  });
  it.each([
    ['another provincial unit', 'police-kampot'],
    ['a national department (it acts for no other unit)', 'ahtjp-national'],
    ['the gendarmerie of the same province', 'gendarmerie-battambang'],
    ['a unit not in the reference list', 'police-atlantis'],
    ['no unit at all', undefined],
  ])('refuses a caller of %s with 403, naming the field', (_who, unit) =>
    refuses([], byUnit(unit, open()), 'UNIT_NOT_YOURS', 'forbidden'));
  it('refuses a provincial officer recording a case as a national department', () =>
    refuses([], open({ unit: { code: 'ahtjp-national', type: 'ahtjp_department' } }), 'UNIT_NOT_YOURS', 'forbidden'));
});

describe('today in Cambodia (UTC+7), on both sides of midnight in Phnom Penh', () => {
  const openAt = (now: string, openedOn: string) => ({ ...open({ openedOn }), metadata: { ...metadata, now } }) as PoliceCaseCommand;
  const openedOn = (date: string) => [{ type: E.PoliceCaseOpened, data: { ...(opened.data as object), openedOn: date } as never }];

  it.each([
    ['16:59:59 UTC, 23:59:59 on 31 May in Phnom Penh', '2024-05-31T16:59:59.000Z', '2024-05-31', '2024-06-01'],
    ['17:00:00 UTC, midnight on 1 June in Phnom Penh', '2024-05-31T17:00:00.000Z', '2024-06-01', '2024-06-02'],
  ])('at %s: accepts today, refuses tomorrow', (_when, now, today, tomorrow) => {
    spec.given([]).when(openAt(now, today)).then(openedOn(today));
    refuses([], openAt(now, tomorrow), 'DATE_IN_FUTURE', 'unprocessable');
  });
});

describe('AddOffence', () => {
  it('adds an offence of the catalogue', () => {
    spec
      .given([opened])
      .when(cmd('AddOffence', { offence: 'pornography', addedOn: '2020-03-03' }))
      .then([{ type: E.OffenceAdded, data: { offence: 'pornography', addedOn: '2020-03-03' } }]);
  });
  it('refuses an offence already recorded', () =>
    refuses([opened], cmd('AddOffence', { offence: 'procuring', addedOn: '2020-03-03' }), 'OFFENCE_ALREADY_RECORDED', 'conflict'));
  it('refuses an unknown offence', () =>
    refuses([opened], cmd('AddOffence', { offence: 'jaywalking', addedOn: '2020-03-03' }), 'UNKNOWN_OFFENCE', 'unprocessable'));
  it('refuses a date before the case was opened', () =>
    refuses([opened], cmd('AddOffence', { offence: 'pornography', addedOn: '2020-02-28' }), 'DATE_BEFORE_CASE_OPENED', 'unprocessable'));
});

describe('a case that was never opened', () => {
  it.each(anyCommandOfEachKind.map((c) => [c.type, c] as const))('refuses %s', (_type, command) =>
    refuses([], command, 'CASE_NOT_FOUND', 'conflict'),
  );
  it('refuses ReopenCase', () =>
    refuses([], cmd('ReopenCase', { reopenedOn: '2020-04-02', justification: 'x' }), 'CASE_NOT_FOUND', 'conflict'));
});
