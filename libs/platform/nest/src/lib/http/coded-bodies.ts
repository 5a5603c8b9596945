import type { RequestHandler } from 'express';
import { HttpExceptionWithHeaders } from '../errors/http-exception-with-headers';

/**
 * Every request body is read as sent: a body with a content coding (gzip, br, an unknown one) is
 * refused with 415 before a byte of it is read, whatever reads it next (the JSON parser, or a
 * route that streams the body itself, such as intake's file upload): one more decoder is one
 * more thing to attack, a compressed body could expand beyond the size limits, and compressed
 * bytes must never be parsed as JSON or as rows. RFC 9110 §15.5.16: the 415 names the codings
 * accepted (`Accept-Encoding: identity`). A request without a body is left alone.
 */
export const refuseCodedBodies: RequestHandler = (req, _res, next) => {
  const coding = req.headers['content-encoding'];
  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  if (coding === undefined || !hasBody || coding.trim().toLowerCase() === 'identity') return next();
  next(new HttpExceptionWithHeaders(415, 'Send the request body uncompressed (no Content-Encoding)', { 'Accept-Encoding': 'identity' }));
};
