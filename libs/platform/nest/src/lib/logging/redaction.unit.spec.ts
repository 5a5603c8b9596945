import { Writable } from 'node:stream';
import pino from 'pino';
import { REDACTED_LOG_PATHS } from './redaction';

describe('log redaction', () => {
  it('never writes a password: not in a logged request body, nor in an object logged by mistake', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) });
    const logger = pino({ redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' } }, sink);
    logger.info({ req: { body: { username: 'sokha.chan', password: 'secret sign-in password' } } }, 'request');
    logger.info({ sign: { password: 'secret sign-in password', username: 'sokha.chan' } }, 'mistake');
    logger.info({ password: 'secret sign-in password' }, 'top level');
    expect(lines.join('')).not.toContain('secret sign-in password');
  });
});
