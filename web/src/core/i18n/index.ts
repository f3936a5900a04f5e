// The UI language as React context: `useI18n()` gives the current language and its translate function.

import { createContext, useContext } from 'react';
import type { Lang, Translate } from './types';
import { formatNumber, formatPercent, type PluralKey, translatePlural, translator } from './utils';

export interface I18n {
  lang: Lang;
  t: Translate;
  /** A counted phrase in the right plural form ("1 gemeinsame Behörde", "2 gemeinsame Behörden"). */
  tn: (key: PluralKey, count: number, params?: Record<string, string | number>) => string;
  /** A number as the language writes it (0,615). */
  num: (value: number, digits?: number) => string;
  /** A share from 0 to 1 as a percentage (21 %). */
  pct: (share: number, digits?: number) => string;
}

/** Everything the UI needs to speak one language. */
export function i18nFor(lang: Lang): I18n {
  return {
    lang,
    t: translator(lang),
    tn: (key, count, params) => translatePlural(lang, key, count, params),
    num: (value, digits) => formatNumber(lang, value, digits),
    pct: (share, digits) => formatPercent(lang, share, digits),
  };
}

export const I18nContext = createContext<I18n>(i18nFor('de'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export type { Lang, MessageKey, Translate } from './types';
export { formatNumber, formatPercent, type PluralKey, translate, translatePlural, translateValue, translator } from './utils';
