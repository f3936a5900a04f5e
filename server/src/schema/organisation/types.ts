// Authorities (Behörden, Kommunen, Länder, Bund) and umbrella organisations (NExT e.V., KGSt …).
// A node can be both (BMI is an authority and coordinates the KI-Campus der Polizei).

import { builder } from '../../builder.js';
import { provenanceFields } from '../common/fields.js';
import { grouped, paged } from '../common/loaders.js';
import { pagedConnection } from '../common/paging.js';
import { hiddenCountFields } from '../common/privacy.js';
import { type EnumValue, LevelEnum, NodeRef } from '../common/types.js';
import {
  AdoptionRef,
  AuthorityRef,
  InnovationRef,
  type InnovationRow,
  MembershipRef,
  NetworkRef,
  NetworkRelationRef,
  type NetworkRelationRow,
  type OrganisationRow,
  PersonRef,
  type PersonRow,
  UmbrellaRef,
} from '../refs.js';

export const NetworkRelationTypeEnum = builder.enumType('NetworkRelationType', {
  values: ['COORDINATES', 'HOSTS', 'FUNDS', 'PROVIDES_CONTENT', 'MEMBER_OF'] as const,
});

export const OrganisationRef = builder.interfaceRef<OrganisationRow>('Organisation').implement({
  description: 'An authority or an umbrella organisation.',
  interfaces: [NodeRef],
  resolveType: (row) => (row.isAuthority ? 'Authority' : 'UmbrellaOrganisation'),
  fields: (t) => ({
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    website: t.exposeString('website', { nullable: true }),
    isAuthority: t.exposeBoolean('isAuthority'),
    isUmbrella: t.exposeBoolean('isUmbrella', { description: 'Coordinates, hosts, funds or provides content for networks.' }),
    networkRelations: t.field({
      type: [NetworkRelationRef],
      args: { types: t.arg({ type: [NetworkRelationTypeEnum] }) },
      description: 'Relations to networks: coordinates, hosts, funds, provides content, member of.',
      resolve: async (o, args, ctx) => {
        const all = await grouped<NetworkRelationRow>(ctx, 'organisation/network-relations-of-organisations').load(o.id);
        return args.types ? all.filter((r) => (args.types as string[]).includes(r.type)) : all;
      },
    }),
  }),
});

AuthorityRef.implement({
  description: 'A public authority (Behörde, Kommune, Land, Bund). Member of networks, employs persons.',
  interfaces: [NodeRef, OrganisationRef],
  fields: (t) => ({
    level: t.field({ type: LevelEnum, nullable: true, resolve: (a) => (a.level as EnumValue<typeof LevelEnum>) ?? null }),
    bundesland: t.exposeString('bundesland', { nullable: true }),
    authorityType: t.exposeString('authorityType', { nullable: true }),
    ags: t.exposeString('ags', { nullable: true, description: 'Amtlicher Gemeindeschlüssel (municipalities).' }),
    ...provenanceFields(t),
    parent: t.field({
      type: AuthorityRef,
      nullable: true,
      description: 'The superior authority (BKA under BMI, a municipality under its district).',
      resolve: (a) => a.parentId ?? null,
    }),
    subordinates: t.field({
      type: [AuthorityRef],
      resolve: (a, _args, ctx) => grouped<OrganisationRow>(ctx, 'organisation/children-of-authorities').load(a.id),
    }),
    networks: t.field({
      type: [NetworkRef],
      description: 'Networks the authority is a member of.',
      resolve: async (a, _args, ctx) =>
        (await grouped<NetworkRelationRow>(ctx, 'organisation/network-relations-of-organisations').load(a.id))
          .filter((r) => r.type === 'MEMBER_OF' && r.network)
          .map((r) => r.network as NonNullable<NetworkRelationRow['network']>),
    }),
    employees: t.connection(
      {
        type: PersonRef,
        description: 'Persons working here: those the viewer may see; hiddenCount counts the others.',
        resolve: (a, args, ctx) =>
          pagedConnection(args, (page) => paged<PersonRow>(ctx, 'organisation/employees-of-authorities').load({ id: a.id, ...page })),
      },
      { name: 'AuthorityEmployeeConnection', fields: hiddenCountFields },
    ),
    adoptedInnovations: t.field({
      type: [InnovationRef],
      resolve: (a, _args, ctx) => grouped<InnovationRow>(ctx, 'organisation/adoptions-of-authorities').load(a.id),
    }),
  }),
});

UmbrellaRef.implement({
  description: 'An umbrella or coordinating organisation (NExT e.V., KGSt, NEGZ e.V., FITKO …).',
  interfaces: [NodeRef, OrganisationRef],
  fields: (t) => ({
    ...provenanceFields(t),
  }),
});

NetworkRelationRef.implement({
  description: 'An organisation coordinating, hosting, funding, providing content for, or being a member of a network.',
  fields: (t) => ({
    type: t.field({ type: NetworkRelationTypeEnum, resolve: (r) => r.type as EnumValue<typeof NetworkRelationTypeEnum> }),
    since: t.exposeString('since', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    network: t.field({ type: NetworkRef, nullable: true, resolve: (r) => r.network ?? null }),
    organisation: t.field({ type: OrganisationRef, nullable: true, resolve: (r) => r.organisation ?? null }),
    ...provenanceFields(t),
  }),
});

MembershipRef.implement({
  description: 'An authority as institutional member of a network.',
  fields: (t) => ({
    since: t.exposeString('since', { nullable: true }),
    authority: t.field({ type: AuthorityRef, resolve: (m) => m.authority }),
    ...provenanceFields(t),
  }),
});

AdoptionRef.implement({
  description: 'An authority that took an innovation into its own work: known from a source, or reported by its staff.',
  fields: (t) => ({
    note: t.exposeString('note', { nullable: true }),
    authority: t.field({ type: AuthorityRef, resolve: (a) => a.authority }),
    reported: t.boolean({
      description: 'Reported through the app (reportAdoption), not read from a source.',
      resolve: (a) => !!a.reportedAt,
    }),
    reportedAt: t.exposeString('reportedAt', { nullable: true, description: 'When it was reported (ISO time).' }),
    reportedBy: t.field({
      type: PersonRef,
      nullable: true,
      description: 'Who reported it: only where the viewer may see that person (else null; also once the person is erased).',
      resolve: (a) => a.reportedBy ?? null,
    }),
    ...provenanceFields(t),
  }),
});
