import { OFFENCES as KERNEL_OFFENCES, PROVINCES as KERNEL_PROVINCES } from '@casetrail/kernel';
import { COURTS as CONTRACT_COURTS, type ProsecutionAction } from '@casetrail/court-contracts';
import type { Schemas } from '../../api/client';
import type { paths } from '../../api/schema';

/*
 * The code lists the court screens offer: the server's own (kernel and court contracts), typed
 * with the API's types where it names them.
 */

type Offence = Schemas['ChargePersonDto']['offences'][number];
export const OFFENCES: readonly Offence[] = KERNEL_OFFENCES.map((o) => o.code as Offence);

export type CourtCode = Schemas['OpenCourtFileDto']['court'];
export type Province = NonNullable<NonNullable<paths['/api/court/files']['get']['parameters']['query']>['province']>;
export const PROVINCES: readonly Province[] = KERNEL_PROVINCES.map((p) => p.code as Province);
export const COURTS: readonly CourtCode[] = CONTRACT_COURTS.map((c) => c.code as CourtCode);

export const STAGES = ['prosecution', 'investigation', 'trial', 'retained_without_processing', 'dismissed'] as const;

/** In the order the prosecutor's choice is offered on screen (the contracts' list, reordered). */
export const PROSECUTION_ACTIONS = ['submitted_for_investigation', 'submitted_for_trial', 'retained_without_processing'] as const satisfies readonly ProsecutionAction[];
export {
  APPEAL_DECISIONS,
  APPELLANTS,
  CLOSING_ORDER_OUTCOMES as CLOSING_OUTCOMES,
  CUSTODY_STATUSES as CUSTODY,
  DETENTION_END_REASONS as END_REASONS,
  FINAL_VERDICT_OUTCOMES as FINAL_OUTCOMES,
  OFFENCE_CLASSES,
  RETENTION_REASONS,
  TRIAL_ROUTES,
  VERDICT_OUTCOMES,
} from '@casetrail/court-contracts';
export { EXPLOITATION_TYPES, RECORDED_AGE_BANDS as AGE_BANDS } from '@casetrail/kernel';
/** Currencies offered first; the API accepts any ISO 4217 code with a minor unit. */
export const CURRENCIES = ['KHR', 'USD', 'THB', 'VND'] as const;
/** Nationalities offered; others can be typed as their ISO 3166-1 alpha-3 code. */
export const NATIONALITIES = ['KHM', 'THA', 'VNM', 'LAO', 'MMR', 'CHN', 'MYS', 'IDN'] as const;
