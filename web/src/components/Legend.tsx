// The legend of the map: node types with their colour and count, or clusters with their topics.

import { useI18n } from '../core/i18n';
import { KIND_COLORS, NODE_KINDS, type NodeKind } from '../core/landscape';

export interface LegendEntry {
  color: string;
  text: string;
}

export function Legend({ counts, entries }: { counts?: Map<NodeKind, number>; entries?: LegendEntry[] }) {
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
