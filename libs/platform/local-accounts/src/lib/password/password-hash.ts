import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** Shortest password accepted: length is what makes a password hard to guess, not its symbols. */
export const PASSWORD_MIN_LENGTH = 12;
/** Longest accepted: hashing a megabyte-long "password" would cost time for nothing. */
export const PASSWORD_MAX_LENGTH = 256;

/**
 * scrypt parameters (RFC 7914): N = 2^15, r = 8, p = 1 costs about 32 MiB and 50-100 ms per
 * hash, OWASP's recommended minimum. Stored with each hash, so raising them later leaves old
 * hashes verifiable.
 */
const DEFAULT_PARAMETERS = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
const PREFIX = 'scrypt';

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }, length: number): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** `scrypt$N=32768,r=8,p=1$<salt, base64>$<hash, base64>`: the salt and parameters travel with the hash. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, DEFAULT_PARAMETERS, KEY_LENGTH);
  const { N, r, p } = DEFAULT_PARAMETERS;
  return `${PREFIX}$N=${N},r=${r},p=${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** Whether the password matches the stored hash; compared in constant time. A malformed hash matches nothing. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 4 || parts[0] !== PREFIX) return false;
  const params = Object.fromEntries(parts[1].split(',').map((kv) => kv.split('=')).map(([k, v]) => [k, Number(v)]));
  const { N, r, p } = params as { N?: number; r?: number; p?: number };
  if (![N, r, p].every((v) => Number.isInteger(v) && v! > 0) || N! > 2 ** 20) return false;
  const salt = Buffer.from(parts[2], 'base64');
  const expected = Buffer.from(parts[3], 'base64');
  if (expected.length === 0) return false;
  const actual = await derive(password, salt, { N: N!, r: r!, p: p! }, expected.length);
  return timingSafeEqual(actual, expected);
}

/**
 * A hash of no one's password, verified when the username is unknown, so that an unknown user
 * and a wrong password take the same time (no user enumeration by timing).
 */
let dummy: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(24).toString('base64'));
  return dummy;
}

/** Why a new password is refused, or null. */
export function problemWithNewPassword(password: string): string | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return `A password has at least ${PASSWORD_MIN_LENGTH} characters`;
  if ([...password].length > PASSWORD_MAX_LENGTH) return `A password has at most ${PASSWORD_MAX_LENGTH} characters`;
  return null;
}
