// Communities of the network landscape, as the clusters field answers: Louvain's partition
// (server/src/derived/communities.ts, stored at load time for the whole landscape, computed on
// the spot for other scopes and resolutions) grouped into clusters with their dominant topics.

import { type Partition, type ProjectionPair, partition } from '../../../derived/communities.js';

export type { ProjectionPair } from '../../../derived/communities.js';

export interface ProjectionNetwork {
  id: string;
  topics: { id: string }[];
}

export interface ClusterResult<N extends ProjectionNetwork> {
  modularity: number;
  clusters: { id: number; networks: N[]; dominantTopics: (N['topics'][number] & { count: number })[] }[];
}

/**
 * Clusters of networks from a partition, largest first (ties by the smallest network id), each
 * with up to three dominant topics (most networks of the cluster cover them; ties by topic id).
 */
export function groupClusters<N extends ProjectionNetwork>(networks: N[], { communities, modularity }: Partition): ClusterResult<N> {
  const groups = new Map<number, N[]>();
  for (const n of [...networks].sort((x, y) => x.id.localeCompare(y.id))) {
    const c = communities[n.id];
    if (c === undefined) throw new RangeError(`clusters: network ${n.id} has no community`);
    const group = groups.get(c);
    if (group) group.push(n);
    else groups.set(c, [n]);
  }
  const ordered = [...groups.values()].sort((x, y) => y.length - x.length || (x[0]?.id ?? '').localeCompare(y[0]?.id ?? ''));
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

/** Louvain on the networks and pairs, then grouped: a network that shares nothing is a cluster of its own. */
export function clusterNetworks<N extends ProjectionNetwork>(networks: N[], pairs: ProjectionPair[], resolution = 1): ClusterResult<N> {
  if (networks.length === 0) return { modularity: 0, clusters: [] };
  return groupClusters(
    networks,
    partition(
      networks.map((n) => n.id),
      pairs,
      resolution,
    ),
  );
}
