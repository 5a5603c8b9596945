import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PROVINCES } from '@casetrail/kernel';
import { POLICE_UNITS } from '@casetrail/enforcement-contracts';
import { COURTS } from '@casetrail/court-contracts';
import { PROTECTION_ORGANISATIONS, type OrganisationKind } from '@casetrail/protection-contracts';
import { INTAKE_UNITS } from '@casetrail/intake-contracts';
import { ROLES, type Role } from '../../../auth/session';
import { useProtectionText } from '../../protection/useProtectionText';
import { useIntakeText } from '../../intake/useIntakeText';

/*
 * What a local account may be given, from the same reference libraries the server checks a new
 * user against (UNITS_OF_ROLE of the casetrail app: police units for police, the courts for
 * prosecutors and judges, the ministry and the departments of social affairs for social workers,
 * the partner organisations for partner workers, the intake units for border officials), and each
 * code in words in the user's language.
 */

/** The password rules of the API (NewPasswordDto). */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;
/** The username rule of the API (CreateLocalUserDto). */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;
export const NAME_MAX = 200;
/** A national user's provinces. */
export const NATIONAL = '*';

export { ROLES, type Role };
export const PROVINCE_CODES: readonly string[] = PROVINCES.map((p) => p.code);

export interface UnitOption {
  code: string;
  /** null: a national unit, which may act in any province. */
  province: string | null;
  kind: 'provincial_police' | 'gendarmerie' | 'national' | 'court' | 'intake' | OrganisationKind;
}

const organisationsOf = (kinds: readonly OrganisationKind[]): UnitOption[] =>
  PROTECTION_ORGANISATIONS.filter((o) => kinds.includes(o.kind)).map((o) => ({ code: o.code, province: o.province, kind: o.kind }));

const UNITS_OF_ROLE: Partial<Record<Role, readonly UnitOption[]>> = {
  police: POLICE_UNITS.map((u) => ({ code: u.code, province: u.province, kind: u.province === null ? 'national' : u.type === 'gendarmerie' ? 'gendarmerie' : 'provincial_police' })),
  prosecutor: COURTS.map((c) => ({ code: c.code, province: c.province, kind: 'court' })),
  judge: COURTS.map((c) => ({ code: c.code, province: c.province, kind: 'court' })),
  social_worker: organisationsOf(['ministry', 'municipal_department', 'provincial_department']),
  partner_worker: organisationsOf(['partner_organisation']),
  // A border official may name the receiving unit they work for (a police commissariat, the
  // border liaison office, the ministry of foreign affairs, social affairs).
  border_official: INTAKE_UNITS.map((u) => ({ code: u.code, province: u.province, kind: 'intake' })),
};

/**
 * Police must name their unit, and a partner worker their organisation: it is their whole scope
 * (the cases referred to it), so without one they would reach nothing and the server refuses
 * the account. Prosecutors and judges may name their court, social workers their department;
 * others have none.
 */
export function unitRule(role: Role | null | undefined): 'required' | 'optional' | 'none' {
  if (!role) return 'none';
  if (role === 'police' || role === 'partner_worker') return 'required';
  return UNITS_OF_ROLE[role] ? 'optional' : 'none';
}

/** Whether a role's unit is a protection organisation (the ministry, a department, a partner), named so on the form. */
export function unitIsOrganisation(role: Role | null | undefined): boolean {
  return role === 'social_worker' || role === 'partner_worker';
}

/** The units a user of `role` in `provinces` may report for (as the server checks: a provincial unit of one of them, or a national one). */
export function unitsFor(role: Role | null | undefined, provinces: readonly string[]): UnitOption[] {
  const all = role ? (UNITS_OF_ROLE[role] ?? []) : [];
  const national = provinces.includes(NATIONAL);
  return all.filter((u) => u.province === null || national || provinces.includes(u.province));
}

// The intake units come last: `mosvy` and `dosvy-…` are also social workers' organisations, named alike.
const ALL_UNITS = new Map<string, UnitOption>(Object.entries(UNITS_OF_ROLE).flatMap(([role, units]) => (role === 'border_official' ? units.filter((u) => !/^(mosvy|dosvy-)/.test(u.code)) : units).map((u) => [u.code, u] as const)));
const ORGANISATION_KINDS: readonly UnitOption['kind'][] = ['ministry', 'municipal_department', 'provincial_department', 'partner_organisation'];

export interface Option {
  value: string;
  label: string;
}

/** Roles, provinces and units in words (codes never reach the screen raw). */
export function useUserLabels() {
  const { t } = useTranslation('admin');
  // Organisations are named as the protection screens name them (partners by their own names).
  const { organisation } = useProtectionText();
  const { unit: intakeUnit } = useIntakeText();
  return useMemo(() => {
    const role = (code: string) => t(`common:roles.${code}`, { defaultValue: code });
    const province = (code: string) => (code === NATIONAL ? t('users.allProvinces') : t(`users.province.${code}`, { defaultValue: code }));
    const provinces = (codes: readonly string[]) => codes.map(province).join(', ');
    const unit = (code: string | null | undefined) => {
      if (!code) return '—';
      const known = ALL_UNITS.get(code);
      if (!known) return code;
      if (ORGANISATION_KINDS.includes(known.kind)) return organisation(code);
      if (known.kind === 'intake') return intakeUnit(code);
      if (known.kind === 'national') return t(`users.unit.national.${code}`, { defaultValue: code });
      return t(`users.unit.${known.kind}`, { province: province(known.province ?? '') });
    };
    return {
      role,
      province,
      provinces,
      unit,
      roleOptions: (): Option[] => ROLES.map((r) => ({ value: r, label: role(r) })),
      provinceOptions: (codes: readonly string[] = PROVINCE_CODES): Option[] => codes.map((c) => ({ value: c, label: province(c) })),
      unitOptions: (units: readonly UnitOption[]): Option[] => units.map((u) => ({ value: u.code, label: unit(u.code) })),
    };
  }, [t, organisation, intakeUnit]);
}
