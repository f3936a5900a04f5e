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

export function isLang(value: unknown): value is Lang {
  return value === 'de' || value === 'en';
}
