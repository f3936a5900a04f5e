// Networks only, linked by shared authorities or persons (Query.overlapMatrix), with a threshold
// slider, a heat map of the matrix with a table alternative, and the topic-redundancy list.
// The graph draws the backbone of the pairs (each network's strongest partners) and says how
// many it hides; the heat map opens the pair a cell stands for. Invented networks, and overlaps
// that count invented members (the matrix of the sources only says which), carry the
// Beispieldaten marks.

import { useMemo, useState } from 'react';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { ExportMenu } from '../../components/ExportMenu';
import { Legend, type LegendEntry, type SyntheticLegend } from '../../components/Legend';
import { SigmaGraph } from '../../components/SigmaGraph';
import { exportCsv, toCsv } from '../../core/export';
import { useI18n } from '../../core/i18n';
import { CLUSTER_COLORS, clusterColor, useNetworkFacts } from '../../core/landscape';
import {
  backbone,
  backboneK,
  cellsAtThreshold,
  type MatrixCell,
  matrixOrder,
  maxShared,
  overlapGraph,
  overlapGroups,
  overlapMarks,
  overlapPositions,
  useOverlapMatrix,
  useTopicRedundancy,
} from '../../core/overlap';
import { renderChoice } from '../../core/render/size';
import { setViewState, type ViewState } from '../../core/urlState';
import { ReducersController } from '../landscape/controllers/ReducersController';
import { HeatMap } from './HeatMap';
import { OverlapPair } from './OverlapPair';

// Networks only (hundreds at most), so every name is worth showing: sigma offers every label in
// view (no size threshold, no limit per grid cell) and the label layer keeps those that fit.
const OTHER = '#c0c6cf';
const LABEL_SETTINGS = { labelRenderedSizeThreshold: 0, labelDensity: Number.POSITIVE_INFINITY };

