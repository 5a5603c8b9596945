import { ProtectionCaseDriver } from '../../support/protection-case-driver';
import type { EmbeddedApp } from '../../support/embedded-app';
import { HOME, type ScopeVariant } from './expected-status';

/** How far a fixture protection case has gone: each step needs the ones before. */
export type ProtectionCaseStep = 'opened' | 'sheltered' | 'claimed' | 'awarded' | 'assessed' | 'integrated' | 'closed';

/** Dates of the fixture cases, in the order the decider wants them. */
export const PROTECTION_DATES = {
  received: '2020-05-04',
  referred: '2020-05-05',
  consent: '2020-05-05',
  admitted: '2020-05-06',
  departed: '2020-08-30',
  service: '2020-05-20',
  filed: '2020-06-01',
  awarded: '2020-11-20',
  moneyReceived: '2020-12-15',
  assessed: '2020-08-31',
  integrated: '2020-09-01',
  visited: '2020-10-01',
  closed: '2021-09-15',
  reopened: '2021-10-01',
};

/**
 * The partner organisation the fixture cases of a province are referred to, and the unit of the
 * matrix's partner tokens: a partner reaches a case by referral, not by province, so the
 * matrix's scope variants are played by organisations. A national partner token (`ngo-aple`)
 * reaches the AWAY cases, a provincial one (`ngo-cwcc`) the HOME cases and not the AWAY ones.
 * Both run a shelter.
 */
export function partnerOf(province: string): string {
  return province === HOME ? 'ngo-cwcc' : 'ngo-aple';
}

export function partnerUnitOf(variant: ScopeVariant): string {
  return variant === 'national' ? 'ngo-aple' : 'ngo-cwcc';
}

export function registerBody(province: string) {
  return { province, receivedOn: PROTECTION_DATES.received, channel: 'self_referred', sex: 'F', nationality: 'KHM', ageInYears: 17, exploitationType: 'labour' };
}

export interface ProtectionCaseIds extends Record<string, string> {
  protectedPersonId: string;
}

/**
 * Protection cases made through the API by a national social worker, registered in a province
 * and referred to its partner (`partnerOf`), up to a step. The steps name the partner where an
 * organisation is named (shelter, claim, assessment, integration), so its partner workers may
 * take the next one as their own organisation.
 */
export class ProtectionFixtures {
  private driver: Promise<ProtectionCaseDriver> | undefined;

  constructor(private readonly app: EmbeddedApp) {}

  private social(): Promise<ProtectionCaseDriver> {
    this.driver ??= this.app.token('social_worker', ['*'], undefined, 'social-worker-fixtures').then((token) => new ProtectionCaseDriver(this.app.http, token));
    return this.driver;
  }

  async case(province: string, upTo: ProtectionCaseStep): Promise<ProtectionCaseIds> {
    const social = await this.social();
    const partner = partnerOf(province);
    const registered = await social.post('/api/protection/cases', registerBody(province));
    if (registered.status !== 201) throw new Error(`register failed: ${registered.status} ${JSON.stringify(registered.body)}`);
    const personId = registered.body.personId as string;
    await social.refer(personId, partner, PROTECTION_DATES.referred, 'case_management');
    const ids: ProtectionCaseIds = { protectedPersonId: personId };
    const step = (rest: string, body: object) => social.step(personId, rest, body);
    switch (upTo) {
      case 'opened':
        return ids;
      case 'sheltered':
        await step('/shelter/admission', { shelter: partner, admittedOn: PROTECTION_DATES.admitted, sentBy: `dosvy-${province}` });
        return ids;
      case 'claimed':
      case 'awarded':
        ids['claimId'] = (await step('/claims', { supportingOrganisation: partner, filedOn: PROTECTION_DATES.filed })).claimId!;
        if (upTo === 'awarded') await step(`/claims/${ids['claimId']}/award`, { amount: 250000, currency: 'USD', awardedOn: PROTECTION_DATES.awarded });
        return ids;
      case 'assessed':
      case 'integrated':
      case 'closed':
        await step('/family-assessment', { assessedOn: PROTECTION_DATES.assessed, outcome: 'suitable', assessedBy: partner });
        if (upTo !== 'assessed') await step('/integration', { integratedBy: partner, integratedOn: PROTECTION_DATES.integrated, province });
        if (upTo === 'closed') await step('/closure', { closedOn: PROTECTION_DATES.closed, reason: 'follow_up_completed' });
        return ids;
    }
  }
}
