// Export buttons of a graph view: the whole graph (not only what the viewport shows) as a page
// with title, date, filters, legend and source line, as PNG at print resolution or as SVG; and
// GEXF 1.3 of the visible graph for Gephi.

import { useSigma } from '@react-sigma/core';
import type Graph from 'graphology';
import { downloadBlob, downloadText, exportGexf } from '../core/export';
import { type Report, type ReportEdge, type ReportNode, reportPng, reportSvg } from '../core/export/report';
import { useI18n } from '../core/i18n';
import type { MessageKey } from '../core/i18n/types';
import { KIND_COLORS, NODE_KINDS, type NodeKind } from '../core/landscape';
import { SYNTHETIC } from '../core/render/marks';
import { useViewState } from '../core/urlState';
import { activeFilters } from './EmptyResult';
import type { LegendEntry } from './Legend';

const VIEW_TITLES: Record<string, MessageKey> = {
  landscape: 'viewLandscape',
  overlap: 'viewOverlap',
  ego: 'viewEgo',
};

export function ExportMenu({
  graph,
  visible,
  baseName,
  legend,
}: {
  graph: Graph;
  visible: ReadonlySet<string>;
  baseName: string;
  /** The legend of the view (default: the kinds of node drawn, with their colours). */
  legend?: LegendEntry[];
}) {
  const { t, lang } = useI18n();
  const [state] = useViewState();
  const renderer = useSigma();

  const report = (): Report => {
    const { width } = renderer.getDimensions();
    // Sizes as drawn on screen at the whole-graph view, scaled to the page.
    const k = 800 / Math.max(200, width);
    const whole = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    const index = new Map<string, number>();
    const nodes: ReportNode[] = [];
    const kinds = new Map<NodeKind, number>();
    graph.forEachNode((node, attributes) => {
      const data = renderer.getNodeDisplayData(node);
      if (!data || data.hidden) return;
      const p = renderer.framedGraphToViewport(data, { cameraState: whole });
      index.set(node, nodes.length);
      nodes.push({
        x: p.x,
        y: p.y,
        size: Math.max(1.2, data.size * k),
        color: data.color,
        label: data.label,
        synthetic: data.type === SYNTHETIC || attributes.synthetic === true,
      });
      const kind = attributes.kind as NodeKind;
      if (kind) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    });
    const edges: ReportEdge[] = [];
    graph.forEachEdge((edge, attributes, source, target) => {
      const data = renderer.getEdgeDisplayData(edge);
      const a = index.get(source);
      const b = index.get(target);
      if (!data || data.hidden || a === undefined || b === undefined) return;
      // Marked as on the canvas: invented, or (in the overlap view) counting invented members.
      edges.push({ source: a, target: b, color: data.color, synthetic: data.type === SYNTHETIC || attributes.synthetic === true });
    });
    const filters = activeFilters(state.filters, t, lang);
    const date = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long' }).format(new Date());
    return {
      title: t('exportTitle', { view: t(VIEW_TITLES[state.view] ?? 'viewLandscape') }),
      lines: [t('exportDate', { date }), filters.length ? t('exportFilters', { filters: filters.join('; ') }) : t('exportNoFilters')],
      legend:
        legend ??
        NODE_KINDS.filter((kind) => kinds.has(kind)).map((kind) => ({
          color: KIND_COLORS[kind],
          text: `${t(`kind${kind}`)} (${kinds.get(kind)})`,
        })),
      footer: `${t('exportSource')} ${window.location.href}`,
      nodes,
      edges,
    };
  };

  return (
    <fieldset className="export">
      <legend>{t('exportLabel')}:</legend>
      <button type="button" onClick={async () => downloadBlob(`${baseName}.png`, await reportPng(reportSvg(report())))}>
        {t('exportPng')}
      </button>
      <button type="button" onClick={() => downloadText(`${baseName}.svg`, reportSvg(report()), 'image/svg+xml')}>
        {t('exportSvg')}
      </button>
      <button type="button" onClick={() => exportGexf(graph, visible, `${baseName}.gexf`, t('appTitle'))}>
        {t('exportGexf')}
      </button>
    </fieldset>
  );
}
