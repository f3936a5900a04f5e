// The UI language as React context: `useI18n()` gives the current language and its translate function.

import { createContext, useContext } from 'react';
import type { Lang, Translate } from './types';
import { translator } from './utils';

export interface I18n {
  lang: Lang;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ lang: 'de', t: translator('de') });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export type { Lang, MessageKey, Translate } from './types';
export { translate, translateValue, translator } from './utils';
