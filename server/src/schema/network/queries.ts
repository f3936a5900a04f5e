// Query fields for networks: a filtered, paginated list and a lookup by id.

import { builder } from '../../builder.js';
import { notFound } from '../common/errors.js';
import { today } from '../common/fields.js';
import { readPage } from '../common/loaders.js';
import { pagedConnection } from '../common/paging.js';
import { GovernanceEnum, LevelEnum, TypologyEnum } from '../common/types.js';
import { NetworkRef, type NetworkRow } from '../refs.js';

export const NetworkFilter = builder.inputType('NetworkFilter', {
  fields: (t) => ({
    level: t.field({ type: LevelEnum }),
    typology: t.field({ type: TypologyEnum }),
    governance: t.field({ type: GovernanceEnum }),
    bundesland: t.string({ description: 'ISO 3166-2 code, e.g. DE-NW.' }),
    topic: t.id({ description: 'Networks covering this topic or one of its subtopics.' }),
    parent: t.id({ description: 'Parts of this network.' }),
    running: t.boolean({ description: 'true: still running; false: term has ended.' }),
    synthetic: t.boolean({ description: 'true: only Beispieldaten; false: only facts from the sources.' }),
  }),
});

builder.queryFields((t) => ({
  networks: t.connection(
    {
      type: NetworkRef,
      args: { filter: t.arg({ type: NetworkFilter }) },
      resolve: (_root, args, ctx) =>
        pagedConnection(args, (page) =>
          readPage<NetworkRow>(
            ctx,
            'network/list-networks',
            {
              level: args.filter?.level ?? null,
              typology: args.filter?.typology ?? null,
              governance: args.filter?.governance ?? null,
              bundesland: args.filter?.bundesland ?? null,
              topic: args.filter?.topic ?? null,
              parent: args.filter?.parent ?? null,
              running: args.filter?.running ?? null,
              synthetic: args.filter?.synthetic ?? null,
              today: today(),
            },
            page,
          ),
        ),
    },
    { name: 'NetworkConnection' },
  ),
  network: t.field({
    type: NetworkRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const id = String(args.id);
      return (await NetworkRef.getDataloader(ctx).load(id)) ?? Promise.reject(notFound('Network', id));
    },
  }),
}));
