// The overlap matrix as an SVG heat map (Jaccard per pair), with every cell titled for pointer
// users; the table next to it is the accessible alternative. With many networks it shows the
// groups first (one row per group, blocks by cluster); a group opens into its networks, a
// search finds a network's group, and a network cell opens the pair.

import { useMemo, useState } from 'react';
import { useI18n } from '../../core/i18n';
import { groupCells, heatColor, type MatrixCell, type OverlapMatrix } from '../../core/overlap/utils';

const CELL = 16;
const LABEL = 150;
const TICKS = [0, 0.25, 0.5, 0.75, 1];
// The scale is a square root (heatColor): stops every tenth follow its curve.
const STOPS = Array.from({ length: 11 }, (_, k) => k / 10);

/** The colour scale: a bar from 0 to 1 with ticks, so that a shade reads as a value. */
function HeatLegend() {
  const { lang, t } = useI18n();
  const width = 200;
  const format = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 2 });
  return (
    <div className="heat-legend">
      <svg width={width + 20} height={34} viewBox={`0 0 ${width + 20} 34`} aria-hidden="true">
        <defs>
          <linearGradient id="heat-scale">
            {STOPS.map((v) => (
              <stop key={v} offset={v} stopColor={heatColor(v)} />
            ))}
          </linearGradient>
        </defs>
        <rect x={10} y={2} width={width} height={12} fill="url(#heat-scale)" stroke="#cbd2dc" />
        {TICKS.map((v) => (
          <text key={v} x={10 + v * width} y={28} fontSize={10} textAnchor="middle">
            {format.format(v)}
          </text>
        ))}
      </svg>
      <span>{t('heatLegend')}</span>
    </div>
  );
}

/**
 * One pair's two cells of the symmetric matrix, (i, j) and its mirror (j, i), in the pair's
 * colour; `at` places a row or column, `title` names a cell, `onClick` gets the cell's row.
 */
function SymmetricCells({
  i,
  j,
  at,
  value,
  title,
  onClick,
}: {
  i: number;
  j: number;
  at: (k: number) => number;
  value: number;
  title: (row: number, col: number) => string;
  onClick: (row: number) => void;
}) {
  return (
    <>
      {[
        [i, j],
        [j, i],
      ].map(([row, col]) => (
        // biome-ignore lint/a11y/noStaticElementInteractions: pointer shortcut; the buttons or the table beside it are the keyboard way
        <rect
          key={`${row}-${col}`}
          x={at(col!)}
          y={at(row!)}
          width={CELL - 1}
          height={CELL - 1}
          fill={heatColor(value)}
          onClick={() => onClick(row!)}
        >
          <title>{title(row!, col!)}</title>
        </rect>
      ))}
    </>
  );
}

/** Above this many networks the heat map starts with its groups. */
export const GROUPS_ABOVE = 100;

/**
 * The heat map: every network while they are few; else the groups, then the networks of the
 * group opened (or the group a search found).
 */
