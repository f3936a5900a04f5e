// Innovations: what emerged in a network, of which kind, about what, and who adopted it.

import { provenanceFields } from '../common/fields.js';
import { grouped } from '../common/loaders.js';
import { type EnumValue, InnovationKindEnum, NodeRef } from '../common/types.js';
import { AdoptionRef, type AdoptionRow, InnovationRef, NetworkRef, TopicRef, type TopicRow } from '../refs.js';

InnovationRef.implement({
  description: 'An innovation that emerged in a network (product, process, organisational, communication, knowledge transfer).',
  interfaces: [NodeRef],
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    kind: t.field({ type: InnovationKindEnum, nullable: true, resolve: (i) => (i.kind as EnumValue<typeof InnovationKindEnum>) ?? null }),
    ...provenanceFields(t),
    emergedIn: t.field({
      type: NetworkRef,
      nullable: true,
      resolve: (i) => i.emergedInId ?? null,
    }),
    topics: t.field({
      type: [TopicRef],
      resolve: (i, _args, ctx) => grouped<TopicRow>(ctx, 'innovation/topics-of-innovations').load(i.id),
    }),
    adoptions: t.field({
      type: [AdoptionRef],
      description: 'Authorities that took the innovation into their own work.',
      resolve: (i, _args, ctx) => grouped<AdoptionRow>(ctx, 'innovation/adopters-of-innovations').load(i.id),
    }),
  }),
});
