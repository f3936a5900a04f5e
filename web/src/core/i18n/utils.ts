// Looking up a UI string: the language's entry, else German, else the key; `{name}` is replaced.

import { de, en } from './dictionary';
import type { Dictionary, Lang, MessageKey, Translate } from './types';

const dictionaries: Record<Lang, Dictionary> = { de, en };

export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = dictionaries[lang]?.[key] ?? de[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A translate function bound to one language. */
export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

/** Keys whose text is computed (e.g. `level` + `FEDERAL`); falls back to the raw value. */
export function translateValue(lang: Lang, prefix: string, value: string | null | undefined): string {
  if (!value) return '';
  const key = `${prefix}${value}` as MessageKey;
  return key in de ? translate(lang, key) : value;
}

/** The locale numbers and plurals follow: German as in Germany, English as in Britain. */
export const locale = (lang: Lang) => (lang === 'de' ? 'de-DE' : 'en-GB');

/** A number as the language writes it (0,615 in German, 0.615 in English), at most `digits` decimals. */
export function formatNumber(lang: Lang, value: number, digits = 3): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value);
}

/** A share from 0 to 1 as a percentage in the language's form ("21 %" in German, "21%" in English). */
export function formatPercent(lang: Lang, share: number, digits = 0): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: digits }).format(share);
}

/** The keys with a singular and a plural form (`<key>_one`, `<key>_other`). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never;

/** The form of `key` the language's plural rules choose for `count`, with `{count}` formatted. */
export function translatePlural(lang: Lang, key: PluralKey, count: number, params: Record<string, string | number> = {}): string {
  const form = new Intl.PluralRules(locale(lang)).select(count) === 'one' ? 'one' : 'other';
  return translate(lang, `${key}_${form}` as MessageKey, { ...params, count: formatNumber(lang, count) });
}

export function isLang(value: unknown): value is Lang {
  return value === 'de' || value === 'en';
}
