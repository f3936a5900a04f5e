// Topics: a small hierarchy (Beschaffung > nachhaltige Beschaffung); networks cover topics,
// innovations are about topics.

import { provenanceFields } from '../common/fields.js';
import { grouped } from '../common/loaders.js';
import { NodeRef } from '../common/types.js';
import { InnovationRef, type InnovationRow, NetworkRef, type NetworkRow, TopicRef, type TopicRow } from '../refs.js';

TopicRef.implement({
  description: 'A topic networks work on (Vergaberecht, Wissensmanagement, KI …).',
  interfaces: [NodeRef],
  fields: (t) => ({
    name: t.exposeString('name', { description: 'German name.' }),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    ...provenanceFields(t),
    parent: t.field({
      type: TopicRef,
      nullable: true,
      resolve: (topic) => topic.parentId ?? null,
    }),
    subtopics: t.field({
      type: [TopicRef],
      resolve: (topic, _args, ctx) => grouped<TopicRow>(ctx, 'topic/children-of-topics').load(topic.id),
    }),
    networks: t.field({
      type: [NetworkRef],
      resolve: (topic, _args, ctx) => grouped<NetworkRow>(ctx, 'topic/networks-of-topics').load(topic.id),
    }),
    innovations: t.field({
      type: [InnovationRef],
      resolve: (topic, _args, ctx) => grouped<InnovationRow>(ctx, 'topic/innovations-of-topics').load(topic.id),
    }),
  }),
});
