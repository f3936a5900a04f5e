// The same data as the map, as a table that works by keyboard and screen reader: sortable
// columns, each name a button that opens the panel and a link to the node on the map, a skip
// link to the first row, exports as CSV (for a German Excel) and XLSX; invented rows marked.
// When the filters leave nothing, it says which ones.

import { useState } from 'react';
import { EmptyResult } from '../../components/EmptyResult';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { ExportMenuTable } from '../../components/ExportMenuTable';
import { FilterPanel } from '../../components/FilterPanel';
import { SyntheticBadge } from '../../components/nodePanel/PanelParts';
import { translateValue, useI18n } from '../../core/i18n';
import { type LandscapeNode, landName, useLandscapeModel } from '../../core/landscape';
import { formatPersonCount, lowerBound } from '../../core/personCount';
import { setViewState, type ViewState } from '../../core/urlState';

type Column = 'name' | 'kind' | 'members' | 'persons' | 'level' | 'bundesland';

export function TableView({ state }: { state: ViewState }) {
  const { t, lang, num } = useI18n();
  const { landscape, aggregated, visible } = useLandscapeModel(state);
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: 'members', descending: true });
  if (landscape.isPending) return <Loading text={t('loadingLandscape')} />;
  if (landscape.error) return <ErrorMessage error={landscape.error} onRetry={() => landscape.refetch()} />;
  if (!aggregated || !visible) return null;

  const kindText = (n: LandscapeNode) => t(`kind${n.kind}`);
  const value = (n: LandscapeNode, column: Column): string | number =>
    column === 'kind'
      ? kindText(n)
      : column === 'level'
        ? translateValue(lang, 'level', n.level)
        : column === 'bundesland'
          ? landName(n.bundesland)
          : column === 'persons'
            ? lowerBound(n.persons)
            : (n[column] ?? '');
  const rows = aggregated.nodes
    .filter((n) => visible.has(n.id))
    .sort((a, b) => {
      const x = value(a, sort.column);
      const y = value(b, sort.column);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'de');
      return (sort.descending ? -order : order) || a.name.localeCompare(b.name, 'de');
    });
  const columns: [Column, string][] = [
    ['name', t('name')],
    ['kind', t('type')],
    ['members', t('weight')],
    ['persons', t('persons')],
    ['level', t('level')],
    ['bundesland', t('bundesland')],
  ];
  const table = () => ({
    header: ['id', ...columns.map(([, label]) => label), t('synthetic')],
    rows: rows.map((n) => [n.id, ...columns.map(([c]) => (c === 'persons' ? formatPersonCount(n.persons, t) : value(n, c))), n.synthetic]),
  });

  if (!rows.length) {
    return (
      <div className="with-filters">
        <FilterPanel filters={state.filters} landscape={aggregated} />
        <EmptyResult filters={state.filters} />
      </div>
    );
  }

  return (
    <div className="with-filters">
      <FilterPanel filters={state.filters} landscape={aggregated} />
      <section className="table-view" aria-labelledby="table-heading">
        <h2 id="table-heading">{t('viewTable')}</h2>
        <a className="skip-link" href="#first-row">
          {t('skipToTable')}
        </a>
        <ExportMenuTable table={table} baseName="netzwerkatlas-tabelle" sheet={t('viewTable')} />
        <p className="note">{t('weightHelp')}</p>
        <table className="data-table" data-testid="landscape-table">
          <caption>
            {t('tableCaption')} ({rows.length})
          </caption>
          <thead>
            <tr>
              {columns.map(([column, label]) => (
                <th key={column} scope="col" aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                  <button
                    type="button"
                    className="sort"
                    aria-label={t('sortBy', { column: label })}
                    onClick={() => setSort((s) => ({ column, descending: s.column === column ? !s.descending : column !== 'name' }))}
                  >
                    {label}
                    <span aria-hidden="true">{sort.column === column ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((n, i) => (
              <tr key={n.id} aria-current={state.node === n.id ? 'true' : undefined} className={n.synthetic ? 'synthetic-item' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link"
                    id={i === 0 ? 'first-row' : undefined}
                    onClick={() => setViewState({ node: n.id }, { push: true })}
                  >
                    {n.name}
                  </button>
                  {n.synthetic && <SyntheticBadge />}{' '}
                  <a
                    className="on-map"
                    href={`?node=${encodeURIComponent(n.id)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      setViewState({ view: 'landscape', node: n.id }, { push: true });
                    }}
                  >
                    {t('showOnMap')}
                  </a>
                </th>
                <td>{kindText(n)}</td>
                <td>{num(n.members)}</td>
                <td>{formatPersonCount(n.persons, t)}</td>
                <td>{translateValue(lang, 'level', n.level)}</td>
                <td>{landName(n.bundesland)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="note">{t('syntheticNote')}</p>
      </section>
    </div>
  );
}
