// The legend of the map: node types with their colour and count, or clusters with their topics;
// and the Beispieldaten drawn, with the marks the canvas gives them (core/render/marks): invented
// nodes with a white ring, invented relations curved where the renderer curves them.

import { useI18n } from '../core/i18n';
import { KIND_COLORS, NODE_KINDS, type NodeKind } from '../core/landscape';

export interface LegendEntry {
  color: string;
  text: string;
}

/** The Beispieldaten drawn: how many nodes and edges carry the mark, and whether edges are curved. */
export interface SyntheticLegend {
  nodes: number;
  edges: number;
  curved: boolean;
  /** What an edge is in this view: a relation (the map) or an overlap (the overlap view). */
  edgeKey?: 'legendSyntheticRelations' | 'legendSyntheticOverlaps';
}

/** The canvas's mark of an invented node in small: a white ring inside the disc. */
function RingMark() {
  return (
    <svg className="synthetic-mark" width={14} height={14} viewBox="0 0 14 14" aria-hidden="true">
      <circle cx={7} cy={7} r={5.5} fill="#ffffff" stroke="#475569" strokeWidth={1.5} />
      <circle cx={7} cy={7} r={2.5} fill="#475569" />
    </svg>
  );
}

/** The canvas's mark of an invented relation in small: a curve. */
function CurveMark() {
  return (
    <svg className="synthetic-mark" width={14} height={14} viewBox="0 0 14 14" aria-hidden="true">
      <path d="M 1 12 Q 7 -2 13 12" fill="none" stroke="#475569" strokeWidth={1.5} />
    </svg>
  );
}

export function Legend({
  counts,
  entries,
  help,
  synthetic,
}: {
  counts?: Map<NodeKind, number>;
  entries?: LegendEntry[];
  help?: string;
  synthetic?: SyntheticLegend | null;
}) {
  const { t, tn } = useI18n();
  const items: LegendEntry[] =
    entries ??
    NODE_KINDS.filter((kind) => (counts?.get(kind) ?? 0) > 0).map((kind) => ({
      color: KIND_COLORS[kind],
      text: `${t(`kind${kind}`)} (${counts?.get(kind) ?? 0})`,
    }));
  const curved = Boolean(synthetic?.curved && synthetic.edges > 0);
  const rings = (synthetic?.nodes ?? 0) > 0;
  return (
    <div className="legend">
      <h3 className="legend-title">{t('legend')}</h3>
      {help && (
        <details className="legend-help">
          <summary>{t('help')}</summary>
          <p>{help}</p>
        </details>
      )}
      <ul>
        {items.map((item) => (
          <li key={item.text}>
            <span className="swatch" style={{ background: item.color }} aria-hidden="true" />
            {item.text}
          </li>
        ))}
        {synthetic && (rings || curved) && (
          <li className="legend-synthetic" data-testid="legend-synthetic" title={t('syntheticTitle')}>
            <span className="badge synthetic-badge">{t('synthetic')}</span>
            <ul>
              {rings && (
                <li>
                  <RingMark />
                  {tn('legendSyntheticNodes', synthetic.nodes)}
                </li>
              )}
              {curved && (
                <li>
                  <CurveMark />
                  {tn(synthetic.edgeKey ?? 'legendSyntheticRelations', synthetic.edges)}
                </li>
              )}
            </ul>
          </li>
        )}
      </ul>
    </div>
  );
}