function TopicRedundancy() {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useTopicRedundancy();
  if (isPending) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={() => refetch()} />;
  const header = [t('pairA'), t('pairB'), t('sharedTopics'), t('sharedAuthorities'), t('score')];
  const rows = data.map((r) => [r.a.name, r.b.name, r.sharedTopics.map((x) => x.name).join(', '), r.sharedAuthorities, r.score.toFixed(2)]);
  return (
    <section aria-labelledby="redundancy-heading">
      <h2 id="redundancy-heading">{t('topicRedundancy')}</h2>
      <button type="button" onClick={() => exportCsv('netzwerkatlas-themen-redundanz.csv', toCsv(header, rows))}>
        {t('exportCsv')}
      </button>
      <ol className="redundancy">
        {data.map((r) => (
          <li key={`${r.a.id}-${r.b.id}`}>
            <button type="button" className="link" onClick={() => setViewState({ node: r.a.id }, { push: true })}>
              {r.a.shortName ?? r.a.name}
            </button>
            {' & '}
            <button type="button" className="link" onClick={() => setViewState({ node: r.b.id }, { push: true })}>
              {r.b.shortName ?? r.b.name}
            </button>
            <span className="note-inline">
              {' '}
              {t('sharedTopics')}: {r.sharedTopics.map((x) => x.name).join(', ')} · {r.sharedAuthorities} {t('sharedAuthorities')}
              {r.related && ` · ${t('related')}`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function OverlapView({ state }: { state: ViewState }) {
  const { t } = useI18n();
  const [asTable, setAsTable] = useState(false);
  const [pair, setPair] = useState<MatrixCell | null>(null);
  const scope = state.filters.data;
  const { data: matrix, error, isPending, refetch } = useOverlapMatrix(state.by);
  // Which overlaps count invented members: with both kinds of data, what the sources alone share.
  const fromSources = useOverlapMatrix(state.by, 'real', scope === 'all');
  const facts = useNetworkFacts();
  const marksPending = facts.isPending || (scope === 'all' && fromSources.isPending);
  const marks = useMemo(
    () => (marksPending ? null : overlapMarks(scope, facts.data?.synthetic ?? new Set(), fromSources.data?.cells)),
    [marksPending, scope, facts.data, fromSources.data],
  );
  const positions = useMemo(() => (matrix ? overlapPositions(matrix) : null), [matrix]);
  const groups = useMemo(() => (matrix ? overlapGroups(matrix) : []), [matrix]);
  const order = useMemo(() => (matrix ? matrixOrder(matrix, state.order, groups) : []), [matrix, state.order, groups]);
  // The largest groups in colours of their own (as the heat map orders them), the rest grey.
  const { colors, legend } = useMemo(() => {
    const idAt = new Map(matrix?.networks.map((n) => [n.index, n.id]));
    const colors = new Map<string, string>();
    const legend: LegendEntry[] = [];
    let others = false;
    groups.forEach((group, g) => {
      const coloured = g < CLUSTER_COLORS.length && group.length > 1;
      for (const i of group) colors.set(idAt.get(i) ?? '', coloured ? clusterColor(g) : OTHER);
      if (coloured) legend.push({ color: clusterColor(g), text: t('overlapGroup', { id: g + 1, size: group.length }) });
      else others = true;
    });
    if (others) legend.push({ color: OTHER, text: t('overlapGroupOther') });
    return { colors, legend };
  }, [matrix, groups, t]);
  const max = matrix ? maxShared(matrix.cells) : 1;
  const min = Math.min(state.min, max);
  const k = backboneK(matrix?.networks.length ?? 0);
  const { all, kept } = useMemo(() => {
    const all = matrix ? cellsAtThreshold(matrix.cells, min) : [];
    return { all, kept: backbone(all, k) };
  }, [matrix, min, k]);
  const graph = useMemo(
    () => (matrix && positions && marks ? overlapGraph(matrix, kept, positions, marks) : null),
    [matrix, kept, positions, marks],
  );
  if (isPending || marksPending) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={() => refetch()} />;
  if (!matrix || !graph) return null;

  const pairs = [...kept].sort((a, b) => b.shared - a.shared || b.jaccard - a.jaccard);
  const hidden = all.length - kept.length;
  const countText = Number.isFinite(k)
    ? t('overlapBackbone', { shown: kept.length, count: all.length, k, hidden })
    : t('overlapEdges', { count: all.length });
  const names = new Map(matrix.networks.map((n) => [n.id, n.shortName ?? n.name]));
  const visible = new Set(matrix.networks.map((n) => n.id));
  const synthetic: SyntheticLegend = {
    nodes: graph.filterNodes((_n, a) => a.synthetic).length,
    edges: graph.filterEdges((_e, a) => a.synthetic).length,
    curved: renderChoice(graph.size, graph.order).syntheticEdgeType === 'curve',
    edgeKey: 'legendSyntheticOverlaps',
  };
  const header = [t('pairA'), t('pairB'), t('shared'), t('jaccard'), t('overlapCoefficient')];
  const rows = pairs.map((c) => [names.get(c.a) ?? c.a, names.get(c.b) ?? c.b, c.shared, c.jaccard.toFixed(3), c.overlap.toFixed(3)]);

  return (
    <div className="overlap">
      <section className="map" aria-label={t('viewOverlap')}>
        <div className="map-toolbar">
          <div className="field inline">
            <label htmlFor="overlap-basis">{t('overlapBasis')}</label>
            <select id="overlap-basis" value={state.by} onChange={(e) => setViewState({ by: e.target.value as ViewState['by'] })}>
              <option value="AUTHORITIES">{t('basisAUTHORITIES')}</option>
              <option value="PERSONS">{t('basisPERSONS')}</option>
            </select>
          </div>
          <div className="field inline">
            <label htmlFor="overlap-threshold">{t('threshold', { value: min })}</label>
            <input
              id="overlap-threshold"
              type="range"
              min={1}
              max={max}
              value={min}
              onChange={(e) => setViewState({ min: Number(e.target.value) })}
            />
          </div>
          <p role="status" data-testid="overlap-count">
            {countText}
          </p>
        </div>
        <SigmaGraph
          graph={graph}
          label={t('viewOverlap')}
          settings={LABEL_SETTINGS}
          onClickNode={(node) => setViewState({ node }, { push: true })}
        >
          <ReducersController visible={null} selected={state.node} colors={colors} />
          <ExportMenu graph={graph} visible={visible} baseName={`netzwerkatlas-ueberschneidungen-${state.by.toLowerCase()}-${min}`} />
        </SigmaGraph>
        <Legend entries={legend} synthetic={synthetic} />
      </section>
      <section className="matrix" aria-label={t('heatmap')}>
        <p>
          <button type="button" onClick={() => setAsTable(!asTable)} aria-pressed={asTable}>
            {asTable ? t('heatmapChart') : t('heatmapTable')}
          </button>{' '}
          <button
            type="button"
            onClick={() =>
              exportCsv(
                `netzwerkatlas-ueberschneidungen-${state.by.toLowerCase()}.csv`,
                toCsv(
                  header,
                  all.map((c) => [names.get(c.a) ?? c.a, names.get(c.b) ?? c.b, c.shared, c.jaccard.toFixed(3), c.overlap.toFixed(3)]),
                ),
              )
            }
          >
            {t('exportCsv')}
          </button>{' '}
          {!asTable && (
            <span className="field inline">
              <label htmlFor="heatmap-order">{t('heatmapOrder')}</label>
              <select
                id="heatmap-order"
                value={state.order}
                onChange={(e) => setViewState({ order: e.target.value as ViewState['order'] })}
              >
                <option value="groups">{t('heatmapOrderGroups')}</option>
                <option value="name">{t('heatmapOrderName')}</option>
              </select>
            </span>
          )}
        </p>
        {asTable ? (
          <table className="data-table">
            <caption>{countText}</caption>
            <thead>
              <tr>
                {header.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {pairs.map((c, i) => (
                <tr key={`${c.a}-${c.b}`}>
                  <td>
                    <button type="button" className="link" onClick={() => setViewState({ node: c.a }, { push: true })}>
                      {rows[i]![0]}
                    </button>
                  </td>
                  <td>
                    <button type="button" className="link" onClick={() => setViewState({ node: c.b }, { push: true })}>
                      {rows[i]![1]}
                    </button>
                  </td>
                  <td>{c.shared}</td>
                  <td>{rows[i]![3]}</td>
                  <td>{rows[i]![4]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <HeatMap matrix={matrix} order={order} groups={groups} colors={colors} onPair={setPair} />
        )}
        {pair && <OverlapPair cell={pair} names={names} onClose={() => setPair(null)} />}
        <TopicRedundancy />
      </section>
    </div>
  );
}
