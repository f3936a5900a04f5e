// Labels that do not cover each other, the pure part (labelLayer.ts hooks it into sigma).
// Sigma picks the labels of a frame from a grid of cells by node size, but it does not know how
// wide a label is: a long name ("NExT-Community Innovationsmanagement") runs over the labels of
// its neighbours to the right. Sigma's choice is placed greedily here, most important first
// (forced, then larger nodes), skipping any label whose box meets one already placed. A label
// that meets one or would run past the right edge of the view goes to the left of its node when
// it fits there, as on a map. The selected and the hovered node are drawn by sigma on its hover
// layer, to the right and with a background, so their labels stay on the right.

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
  /** The side of the node the label is on. */
  side: 'right' | 'left';
  /** Whether the label may go to the left of its node (not for those sigma draws on its hover layer). */
  flip: boolean;
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

/** Distance between a disc's edge and its label, in pixels (sigma's). */
const LABEL_OFFSET = 3;

/** The same label on the left of its node: it ends where the right one starts, mirrored about the node. */
export function leftOf(box: LabelBox): LabelBox {
  const x1 = box.x0 - 2 * (box.size + LABEL_OFFSET);
  return { ...box, x0: x1 - (box.x1 - box.x0), x1, side: 'left' };
}

/**
 * The boxes to draw, most important first: a greedy choice without overlaps. Each label goes
 * right of its node if it fits there (nothing placed in the way, and within `width` when given),
 * else left if it fits there, else right if only the edge is in the way (cut off, as sigma
 * draws it). A selected network with thousands of members forces thousands of labels, so
 * placed boxes are kept in buckets rather than compared pairwise.
 */
export function placeLabels(boxes: LabelBox[], width = Number.POSITIVE_INFINITY): LabelBox[] {
  const placed: LabelBox[] = [];
  const buckets = new Map<string, LabelBox[]>();
  const cellsOf = (b: LabelBox) => {
    const cells: string[] = [];
    const [cx0, cx1] = [Math.floor((b.x0 - LABEL_GAP) / BUCKET), Math.floor((b.x1 + LABEL_GAP) / BUCKET)];
    const [cy0, cy1] = [Math.floor(b.y0 / BUCKET), Math.floor(b.y1 / BUCKET)];
    for (let cx = cx0; cx <= cx1; cx++) for (let cy = cy0; cy <= cy1; cy++) cells.push(`${cx},${cy}`);
    return cells;
  };
  const free = (b: LabelBox) => !cellsOf(b).some((c) => buckets.get(c)?.some((p) => intersects(p, b)));
  const choose = (box: LabelBox): LabelBox | null => {
    const rightFree = free(box);
    if (rightFree && box.x1 <= width) return box;
    if (box.flip) {
      const left = leftOf(box);
      if (left.x0 >= 0 && free(left)) return left;
    }
    return rightFree ? box : null;
  };
  for (const candidate of [...boxes].sort(byImportance)) {
    const box = choose(candidate);
    if (!box) continue;
    for (const c of cellsOf(box)) {
      const bucket = buckets.get(c);
      if (bucket) bucket.push(box);
      else buckets.set(c, [box]);
    }
    placed.push(box);
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
  const x0 = data.x + data.size + LABEL_OFFSET;
  return {
    key: data.key,
    x0,
    x1: x0 + width,
    y0: data.y + labelSize / 3 - 0.8 * labelSize,
    y1: data.y + labelSize / 3 + 0.22 * labelSize,
    forced: Boolean(data.forceLabel),
    size: data.size,
    side: 'right',
    flip: !data.highlighted,
  };
}
