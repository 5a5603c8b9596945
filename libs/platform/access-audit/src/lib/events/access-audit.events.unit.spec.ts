import { EventTypeRegistry, InvalidEventDataError } from '@casetrail/event-sourcing';
import { AccessAuditEventType, accessAuditEventTypes, accessAuditStreamId } from './access-audit.events';

const registry = new EventTypeRegistry().register(...accessAuditEventTypes);
const write = (data: unknown) => () => registry.assertWritable(AccessAuditEventType.PersonalDataAccessed, 1, data);

const valid = {
  recordType: 'police-case',
  recordId: '6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10',
  recordProvince: 'battambang',
  personIds: ['b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f', 'c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10'],
  route: 'GET /api/enforcement/cases/:caseId',
};

describe('audit.PersonalDataAccessed v1', () => {
  it('accepts an access naming record, people (by id), route and an optional purpose', () => {
    expect(write(valid)).not.toThrow();
    expect(write({ ...valid, purpose: 'Preparing the prosecution file' })).not.toThrow();
    expect(registry.currentVersion(AccessAuditEventType.PersonalDataAccessed)).toBe(1);
  });

  it.each([
    ['a field that could carry personal data', { ...valid, fullName: 'Synthetic Name' }, /data.fullName is not allowed/],
    ['no person', { ...valid, personIds: [] }, /personIds/],
    ['a person twice', { ...valid, personIds: [valid.personIds[0], valid.personIds[0]] }, /must not repeat/],
    ['a person id with spaces', { ...valid, personIds: ['Synthetic Name'] }, /personIds must be person ids/],
    ['a record type that is not a code', { ...valid, recordType: 'Court File' }, /recordType/],
    ['a URL with a query instead of a template', { ...valid, route: 'GET /api/enforcement/cases/x?asOf=2020' }, /route/],
    ['no route method', { ...valid, route: '/api/enforcement/cases/:caseId' }, /route/],
    ['no province', { ...valid, recordProvince: undefined }, /recordProvince/],
    ['an empty purpose', { ...valid, purpose: '  ' }, /purpose/],
    ['an array', [valid], /data must be an object/],
  ])('refuses %s', (_what, data, message) => {
    expect(write(data)).toThrow(InvalidEventDataError);
    expect(write(data)).toThrow(message);
  });

  it('keeps one stream per accessing user', () => {
    expect(accessAuditStreamId('officer-1')).toBe('audit-access-officer-1');
  });
});
