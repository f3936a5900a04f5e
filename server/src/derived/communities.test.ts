import { describe, expect, it } from 'vitest';
import { pairsFromRanks, partition } from './communities.js';

describe('pairsFromRanks', () => {
  const ids = ['network:a', 'network:b', 'network:c'];

  it('names ranked pairs by id, in rank order whatever order they were read in', () => {
    const pairs = pairsFromRanks(
      (r) => ids[r],
      [
        [1, 2, 0, 1, 0],
        [0, 2, 3, 0, 1],
        [0, 1, 1, 1, 1],
      ],
    );
    expect(pairs.map((p) => `${p.a}|${p.b}`)).toEqual(['network:a|network:b', 'network:a|network:c', 'network:b|network:c']);
    expect(pairs[1]).toEqual({ a: 'network:a', b: 'network:c', authorities: 3, persons: 0, topics: 1 });
  });

  it('refuses a rank it cannot name', () => {
    expect(() => pairsFromRanks((r) => ids[r], [[0, 7, 1, 0, 0]])).toThrow(/rank 7/);
  });
});

describe('partition', () => {
  it('puts every network that shares nothing in a community of its own, with modularity 0', () => {
    const { communities, modularity } = partition(['x', 'y', 'z'], []);
    expect(new Set(Object.values(communities)).size).toBe(3);
    expect(modularity).toBe(0);
  });

  it('gives the same communities for the same graph, whatever the order of ids and pairs', () => {
    const pair = (a: string, b: string, authorities: number) => ({ a, b, authorities, persons: 0, topics: 0 });
    const pairs = [pair('a', 'b', 4), pair('b', 'c', 4), pair('c', 'a', 4), pair('c', 'd', 1), pair('d', 'e', 4), pair('e', 'f', 4)];
    const one = partition(['a', 'b', 'c', 'd', 'e', 'f'], pairs);
    const two = partition(['f', 'e', 'd', 'c', 'b', 'a'], [...pairs].reverse());
    expect(two).toEqual(one);
    expect(one.communities.a).toBe(one.communities.c);
    expect(one.communities.a).not.toBe(one.communities.f);
  });
});
