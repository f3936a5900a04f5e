import { describe, expect, it } from 'vitest';
import { byImportance, discLabelBox, LABEL_GAP, type LabelBox, leftOf, placeLabels as place } from './labels';

const box = (key: string, x0: number, y0: number, width: number, size = 5, forced = false, flip = false): LabelBox => ({
  key,
  x0,
  y0,
  x1: x0 + width,
  y1: y0 + 14,
  size,
  forced,
  side: 'right',
  flip,
});

const placeLabels = (boxes: LabelBox[], width?: number) => place(boxes, width).map((b) => b.key);

describe('placeLabels', () => {
  it('keeps labels that do not meet, in order of importance', () => {
    expect(placeLabels([box('a', 0, 0, 50, 3), box('b', 100, 0, 50, 8), box('c', 0, 40, 50, 5)])).toEqual(['b', 'c', 'a']);
  });

  it('drops the smaller node when a long label runs over its neighbour', () => {
    // The long name starts left of the short one and reaches past it.
    const long = box('next-im', 0, 100, 260, 12);
    const short = box('next', 120, 104, 40, 6);
    expect(placeLabels([short, long])).toEqual(['next-im']);
    expect(placeLabels([box('next-im', 0, 100, 260, 4), box('next', 120, 104, 40, 6)])).toEqual(['next']);
  });

  it('gives forced labels (selection and its neighbours) priority over larger nodes', () => {
    expect(placeLabels([box('big', 0, 0, 80, 20), box('selected', 40, 5, 80, 3, true)])).toEqual(['selected']);
  });

  it('keeps a gap between labels side by side, none between lines', () => {
    expect(placeLabels([box('a', 0, 0, 50, 5), box('b', 50 + LABEL_GAP - 0.5, 0, 50, 4)])).toEqual(['a']);
    expect(placeLabels([box('a', 0, 0, 50, 5), box('b', 50 + LABEL_GAP, 0, 50, 4)])).toEqual(['a', 'b']);
    expect(placeLabels([box('a', 0, 0, 50, 5), box('b', 10, 14, 50, 4)])).toEqual(['a', 'b']);
    expect(placeLabels([box('a', 0, 0, 50, 5), box('b', 10, 13.5, 50, 4)])).toEqual(['a']);
  });

  it('does not depend on the order sigma hands the labels over', () => {
    const boxes = [box('x', 0, 0, 60, 5), box('y', 30, 4, 60, 5), box('z', 70, 8, 60, 5), box('w', 200, 0, 10, 1)];
    const once = placeLabels(boxes);
    expect(placeLabels([...boxes].reverse())).toEqual(once);
    expect(once).toEqual(['x', 'z', 'w']);
  });
});

describe('placeLabels on either side', () => {
  it('puts a label that meets one already placed to the left of its node when it fits there', () => {
    // A larger node's label starts right of the small node, where the small one's would run.
    const big = box('big', 180, 0, 80, 10);
    const small = box('small', 150, 4, 60, 4, false, true);
    const placed = place([small, big]);
    expect(placed.map((b) => [b.key, b.side])).toEqual([
      ['big', 'right'],
      ['small', 'left'],
    ]);
    // Mirrored about the node: the node is at 150 - 4 - 3 = 143, the label ends 4 + 3 left of it.
    expect(placed[1]).toMatchObject({ x0: 76, x1: 136 });
  });

  it('drops the label when the left is taken too, or when it may not flip', () => {
    expect(placeLabels([box('big', 180, 0, 80, 10), box('left', 20, 0, 60, 6), box('small', 150, 4, 60, 4, false, true)])).toEqual([
      'big',
      'left',
    ]);
    expect(placeLabels([box('big', 180, 0, 80, 10), box('small', 150, 4, 60, 4, false, false)])).toEqual(['big']);
  });

  it('flips a label that would run past the right edge, and keeps it cut when the left is no better', () => {
    const edge = box('edge', 350, 0, 100, 5, false, true);
    expect(place([edge], 400)).toEqual([leftOf(edge)]);
    expect(leftOf(edge)).toMatchObject({ x0: 234, x1: 334, side: 'left' });
    // Too close to the left edge for the left side: drawn right, cut off by the view.
    const wide = box('wide', 50, 0, 400, 5, false, true);
    expect(place([wide], 400)).toEqual([wide]);
    // Without a width nothing is off the edge.
    expect(place([edge])).toEqual([edge]);
  });
});

describe('discLabelBox', () => {
  it('starts right of the disc and spans the measured width around the baseline', () => {
    const b = discLabelBox({ key: 'n', x: 100, y: 50, size: 6, label: 'KERN', color: '#000' }, 40, 12);
    expect(b).toMatchObject({ key: 'n', x0: 109, x1: 149, forced: false, size: 6, side: 'right', flip: true });
    // Baseline at 54; glyphs from 0.8 em above it to 0.22 em below.
    expect(b.y0).toBeCloseTo(44.4, 5);
    expect(b.y1).toBeCloseTo(56.64, 5);
    // The selected node's label is drawn on sigma's hover layer, on the right: it stays there.
    expect(discLabelBox({ key: 'n', x: 100, y: 50, size: 6, label: 'KERN', color: '#000', highlighted: true }, 40, 12).flip).toBe(false);
  });
});

describe('placeLabels at scale', () => {
  it('chooses as the pairwise comparison does, also across bucket borders and on both sides', () => {
    // A deterministic scatter of long and short labels, some far larger than a bucket.
    let seed = 7;
    const next = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const boxes = Array.from({ length: 600 }, (_, i) =>
      box(`n${i}`, next() * 1200 - 100, next() * 800 - 100, 10 + next() * 300, Math.floor(next() * 10), next() < 0.05, next() < 0.5),
    );
    const width = 1000;
    const pairwise: LabelBox[] = [];
    const meets = (a: LabelBox, b: LabelBox) => a.x0 < b.x1 + LABEL_GAP && b.x0 < a.x1 + LABEL_GAP && a.y0 < b.y1 && b.y0 < a.y1;
    const free = (b: LabelBox) => !pairwise.some((p) => meets(p, b));
    for (const b of [...boxes].sort(byImportance)) {
      if (free(b) && b.x1 <= width) pairwise.push(b);
      else if (b.flip && leftOf(b).x0 >= 0 && free(leftOf(b))) pairwise.push(leftOf(b));
      else if (free(b)) pairwise.push(b);
    }
    const chosen = place(boxes, width);
    expect(chosen).toEqual(pairwise);
    expect(chosen.filter((b) => b.side === 'left').length).toBeGreaterThan(10);
    expect(chosen.length).toBeGreaterThan(20);
    expect(chosen.length).toBeLessThan(600);
  });
});
