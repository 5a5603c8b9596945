import { useMemo } from 'react';
import { useSession } from '../../../auth/AuthProvider';
import { isNational } from '../../../auth/session';
import { organisationsFor, SHELTERS } from '../codes';
import { useProtectionText, type Option } from '../useProtectionText';

/**
 * The organisations a form offers: a partner worker acts for their own organisation only (the
 * token's unit, which the API checks); a social worker chooses among the ministry, the departments
 * of their provinces and the partners.
 */
export function useOrganisationChoices() {
  const { user } = useSession();
  const text = useProtectionText();
  return useMemo(() => {
    const partner = user.role === 'partner_worker';
    const own = user.unit ?? '';
    const all = organisationsFor(isNational(user) ? '*' : user.provinces);
    const asOptions = (list: readonly { code: string }[]): Option[] => text.organisationOptions(list);
    return {
      partner,
      own,
      /** Who acts (delivers a service, supports a claim, integrates, visits). */
      actors: partner ? asOptions([{ code: own }]) : asOptions(all),
      /** Any organisation a case is sent to or from. */
      any: asOptions(all),
      /** Shelters: a partner's own only. */
      shelters: partner ? asOptions(SHELTERS.filter((s) => s.code === own)) : asOptions(SHELTERS),
      /** Integrating organisations: departments and partners (not the ministry). */
      integrators: partner ? asOptions([{ code: own }]) : asOptions(all.filter((o) => o.kind !== 'ministry')),
      /** The organisation a form starts with: the partner's own, or the department of the user's (first) province. */
      defaultActor: partner ? own : isNational(user) ? '' : `dosvy-${user.provinces[0] ?? ''}`,
    };
  }, [user, text]);
}
