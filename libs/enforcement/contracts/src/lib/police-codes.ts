/** Code lists of police work. Codes are permanent; add, never rename. */

/** Where a rescued victim is handed over to (report: Social Affairs or family; or a partner NGO). */
export const HAND_OVER_DESTINATIONS = ['social_affairs', 'family', 'partner_organisation'] as const;
export type HandOverDestination = (typeof HAND_OVER_DESTINATIONS)[number];

/** Why a case is closed without being forwarded to the prosecutor. */
export const CLOSURE_REASONS = [
  'no_offence_established',
  'insufficient_evidence',
  'suspects_not_found',
  'merged_with_other_case',
  'transferred_to_other_unit',
  /** The case should never have been opened; statistics leave it out entirely. */
  'recorded_in_error',
  'other',
] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** Why an arrested suspect is released by the police (before the case goes to court). */
export const RELEASE_REASONS = [
  'insufficient_evidence',
  'not_involved',
  'detention_time_limit',
  'other',
] as const;
export type ReleaseReason = (typeof RELEASE_REASONS)[number];
