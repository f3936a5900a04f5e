// Network: a network or community of the administration, with its classifications and relations.

import { provenanceFields, today } from '../common/fields.js';
import { grouped, paged } from '../common/loaders.js';
import { pagedConnection } from '../common/paging.js';
import { hiddenCountFields } from '../common/privacy.js';
import { AccessEnum, type EnumValue, GovernanceEnum, LevelEnum, NodeRef, TypologyEnum } from '../common/types.js';
import {
  EventRef,
  type EventRow,
  InnovationRef,
  type InnovationRow,
  MembershipRef,
  type MembershipRow,
  NetworkRef,
  NetworkRelationRef,
  type NetworkRelationRow,
  type NetworkRow,
  ParticipationRef,
  type ParticipationRow,
  TopicRef,
  type TopicRow,
} from '../refs.js';

NetworkRef.implement({
  description: 'A network or community in or for the public administration (Netzwerk, Community, Innovationszirkel).',
  interfaces: [NodeRef],
  fields: (t) => ({
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    website: t.exposeString('website', { nullable: true }),
    typology: t.field({ type: TypologyEnum, nullable: true, resolve: (n) => (n.typology as EnumValue<typeof TypologyEnum>) ?? null }),
    governance: t.field({
      type: GovernanceEnum,
      nullable: true,
      resolve: (n) => (n.governance as EnumValue<typeof GovernanceEnum>) ?? null,
    }),
    level: t.field({ type: LevelEnum, nullable: true, resolve: (n) => (n.level as EnumValue<typeof LevelEnum>) ?? null }),
    bundesland: t.exposeString('bundesland', {
      nullable: true,
      description: 'ISO 3166-2 code, e.g. DE-BY, where the network is regional.',
    }),
    formats: t.stringList({ resolve: (n) => n.formats ?? [] }),
    cadence: t.exposeString('cadence', { nullable: true }),
    access: t.field({ type: AccessEnum, nullable: true, resolve: (n) => (n.access as EnumValue<typeof AccessEnum>) ?? null }),
    continuousIntake: t.exposeBoolean('continuousIntake', { nullable: true }),
    termEnd: t.exposeString('termEnd', { nullable: true, description: 'ISO date the network ends; null when open-ended or unknown.' }),
    termNote: t.exposeString('termNote', { nullable: true }),
    running: t.boolean({ description: 'False once termEnd has passed.', resolve: (n) => !n.termEnd || n.termEnd >= today() }),
    funding: t.exposeString('funding', { nullable: true }),
    founded: t.exposeString('founded', { nullable: true }),
    memberCount: t.exposeInt('memberCount', { nullable: true, description: 'Size as the sources state it.' }),
    memberCountNote: t.exposeString('memberCountNote', { nullable: true }),
    ...provenanceFields(t),
    version: t.int({
      description: 'The version of the curated record (0 until first edited in the app); an edit names it as expectedVersion.',
      resolve: (n) => n.version ?? 0,
    }),
    curatedAt: t.string({
      nullable: true,
      description: 'When the network was last edited in the app (who: the audit log).',
      resolve: (n) => (n.curatedAt ? String(n.curatedAt) : null),
    }),
    editable: t.boolean({
      description: 'Whether the viewer may edit this network in the app (an administrator, or a coordinator of it).',
      resolve: (n, _args, ctx) => ctx.viewer.admin || ctx.viewer.coordinatedNetworkIds.includes(n.id),
    }),
    parent: t.field({
      type: NetworkRef,
      nullable: true,
      description: 'The network this one is part of (a NExT community is part of the NExT network).',
      resolve: (n) => n.parentId ?? null,
    }),
    parts: t.field({
      type: [NetworkRef],
      description: 'Communities, circles or sub-networks of this network.',
      resolve: (n, _args, ctx) => grouped<NetworkRow>(ctx, 'network/children-of-networks').load(n.id),
    }),
    topics: t.field({ type: [TopicRef], resolve: (n, _args, ctx) => grouped<TopicRow>(ctx, 'network/topics-of-networks').load(n.id) }),
    organisations: t.field({
      type: [NetworkRelationRef],
      description: 'Who coordinates, hosts, funds or provides content for this network.',
      resolve: (n, _args, ctx) => grouped<NetworkRelationRow>(ctx, 'network/organisations-of-networks').load(n.id),
    }),
    members: t.connection(
      {
        type: MembershipRef,
        description: 'Authorities that take part as institutions.',
        resolve: (n, args, ctx) =>
          pagedConnection(args, (page) => paged<MembershipRow>(ctx, 'network/members-of-networks').load({ id: n.id, ...page })),
      },
      { name: 'NetworkMemberConnection' },
    ),
    participants: t.connection(
      {
        type: ParticipationRef,
        description: 'Persons who take part, with role and dates: those the viewer may see; hiddenCount counts the others.',
        resolve: (n, args, ctx) =>
          pagedConnection(args, (page) => paged<ParticipationRow>(ctx, 'network/participants-of-networks').load({ id: n.id, ...page })),
      },
      { name: 'NetworkParticipantConnection', fields: hiddenCountFields },
    ),
    innovations: t.field({
      type: [InnovationRef],
      description: 'Innovations that emerged in this network.',
      resolve: (n, _args, ctx) => grouped<InnovationRow>(ctx, 'network/innovations-of-networks').load(n.id),
    }),
    events: t.field({ type: [EventRef], resolve: (n, _args, ctx) => grouped<EventRow>(ctx, 'network/events-of-networks').load(n.id) }),
  }),
});
