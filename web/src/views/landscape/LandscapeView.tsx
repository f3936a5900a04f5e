// The whole landscape on one map (and the ego view: one node and N steps around it): sigma with
// filters, hover, selection, clusters, a legend, layout progress and exports.

import { subgraph } from 'graphology-operators';
import { useCallback, useMemo, useState } from 'react';
import { EmptyResult } from '../../components/EmptyResult';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { ExportMenu } from '../../components/ExportMenu';
import { FilterPanel } from '../../components/FilterPanel';
import { Legend, type LegendEntry } from '../../components/Legend';
import { SigmaGraph } from '../../components/SigmaGraph';
import { useI18n } from '../../core/i18n';
import {
  bestConnected,
  clusterColor,
  egoNodeIds,
  type Landscape,
  landscapeToGraph,
  layoutKey,
  type NodeKind,
  useClusters,
  useLandscapeModel,
} from '../../core/landscape';
import { loadPositions } from '../../core/layout';
import { setViewState, type ViewState } from '../../core/urlState';
import { CameraController } from './controllers/CameraController';
import { LayoutController } from './controllers/LayoutController';
import { ReducersController } from './controllers/ReducersController';

function MapView({ state, aggregated, visible }: { state: ViewState; aggregated: Landscape; visible: Set<string> }) {
  const { t, tn, lang } = useI18n();
  const clusters = useClusters(state.color === 'cluster');
  const { graph, key, cached } = useMemo(() => {
    const key = layoutKey(aggregated.nodes.map((n) => n.id));
    const positions = loadPositions(key);
    return { graph: landscapeToGraph(aggregated, positions ?? {}), key, cached: positions !== null };
  }, [aggregated]);

  // An authority folded into its Land is found through the Land.
  const target = useMemo(() => {
    if (!state.node || graph.hasNode(state.node)) return state.node;
    return aggregated.nodes.find((n) => n.aggregated?.includes(state.node!))?.id ?? null;
  }, [state.node, graph, aggregated]);

  const ego = state.view === 'ego';
  // While a layout run moves the nodes the camera shows the whole map; when the run ends (laying
  // turns false) it looks for the selected node again.
  const [laying, setLaying] = useState(!cached && graph.order >= 2);
  const layoutStarted = useCallback(() => setLaying(true), []);
  const layoutSettled = useCallback(() => setLaying(false), []);
  const egoIds = useMemo(() => (ego && target ? egoNodeIds(graph, target, state.depth) : null), [ego, target, graph, state.depth]);
  const drawn = useMemo(() => (egoIds ? subgraph(graph, [...egoIds]) : graph), [graph, egoIds]);
  const shown = useMemo(() => {
    const ids = new Set([...visible].filter((id) => drawn.hasNode(id)));
    if (target && drawn.hasNode(target)) ids.add(target);
    return ids;
  }, [visible, drawn, target]);

  const clusterColors = useMemo(() => {
    if (state.color !== 'cluster' || !clusters.data) return null;
    const colors = new Map<string, string>();
    clusters.data.clusters.forEach((c, i) => {
      for (const n of c.networks) colors.set(n.id, clusterColor(i));
    });
    return colors;
  }, [state.color, clusters.data]);

  const counts = new Map<NodeKind, number>();
  let edges = 0;
  for (const id of shown) {
    const kind = drawn.getNodeAttribute(id, 'kind');
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  drawn.forEachEdge((_e, _a, s, tg) => {
    if (shown.has(s) && shown.has(tg)) edges++;
  });
  const legend: LegendEntry[] | undefined = clusterColors
    ? [
        ...(clusters.data?.clusters ?? []).map((c, i) => ({
          color: clusterColor(i),
          // The API's cluster number, as the API and its other users name the cluster.
          text: t('clusterLabel', {
            id: c.id,
            size: tn('nNetworks', c.size),
            topics: c.dominantTopics.map((x) => (lang === 'en' ? (x.nameEn ?? x.name) : x.name)).join(', ') || '–',
          }),
        })),
        { color: '#c0c6cf', text: t('clusterOther') },
      ]
    : undefined;

  if (ego && !target) return <EgoStart graph={graph} />;

  return (
    <section className="map" aria-label={t('mapLabel')}>
      <div className="map-toolbar">
        <p role="status" data-testid="visible-count">
          {t('visibleCount', { nodes: shown.size, edges })}
        </p>
        <div className="field inline">
          <label htmlFor="color-by">{t('colorBy')}</label>
          <select id="color-by" value={state.color} onChange={(e) => setViewState({ color: e.target.value as ViewState['color'] })}>
            <option value="kind">{t('colorByKind')}</option>
            <option value="cluster">{t('colorByCluster')}</option>
          </select>
        </div>
        {ego && (
          <div className="field inline">
            <label htmlFor="ego-depth">{t('egoDepth', { value: state.depth })}</label>
            <input
              id="ego-depth"
              type="range"
              min={1}
              max={4}
              value={state.depth}
              onChange={(e) => setViewState({ depth: Number(e.target.value) })}
            />
          </div>
        )}
        {clusters.isFetching && <Loading />}
        {clusters.error && <ErrorMessage error={clusters.error} onRetry={() => clusters.refetch()} />}
      </div>
      <SigmaGraph
        graph={drawn}
        label={t('mapLabel')}
        onClickNode={(node) => setViewState({ node }, { push: true })}
        onClickStage={() => state.node && !ego && setViewState({ node: null }, { push: true })}
      >
        <ReducersController visible={shown} selected={target} colors={clusterColors} />
        <CameraController target={ego ? null : target} overview={laying} />
        {!ego && <LayoutController graph={graph} cacheKey={key} cached={cached} onStart={layoutStarted} onSettled={layoutSettled} />}
        <ExportMenu graph={drawn} visible={shown} baseName={ego ? `netzwerkatlas-umfeld-${target}` : 'netzwerkatlas-landschaft'} />
      </SigmaGraph>
      <Legend counts={counts} entries={legend} help={legend ? t('clusterHelp') : t('weightHelp')} />
    </section>
  );
}

/** The ego view before a node is chosen: how to choose one, and the best-connected nodes to start from. */
function EgoStart({ graph }: { graph: ReturnType<typeof landscapeToGraph> }) {
  const { t } = useI18n();
  const picks = useMemo(() => bestConnected(graph, ['Network', 'Authority', 'Topic']), [graph]);
  return (
    <section className="ego-start" aria-label={t('viewEgo')}>
      <p className="note">{t('egoPick')}</p>
      {picks.length > 0 && (
        <p>
          {t('egoSuggest')}{' '}
          {picks.map((p, i) => (
            <span key={p.id}>
              {i > 0 && ' · '}
              <button type="button" className="link" onClick={() => setViewState({ node: p.id }, { push: true })}>
                {p.label}
              </button>{' '}
              <span className="hit-kind">{t(`kind${p.kind}`)}</span>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}

export function LandscapeView({ state }: { state: ViewState }) {
  const { t } = useI18n();
  const { landscape, aggregated, visible } = useLandscapeModel(state);
  if (landscape.isPending) return <Loading text={t('loadingLandscape')} />;
  if (landscape.error) return <ErrorMessage error={landscape.error} onRetry={() => landscape.refetch()} />;
  if (!aggregated || !visible) return null;
  return (
    <div className="with-filters">
      <FilterPanel filters={state.filters} landscape={aggregated} />
      {visible.size === 0 && state.view !== 'ego' ? (
        <EmptyResult filters={state.filters} />
      ) : (
        <MapView state={state} aggregated={aggregated} visible={visible} />
      )}
    </div>
  );
}
