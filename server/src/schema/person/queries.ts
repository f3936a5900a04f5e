// Query fields for persons: only those the viewer may see; a hidden person's id answers
// NOT_FOUND exactly like an id that does not exist.

import { builder } from '../../builder.js';
import { notFound } from '../common/errors.js';
import { readPage } from '../common/loaders.js';
import { pagedConnection } from '../common/paging.js';
import { hiddenCountFields } from '../common/privacy.js';
import { PersonRef, type PersonRow } from '../refs.js';

builder.queryFields((t) => ({
  persons: t.connection(
    {
      type: PersonRef,
      description: 'Persons the viewer may see; hiddenCount counts the others.',
      args: { authority: t.arg.id(), network: t.arg.id() },
      resolve: (_root, args, ctx) =>
        pagedConnection(args, (page) =>
          readPage<PersonRow>(ctx, 'person/list-persons', { authority: args.authority ?? null, network: args.network ?? null }, page),
        ),
    },
    { name: 'PersonConnection', fields: hiddenCountFields },
  ),
  person: t.field({
    type: PersonRef,
    description: 'A person the viewer may see; NOT_FOUND for any other id.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const id = String(args.id);
      return (await PersonRef.getDataloader(ctx).load(id)) ?? Promise.reject(notFound('Person', id));
    },
  }),
}));
