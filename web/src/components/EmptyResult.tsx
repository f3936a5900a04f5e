// When the filters leave nothing to show: which filters hide everything, and a way to reset them.

import { translateValue, useI18n } from '../core/i18n';
import { landName, NODE_KINDS } from '../core/landscape';
import { type Filters, getEmptyFilters, setViewState } from '../core/urlState';

/** The filters that narrow the view, each in words ("Ebene: Bund"). */
export function activeFilters(filters: Filters, t: ReturnType<typeof useI18n>['t'], lang: ReturnType<typeof useI18n>['lang']): string[] {
  const parts: string[] = [];
  const hiddenKinds = NODE_KINDS.filter((k) => !filters.kinds.includes(k));
  if (hiddenKinds.length) parts.push(`${t('filterKinds')}: ${filters.kinds.map((k) => t(`kind${k}`)).join(', ') || '–'}`);
  if (filters.topics.length) parts.push(`${t('filterTopics')}: ${filters.topics.length}`);
  if (filters.level) parts.push(`${t('filterLevel')}: ${translateValue(lang, 'level', filters.level)}`);
  if (filters.land) parts.push(`${t('filterLand')}: ${landName(filters.land)}`);
  if (filters.typology) parts.push(`${t('filterTypology')}: ${translateValue(lang, 'typology', filters.typology)}`);
  if (filters.governance) parts.push(`${t('filterGovernance')}: ${translateValue(lang, 'governance', filters.governance)}`);
  if (filters.term !== 'all') parts.push(`${t('filterTerm')}: ${t(filters.term === 'running' ? 'termRunning' : 'termEnded')}`);
  if (filters.data !== 'all') parts.push(`${t('dataLabel')}: ${t(filters.data === 'real' ? 'dataReal' : 'dataSynthetic')}`);
  return parts;
}

export function EmptyResult({ filters }: { filters: Filters }) {
  const { t, lang } = useI18n();
  const parts = activeFilters(filters, t, lang);
  return (
    <section className="empty-result" role="status" aria-labelledby="empty-title" data-testid="empty-result">
      <h2 id="empty-title">{t('emptyTitle')}</h2>
      {parts.length > 0 && <p>{t('emptyBecause', { filters: parts.join('; ') })}</p>}
      <button type="button" className="primary" onClick={() => setViewState({ filters: getEmptyFilters() })}>
        {t('emptyReset')}
      </button>
    </section>
  );
}
