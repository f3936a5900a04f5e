// Persons: personal data. A name or job title is shown only to a viewer entitled to it (the
// person consented to public display, or the viewer belongs to the same authority); otherwise
// the field is null and only the id and counts remain.

import { provenanceFields } from '../common/fields.js';
import { byId, grouped } from '../common/loaders.js';
import { NodeRef } from '../common/types.js';
import {
  AuthorityRef,
  EventRef,
  type EventRow,
  NetworkRef,
  type NetworkRow,
  type OrganisationRow,
  ParticipationRef,
  type ParticipationRow,
  PersonRef,
} from '../refs.js';

const personVisible = (p: { consent?: boolean | null; authorityId?: string | null }) => ({ personVisible: p });

PersonRef.implement({
  description: 'A participant. Personal data: name and job title only where the viewer is entitled.',
  interfaces: [NodeRef],
  fields: (t) => ({
    name: t.string({
      nullable: true,
      description: 'Null unless the person consented to public display or the viewer is entitled.',
      authScopes: personVisible,
      unauthorizedResolver: () => null,
      resolve: (p) => p.name ?? null,
    }),
    jobTitle: t.string({
      nullable: true,
      authScopes: personVisible,
      unauthorizedResolver: () => null,
      resolve: (p) => p.jobTitle ?? null,
    }),
    ...provenanceFields(t),
    authority: t.field({
      type: AuthorityRef,
      nullable: true,
      resolve: (p, _args, ctx) => (p.authorityId ? byId<OrganisationRow>(ctx, 'organisation/get-authorities').load(p.authorityId) : null),
    }),
    participations: t.field({
      type: [ParticipationRef],
      resolve: (p, _args, ctx) => grouped<ParticipationRow>(ctx, 'person/participations-of-persons').load(p.id),
    }),
    attended: t.field({ type: [EventRef], resolve: (p, _args, ctx) => grouped<EventRow>(ctx, 'person/events-of-persons').load(p.id) }),
  }),
});

ParticipationRef.implement({
  description: 'A person taking part in a network, with role and dates.',
  fields: (t) => ({
    role: t.exposeString('role', { nullable: true, description: 'COORDINATOR, ACTIVE, MEMBER or OBSERVER.' }),
    since: t.exposeString('since', { nullable: true }),
    until: t.exposeString('until', { nullable: true }),
    synthetic: t.boolean({ resolve: (p) => p.synthetic === true }),
    person: t.field({ type: PersonRef, resolve: (p) => p.person }),
    network: t.field({
      type: NetworkRef,
      resolve: async (p, _args, ctx) => {
        const network = await byId<NetworkRow>(ctx, 'network/get-networks').load(p.networkId);
        if (!network) throw new Error(`participation of ${p.person.id}: network ${p.networkId} vanished`);
        return network;
      },
    }),
  }),
});
