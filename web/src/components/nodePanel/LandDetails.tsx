// The panel of a Land node, which the API does not know: the small authorities it stands for
// (from the aggregated landscape), and a way to show them one by one.

import { useI18n } from '../../core/i18n';
import { useAggregatedLandscape } from '../../core/landscape';
import { type DataScope, setViewState } from '../../core/urlState';

export function LandDetails({ id, expanded, land, data }: { id: string; expanded: string[]; land: string | null; data: DataScope }) {
  const { t } = useI18n();
  const { aggregated: landscape } = useAggregatedLandscape(expanded, land, data);
  const node = landscape?.nodes.find((n) => n.id === id);
  const code = id.slice('land:'.length);
  const members = node?.aggregated ?? [];
  const names = new Map(landscape?.nodes.map((n) => [n.id, n.name]));
  return (
    <>
      <p>{t('aggregatedAuthorities', { count: members.length })}</p>
      <button type="button" onClick={() => setViewState({ expand: [...expanded, code], node: null }, { push: true })}>
        {t('expandLand')}
      </button>
      <ul className="link-list">
        {members.map((m) => (
          <li key={m}>{names.get(m) ?? m}</li>
        ))}
      </ul>
    </>
  );
}
