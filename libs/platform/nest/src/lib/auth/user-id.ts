import { ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';

/**
 * The longest user id (a token's `sub`). Each reader's accesses are recorded in the stream
 * `audit-access-<user id>`, and a stream id is at most 200 characters; 128 leaves room and is
 * far above what issuers use (a UUID is 36, Keycloak's and Entra ID's subjects fewer than 50).
 */
export const USER_ID_MAX_LENGTH = 128;

/**
 * Control characters (C0, DEL, C1), invisible format characters (bidi overrides, zero-width)
 * and lone surrogates: they would let two ids that look alike differ, or garble a log line or
 * an audit listing that shows the id to a person.
 */
const UNSEEN = /[\p{Cc}\p{Cf}\p{Cs}]/u;

/**
 * What a user id is, wherever one is accepted: the verifier takes a token's `sub` only when it
 * is one, and the audit query by user accepts exactly these, so every user's accesses can be
 * listed. Anything else printable is allowed (e-mail addresses, spaces, any script).
 */
export function isUserId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= USER_ID_MAX_LENGTH && !UNSEEN.test(value);
}

export const USER_ID_RULE = `1 to ${USER_ID_MAX_LENGTH} characters, no control or invisible characters`;

/** class-validator rule for a user id in a DTO or query. */
export function IsUserId(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isUserId',
      validator: {
        validate: (value: unknown) => isUserId(value),
        defaultMessage: buildMessage((each) => `${each}$property must be a user id (${USER_ID_RULE})`, options),
      },
    },
    options,
  );
}
