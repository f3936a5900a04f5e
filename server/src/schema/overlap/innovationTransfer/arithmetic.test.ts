import { describe, expect, it } from 'vitest';
import { countByKind, type KindCount, share } from './arithmetic.js';

describe('share', () => {
  it.each<[[number, number], number]>([
    [[0, 0], 0],
    [[3, 0], 0],
    [[0, 4], 0],
    [[1, 4], 0.25],
    [[4, 4], 1],
  ])('%j is %d', ([part, whole], expected) => {
    expect(share(part, whole)).toBe(expected);
  });
});

describe('countByKind', () => {
  const innovation = (kind: string | null, adopters: number) => ({ innovation: { kind }, adopters: Array.from({ length: adopters }) });

  it.each<[string, Parameters<typeof countByKind>[0], KindCount[]]>([
    ['no networks', [], []],
    ['a network without innovations', [{ innovations: [] }], []],
    [
      'kinds over networks, most innovations first, ties by kind, no kind as UNKNOWN',
      [
        { innovations: [innovation('TOOL', 1), innovation('PRACTICE', 0)] },
        { innovations: [innovation('TOOL', 0), innovation(null, 2), innovation('METHOD', 3)] },
      ],
      [
        { kind: 'TOOL', innovations: 2, adopted: 1 },
        { kind: 'METHOD', innovations: 1, adopted: 1 },
        { kind: 'PRACTICE', innovations: 1, adopted: 0 },
        { kind: 'UNKNOWN', innovations: 1, adopted: 1 },
      ],
    ],
  ])('%s', (_name, networks, expected) => {
    expect(countByKind(networks)).toEqual(expected);
  });
});
