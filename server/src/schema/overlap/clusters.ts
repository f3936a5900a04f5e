// Communities of the network landscape: Louvain (graphology-communities-louvain) on a weighted
// network–network graph where two networks are linked by what they share (authorities, persons,
// topics). Deterministic: nodes in id order, no random walk, a seeded random source.

import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';

export interface ProjectionNetwork {
  id: string;
  topics: { id: string }[];
}

export interface ProjectionPair {
  a: string;
  b: string;
  authorities: number;
  persons: number;
  topics: number;
}

export interface ClusterResult<N extends ProjectionNetwork> {
  modularity: number;
  clusters: { id: number; networks: N[]; dominantTopics: (N['topics'][number] & { count: number })[] }[];
}

/** Weight of a link between two networks: every shared authority, person and topic counts once. */
export const pairWeight = (p: ProjectionPair) => p.authorities + p.persons + p.topics;

/** A small deterministic PRNG (mulberry32), so that Louvain gives the same answer every time. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The weighted, undirected graph Louvain runs on. */
export function projectionGraph(networks: ProjectionNetwork[], pairs: ProjectionPair[]): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (const n of [...networks].sort((x, y) => x.id.localeCompare(y.id))) graph.addNode(n.id);
  for (const p of pairs) {
    const weight = pairWeight(p);
    if (weight > 0 && graph.hasNode(p.a) && graph.hasNode(p.b) && p.a !== p.b) graph.mergeEdge(p.a, p.b, { weight });
  }
  return graph;
}

/**
 * Clusters of networks, largest first (ties by the smallest network id), each with up to three
 * dominant topics (most networks of the cluster cover them; ties by topic id). A network that
 * shares nothing forms a cluster of its own.
 */
export function clusterNetworks<N extends ProjectionNetwork>(networks: N[], pairs: ProjectionPair[], resolution = 1): ClusterResult<N> {
  const graph = projectionGraph(networks, pairs);
  if (graph.order === 0) return { modularity: 0, clusters: [] };
  const byId = new Map(networks.map((n) => [n.id, n]));
  let communities: Record<string, number>;
  let modularity = 0;
  if (graph.size === 0) {
    communities = Object.fromEntries(graph.nodes().map((id, i) => [id, i]));
  } else {
    const detailed = louvain.detailed(graph, { getEdgeWeight: 'weight', resolution, randomWalk: false, rng: mulberry32(42) });
    communities = detailed.communities;
    modularity = detailed.modularity;
  }
  const groups = new Map<number, N[]>();
  for (const id of graph.nodes()) {
    const c = communities[id] as number;
    groups.set(c, [...(groups.get(c) ?? []), byId.get(id) as N]);
  }
  const ordered = [...groups.values()]
    .map((members) => members.sort((x, y) => x.id.localeCompare(y.id)))
    .sort((x, y) => y.length - x.length || (x[0]?.id ?? '').localeCompare(y[0]?.id ?? ''));
  return {
    modularity,
    clusters: ordered.map((members, i) => {
      const counts = new Map<string, { topic: N['topics'][number]; count: number }>();
      for (const n of members) {
        for (const t of n.topics) counts.set(t.id, { topic: t, count: (counts.get(t.id)?.count ?? 0) + 1 });
      }
      const dominantTopics = [...counts.values()]
        .sort((x, y) => y.count - x.count || x.topic.id.localeCompare(y.topic.id))
        .slice(0, 3)
        .map((x) => ({ ...x.topic, count: x.count }));
      return { id: i + 1, networks: members, dominantTopics };
    }),
  };
}
