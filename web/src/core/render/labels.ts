// Labels that do not cover each other, the pure part (labelLayer.ts hooks it into sigma).
// Sigma picks the labels of a frame from a grid of cells by node size, but it does not know how
// wide a label is: a long name ("NExT-Community Innovationsmanagement") runs over the labels of
// its neighbours to the right. Sigma's choice is placed greedily here, most important first
// (forced, then larger nodes), skipping any label whose box meets one already placed. The
// selected and the hovered node are drawn by sigma on its hover layer, with a background, so
// they stay readable either way.

import type { NodeDisplayData, PartialButFor } from 'sigma/types';

export interface LabelBox {
  key: string;
  /** Left, top, right and bottom in viewport pixels. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  forced: boolean;
  size: number;
}

/** Space kept free between labels side by side, in pixels (the boxes' glyph heights need none above and below). */
export const LABEL_GAP = 4;

const intersects = (a: LabelBox, b: LabelBox) => a.x0 < b.x1 + LABEL_GAP && b.x0 < a.x1 + LABEL_GAP && a.y0 < b.y1 && b.y0 < a.y1;

/** Forced labels first, then larger nodes; ties by key, so the choice does not depend on sigma's order. */
export function byImportance(a: LabelBox, b: LabelBox): number {
  if (a.forced !== b.forced) return a.forced ? -1 : 1;
  if (a.size !== b.size) return b.size - a.size;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Side of the buckets placed boxes are filed in, in pixels: a box is compared only with its buckets' boxes. */
const BUCKET = 64;

/**
 * The keys of the boxes to draw, most important first: a greedy choice without overlaps. A
 * selected network with thousands of members forces thousands of labels, so placed boxes are
 * kept in buckets rather than compared pairwise.
 */
export function placeLabels(boxes: LabelBox[]): string[] {
  const placed: string[] = [];
  const buckets = new Map<string, LabelBox[]>();
  const cellsOf = (b: LabelBox) => {
    const cells: string[] = [];
    const [cx0, cx1] = [Math.floor((b.x0 - LABEL_GAP) / BUCKET), Math.floor((b.x1 + LABEL_GAP) / BUCKET)];
    const [cy0, cy1] = [Math.floor(b.y0 / BUCKET), Math.floor(b.y1 / BUCKET)];
    for (let cx = cx0; cx <= cx1; cx++) for (let cy = cy0; cy <= cy1; cy++) cells.push(`${cx},${cy}`);
    return cells;
  };
  for (const box of [...boxes].sort(byImportance)) {
    const cells = cellsOf(box);
    if (cells.some((c) => buckets.get(c)?.some((p) => intersects(p, box)))) continue;
    for (const c of cells) {
      const bucket = buckets.get(c);
      if (bucket) bucket.push(box);
      else buckets.set(c, [box]);
    }
    placed.push(box.key);
  }
  return placed;
}

export type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key: string };

/**
 * The box sigma's disc label occupies: drawn from x + size + 3 with its baseline at
 * y + labelSize / 3; its glyphs reach about 0.8 em above the baseline and 0.22 em below. Two
 * labels of 13 px with their nodes 14 px apart stay readable, so they both count as fitting.
 */
export function discLabelBox(data: LabelData, width: number, labelSize: number): LabelBox {
  const x0 = data.x + data.size + 3;
  return {
    key: data.key,
    x0,
    x1: x0 + width,
    y0: data.y + labelSize / 3 - 0.8 * labelSize,
    y1: data.y + labelSize / 3 + 0.22 * labelSize,
    forced: Boolean(data.forceLabel),
    size: data.size,
  };
}
