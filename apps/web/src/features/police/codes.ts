import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPLOITATION_TYPES, NATIONALITIES, OFFENCES, PROVINCES, SEXES } from '@casetrail/kernel';
import { CLOSURE_REASONS, HAND_OVER_DESTINATIONS, POLICE_UNITS, RELEASE_REASONS } from '@casetrail/enforcement-contracts';
import { nationalUnitName, provinceName } from '../../reference/words';

export { cambodianLocalToIso, isoToCambodianLocal, todayInCambodia } from '../../i18n/cambodia-time';

/*
 * The code lists the enforcement API accepts (the same reference libraries the server validates
 * with), and each code in words in the user's language: codes never reach the screen raw.
 */

export const PROVINCE_CODES: readonly string[] = PROVINCES.map((p) => p.code);
export const OFFENCE_CODES: readonly string[] = OFFENCES.map((o) => o.code);
export const UNIT_CODES = POLICE_UNITS.map((u) => u.code);
export const CASE_STATUSES = ['open', 'forwarded', 'closed'] as const;
export { CLOSURE_REASONS, EXPLOITATION_TYPES, HAND_OVER_DESTINATIONS, RELEASE_REASONS, SEXES };

/** Nationalities named in Khmer too; the others show their English short name. */
const NAMED_NATIONALITIES = ['KHM', 'THA', 'VNM', 'LAO', 'CHN', 'MYS', 'MMR', 'IDN', 'KOR', 'XXA'];

export function unitOfCode(code: string | undefined | null) {
  return POLICE_UNITS.find((u) => u.code === code);
}

export interface Option {
  value: string;
  label: string;
}

/** Every code list of police work in words, for tables, selects and history sentences. */
export function useLabels() {
  const { t, i18n } = useTranslation('police');
  return useMemo(() => {
    const province = (code: string | null | undefined) => (code ? provinceName(t, code) : '—');
    const unit = (code: string | null | undefined) => {
      if (!code) return '—';
      const known = unitOfCode(code);
      if (!known) return code;
      if (known.province === null) return nationalUnitName(t, code, known.name);
      return t(known.type === 'gendarmerie' ? 'unit.gendarmerie' : 'unit.police', { province: province(known.province) });
    };
    const nationality = (code: string | null | undefined) => {
      if (!code) return '—';
      if (NAMED_NATIONALITIES.includes(code)) return t(`nationality.${code}`);
      return NATIONALITIES.find((n) => n.code === code)?.name ?? code;
    };
    const labels = {
      province,
      unit,
      nationality,
      offence: (code: string) => t(`offence.${code}`, { defaultValue: code }),
      status: (code: string) => t(`status.${code}`, { defaultValue: code }),
      sex: (code: string) => t(`common:sex.${code}`, { defaultValue: code }),
      exploitation: (code: string) => t(`exploitation.${code}`, { defaultValue: code }),
      releaseReason: (code: string) => t(`releaseReason.${code}`, { defaultValue: code }),
      closureReason: (code: string) => t(`closureReason.${code}`, { defaultValue: code }),
      destination: (code: string) => t(`destination.${code}`, { defaultValue: code }),
      ageBand: (code: string | null | undefined) => (code ? t(`ageBand.${code}`, { defaultValue: code }) : '—'),
    };
    const options = {
      provinces: (codes: readonly string[] = PROVINCE_CODES): Option[] => codes.map((c) => ({ value: c, label: province(c) })),
      units: (codes: readonly string[] = UNIT_CODES): Option[] => codes.map((c) => ({ value: c, label: unit(c) })),
      offences: (): Option[] => OFFENCE_CODES.map((c) => ({ value: c, label: labels.offence(c) })),
      statuses: (): Option[] => CASE_STATUSES.map((c) => ({ value: c, label: labels.status(c) })),
      sexes: (): Option[] => SEXES.map((c) => ({ value: c, label: labels.sex(c) })),
      nationalities: (): Option[] => [
        ...NAMED_NATIONALITIES.map((c) => ({ value: c, label: nationality(c) })),
        ...NATIONALITIES.filter((n) => !NAMED_NATIONALITIES.includes(n.code)).map((n) => ({ value: n.code, label: n.name })),
      ],
      exploitations: (): Option[] => EXPLOITATION_TYPES.map((c) => ({ value: c, label: labels.exploitation(c) })),
      releaseReasons: (): Option[] => RELEASE_REASONS.map((c) => ({ value: c, label: labels.releaseReason(c) })),
      closureReasons: (): Option[] => CLOSURE_REASONS.map((c) => ({ value: c, label: labels.closureReason(c) })),
      destinations: (): Option[] => HAND_OVER_DESTINATIONS.map((c) => ({ value: c, label: labels.destination(c) })),
    };
    return { ...labels, options, language: i18n.language };
  }, [t, i18n.language]);
}

export type Labels = ReturnType<typeof useLabels>;
