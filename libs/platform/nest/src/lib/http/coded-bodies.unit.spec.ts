import type { Request, Response } from 'express';
import { HttpExceptionWithHeaders } from '../errors/http-exception-with-headers';
import { refuseCodedBodies } from './coded-bodies';

function run(headers: Record<string, string>): unknown {
  let passed: unknown = 'not called';
  refuseCodedBodies({ headers } as unknown as Request, {} as Response, (error?: unknown) => (passed = error));
  return passed;
}

describe('refuseCodedBodies', () => {
  it('refuses a body with any coding but identity, naming the coding it accepts', () => {
    for (const coding of ['gzip', 'br', 'x-unknown', 'gzip, identity']) {
      const refused = run({ 'content-encoding': coding, 'content-length': '12' });
      expect(refused).toBeInstanceOf(HttpExceptionWithHeaders);
      expect((refused as HttpExceptionWithHeaders).getStatus()).toBe(415);
      expect((refused as HttpExceptionWithHeaders).headers).toEqual({ 'Accept-Encoding': 'identity' });
    }
    expect(run({ 'content-encoding': 'gzip', 'transfer-encoding': 'chunked' })).toBeInstanceOf(HttpExceptionWithHeaders);
  });

  it('lets through an uncoded body, the identity coding, and a request without a body', () => {
    expect(run({ 'content-length': '12' })).toBeUndefined();
    expect(run({ 'content-encoding': ' Identity ', 'content-length': '12' })).toBeUndefined();
    expect(run({ 'content-encoding': 'gzip' })).toBeUndefined();
    expect(run({ 'content-encoding': 'gzip', 'content-length': '0' })).toBeUndefined();
  });
});
