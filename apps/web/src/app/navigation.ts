import type { Role } from '../auth/session';

export interface NavItem {
  /** i18n key in the common namespace. */
  label: string;
  to: string;
  roles: readonly Role[];
}

/**
 * The screens each role works on. The API decides access again on every call; this only keeps
 * a user from being shown doors that are locked for them.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'nav.policeCases', to: '/police/cases', roles: ['police', 'prosecutor', 'auditor', 'admin'] },
  { label: 'nav.courtFiles', to: '/court/files', roles: ['prosecutor', 'judge', 'auditor'] },
  { label: 'nav.deadlines', to: '/court/deadlines', roles: ['prosecutor', 'judge', 'auditor'] },
  { label: 'nav.protectionCases', to: '/protection/cases', roles: ['social_worker', 'partner_worker', 'auditor'] },
  { label: 'nav.overdueFollowUps', to: '/protection/follow-ups', roles: ['social_worker', 'partner_worker'] },
  { label: 'nav.receptions', to: '/intake/receptions', roles: ['border_official', 'police', 'social_worker', 'auditor', 'statistician'] },
  { label: 'nav.screenings', to: '/intake/screenings', roles: ['border_official', 'police', 'social_worker', 'auditor', 'statistician'] },
  { label: 'nav.bodies', to: '/intake/bodies', roles: ['border_official', 'police', 'social_worker', 'auditor', 'statistician'] },
  { label: 'nav.uploads', to: '/intake/uploads', roles: ['border_official', 'police', 'social_worker'] },
  { label: 'nav.referrals', to: '/intake/referrals', roles: ['police', 'social_worker', 'partner_worker'] },
  { label: 'nav.statistics', to: '/statistics', roles: ['statistician', 'police', 'prosecutor', 'judge', 'social_worker', 'border_official', 'auditor', 'admin'] },
  { label: 'nav.audit', to: '/audit', roles: ['auditor', 'admin'] },
  { label: 'nav.forget', to: '/admin/forget', roles: ['admin'] },
  { label: 'nav.users', to: '/admin/users', roles: ['admin'] },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}
