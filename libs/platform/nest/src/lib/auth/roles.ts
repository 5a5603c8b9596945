/** Every role casetrail knows. Each route states which of them may use it. */
export const ROLES = [
  'police',
  'prosecutor',
  'judge',
  'social_worker',
  'partner_worker',
  // Receives returning people at a checkpoint, airport or embassy, screens and refers them
  // (intake); scoped to the checkpoint's province like the police, optionally naming an intake unit.
  'border_official',
  'auditor',
  'statistician',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
