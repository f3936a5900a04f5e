// Query fields for innovations: a list filtered by kind, network or topic, and a lookup by id.

import { builder } from '../../builder.js';
import { notFound } from '../common/errors.js';
import { readPage } from '../common/loaders.js';
import { pagedConnection } from '../common/paging.js';
import { InnovationKindEnum } from '../common/types.js';
import { InnovationRef, type InnovationRow } from '../refs.js';

builder.queryFields((t) => ({
  innovations: t.connection(
    {
      type: InnovationRef,
      args: { kind: t.arg({ type: InnovationKindEnum }), network: t.arg.id(), topic: t.arg.id() },
      resolve: (_root, args, ctx) =>
        pagedConnection(args, (page) =>
          readPage<InnovationRow>(
            ctx,
            'innovation/list-innovations',
            { kind: args.kind ?? null, network: args.network ?? null, topic: args.topic ?? null },
            page,
          ),
        ),
    },
    { name: 'InnovationConnection' },
  ),
  innovation: t.field({
    type: InnovationRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const id = String(args.id);
      return (await InnovationRef.getDataloader(ctx).load(id)) ?? Promise.reject(notFound('Innovation', id));
    },
  }),
}));
