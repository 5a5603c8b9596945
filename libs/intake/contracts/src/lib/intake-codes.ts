/** Closed code lists of the intake context. Codes are permanent; add, never rename. */

/** Who returned the people of a reception (report II.D.1.1). */
export const RETURNED_BY = ['foreign_authorities', 'embassy', 'self', 'family', 'other'] as const;
export type ReturnedBy = (typeof RETURNED_BY)[number];

/**
 * Why the people of a reception returned, as the receiving unit recorded it (the embassy table of
 * II.D.1.1: "illegal workers", "illegal border crossing", "suspected trafficking and cheated by
 * brokers", "unable to cope with workload").
 */
export const RETURN_REASONS = ['illegal_work', 'illegal_border_crossing', 'suspected_trafficking', 'workload', 'other'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

/** What the screening interview concluded (a preliminary identification, not a finding of fact). */
export const SCREENING_OUTCOMES = ['suspected_victim', 'person_at_risk', 'not_identified'] as const;
export type ScreeningOutcome = (typeof SCREENING_OUTCOMES)[number];

/** Outcomes that indicate a form of exploitation (`exploitationIndicated` is required with them). */
export const OUTCOMES_WITH_EXPLOITATION: readonly ScreeningOutcome[] = ['suspected_victim', 'person_at_risk'];

/**
 * Where a screened person is referred: a police unit (opens a police case or adds the person to
 * one, through enforcement's reactor), social affairs (MoSVY or a department) or a partner
 * organisation (opens a protection case, through protection's reactor), or the family (no case).
 */
export const REFERRAL_DESTINATIONS = ['police', 'social_affairs', 'partner_organisation', 'family'] as const;
export type ReferralDestination = (typeof REFERRAL_DESTINATIONS)[number];

/** Cause of death of a returned body, as reported by who brought it. */
export const BODY_CAUSES = ['disease', 'accident', 'other'] as const;
export type BodyCause = (typeof BODY_CAUSES)[number];

/** Who brought a body to the border (report II.D.1.2: foreign authorities, or the family). */
export const BODY_BROUGHT_BY = ['foreign_authorities', 'family', 'other'] as const;
export type BodyBroughtBy = (typeof BODY_BROUGHT_BY)[number];

/** What a bulk upload holds: one kind of record per file. */
export const UPLOAD_KINDS = ['receptions', 'screenings', 'bodies'] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];
