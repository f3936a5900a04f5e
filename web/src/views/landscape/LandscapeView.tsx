// The whole landscape on one map (and the ego view: one node and N steps around it): sigma with
// filters, hover, selection, clusters, a legend and exports. Positions come with the landscape
// (computed on the server after each load), so the first frame is the final picture; the map's
// first level is drawn at once and the folded nodes where the user zooms in (DetailController).

import { subgraph } from 'graphology-operators';
import { useCallback, useMemo, useState } from 'react';
import { EmptyResult } from '../../components/EmptyResult';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { ExportMenu } from '../../components/ExportMenu';
import { FilterPanel } from '../../components/FilterPanel';
import { Legend, type LegendEntry, type SyntheticLegend } from '../../components/Legend';
import { SigmaGraph } from '../../components/SigmaGraph';
import { useI18n } from '../../core/i18n';
import {
  bestConnected,
  clusterColor,
  egoNodeIds,
  type Landscape,
  landscapeToGraph,
  type NodeKind,
  useClusters,
  useLandscapeModel,
} from '../../core/landscape';
import { renderChoice } from '../../core/render/size';
import { setViewState, type ViewState } from '../../core/urlState';
import { CameraController } from './controllers/CameraController';
import { DetailController } from './controllers/DetailController';
import { LayoutController } from './controllers/LayoutController';
import { ReducersController } from './controllers/ReducersController';

/** The extent of every position of the landscape (nodes and Land nodes), null without positions. */
function extentOf(landscape: Landscape): { x: [number, number]; y: [number, number] } | null {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  const add = (x: number, y: number) => {
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  };
  for (const n of landscape.nodes) if (typeof n.x === 'number' && typeof n.y === 'number') add(n.x, n.y);
  for (const [x, y] of Object.values(landscape.places ?? {})) add(x, y);
  return x0 <= x1 ? { x: [x0, x1], y: [y0, y1] } : null;
}

function MapView({
  state,
  landscape,
  aggregated,
  visible,
}: {
  state: ViewState;
  landscape: Landscape;
  aggregated: Landscape;
  visible: Set<string>;
}) {
  const { t, tn, lang } = useI18n();
  const clusters = useClusters(state.color === 'cluster');
  const ego = state.view === 'ego';
  // The first level: every node of the aggregated landscape but the innovations, which (like
  // the authorities folded into their Land) are drawn where the user zooms in. The ego view
  // draws everything around its node.
  const graph = useMemo(() => landscapeToGraph(aggregated, (n) => ego || n.kind !== 'Innovation'), [aggregated, ego]);
  const detail = useMemo(
    () =>
      ego
        ? []
        : landscape.nodes
            .filter((n) => n.kind === 'Innovation' || (!graph.hasNode(n.id) && n.kind === 'Authority'))
            .sort((a, b) => b.members - a.members || (a.id < b.id ? -1 : 1)),
    [landscape, graph, ego],
  );
  const bbox = useMemo(() => extentOf(landscape), [landscape]);
  const unplaced = useMemo(() => graph.filterNodes((_n, a) => a.unplaced === true).length, [graph]);

  // A folded node is drawn on its own when selected (DetailController); in the ego view it is
  // found through its Land.
  const target = useMemo(() => {
    if (!state.node || graph.hasNode(state.node)) return state.node;
    if (!ego && detail.some((n) => n.id === state.node)) return state.node;
    return aggregated.nodes.find((n) => n.aggregated?.includes(state.node!))?.id ?? null;
  }, [state.node, graph, aggregated, detail, ego]);

  // While a layout run moves the nodes the camera shows the whole map; when the run ends (laying
  // turns false) it looks for the selected node again.
  const [laying, setLaying] = useState(unplaced > 0 && graph.order >= 2);
  const layoutStarted = useCallback(() => setLaying(true), []);
  const layoutSettled = useCallback(() => setLaying(false), []);
  const egoIds = useMemo(() => (ego && target ? egoNodeIds(graph, target, state.depth) : null), [ego, target, graph, state.depth]);
  const drawn = useMemo(() => (egoIds ? subgraph(graph, [...egoIds]) : graph), [graph, egoIds]);
  const shown = useMemo(() => {
    const ids = new Set([...visible].filter((id) => drawn.hasNode(id)));
    if (target && drawn.hasNode(target)) ids.add(target);
    return ids;
  }, [visible, drawn, target]);
  // What the filters let through, also of the folded nodes drawn on zooming in (their own kind,
  // Land and data filters; the network filters through their Land's node).
  const passes = useMemo(() => {
    const kinds = new Set(state.filters.kinds);
    const folded = new Map(detail.map((n) => [n.id, n]));
    return {
      has: (id: string) => {
        if (shown.has(id)) return true;
        const n = folded.get(id);
        if (!n) return false;
        if (id === target) return true;
        if (!kinds.has(n.kind)) return false;
        if (state.filters.data !== 'all' && n.synthetic !== (state.filters.data === 'synthetic')) return false;
        if (state.filters.land && n.bundesland !== state.filters.land) return false;
        return n.kind === 'Innovation' || !n.bundesland || visible.has(`land:${n.bundesland}`) || visible.has(n.id);
      },
    };
  }, [shown, detail, state.filters, visible, target]);

  // The data switch holds for relations too: also while the landscape of the other scope loads,
  // and the one shown meanwhile still has the relations the switch leaves out.
  const hideEdge = useMemo(() => {
    const data = state.filters.data;
    return data === 'all' ? null : (edge: string) => drawn.getEdgeAttribute(edge, 'synthetic') !== (data === 'synthetic');
  }, [drawn, state.filters.data]);

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
  // What the Legend's Beispieldaten entry counts: the invented nodes and relations drawn.
  const synthetic: SyntheticLegend = { nodes: 0, edges: 0, curved: renderChoice(drawn.size, drawn.order).syntheticEdgeType === 'curve' };
  for (const id of shown) {
    const { kind, synthetic: invented } = drawn.getNodeAttributes(id);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    if (invented) synthetic.nodes++;
  }
  drawn.forEachEdge((e, a, s, tg) => {
    if (!shown.has(s) || !shown.has(tg) || hideEdge?.(e)) return;
    edges++;
    if (a.synthetic) synthetic.edges++;
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
        <ReducersController visible={passes} selected={target} colors={clusterColors} hideEdge={hideEdge} />
        {!ego && <DetailController graph={graph} detail={detail} edges={landscape.edges} selected={target} bbox={bbox} />}
        <CameraController target={ego ? null : target} overview={laying} />
        {!ego && (
          <LayoutController
            placeOnly={unplaced > 0 && unplaced < graph.order}
            run={unplaced > 0}
            onStart={layoutStarted}
            onSettled={layoutSettled}
          />
        )}
        <ExportMenu graph={drawn} visible={shown} baseName={ego ? `netzwerkatlas-umfeld-${target}` : 'netzwerkatlas-landschaft'} />
      </SigmaGraph>
      <Legend
        counts={counts}
        entries={legend}
        help={legend ? t('clusterHelp') : t('weightHelp')}
        synthetic={state.filters.data === 'real' ? null : synthetic}
      />
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
  if (!landscape.data || !aggregated || !visible) return null;
  return (
    <div className="with-filters">
      <FilterPanel filters={state.filters} landscape={aggregated} />
      {visible.size === 0 && state.view !== 'ego' ? (
        <EmptyResult filters={state.filters} />
      ) : (
        <MapView state={state} landscape={landscape.data} aggregated={aggregated} visible={visible} />
      )}
    </div>
  );
}
