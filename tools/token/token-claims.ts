import { problemWithClaims as problemWithUserClaims, TOKEN_FLAG_NAMES } from '@casetrail/local-accounts';
import { UNITS_OF_ROLE } from '../../apps/casetrail/src/units-of-role';

export { closestCode, type ClaimsAsked as TokenClaimsAsked } from '@casetrail/local-accounts';

/**
 * Checks what `npm run token` is asked for against the reference lists, the way the verifier
 * will: returns the first problem, worded for the command line (naming the flag and the unknown
 * value, and suggesting the closest code), or null when the token would be accepted. The rules
 * are the local accounts' (`@casetrail/local-accounts`), which check a new user the same way.
 */
export function problemWithClaims(asked: Parameters<typeof problemWithUserClaims>[0]): string | null {
  return problemWithUserClaims(asked, UNITS_OF_ROLE, TOKEN_FLAG_NAMES);
}
