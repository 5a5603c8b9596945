/** Closed code lists of the protection context. Codes are permanent; add, never rename. */

/**
 * How a person came to social affairs (report II.D.1): handed over by police after a rescue (the
 * reactor on `enforcement.VictimHandedOver`), received from overseas authorities at an airport or a
 * checkpoint, from judicial police, referred by an NGO, sent by a court, self-referred, or screened
 * at a border or an embassy and referred on (`border_screening`: the reactor on
 * `intake.PersonReferred`, the person id being the screened person's).
 */
export const RECEPTION_CHANNELS = [
  'police_hand_over',
  'overseas_authorities',
  'judicial_police',
  'ngo_referral',
  'court',
  'self_referred',
  'other',
  'border_screening',
] as const;
export type ReceptionChannel = (typeof RECEPTION_CHANNELS)[number];

/** Channels whose reception names the airport or checkpoint and the country returned from. */
export const CHANNELS_WITH_ENTRY_POINT: readonly ReceptionChannel[] = ['overseas_authorities'];

/**
 * Channels whose reception may name an airport or checkpoint: those that must
 * (`CHANNELS_WITH_ENTRY_POINT`), and a border screening, which names one when the person was
 * screened at an entry point and none when at an embassy abroad.
 */
export const CHANNELS_ALLOWING_ENTRY_POINT: readonly ReceptionChannel[] = [...CHANNELS_WITH_ENTRY_POINT, 'border_screening'];

/** Who agreed to the sharing: the person, or a guardian for a child. */
export const CONSENT_GIVERS = ['person', 'guardian'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

/** What a sharing with an organisation is for. */
export const SHARING_PURPOSES = ['case_management', 'shelter', 'services', 'legal_aid', 'reintegration', 'follow_up'] as const;
export type SharingPurpose = (typeof SHARING_PURPOSES)[number];

/** Why a person left a shelter. */
export const SHELTER_DEPARTURE_REASONS = [
  'integrated',
  'transferred',
  'returned_to_family',
  'left_of_own_will',
  'repatriated',
  'deceased',
  'other',
] as const;
export type ShelterDepartureReason = (typeof SHELTER_DEPARTURE_REASONS)[number];

/** Services delivered to a person, each by an organisation on a date. */
export const SERVICE_KINDS = [
  'medical',
  'psychosocial',
  'legal_aid',
  'education',
  'vocational_training',
  'family_tracing',
  'repatriation_support',
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** The outcome of the assessment of the family the person would return to. */
export const FAMILY_ASSESSMENT_OUTCOMES = ['suitable', 'suitable_with_support', 'not_suitable'] as const;
export type FamilyAssessmentOutcome = (typeof FAMILY_ASSESSMENT_OUTCOMES)[number];

/** What a follow-up visit after integration found. */
export const FOLLOW_UP_OUTCOMES = ['stable', 'needs_support', 'at_risk', 'not_found', 'moved_away'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

/** Why a protection case is closed. */
export const CASE_CLOSURE_REASONS = [
  'follow_up_completed',
  'transferred',
  'declined_services',
  'lost_contact',
  'deceased',
  'recorded_in_error',
  'other',
] as const;
export type CaseClosureReason = (typeof CASE_CLOSURE_REASONS)[number];

/** Months after integration at which follow-up visits fall due, unless an organisation has its own. */
export const DEFAULT_FOLLOW_UP_SCHEDULE_MONTHS: readonly number[] = [1, 3, 6, 12];
