// recommendedNetworks: networks for an authority or a set of topics (overlap/recommended-networks).

import { z } from 'zod';
import { builder } from '../../../builder.js';
import { notFound } from '../../common/errors.js';
import { today } from '../../common/fields.js';
import { readRows } from '../../common/loaders.js';
import { pagedConnection } from '../../common/paging.js';
import { NetworkRef, type NetworkRow } from '../../refs.js';
import { DATA_SCOPE, NETWORKS_SCOPE, scope } from '../args.js';

interface RecommendationRow {
  network: NetworkRow;
  topicMatches: number;
  peers: number;
}

/** A page as the statement returns it: `found` is false when the authority does not exist. */
interface RecommendationPage {
  total: number;
  items: RecommendationRow[];
  found: boolean;
}

const RecommendationRef = builder.objectRef<RecommendationRow>('NetworkRecommendation').implement({
  fields: (t) => ({
    network: t.field({ type: NetworkRef, resolve: (r) => r.network }),
    topicMatches: t.exposeInt('topicMatches', { description: 'How many of the topics the network covers.' }),
    peers: t.exposeInt('peers', { description: 'Authorities sharing a network with this one that are members there.' }),
  }),
});

builder.queryFields((t) => ({
  recommendedNetworks: t.connection(
    {
      type: RecommendationRef,
      description:
        'Networks for an authority (or a set of topics): on its topics, where similar authorities take part, and it does not yet.',
      args: {
        authority: t.arg.id(),
        topics: t.arg.idList({ validate: z.array(z.union([z.string(), z.number()])).min(1, 'topics must not be empty') }),
        networks: t.arg.idList(NETWORKS_SCOPE),
        synthetic: t.arg.boolean(DATA_SCOPE),
      },
      validate: z
        .looseObject({ authority: z.unknown().optional(), topics: z.unknown().optional() })
        .refine((a) => a.authority != null || a.topics != null, { message: 'give an authority or topics', path: ['authority'] }),
      resolve: (_root, args, ctx) => {
        const params = {
          authority: args.authority == null ? null : String(args.authority),
          topics: args.topics?.map(String) ?? null,
          networks: scope(args.networks),
          synthetic: args.synthetic ?? null,
          today: today(),
        };
        return pagedConnection(args, async (page) => {
          const [result] = await readRows<RecommendationPage>(ctx, 'overlap/recommended-networks', { ...params, ...page });
          if (result && !result.found) throw notFound('Authority', String(args.authority));
          return { total: result?.total ?? 0, items: result?.items ?? [] };
        });
      },
    },
    { name: 'NetworkRecommendationConnection' },
  ),
}));
