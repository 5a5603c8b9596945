import { PROVINCES, isProvinceCode } from '@casetrail/kernel';
import { UNIT_SCOPED_ROLES, isUserId, USER_ID_RULE, type ReportingUnit, type Role } from '@casetrail/platform-nest';

/** The units each role may report for (police units; the courts for prosecutors and judges). A role not listed has none. */
export type UnitsOfRole = Partial<Record<Role, readonly ReportingUnit[]>>;

export interface ClaimsAsked {
  role: Role;
  provinces: readonly string[];
  unit?: string;
  user: string;
}

/** How a problem names what was asked: the command-line flags, or the fields of a request body. */
export interface ClaimNames {
  /** What is being made: a token, a user. */
  what: string;
  user: string;
  province: string;
  unit: string;
  /**
   * Whether a problem may quote the unknown value: yes on the command line (the person typed
   * it), no in an HTTP answer, which never repeats what the client sent.
   */
  quoteValues: boolean;
}

export const TOKEN_FLAG_NAMES: ClaimNames = { what: 'token', user: '--user', province: '--province', unit: '--unit', quoteValues: true };
export const USER_FLAG_NAMES: ClaimNames = { what: 'user', user: 'id', province: '--province', unit: '--unit', quoteValues: true };
export const USER_FIELD_NAMES: ClaimNames = { what: 'user', user: 'id', province: 'provinces', unit: 'unit', quoteValues: false };

/**
 * Checks the claims of a user or a token against the reference lists, the way the verifier
 * will: returns the first problem (naming the flag or field and the unknown value, and
 * suggesting the closest code), or null when a token with these claims would be accepted.
 * Shared by `npm run token`, `npm run users` and the admin routes of local accounts.
 */
export function problemWithClaims({ role, provinces, unit, user }: ClaimsAsked, unitsOfRole: UnitsOfRole, names: ClaimNames = TOKEN_FLAG_NAMES): string | null {
  if (!isUserId(user)) return `${names.user} must be a user id (${USER_ID_RULE})`;
  if (provinces.length === 0) return `${names.province} needs at least one province code, or "*" for a national user`;
  if (provinces.includes('*') && provinces.length > 1) return `${names.province} "*" (a national user) stands alone, without provinces`;
  for (const province of provinces) {
    if (province === '*' || isProvinceCode(province)) continue;
    const guess = closestCode(province, PROVINCES.map((p) => ({ code: p.code, aliases: [p.name, p.iso3166_2] })));
    const named = names.quoteValues ? `Unknown province "${province}"` : `${names.province} names an unknown province`;
    return `${named}: ${guess ? `did you mean "${guess}"?` : `use a province code (${PROVINCES.map((p) => p.code).join(', ')}) or "*"`}`;
  }
  const units = unitsOfRole[role] ?? [];
  if (unit === undefined) {
    if (UNIT_SCOPED_ROLES.includes(role)) {
      // A unit-scoped user (a partner worker) reaches only records open to their unit: without one, nothing.
      return `A ${role} ${names.what} needs ${names.unit} (the organisation they work for, their whole scope), e.g. ${unitsFor(provinces, units)}`;
    }
    if (role !== 'police') return null;
    // Every event a police officer records names the unit; a token without one is of little use.
    return `A police ${names.what} needs ${names.unit} (the unit the officer reports for), e.g. ${unitsFor(provinces, units)}`;
  }
  if (units.length === 0) return `Role ${role} has no units casetrail knows; leave out ${names.unit}`;
  const known = units.find((u) => u.code === unit);
  if (!known) {
    const guess = closestCode(unit, units.map((u) => ({ code: u.code, aliases: [] })));
    const named = names.quoteValues ? `Unknown ${role} unit "${unit}"` : `${names.unit} is not a ${role} unit casetrail knows`;
    return `${named}: ${guess ? `did you mean "${guess}"?` : `units for ${provinces.join(', ')}: ${unitsFor(provinces, units)}`}`;
  }
  if (known.province !== null && !provinces.includes('*') && !provinces.includes(known.province)) {
    return `Unit ${unit} works in ${known.province}, which is not among ${names.province} ${provinces.join(' ')}`;
  }
  return null;
}

/** The units of the given provinces, then the national ones. */
function unitsFor(provinces: readonly string[], units: readonly ReportingUnit[]): string {
  const national = provinces.includes('*');
  return units
    .filter((u) => u.province === null || national || provinces.includes(u.province))
    .sort((a, b) => Number(a.province === null) - Number(b.province === null))
    .map((u) => u.code)
    .join(', ');
}

const normalise = (text: string) => text.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/**
 * The code the user most likely meant: one whose code, name or other code matches once case and
 * punctuation are ignored ("Battambang", "KH-2" → battambang), else the nearest by edit distance
 * when it is near enough to be a typo.
 */
export function closestCode(value: string, candidates: ReadonlyArray<{ code: string; aliases: readonly string[] }>): string | undefined {
  const wanted = normalise(value);
  if (!wanted) return undefined;
  const exact = candidates.find((c) => [c.code, ...c.aliases].some((name) => normalise(name) === wanted));
  if (exact) return exact.code;
  let best: { code: string; distance: number } | undefined;
  for (const c of candidates) {
    const distance = editDistance(wanted, c.code);
    if (!best || distance < best.distance) best = { code: c.code, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(wanted.length / 4)) ? best.code : undefined;
}

/** Levenshtein distance. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
