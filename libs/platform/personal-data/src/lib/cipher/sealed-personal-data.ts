/**
 * A person's identifying data, sealed with their key (AES-256-GCM, AAD = person id). This is
 * what events carry in `personal`; the same shape is checked by each domain's event validator.
 * Binary fields are base64url.
 */
export interface SealedPersonalData {
  v: 1;
  alg: 'A256GCM';
  personId: string;
  /** 96-bit IV, random for every seal. */
  iv: string;
  ct: string;
  /** 128-bit GCM tag. */
  tag: string;
}

/** What a reader gets for data whose key was destroyed. */
export interface ForgottenPersonalData {
  forgotten: true;
}

/** What a reader not allowed to see identifying data gets instead. */
export interface RestrictedPersonalData {
  restricted: true;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function isSealedPersonalData(value: unknown): value is SealedPersonalData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v['v'] === 1 &&
    v['alg'] === 'A256GCM' &&
    typeof v['personId'] === 'string' &&
    typeof v['iv'] === 'string' && BASE64URL.test(v['iv']) &&
    typeof v['ct'] === 'string' && BASE64URL.test(v['ct']) &&
    typeof v['tag'] === 'string' && BASE64URL.test(v['tag'])
  );
}

export function isForgottenPersonalData(value: unknown): value is ForgottenPersonalData {
  return typeof value === 'object' && value !== null && (value as { forgotten?: unknown }).forgotten === true;
}
