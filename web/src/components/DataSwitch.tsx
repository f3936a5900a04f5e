// The page's data switch: with Beispieldaten, only what the sources document, or only the
// Beispieldaten. It applies everywhere (map, table, panels, overlaps, exports), so it sits in
// the header, and every change goes into the URL.

import { useId } from 'react';
import { useI18n } from '../core/i18n';
import type { MessageKey } from '../core/i18n/types';
import { type DataScope, setViewState } from '../core/urlState';

const CHOICES: [DataScope, MessageKey][] = [
  ['all', 'dataAll'],
  ['real', 'dataReal'],
  ['synthetic', 'dataSynthetic'],
];

export function DataSwitch({ value }: { value: DataScope }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <fieldset className="data-switch" aria-describedby={`${id}-help`}>
      <legend>{t('dataLabel')}</legend>
      {CHOICES.map(([scope, label]) => (
        <label key={scope} className={scope === value ? 'checked' : undefined}>
          <input
            type="radio"
            name={`${id}-data`}
            value={scope}
            checked={scope === value}
            onChange={() => setViewState((s) => ({ filters: { ...s.filters, data: scope } }))}
          />
          {t(label)}
        </label>
      ))}
      <span id={`${id}-help`} className="visually-hidden">
        {t('dataHelp')}
      </span>
    </fieldset>
  );
}
