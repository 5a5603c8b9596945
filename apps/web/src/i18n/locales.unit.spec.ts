import { resources as eager } from './index';
import enIntake from './locales/en/intake.json';
import kmIntake from './locales/km/intake.json';

// The lazily loaded namespaces are checked alike.
const resources = { en: { ...eager.en, intake: enIntake }, km: { ...eager.km, intake: kmIntake } };

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}

function valueAt(tree: Tree, path: string): string | undefined {
  return path.split('.').reduce<string | Tree | undefined>((node, key) => (node && typeof node === 'object' ? node[key] : undefined), tree) as string | undefined;
}

const KHMER = /[\u1780-\u17FF]/;
// Strings that are the same in both languages: names, codes and formats, not words.
const SAME_IN_BOTH = new Set(['common:appName', 'common:language.en', 'common:language.km', 'common:signIn.scope', 'common:paging.summary']);

describe('translations', () => {
  const namespaces = Object.keys(resources.en) as (keyof typeof resources.en)[];

  it.each(namespaces)('%s has the same keys in English and Khmer', (ns) => {
    expect(keysOf(resources.km[ns] as Tree).sort()).toEqual(keysOf(resources.en[ns] as Tree).sort());
  });

  it.each(namespaces)('%s is written in Khmer in Khmer, with the same placeholders', (ns) => {
    for (const key of keysOf(resources.en[ns] as Tree)) {
      const en = valueAt(resources.en[ns] as Tree, key)!;
      const km = valueAt(resources.km[ns] as Tree, key)!;
      const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
      expect({ key, placeholders: placeholders(km) }).toEqual({ key, placeholders: placeholders(en) });
      if (!SAME_IN_BOTH.has(`${ns}:${key}`) && /[A-Za-z]{3}/.test(en.replace(/\{\{\w+\}\}/g, '').replace(/\b(CSV|npm run users -- add|casetrail)\b/g, ''))) {
        expect({ key, khmer: KHMER.test(km) }).toEqual({ key, khmer: true });
      }
    }
  });
});
