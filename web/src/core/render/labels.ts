// Labels that do not cover each other, the pure part (labelLayer.ts hooks it into sigma).
// Sigma picks the labels of a frame from a grid of cells by node size, but it does not know how
// wide a label is: a long name ("NExT-Community Innovationsmanagement") runs over the labels of
// its neighbours to the right. Sigma's choice is placed greedily here, most important first
// (forced, then larger nodes), skipping any label whose box meets one already placed. A label
// that meets one, would run past the right edge of the view or over another node goes to the
// left of its node when it fits better there, as on a map. The selected and the hovered node
// are drawn by sigma on its hover layer, to the right and with a background, so their labels
// stay on the right.

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

/** How far a label on the left of its node starts left of where sigma starts it on the right. */
const leftShift = (size: number, width: number) => 2 * (size + LABEL_OFFSET) + width;

/** The same label on the left of its node: it ends where the right one starts, mirrored about the node. */
export function leftOf(box: LabelBox): LabelBox {
  const x0 = box.x0 - leftShift(box.size, box.x1 - box.x0);
  return { ...box, x0, x1: x0 + (box.x1 - box.x0), side: 'left' };
}

/** A node's disc in viewport pixels: a label should not cover another node. */
export interface Disc {
  key: string;
  x: number;
  y: number;
  r: number;
}

/** Whether a label box covers part of a disc (of another node than its own). */
export function coversDisc(box: LabelBox, disc: Disc): boolean {
  if (disc.key === box.key) return false;
  const dx = Math.max(box.x0 - disc.x, 0, disc.x - box.x1);
  const dy = Math.max(box.y0 - disc.y, 0, disc.y - box.y1);
  return dx * dx + dy * dy < disc.r * disc.r;
}

export interface PlaceOptions {
  /** Width of the view: a label past its right edge would be cut off. */
  width?: number;
  /** The discs of the nodes in view. */
  discs?: readonly Disc[];
}

/**
 * The boxes to draw, most important first: a greedy choice in which no two labels meet. Each
 * label takes the first of these that has no label placed in the way: right of its node, within
 * the view and covering no other node; the same on the left; right within the view; left within
 * the view; right, cut off by the view's edge (as sigma draws it). Otherwise it is left out:
 * covering a node is avoided where a label can, but never costs a label. Only labels that may
 * flip go left. A selected network with thousands of members forces thousands of labels, so
 * placed boxes and discs are kept in buckets rather than compared pairwise.
 */
export function placeLabels(boxes: LabelBox[], { width = Number.POSITIVE_INFINITY, discs = [] }: PlaceOptions = {}): LabelBox[] {
  const placed: LabelBox[] = [];
  const buckets = new Map<string, LabelBox[]>();
  const discBuckets = new Map<string, Disc[]>();
  const cellsOf = (x0: number, y0: number, x1: number, y1: number) => {
    const cells: string[] = [];
    for (let cx = Math.floor(x0 / BUCKET); cx <= Math.floor(x1 / BUCKET); cx++)
      for (let cy = Math.floor(y0 / BUCKET); cy <= Math.floor(y1 / BUCKET); cy++) cells.push(`${cx},${cy}`);
    return cells;
  };
  const labelCells = (b: LabelBox) => cellsOf(b.x0 - LABEL_GAP, b.y0, b.x1 + LABEL_GAP, b.y1);
  for (const d of discs) {
    for (const c of cellsOf(d.x - d.r, d.y - d.r, d.x + d.r, d.y + d.r)) {
      const bucket = discBuckets.get(c);
      if (bucket) bucket.push(d);
      else discBuckets.set(c, [d]);
    }
  }
  const free = (b: LabelBox) => !labelCells(b).some((c) => buckets.get(c)?.some((p) => intersects(p, b)));
  const clear = (b: LabelBox) => !cellsOf(b.x0, b.y0, b.x1, b.y1).some((c) => discBuckets.get(c)?.some((d) => coversDisc(b, d)));
  const inside = (b: LabelBox) => b.x0 >= 0 && b.x1 <= width;
  const choose = (right: LabelBox): LabelBox | null => {
    const left = right.flip ? leftOf(right) : null;
    const rightFree = free(right);
    const leftFree = left !== null && inside(left) && free(left);
    if (rightFree && inside(right) && clear(right)) return right;
    if (leftFree && clear(left)) return left;
    if (rightFree && inside(right)) return right;
    if (leftFree) return left;
    return rightFree ? right : null;
  };
  for (const candidate of [...boxes].sort(byImportance)) {
    const box = choose(candidate);
    if (!box) continue;
    for (const c of labelCells(box)) {
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
 * The node data to hand sigma's disc-label drawing (it starts a label at x + size + 3) so that
 * a label of `width` pixels lands on `side` of its node: as it is on the right, moved left by
 * the label and the disc on the left.
 */
export function labelDataFor(data: LabelData, width: number, side: LabelBox['side']): LabelData {
  return side === 'right' ? data : { ...data, x: data.x - leftShift(data.size, width) };
}

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
