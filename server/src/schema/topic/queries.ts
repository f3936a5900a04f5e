// Query fields for topics: a paginated list (the subtopics of one, or the roots only) and a lookup by id.

import { builder } from '../../builder.js';
import { notFound } from '../common/errors.js';
import { readPage } from '../common/loaders.js';
import { pagedConnection } from '../common/paging.js';
import { TopicRef, type TopicRow } from '../refs.js';

builder.queryFields((t) => ({
  topics: t.connection(
    {
      type: TopicRef,
      args: {
        parent: t.arg.id({ description: 'Only subtopics of this topic.' }),
        rootsOnly: t.arg.boolean({ description: 'Only topics without a parent.' }),
      },
      resolve: (_root, args, ctx) =>
        pagedConnection(args, (page) =>
          readPage<TopicRow>(ctx, 'topic/list-topics', { parent: args.parent ?? null, rootsOnly: args.rootsOnly ?? null }, page),
        ),
    },
    { name: 'TopicConnection' },
  ),
  topic: t.field({
    type: TopicRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const id = String(args.id);
      return (await TopicRef.getDataloader(ctx).load(id)) ?? Promise.reject(notFound('Topic', id));
    },
  }),
}));
