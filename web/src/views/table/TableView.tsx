// The same data as the map, as a table that works by keyboard and screen reader: sortable
// columns, each name a button that opens the panel, CSV export.

import { useState } from 'react';
import { EmptyResult } from '../../components/EmptyResult';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { FilterPanel } from '../../components/FilterPanel';
import { exportCsv, toCsv } from '../../core/export';
import { translateValue, useI18n } from '../../core/i18n';
import { type LandscapeNode, landName, useLandscapeModel } from '../../core/landscape';
import { formatPersonCount, lowerBound } from '../../core/personCount';
import { setViewState, type ViewState } from '../../core/urlState';

type Column = 'name' | 'kind' | 'members' | 'persons' | 'level' | 'bundesland';

export function TableView({ state }: { state: ViewState }) {
  const { t, lang } = useI18n();
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
  const csv = () =>
    exportCsv(
      'netzwerkatlas-tabelle.csv',
      toCsv(
        ['id', ...columns.map(([, label]) => label), t('synthetic')],
        rows.map((n) => [n.id, ...columns.map(([c]) => (c === 'persons' ? formatPersonCount(n.persons, t) : value(n, c))), n.synthetic]),
      ),
    );

  return (
    <div className="with-filters">
      <FilterPanel filters={state.filters} landscape={aggregated} />
      <section className="table-view" aria-labelledby="table-heading">
        <h2 id="table-heading">{t('viewTable')}</h2>
        <p>
          <button type="button" onClick={csv}>
            {t('exportCsv')}
          </button>
        </p>
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
            {rows.map((n) => (
              <tr key={n.id} aria-current={state.node === n.id ? 'true' : undefined}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => setViewState({ node: n.id }, { push: true })}>
                    {n.name}
                  </button>
                  {n.synthetic && <span className="badge">{t('synthetic')}</span>}
                </th>
                <td>{kindText(n)}</td>
                <td>{n.members}</td>
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
