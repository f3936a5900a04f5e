// Query fields for events: a list filtered by network and dates, and a lookup by id.

import { z } from 'zod';
import { builder } from '../../builder.js';
import { notFound } from '../common/errors.js';
import { ISO_DATE } from '../common/fields.js';
import { readPage } from '../common/loaders.js';
import { pagedConnection } from '../common/paging.js';
import { EventRef, type EventRow } from '../refs.js';

const isoDate = (name: string) => z.string().regex(ISO_DATE, `${name} must be an ISO date like 2026-04-30`);

builder.queryFields((t) => ({
  events: t.connection(
    {
      type: EventRef,
      args: {
        network: t.arg.id(),
        from: t.arg.string({ description: 'ISO date, inclusive.', validate: isoDate('from') }),
        to: t.arg.string({ description: 'ISO date, inclusive.', validate: isoDate('to') }),
      },
      resolve: (_root, args, ctx) => {
        return pagedConnection(args, (page) =>
          readPage<EventRow>(
            ctx,
            'event/list-events',
            { network: args.network ?? null, from: args.from ?? null, to: args.to ?? null },
            page,
          ),
        );
      },
    },
    { name: 'EventConnection' },
  ),
  event: t.field({
    type: EventRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const id = String(args.id);
      return (await EventRef.getDataloader(ctx).load(id)) ?? Promise.reject(notFound('Event', id));
    },
  }),
}));
