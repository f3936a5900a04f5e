import { describe, expect, it } from 'vitest';
import { isShownDuplicate, shownGroupSize } from './privacy.js';

describe('groups as far as the viewer may learn them', () => {
  it('a group with 1 or 2 hidden persons counts as the persons shown plus one, else as all', () => {
    expect(shownGroupSize(5, 5)).toBe(5);
    expect(shownGroupSize(5, 0)).toBe(5);
    expect(shownGroupSize(5, 2)).toBe(5);
    expect(shownGroupSize(5, 3)).toBe(4);
    expect(shownGroupSize(5, 4)).toBe(5);
    // Two with one hidden and three with two hidden look the same: at least two.
    expect(shownGroupSize(2, 1)).toBe(2);
    expect(shownGroupSize(3, 1)).toBe(2);
    // Both hidden: no more than one is told, so it is no group of two.
    expect(shownGroupSize(2, 0)).toBe(1);
  });

  it('a duplicate is a group of at least two as the viewer may learn it', () => {
    expect(isShownDuplicate({ total: 2, shown: ['a', 'b'] })).toBe(true);
    expect(isShownDuplicate({ total: 2, shown: ['a'] })).toBe(true);
    expect(isShownDuplicate({ total: 3, shown: ['a'] })).toBe(true);
    expect(isShownDuplicate({ total: 2, shown: [] })).toBe(false);
    expect(isShownDuplicate({ total: 3, shown: [] })).toBe(true);
    expect(isShownDuplicate({ total: 1, shown: ['a'] })).toBe(false);
  });
});
