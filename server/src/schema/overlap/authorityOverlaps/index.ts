// authorityOverlaps: authorities that are members of at least minNetworks networks. Without a
// topic or network scope the derived network count per authority answers it
// (server/src/derived/questions.ts: overlap/authority-overlaps-all, else overlap/authority-overlaps).

import { z } from 'zod';
import { builder } from '../../../builder.js';
import { pagedConnection } from '../../common/paging.js';
import { LevelEnum } from '../../common/types.js';
import { AuthorityRef, NetworkRef, type NetworkRow, type OrganisationRow } from '../../refs.js';
import { NETWORKS_SCOPE, scope } from '../args.js';
import { derivedPage } from '../derived.js';

export interface AuthorityOverlapRow {
  authority: OrganisationRow;
  networkCount: number;
  networks: NetworkRow[];
}

const AuthorityOverlapRef = builder.objectRef<AuthorityOverlapRow>('AuthorityOverlap').implement({
  description: 'An authority that is a member of several networks.',
  fields: (t) => ({
    authority: t.field({ type: AuthorityRef, resolve: (r) => r.authority }),
    networkCount: t.exposeInt('networkCount'),
    networks: t.field({ type: [NetworkRef], resolve: (r) => r.networks }),
  }),
});

builder.queryFields((t) => ({
  authorityOverlaps: t.connection(
    {
      type: AuthorityOverlapRef,
      description: 'Authorities that are members of at least minNetworks networks, most networks first.',
      args: {
        minNetworks: t.arg.int({ required: true, validate: z.number().min(1, 'minNetworks must be at least 1') }),
        level: t.arg({ type: LevelEnum }),
        bundesland: t.arg.string(),
        topic: t.arg.id({ description: 'Count only networks covering this topic (or a subtopic).' }),
        networks: t.arg.idList(NETWORKS_SCOPE),
      },
      resolve: (_root, args, ctx) => {
        const params = {
          minNetworks: args.minNetworks,
          level: args.level ?? null,
          bundesland: args.bundesland ?? null,
          topic: args.topic ?? null,
          networks: scope(args.networks),
        };
        return pagedConnection(args, (page) => derivedPage(ctx, 'authorityOverlaps', params, page));
      },
    },
    { name: 'AuthorityOverlapConnection' },
  ),
}));
