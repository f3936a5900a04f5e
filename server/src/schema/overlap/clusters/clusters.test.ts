import { describe, expect, it } from 'vitest';
import { clusterNetworks, groupClusters, type ProjectionPair } from './clusters.js';

const net = (id: string, ...topics: string[]) => ({ id, topics: topics.map((t) => ({ id: t })) });
const pair = (a: string, b: string, authorities: number): ProjectionPair => ({ a, b, authorities, persons: 0, topics: 0 });

describe('clusterNetworks', () => {
  // Two dense triangles joined by one weak link, plus a loner.
  const networks = [
    net('a1', 'ki'),
    net('a2', 'ki'),
    net('a3', 'ki', 'cloud'),
    net('b1', 'vergabe'),
    net('b2', 'vergabe'),
    net('b3', 'vergabe'),
    net('z'),
  ];
  const pairs = [
    pair('a1', 'a2', 5),
    pair('a1', 'a3', 5),
    pair('a2', 'a3', 5),
    pair('b1', 'b2', 5),
    pair('b1', 'b3', 5),
    pair('b2', 'b3', 5),
    pair('a3', 'b1', 1),
  ];

  it('finds the two dense groups and leaves the loner alone', () => {
    const result = clusterNetworks(networks, pairs);
    const groups = result.clusters.map((c) => c.networks.map((n) => n.id));
    expect(groups).toEqual([['a1', 'a2', 'a3'], ['b1', 'b2', 'b3'], ['z']]);
    expect(result.modularity).toBeGreaterThan(0.3);
  });

  it('names the dominant topics by how many networks cover them', () => {
    const [first] = clusterNetworks(networks, pairs).clusters;
    expect(first?.dominantTopics.map((t) => [t.id, t.count])).toEqual([
      ['ki', 3],
      ['cloud', 1],
    ]);
  });

  it('is deterministic whatever the input order', () => {
    const a = clusterNetworks(networks, pairs);
    const b = clusterNetworks([...networks].reverse(), [...pairs].reverse());
    expect(b).toEqual(a);
  });

  it('handles no networks and networks without links', () => {
    expect(clusterNetworks([], [])).toEqual({ modularity: 0, clusters: [] });
    expect(clusterNetworks([net('x'), net('y')], []).clusters.map((c) => c.networks.map((n) => n.id))).toEqual([['x'], ['y']]);
  });

  it('groups a stored partition the same way as a computed one, and refuses a network without a community', () => {
    const computed = clusterNetworks(networks, pairs);
    const communities = Object.fromEntries(computed.clusters.flatMap((c) => c.networks.map((n) => [n.id, 100 - c.id])));
    expect(groupClusters(networks, { communities, modularity: computed.modularity })).toEqual(computed);
    const { z: _, ...withoutZ } = communities;
    expect(() => groupClusters(networks, { communities: withoutZ, modularity: 0 })).toThrow(/network z has no community/);
  });
});
