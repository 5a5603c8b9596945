import { EventTypeRegistry, InvalidEventDataError } from '@casetrail/event-sourcing';
import { PrivacyEventType, privacyEventTypes, privacyPersonStreamId } from './privacy.events';

const registry = () => new EventTypeRegistry().register(...privacyEventTypes);

describe('privacy events', () => {
  it('registers PersonForgotten at version 1, in a stream per person routed to the privacy topic', () => {
    expect(registry().currentVersion(PrivacyEventType.PersonForgotten)).toBe(1);
    expect(privacyPersonStreamId('abc-1')).toBe('privacy-person-abc-1');
    expect(privacyPersonStreamId('abc-1').split('-')[0]).toBe('privacy');
  });

  it('accepts a person id and a reason, and nothing else', () => {
    const write = (data: unknown) => registry().assertWritable(PrivacyEventType.PersonForgotten, 1, data);
    expect(() => write({ personId: 'p-1', reason: 'Erasure request #12' })).not.toThrow();
    expect(() => write({ personId: 'p-1', reason: 'short' })).toThrow(InvalidEventDataError);
    expect(() => write({ personId: 'p 1', reason: 'Erasure request #12' })).toThrow(/personId/);
    expect(() => write({ personId: 'p-1', reason: 'Erasure request #12', fullName: 'x' })).toThrow(/fullName is not allowed/);
  });
});
