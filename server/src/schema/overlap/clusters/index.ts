// clusters: communities of the landscape. The whole landscape at the default resolution reads the
// partition stored at load, other scopes and resolutions run Louvain on the spot
// (server/src/derived/questions.ts: overlap/clusters-stored, else overlap/cluster-projection);
// clusters.ts groups a partition into clusters with their dominant topics.

import { z } from 'zod';
import { builder } from '../../../builder.js';
import { NetworkRef, type NetworkRow, TopicRef, type TopicRow } from '../../refs.js';
import { NETWORKS_SCOPE, scope } from '../args.js';
import { askDerived } from '../derived.js';
import { groupClusters } from './clusters.js';

type ClusterNetwork = NetworkRow & { topics: TopicRow[] };

interface ClusterRow {
  id: number;
  networks: NetworkRow[];
  dominantTopics: (TopicRow & { count: number })[];
}

const ClusterRef = builder.objectRef<ClusterRow>('Cluster').implement({
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Clusters are numbered by size, largest first.' }),
    size: t.int({ resolve: (c) => c.networks.length }),
    networks: t.field({ type: [NetworkRef], resolve: (c) => c.networks }),
    dominantTopics: t.field({
      type: [TopicRef],
      description: 'Up to three topics most networks of the cluster cover.',
      resolve: (c) => c.dominantTopics,
    }),
  }),
});

const ClusterReportRef = builder.objectRef<{ modularity: number; clusters: ClusterRow[] }>('ClusterReport').implement({
  fields: (t) => ({
    modularity: t.exposeFloat('modularity'),
    clusters: t.field({ type: [ClusterRef], resolve: (r) => r.clusters }),
  }),
});

builder.queryFields((t) => ({
  clusters: t.field({
    type: ClusterReportRef,
    description:
      'Communities of the landscape (Louvain on networks linked by shared authorities, persons and topics). For all networks at resolution 1 this is the partition computed when the landscape was last loaded; other scopes and resolutions are computed on request.',
    args: {
      networks: t.arg.idList(NETWORKS_SCOPE),
      resolution: t.arg.float({
        defaultValue: 1,
        validate: z.number().gt(0, 'resolution must be in (0, 10]').lte(10, 'resolution must be in (0, 10]'),
      }),
    },
    resolve: async (_root, args, ctx) => {
      const resolution = args.resolution ?? 1;
      const { networks, partition } = await askDerived(ctx, 'clusters', { networks: scope(args.networks), resolution });
      return groupClusters(networks as ClusterNetwork[], partition);
    },
  }),
}));