export function HeatMap({
  matrix,
  order,
  groups,
  colors,
  onPair,
}: {
  matrix: OverlapMatrix;
  order: readonly number[];
  groups: readonly number[][];
  colors?: ReadonlyMap<string, string>;
  onPair: (cell: MatrixCell) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<number | null>(null);
  const [found, setFound] = useState<number | null>(null);
  const grouped = matrix.networks.length > GROUPS_ABOVE;
  const cells = useMemo(() => (grouped ? groupCells(matrix, groups) : []), [grouped, matrix, groups]);
  if (!grouped) return <NetworkHeatMap matrix={matrix} order={order} colors={colors} onPair={onPair} />;
  const names = matrix.networks.map((n) => n.shortName ?? n.name);
  const search = (
    <div className="field inline">
      <label htmlFor="heatmap-search">{t('heatmapSearch')}</label>
      <input
        id="heatmap-search"
        list="heatmap-networks"
        onChange={(e) => {
          const hit = matrix.networks.find((n) => (n.shortName ?? n.name) === e.target.value || n.name === e.target.value);
          if (!hit) return;
          setFound(hit.index);
          setOpen(groups.findIndex((g) => g.includes(hit.index)));
        }}
      />
      <datalist id="heatmap-networks">
        {names.map((name, k) => (
          <option key={matrix.networks[k]?.id} value={name} />
        ))}
      </datalist>
    </div>
  );
  if (open !== null && groups[open]) {
    const members = new Set(groups[open]);
    const sub: OverlapMatrix = {
      ...matrix,
      networks: matrix.networks.filter((n) => members.has(n.index)),
      cells: matrix.cells.filter((c) => members.has(c.i) && members.has(c.j)),
    };
    return (
      <div className="heatmap-group" data-testid="heatmap-group">
        <p>
          <button type="button" onClick={() => setOpen(null)}>
            {t('heatmapBack')}
          </button>{' '}
          <strong>{t('heatmapGroupShown', { id: open + 1, size: members.size })}</strong>
        </p>
        {search}
        <NetworkHeatMap matrix={sub} order={groups[open]} colors={colors} onPair={onPair} highlight={found} />
      </div>
    );
  }
  const size = LABEL + groups.length * CELL;
  const at = (g: number) => LABEL + g * CELL;
  const groupLabel = (g: number) => t('heatmapGroupLabel', { id: g + 1, size: groups[g]?.length ?? 0 });
  return (
    <figure className="heatmap">
      <figcaption>{t('heatmap')}</figcaption>
      <p className="note">{t('heatmapGroups')}</p>
      {search}
      <HeatLegend />
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="heatmap-scroll" aria-label={t('heatmap')} tabIndex={0}>
        <svg width={size + LABEL / 2} height={size} viewBox={`0 0 ${size + LABEL / 2} ${size}`} role="img" aria-label={t('heatmap')}>
          {groups.map((group, g) => (
            <g key={group[0]}>
              {/* biome-ignore lint/a11y/noStaticElementInteractions: pointer shortcut; the buttons below are the keyboard way */}
              <text
                x={LABEL - 8}
                y={at(g) + CELL * 0.7}
                textAnchor="end"
                fontSize={10}
                className="heatmap-group-label"
                onClick={() => setOpen(g)}
              >
                {groupLabel(g)}
              </text>
              <text x={at(g) + CELL * 0.7} y={LABEL - 4} fontSize={10} transform={`rotate(-60 ${at(g) + CELL * 0.7} ${LABEL - 4})`}>
                {groupLabel(g)}
              </text>
            </g>
          ))}
          {cells.map((c) => (
            <SymmetricCells
              key={`${c.g}-${c.h}`}
              i={c.g}
              j={c.h}
              at={at}
              value={c.jaccard}
              title={(row, col) =>
                `${groupLabel(row)} × ${groupLabel(col)}: ${c.pairs} · ${c.shared} ${t('shared')}, ${t('jaccard')} ${c.jaccard.toFixed(3)}`
              }
              onClick={setOpen}
            />
          ))}
        </svg>
      </section>
      <p className="heatmap-groups">
        {groups.map((group, g) =>
          group.length > 1 ? (
            <span key={group[0]}>
              {g > 0 && ' · '}
              <button type="button" className="link" onClick={() => setOpen(g)}>
                {groupLabel(g)}
              </button>
            </span>
          ) : null,
        )}
      </p>
    </figure>
  );
}

/**
 * Every network of the matrix given, its rows and columns in `order` (network indices, see
 * matrixOrder); a row's mark has the colour of its network's group in the graph beside it.
 */
function NetworkHeatMap({
  matrix,
  order,
  colors,
  onPair,
  highlight = null,
}: {
  matrix: OverlapMatrix;
  order: readonly number[];
  colors?: ReadonlyMap<string, string>;
  onPair: (cell: MatrixCell) => void;
  highlight?: number | null;
}) {
  const { t } = useI18n();
  const n = matrix.networks.length;
  const size = LABEL + n * CELL;
  // Column labels are rotated by 60°: the last ones reach up to LABEL / 2 past the last column.
  const width = size + LABEL / 2;
  const byIndex = new Map(matrix.networks.map((net) => [net.index, net]));
  const position = new Map(order.map((index, p) => [index, p]));
  const name = (i: number) => byIndex.get(i)?.shortName ?? byIndex.get(i)?.name ?? '';
  const at = (i: number) => LABEL + (position.get(i) ?? 0) * CELL;
  return (
    <figure className="heatmap">
      <figcaption>{t('heatmap')}</figcaption>
      <HeatLegend />
      {/* Wider than its card with many networks: the scrolling region takes the keyboard focus. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="heatmap-scroll" aria-label={t('heatmap')} tabIndex={0}>
        <svg width={width} height={size} viewBox={`0 0 ${width} ${size}`} role="img" aria-label={t('heatmap')}>
          {order.map((i) => (
            <g key={i}>
              <text x={LABEL - 8} y={at(i) + CELL * 0.7} textAnchor="end" fontSize={10} fontWeight={i === highlight ? 'bold' : undefined}>
                {name(i).slice(0, 24)}
              </text>
              <text x={at(i) + CELL * 0.7} y={LABEL - 4} fontSize={10} transform={`rotate(-60 ${at(i) + CELL * 0.7} ${LABEL - 4})`}>
                {name(i).slice(0, 24)}
              </text>
              <rect x={at(i)} y={at(i)} width={CELL - 1} height={CELL - 1} fill="#e5e7eb" />
              {colors && <rect x={LABEL - 5} y={at(i)} width={4} height={CELL - 1} fill={colors.get(byIndex.get(i)?.id ?? '')} />}
            </g>
          ))}
          {matrix.cells.map((c) => (
            <SymmetricCells
              key={`${c.i}-${c.j}`}
              i={c.i}
              j={c.j}
              at={at}
              value={c.jaccard}
              title={() => `${name(c.i)} × ${name(c.j)}: ${c.shared} ${t('shared')}, ${t('jaccard')} ${c.jaccard.toFixed(2)}`}
              onClick={() => onPair(c)}
            />
          ))}
        </svg>
      </section>
    </figure>
  );
}
