/*
 * Who does what in intake. Border officials, the police and social workers receive returning
 * people: they record receptions, screen and refer persons, record bodies and upload files, in
 * their provinces. Auditors and statisticians read the lists and records, never a name. Partner
 * workers reach only the persons referred to their organisation.
 */

/** Who records receptions, screenings, referrals and bodies, and uploads files. */
export const INTAKE_RECORDERS = ['border_official', 'police', 'social_worker'] as const;

/** Who reads the reception, screening and body lists and records (no personal data in lists). */
export const INTAKE_READERS = [...INTAKE_RECORDERS, 'auditor', 'statistician'] as const;

/** Who reads a screened person's record: the readers, and partner workers for the persons referred to them. */
export const SCREENED_PERSON_READERS = [...INTAKE_READERS, 'partner_worker'] as const;

/** Who sees a screened person's name and birth date (partner workers: only of a person referred to them, the only ones they reach). */
export const SEES_SCREENED_PERSONAL_DATA = ['border_official', 'police', 'social_worker', 'partner_worker'] as const;

/** Who lists the referrals addressed to them (see `ReferralQueriesService`). */
export const REFERRAL_READERS = ['border_official', 'police', 'social_worker', 'partner_worker', 'auditor'] as const;
