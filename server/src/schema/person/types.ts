// Persons: personal data. A person appears only to a viewer at least one of whose participations
// admits them, each participation only where its own visibility does (server/src/privacy.ts):
// the statements leave everyone else out and count them instead, and the scope on the types
// below refuses every field of a row the rule did not pass, should one ever slip through.

import type { Visibility } from '../../privacy.js';
import { provenanceFields } from '../common/fields.js';
import { grouped } from '../common/loaders.js';
import { NodeRef, VisibilityEnum } from '../common/types.js';
import {
  AuthorityRef,
  EventRef,
  type EventRow,
  NetworkRef,
  ParticipationRef,
  type ParticipationRow,
  PersonRef,
  type PersonRow,
} from '../refs.js';

PersonRef.implement({
  description:
    'A participant, shown only to a viewer that one of their participations admits (its visibility: PUBLIC, or the ' +
    "viewer's colleagues for AUTHORITY, also fellow participants for NETWORK). Other persons appear nowhere, not even " +
    'by id: lists count them (hiddenCount, PersonCount).',
  interfaces: [NodeRef],
  authScopes: (p: PersonRow) => ({ personVisible: p }),
  fields: (t) => ({
    name: t.string({ nullable: true, resolve: (p) => p.name ?? null }),
    jobTitle: t.string({ nullable: true, resolve: (p) => p.jobTitle ?? null }),
    ...provenanceFields(t),
    authority: t.field({
      type: AuthorityRef,
      nullable: true,
      resolve: (p) => p.authorityId ?? null,
    }),
    participations: t.field({
      type: [ParticipationRef],
      resolve: (p, _args, ctx) => grouped<ParticipationRow>(ctx, 'person/participations-of-persons').load(p.id),
    }),
    attended: t.field({ type: [EventRef], resolve: (p, _args, ctx) => grouped<EventRow>(ctx, 'person/events-of-persons').load(p.id) }),
  }),
});

ParticipationRef.implement({
  description: "A person taking part in a network, with role and dates; only where the participation's visibility admits the viewer.",
  authScopes: (p: ParticipationRow) => ({ personVisible: p.person }),
  fields: (t) => ({
    role: t.exposeString('role', { nullable: true, description: 'COORDINATOR, ACTIVE, MEMBER or OBSERVER.' }),
    since: t.exposeString('since', { nullable: true }),
    until: t.exposeString('until', { nullable: true }),
    ...provenanceFields(t),
    visibility: t.field({
      type: VisibilityEnum,
      nullable: true,
      description: 'Who may see this participation, as the person chose it: told to the person themselves only, null for everyone else.',
      authScopes: (p) => ({ self: p.person.id }),
      unauthorizedResolver: () => null,
      resolve: (p) => (p.visibility as Visibility | null | undefined) ?? 'PRIVATE',
    }),
    person: t.field({ type: PersonRef, resolve: (p) => p.person }),
    network: t.field({
      type: NetworkRef,
      resolve: async (p, _args, ctx) => {
        const network = await NetworkRef.getDataloader(ctx).load(p.networkId);
        if (!network) throw new Error(`participation of ${p.person.id}: network ${p.networkId} vanished`);
        return network;
      },
    }),
  }),
});
