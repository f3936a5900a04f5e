// The filters of the landscape: node types, topics, level, Bundesland, typology, governance and
// term (the data scope is the page's data switch, in the header). Every change goes into the URL.

import { useId, useState } from 'react';
import { GOVERNANCES, LEVELS, TYPOLOGIES } from '../core/api/enums';
import { translateValue, useI18n } from '../core/i18n';
import { BUNDESLAENDER, type Landscape, NODE_KINDS, type NodeKind } from '../core/landscape';
import { type Filters, getEmptyFilters, setViewState } from '../core/urlState';

function Select({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: [string, string][];
  onChange: (v: string) => void;
}) {
  const id = useId();
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('any')}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterPanel({ filters, landscape }: { filters: Filters; landscape: Landscape }) {
  const { t, lang } = useI18n();
  const set = (patch: Partial<Filters>) => setViewState((s) => ({ filters: { ...s.filters, ...patch } }));
  const topics = landscape.nodes.filter((n) => n.kind === 'Topic').sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const lands = [...new Set(landscape.nodes.map((n) => n.bundesland).filter((b): b is string => Boolean(b)))].sort();
  const toggleKind = (kind: NodeKind) =>
    set({ kinds: filters.kinds.includes(kind) ? filters.kinds.filter((k) => k !== kind) : [...filters.kinds, kind] });
  const kindsShown = NODE_KINDS.filter((k) => k !== 'Land' || landscape.nodes.some((n) => n.kind === 'Land'));
  // On a phone the map comes first: the filters start folded (CSS puts them under the map).
  const [open, setOpen] = useState(() => !window.matchMedia?.('(max-width: 800px)').matches);

  return (
    <details className="filters" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('filters')}</summary>
      <fieldset>
        <legend>{t('filterKinds')}</legend>
        {kindsShown.map((kind) => (
          <label key={kind} className="check">
            <input type="checkbox" checked={filters.kinds.includes(kind)} onChange={() => toggleKind(kind)} />
            {t(`kind${kind}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="filter-topics">{t('filterTopics')}</label>
        <select
          id="filter-topics"
          multiple
          size={Math.min(6, Math.max(2, topics.length))}
          value={filters.topics}
          onChange={(e) => set({ topics: [...e.target.selectedOptions].map((o) => o.value) })}
        >
          {topics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {topic.name}
            </option>
          ))}
        </select>
      </div>
      <Select
        label={t('filterLevel')}
        value={filters.level ?? ''}
        options={LEVELS.map((l) => [l, translateValue(lang, 'level', l)])}
        onChange={(v) => set({ level: v || null })}
      />
      <Select
        label={t('filterLand')}
        value={filters.land ?? ''}
        options={lands.map((l) => [l, BUNDESLAENDER[l] ?? l])}
        onChange={(v) => set({ land: v || null })}
      />
      <Select
        label={t('filterTypology')}
        value={filters.typology ?? ''}
        options={TYPOLOGIES.map((v) => [v, translateValue(lang, 'typology', v)])}
        onChange={(v) => set({ typology: v || null })}
      />
      <Select
        label={t('filterGovernance')}
        value={filters.governance ?? ''}
        options={GOVERNANCES.map((v) => [v, translateValue(lang, 'governance', v)])}
        onChange={(v) => set({ governance: v || null })}
      />
      <Select
        label={t('filterTerm')}
        value={filters.term === 'all' ? '' : filters.term}
        options={[
          ['running', t('termRunning')],
          ['ended', t('termEnded')],
        ]}
        onChange={(v) => set({ term: (v || 'all') as Filters['term'] })}
      />
      <button type="button" onClick={() => setViewState((s) => ({ filters: { ...getEmptyFilters(), data: s.filters.data } }))}>
        {t('filterReset')}
      </button>
    </details>
  );
}
