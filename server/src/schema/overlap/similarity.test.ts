import { describe, expect, it } from 'vitest';
import { similarity } from './similarity.js';

describe('similarity', () => {
  it.each([
    // shared, |A|, |B|, jaccard, overlap
    [0, 0, 0, 0, 0],
    [0, 5, 3, 0, 0],
    [3, 3, 3, 1, 1], // identical sets
    [2, 4, 2, 0.5, 1], // B inside A
    [1, 3, 3, 0.2, 1 / 3],
  ])('shared %d of %d and %d', (shared, a, b, jaccard, overlap) => {
    const s = similarity(shared, a, b);
    expect(s.jaccard).toBeCloseTo(jaccard);
    expect(s.overlap).toBeCloseTo(overlap);
  });

  it('rejects an intersection larger than a set', () => {
    expect(() => similarity(4, 3, 10)).toThrow(/similarity:/);
  });
});
