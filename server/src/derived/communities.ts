// Communities of the network landscape: Louvain (graphology-communities-louvain) on a weighted
// network–network graph where two networks are linked by what they share (authorities, persons,
// topics). Deterministic: nodes in id order, pairs in rank order, no random walk, a seeded
// random source. Used twice: at the end of every load for the whole landscape (stored on the
// networks, read by Query.clusters) and by the server for other scopes and resolutions.

import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { Random } from './random.js';

export interface ProjectionPair {
  a: string;
  b: string;
  authorities: number;
  persons: number;
  topics: number;
}

/** A pair as the projection statements read it: [rank a, rank b, authorities, persons, topics]. */
export type RankedPair = [number, number, number, number, number];

export interface Partition {
  /** Community number per network id (numbers are Louvain's labels, not an order). */
  communities: Record<string, number>;
  modularity: number;
}

/** The resolution the stored partition is computed with (Query.clusters' default). */
export const STORED_RESOLUTION = 1;

/** Weight of a link between two networks: every shared authority, person and topic counts once. */
export const pairWeight = (p: ProjectionPair) => p.authorities + p.persons + p.topics;

/** Ranked pairs (ranks follow ids) in rank order, named by network id: the order Louvain sees. */
export function pairsFromRanks(idOfRank: (rank: number) => string | undefined, rows: RankedPair[]): ProjectionPair[] {
  return [...rows]
    .sort((x, y) => x[0] - y[0] || x[1] - y[1])
    .map(([a, b, authorities, persons, topics]) => {
      const idA = idOfRank(a);
      const idB = idOfRank(b);
      if (idA === undefined || idB === undefined)
        throw new RangeError(`community projection: rank ${idA === undefined ? a : b} is unknown`);
      return { a: idA, b: idB, authorities, persons, topics };
    });
}

/** The weighted, undirected graph Louvain runs on. */
export function projectionGraph(networkIds: readonly string[], pairs: ProjectionPair[]): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (const id of [...networkIds].sort((x, y) => x.localeCompare(y))) graph.addNode(id);
  for (const p of pairs) {
    const weight = pairWeight(p);
    if (weight > 0 && graph.hasNode(p.a) && graph.hasNode(p.b) && p.a !== p.b) graph.mergeEdge(p.a, p.b, { weight });
  }
  return graph;
}

/** Louvain communities of the networks; a network that shares nothing is a community of its own. */
export function partition(networkIds: readonly string[], pairs: ProjectionPair[], resolution = STORED_RESOLUTION): Partition {
  const graph = projectionGraph(networkIds, pairs);
  if (graph.size === 0) return { communities: Object.fromEntries(graph.nodes().map((id, i) => [id, i])), modularity: 0 };
  // A fixed seed (the generator's mulberry32), so that Louvain gives the same answer every time.
  const random = new Random(42);
  const detailed = louvain.detailed(graph, { getEdgeWeight: 'weight', resolution, randomWalk: false, rng: () => random.next() });
  return { communities: detailed.communities, modularity: detailed.modularity };
}
