import { createHash } from 'node:crypto';

/** casetrail's namespace for name-based ids (a fixed random UUID; never change it). */
export const CASETRAIL_ID_NAMESPACE = '5b0e4a8c-2f0d-4c53-9a51-8d3f6c1e7b24';

function bytesOfUuid(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

/**
 * The RFC 4122 version 5 (SHA-1, name-based) UUID of `name` under casetrail's namespace: the same
 * name always gives the same id. Used where a record's identity is a natural key that may arrive
 * twice (an intake row entered through the API and uploaded in a file, a case opened by a
 * redelivered event), so the store's expected revision makes it one record.
 */
export function nameBasedUuid(name: string, namespace: string = CASETRAIL_ID_NAMESPACE): string {
  const hash = createHash('sha1').update(bytesOfUuid(namespace)).update(name, 'utf8').digest();
  const b = hash.subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x50;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
