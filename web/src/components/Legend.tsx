// The legend of the map: node types with their colour and count, or clusters with their topics.

import { useI18n } from '../core/i18n';
import { KIND_COLORS, NODE_KINDS, type NodeKind } from '../core/landscape';

export interface LegendEntry {
  color: string;
  text: string;
}

export function Legend({ counts, entries, help }: { counts?: Map<NodeKind, number>; entries?: LegendEntry[]; help?: string }) {
  const { t } = useI18n();
  const items: LegendEntry[] =
    entries ??
    NODE_KINDS.filter((kind) => (counts?.get(kind) ?? 0) > 0).map((kind) => ({
      color: KIND_COLORS[kind],
      text: `${t(`kind${kind}`)} (${counts?.get(kind) ?? 0})`,
    }));
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
      </ul>
    </div>
  );
}
