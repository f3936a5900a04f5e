// Query fields for authorities and umbrella organisations.

import { builder } from '../../builder.js';
import { notFound } from '../common/errors.js';
import { readPage } from '../common/loaders.js';
import { pagedConnection } from '../common/paging.js';
import { LevelEnum } from '../common/types.js';
import { AuthorityRef, type OrganisationRow, UmbrellaRef } from '../refs.js';

export const AuthorityFilter = builder.inputType('AuthorityFilter', {
  fields: (t) => ({
    level: t.field({ type: LevelEnum }),
    bundesland: t.string({ description: 'ISO 3166-2 code, e.g. DE-NW.' }),
    authorityType: t.string({ description: 'e.g. FEDERAL_MINISTRY, MUNICIPALITY.' }),
    network: t.id({ description: 'Members of this network.' }),
    synthetic: t.boolean(),
  }),
});

builder.queryFields((t) => ({
  authorities: t.connection(
    {
      type: AuthorityRef,
      args: { filter: t.arg({ type: AuthorityFilter }) },
      resolve: (_root, args, ctx) =>
        pagedConnection(args, (page) =>
          readPage<OrganisationRow>(
            ctx,
            'organisation/list-authorities',
            {
              level: args.filter?.level ?? null,
              bundesland: args.filter?.bundesland ?? null,
              authorityType: args.filter?.authorityType ?? null,
              network: args.filter?.network ?? null,
              synthetic: args.filter?.synthetic ?? null,
            },
            page,
          ),
        ),
    },
    { name: 'AuthorityConnection' },
  ),
  authority: t.field({
    type: AuthorityRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const id = String(args.id);
      return (await AuthorityRef.getDataloader(ctx).load(id)) ?? Promise.reject(notFound('Authority', id));
    },
  }),
  umbrellaOrganisations: t.connection(
    {
      type: UmbrellaRef,
      description:
        'Umbrella organisations, including authorities that coordinate networks (these appear here as UmbrellaOrganisation too).',
      args: { synthetic: t.arg.boolean() },
      resolve: (_root, args, ctx) =>
        pagedConnection(args, (page) =>
          readPage<OrganisationRow>(ctx, 'organisation/list-umbrellas', { synthetic: args.synthetic ?? null }, page),
        ),
    },
    { name: 'UmbrellaOrganisationConnection' },
  ),
  umbrellaOrganisation: t.field({
    type: UmbrellaRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const id = String(args.id);
      return (await UmbrellaRef.getDataloader(ctx).load(id)) ?? Promise.reject(notFound('UmbrellaOrganisation', id));
    },
  }),
}));
