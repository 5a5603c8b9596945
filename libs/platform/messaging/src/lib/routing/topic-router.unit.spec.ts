import { createTopicRouter, topicForStream, topicOfEventType } from './topic-router';

describe('topicForStream', () => {
  it('routes a stream to its bounded context topic', () => {
    expect(topicForStream('enforcement-case-3f2a0c1e-1111-4222-8333-944455556666')).toBe('casetrail.enforcement');
    expect(topicForStream('court-file-1')).toBe('casetrail.court');
  });

  it('takes a custom prefix', () => {
    expect(createTopicRouter('test')('intake-report-1')).toBe('test.intake');
  });

  it('refuses stream ids without a context prefix', () => {
    expect(() => topicForStream('nocontext')).toThrow(/bounded context/);
    expect(() => topicForStream('-case-1')).toThrow(/bounded context/);
    expect(() => topicForStream('bad.ctx-case-1')).toThrow(/bounded context/);
  });
});

describe('topicOfEventType', () => {
  it('names the topic the publisher routes the same context’s streams to', () => {
    expect(topicOfEventType('enforcement.CaseForwardedToProsecutor')).toBe(topicForStream('enforcement-case-1'));
    expect(topicOfEventType('court.PoliceCaseReceived')).toBe('casetrail.court');
  });

  it('refuses a type without a context prefix', () => {
    expect(() => topicOfEventType('CaseOpened')).toThrow(/no context prefix/);
    expect(() => topicOfEventType('.CaseOpened')).toThrow(/no context prefix/);
  });
});
