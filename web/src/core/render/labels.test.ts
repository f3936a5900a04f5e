import { describe, expect, it } from 'vitest';
import { byImportance, discLabelBox, LABEL_GAP, type LabelBox, placeLabels } from './labels';

const box = (key: string, x0: number, y0: number, width: number, size = 5, forced = false): LabelBox => ({
  key,
  x0,
  y0,
  x1: x0 + width,
  y1: y0 + 14,
  size,
  forced,
});

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

describe('discLabelBox', () => {
  it('starts right of the disc and spans the measured width around the baseline', () => {
    const b = discLabelBox({ key: 'n', x: 100, y: 50, size: 6, label: 'KERN', color: '#000' }, 40, 12);
    expect(b).toMatchObject({ key: 'n', x0: 109, x1: 149, forced: false, size: 6 });
    // Baseline at 54; glyphs from 0.8 em above it to 0.22 em below.
    expect(b.y0).toBeCloseTo(44.4, 5);
    expect(b.y1).toBeCloseTo(56.64, 5);
  });
});

describe('placeLabels at scale', () => {
  it('chooses as the pairwise comparison does, also across bucket borders', () => {
    // A deterministic scatter of long and short labels, some far larger than a bucket.
    let seed = 7;
    const next = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const boxes = Array.from({ length: 600 }, (_, i) =>
      box(`n${i}`, next() * 1200 - 100, next() * 800 - 100, 10 + next() * 300, Math.floor(next() * 10), next() < 0.05),
    );
    const pairwise: LabelBox[] = [];
    const meets = (a: LabelBox, b: LabelBox) => a.x0 < b.x1 + LABEL_GAP && b.x0 < a.x1 + LABEL_GAP && a.y0 < b.y1 && b.y0 < a.y1;
    for (const b of [...boxes].sort(byImportance)) if (!pairwise.some((p) => meets(p, b))) pairwise.push(b);
    const chosen = placeLabels(boxes);
    expect(chosen).toEqual(pairwise.map((b) => b.key));
    expect(chosen.length).toBeGreaterThan(20);
    expect(chosen.length).toBeLessThan(600);
  });
});
