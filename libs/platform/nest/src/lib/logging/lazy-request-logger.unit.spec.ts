import { Writable } from 'node:stream';
import pino from 'pino';
import { makeRequestChildrenLazy } from './lazy-request-logger';
import { REDACTED_LOG_PATHS } from './redaction';

function rootLogger(level: string) {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(JSON.parse(chunk.toString())), done()) });
  let serialized = 0;
  const logger = pino(
    {
      level,
      redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
      serializers: {
        req: (req: { id: string; method: string; url: string; headers: Record<string, string> }) => {
          serialized += 1;
          return { id: req.id, method: req.method, path: req.url, headers: req.headers };
        },
      },
      timestamp: false,
      base: undefined,
    },
    sink,
  );
  return { logger, lines, serializedCount: () => serialized };
}

const REQ = { id: 'corr-1', method: 'POST', url: '/api/x', headers: { authorization: 'Bearer secret-token' } };

describe('request child loggers made on first use while info is off', () => {
  it('at warn: makes no child for a request that logs nothing, not even when the "completed" line at info is asked for', () => {
    const { logger, lines, serializedCount } = rootLogger('warn');
    makeRequestChildrenLazy(logger);
    const child = logger.child({ req: REQ });
    child.info({ res: { statusCode: 200 } }, 'request completed');
    child.debug('nothing');
    expect(serializedCount()).toBe(0);
    expect(lines).toEqual([]);
  });

  it('at warn: a warning inside a request carries the same bindings, redacted, as an eager child would', () => {
    const lazy = rootLogger('warn');
    makeRequestChildrenLazy(lazy.logger);
    lazy.logger.child({ req: REQ }).warn({ personal: { fullName: 'Sokha Chan' } }, 'careful');
    const eager = rootLogger('warn');
    eager.logger.child({ req: REQ }).warn({ personal: { fullName: 'Sokha Chan' } }, 'careful');
    expect(lazy.lines).toEqual(eager.lines);
    expect(lazy.lines).toHaveLength(1);
    expect(JSON.stringify(lazy.lines)).not.toContain('secret-token');
    expect(JSON.stringify(lazy.lines)).not.toContain('Sokha');
    expect(lazy.lines[0]).toMatchObject({ level: 40, msg: 'careful', req: { id: 'corr-1', method: 'POST', path: '/api/x' } });
  });

  it('at warn: a child of the request child (fields assigned in a request) keeps both bindings', () => {
    const { logger, lines } = rootLogger('warn');
    makeRequestChildrenLazy(logger);
    logger.child({ req: REQ }).child({ caseId: 'c-1' }).error('failed');
    expect(lines).toEqual([expect.objectContaining({ msg: 'failed', caseId: 'c-1', req: expect.objectContaining({ id: 'corr-1' }) })]);
  });

  it('at info: the child is made at once, as pino makes it (request logging unchanged)', () => {
    const { logger, lines, serializedCount } = rootLogger('info');
    makeRequestChildrenLazy(logger);
    const child = logger.child({ req: REQ });
    expect(serializedCount()).toBe(1);
    child.info('request completed');
    expect(lines).toEqual([expect.objectContaining({ level: 30, msg: 'request completed', req: expect.objectContaining({ id: 'corr-1' }) })]);
  });

  it('children without a request, or made with options, are pino\'s own', () => {
    const { logger, lines } = rootLogger('warn');
    makeRequestChildrenLazy(logger);
    const child = logger.child({ context: 'Reactor' });
    expect(child.isLevelEnabled('warn')).toBe(true);
    child.warn('plain');
    expect(lines).toEqual([expect.objectContaining({ context: 'Reactor', msg: 'plain' })]);
  });
});
