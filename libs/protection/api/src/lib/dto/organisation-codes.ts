import { PROTECTION_ORGANISATIONS } from '@casetrail/protection-contracts';

/** Every organisation code a body may name (the ministry, the departments, the partners). */
export const ORGANISATION_CODES = PROTECTION_ORGANISATIONS.map((o) => o.code);
