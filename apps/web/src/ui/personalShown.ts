import type { TFunction } from 'i18next';

/** A person's identifying data as the API answers it: opened, withheld for the reader's role, or forgotten. */
export type PersonalView = { fullName?: string; birthDate?: string } | { restricted: true } | { forgotten: true };

export interface PersonalShown {
  name: string;
  birthDate: string | null;
  shown: 'opened' | 'withheld' | 'forgotten' | 'none';
}

/**
 * The name and birth date to show, or why they are not shown, in the words of the feature's
 * namespace (`person.notRecorded`, `person.withheld`, `person.forgotten`).
 */
export function personalShown(t: TFunction, p: PersonalView | null | undefined): PersonalShown {
  if (!p || typeof p !== 'object') return { name: t('person.notRecorded'), birthDate: null, shown: 'none' };
  if ('restricted' in p) return { name: t('person.withheld'), birthDate: null, shown: 'withheld' };
  if ('forgotten' in p) return { name: t('person.forgotten'), birthDate: null, shown: 'forgotten' };
  if (!p.fullName && !p.birthDate) return { name: t('person.notRecorded'), birthDate: null, shown: 'none' };
  return { name: p.fullName ?? t('person.notRecorded'), birthDate: p.birthDate ?? null, shown: 'opened' };
}
