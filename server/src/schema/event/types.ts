// Events: meetings of a network, with the persons who attended.

import { builder } from '../../builder.js';
import { badInput, notFound } from '../common/errors.js';
import { ISO_DATE, provenanceFields } from '../common/fields.js';
import { byId, paged, readPage } from '../common/loaders.js';
import { pagedConnection } from '../common/paging.js';
import { hiddenCountFields } from '../common/privacy.js';
import { NodeRef } from '../common/types.js';
import { EventRef, type EventRow, NetworkRef, type NetworkRow, PersonRef, type PersonRow } from '../refs.js';

EventRef.implement({
  description: 'A meeting, workshop or conference of a network.',
  interfaces: [NodeRef],
  fields: (t) => ({
    name: t.exposeString('name'),
    date: t.exposeString('date', { nullable: true, description: 'ISO date.' }),
    format: t.exposeString('format', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    ...provenanceFields(t),
    network: t.field({
      type: NetworkRef,
      nullable: true,
      resolve: (e, _args, ctx) => (e.networkId ? byId<NetworkRow>(ctx, 'network/get-networks').load(e.networkId) : null),
    }),
    attendees: t.connection(
      {
        type: PersonRef,
        description: 'Persons who attended: those the viewer may see; hiddenCount counts the others.',
        resolve: (e, args, ctx) =>
          pagedConnection(args, (page) => paged<PersonRow>(ctx, 'event/attendees-of-events').load({ id: e.id, ...page })),
      },
      { name: 'EventAttendeeConnection', fields: hiddenCountFields },
    ),
  }),
});

builder.queryFields((t) => ({
  events: t.connection(
    {
      type: EventRef,
      args: {
        network: t.arg.id(),
        from: t.arg.string({ description: 'ISO date, inclusive.' }),
        to: t.arg.string({ description: 'ISO date, inclusive.' }),
      },
      resolve: (_root, args, ctx) => {
        for (const name of ['from', 'to'] as const) {
          const value = args[name];
          if (value != null && !ISO_DATE.test(value)) throw badInput(`${name} must be an ISO date like 2026-04-30`, name);
        }
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
      return (await byId<EventRow>(ctx, 'event/get-events').load(id)) ?? Promise.reject(notFound('Event', id));
    },
  }),
}));
