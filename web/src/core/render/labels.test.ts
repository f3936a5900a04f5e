import { describe, expect, it } from 'vitest';
import {
  byImportance,
  coversDisc,
  type Disc,
  discLabelBox,
  LABEL_GAP,
  type LabelBox,
  labelDataFor,
  leftOf,
  placeLabels as place,
} from './labels';

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

const placeLabels = (boxes: LabelBox[], width?: number) => place(boxes, { width }).map((b) => b.key);

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
    expect(place([edge], { width: 400 })).toEqual([leftOf(edge)]);
    expect(leftOf(edge)).toMatchObject({ x0: 234, x1: 334, side: 'left' });
    // Too close to the left edge for the left side: drawn right, cut off by the view.
    const wide = box('wide', 50, 0, 400, 5, false, true);
    expect(place([wide], { width: 400 })).toEqual([wide]);
    // Without a width nothing is off the edge.
    expect(place([edge])).toEqual([edge]);
  });
});

describe('placeLabels and the nodes in view', () => {
  // A label right of its node at (100, 10), size 5: from 108 to 168.
  const label = box('n', 108, 3, 60, 5, false, true);

  it('goes left rather than cover another node, and stays right when the left covers one too', () => {
    const other: Disc = { key: 'o', x: 140, y: 10, r: 4 };
    expect(place([label], { discs: [other] })).toEqual([leftOf(label)]);
    const leftOther: Disc = { key: 'p', x: 60, y: 10, r: 4 };
    expect(place([label], { discs: [other, leftOther] })).toEqual([label]);
    // Its own disc does not count, nor a disc the label only comes near.
    expect(
      place([label], {
        discs: [
          { key: 'n', x: 100, y: 10, r: 5 },
          { key: 'q', x: 140, y: 25, r: 3 },
        ],
      }),
    ).toEqual([label]);
  });

  it('never leaves a label out for covering a node', () => {
    const fixed = { ...label, flip: false };
    expect(place([fixed], { discs: [{ key: 'o', x: 140, y: 10, r: 4 }] })).toEqual([fixed]);
  });

  it('measures a disc as a circle, not its square', () => {
    // The label's corner (168, 3) and a disc 4 px away diagonally in each axis: 5.7 px > r = 5.
    expect(coversDisc(label, { key: 'o', x: 172, y: -1, r: 5 })).toBe(false);
    expect(coversDisc(label, { key: 'o', x: 172, y: -1, r: 6 })).toBe(true);
  });
});

describe('labelDataFor', () => {
  it('moves the node so that sigma, drawing from x + size + 3, starts the label where its left box starts', () => {
    const data = { key: 'n', x: 100, y: 50, size: 6, label: 'KERN', color: '#000' };
    expect(labelDataFor(data, 40, 'right')).toBe(data);
    const moved = labelDataFor(data, 40, 'left');
    expect(moved.x + moved.size + 3).toBe(leftOf(discLabelBox(data, 40, 12)).x0);
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
    const discs: Disc[] = boxes.map((b) => ({ key: b.key, x: b.x0 - b.size - 3, y: b.y0 + 7, r: b.size }));
    const pairwise: LabelBox[] = [];
    const meets = (a: LabelBox, b: LabelBox) => a.x0 < b.x1 + LABEL_GAP && b.x0 < a.x1 + LABEL_GAP && a.y0 < b.y1 && b.y0 < a.y1;
    const free = (b: LabelBox) => !pairwise.some((p) => meets(p, b));
    const clear = (b: LabelBox) => !discs.some((d) => coversDisc(b, d));
    const inside = (b: LabelBox) => b.x0 >= 0 && b.x1 <= width;
    for (const b of [...boxes].sort(byImportance)) {
      const l = b.flip ? leftOf(b) : null;
      const choice = [
        free(b) && inside(b) && clear(b) && b,
        l && free(l) && inside(l) && clear(l) && l,
        free(b) && inside(b) && b,
        l && free(l) && inside(l) && l,
        free(b) && b,
      ].find(Boolean);
      if (choice) pairwise.push(choice);
    }
    const chosen = place(boxes, { width, discs });
    expect(chosen).toEqual(pairwise);
    // The discs change the choice (else this would not test them).
    expect(place(boxes, { width })).not.toEqual(chosen);
    expect(chosen.filter((b) => b.side === 'left').length).toBeGreaterThan(10);
    expect(chosen.length).toBeGreaterThan(20);
    expect(chosen.length).toBeLessThan(600);
  });
});
