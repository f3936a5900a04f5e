// The types of the self-service around one's own person ("Meine Behörde", consent, data-subject
// rights) and of the audit log. Roles are scopes (builder.ts), never checks in resolvers.

import { builder } from '../../builder.js';
import type { Viewer } from '../../privacy.js';
import { isShownDuplicate } from '../../privacy.js';
import { PersonCountRef, personCount } from '../common/privacy.js';
import { VisibilityEnum } from '../common/types.js';
import {
  AdoptionRef,
  type AdoptionRow,
  AuthorityRef,
  EventRef,
  type EventRow,
  InnovationRef,
  type InnovationRow,
  NetworkRef,
  type NetworkRow,
  type OrganisationRow,
  ParticipationRef,
  type ParticipationRow,
  PersonRef,
  type PersonRow,
} from '../refs.js';

/** Everything stored about a person, as one JSON document (exportMyData, exportPersonData). */
export const JsonRef = builder.scalarType('JSON', {
  description: 'A JSON document (the data export).',
  serialize: (value) => value,
});

export const RoleEnum = builder.enumType('Role', {
  description: 'What a signed-in viewer may do and see beyond the anonymous (docs/privacy.md).',
  values: {
    PERSON: { description: 'Linked to a person record: declares participations, sets their visibility, exports and erases their data.' },
    STAFF: { description: "Works at an authority: sees colleagues' participations shown to colleagues, reports adoptions." },
    COORDINATOR: { description: 'Coordinates a network (their authority coordinates it, or their role there is COORDINATOR).' },
    INNOVATION_OFFICE: { description: 'Innovation office of their authority: sees its staff as counts per network, never names.' },
    ADMINISTRATOR: { description: 'Reads the audit log; exports, corrects or erases a person on request; names innovation offices.' },
  } as const,
});
type Role = 'PERSON' | 'STAFF' | 'COORDINATOR' | 'INNOVATION_OFFICE' | 'ADMINISTRATOR';

export function rolesOf(viewer: Viewer): Role[] {
  const roles: Role[] = [];
  if (viewer.personId) roles.push('PERSON');
  if (viewer.authorityId) roles.push('STAFF');
  if (viewer.coordinatedNetworkIds.length > 0) roles.push('COORDINATOR');
  if (viewer.officeOf) roles.push('INNOVATION_OFFICE');
  if (viewer.admin) roles.push('ADMINISTRATOR');
  return roles;
}

export const ParticipationRoleEnum = builder.enumType('DeclarableRole', {
  description: 'The role a person declares for themselves; COORDINATOR is given by the network (the seed or an administrator).',
  values: ['ACTIVE', 'MEMBER', 'OBSERVER'] as const,
});

/** The signed-in viewer, as the API knows them. */
export interface MeShape {
  viewer: Viewer;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

export interface AttendanceRow {
  event: EventRow;
  visibility: string;
}

export const AttendanceRef = builder.objectRef<AttendanceRow>('Attendance').implement({
  description: "One of the viewer's own attendances at an event, with who may see it.",
  fields: (t) => ({
    event: t.field({ type: EventRef, resolve: (a) => a.event }),
    visibility: t.field({ type: VisibilityEnum, resolve: (a) => a.visibility as 'PRIVATE' }),
  }),
});

export const MeRef = builder.objectRef<MeShape>('Me').implement({
  description: 'The signed-in viewer: their person record (if linked), authority and roles.',
  fields: (t) => ({
    name: t.string({ nullable: true, description: 'The name the identity provider sent.', resolve: (m) => m.name }),
    email: t.string({ nullable: true, description: 'The email the identity provider sent.', resolve: (m) => m.email }),
    emailVerified: t.boolean({ resolve: (m) => m.emailVerified }),
    roles: t.field({ type: [RoleEnum], resolve: (m) => rolesOf(m.viewer) }),
    person: t.field({
      type: PersonRef,
      nullable: true,
      description: 'The person record this sign-in is linked to (by the stored account, or the verified email).',
      resolve: (m) => m.viewer.personId,
    }),
    authority: t.field({
      type: AuthorityRef,
      nullable: true,
      resolve: (m) => m.viewer.authorityId,
    }),
    coordinates: t.field({
      type: [NetworkRef],
      description: 'Networks the viewer coordinates.',
      resolve: (m) => m.viewer.coordinatedNetworkIds,
    }),
    participations: t.field({
      type: [ParticipationRef],
      description: 'All of my participations, ended ones included, each with its visibility.',
      resolve: async (m, _args, ctx) =>
        m.viewer.personId
          ? (await ctx.db.read<{ participation: ParticipationRow }>('people/my-participations', { person: m.viewer.personId })).map(
              (r) => r.participation,
            )
          : [],
    }),
    attendances: t.field({
      type: [AttendanceRef],
      description: 'All of my attendances at events, each with its visibility.',
      resolve: (m, _args, ctx) =>
        m.viewer.personId ? ctx.db.read<AttendanceRow>('people/my-attendances', { person: m.viewer.personId }) : [],
    }),
    linkableAuthorities: t.field({
      type: [AuthorityRef],
      description:
        "Without a person record: the authorities whose configured email domains hold my verified email's domain (joinAuthority).",
      resolve: async (m, _args, ctx) => {
        const domain = m.emailVerified && m.email ? m.email.slice(m.email.lastIndexOf('@') + 1).toLowerCase() : null;
        if (m.viewer.personId || !domain) return [];
        return (await ctx.db.read<{ node: OrganisationRow }>('people/authorities-for-domain', { domain })).map((r) => r.node);
      },
    }),
  }),
});

/** A network with the staff of one authority in it, as my-authority.cypher returns it. */
export interface StaffInNetworkRow {
  network: NetworkRow;
  total: number;
  includesMe: boolean;
  shown: ParticipationRow[];
}

export interface StaffAtEventRow {
  event: EventRow;
  total: number;
  includesMe: boolean;
  shown: PersonRow[];
}

export const StaffInNetworkRef = builder.objectRef<StaffInNetworkRow>('StaffInNetwork').implement({
  description: 'The staff of one authority taking part in one network now: names where they consented, a count always.',
  fields: (t) => ({
    network: t.field({ type: NetworkRef, resolve: (r) => r.network }),
    count: t.field({
      type: PersonCountRef,
      description: 'How many of the staff take part (1 or 2 are "fewer than 3" where not all are named).',
      resolve: (r) => personCount(r.total, r.total - r.shown.length),
    }),
    hiddenCount: t.field({ type: PersonCountRef, resolve: (r) => personCount(r.total - r.shown.length, r.total - r.shown.length) }),
    colleagues: t.field({
      type: [ParticipationRef],
      description: 'The participations the viewer may see; empty for an innovation office (counts only).',
      authScopes: { colleagueNames: true },
      unauthorizedResolver: () => [],
      resolve: (r) => r.shown,
    }),
    includesMe: t.boolean({ resolve: (r) => r.includesMe }),
    duplicate: t.boolean({
      description:
        'Two or more of the staff take part: worth coordinating among them. Told only where it reveals no count ' +
        'below 3 of persons the viewer may not see (two, one of them hidden, stays unsaid).',
      resolve: (r) => isShownDuplicate(r),
    }),
  }),
});

export const StaffAtEventRef = builder.objectRef<StaffAtEventRow>('StaffAtEvent').implement({
  description: 'Several of the staff of one authority attended one event.',
  fields: (t) => ({
    event: t.field({ type: EventRef, resolve: (r) => r.event }),
    count: t.field({ type: PersonCountRef, resolve: (r) => personCount(r.total, r.total - r.shown.length) }),
    hiddenCount: t.field({ type: PersonCountRef, resolve: (r) => personCount(r.total - r.shown.length, r.total - r.shown.length) }),
    colleagues: t.field({
      type: [PersonRef],
      description: 'The attendees the viewer may see; empty for an innovation office (counts only).',
      authScopes: { colleagueNames: true },
      unauthorizedResolver: () => [],
      resolve: (r) => r.shown,
    }),
    includesMe: t.boolean({ resolve: (r) => r.includesMe }),
  }),
});

export interface TopicFitRow {
  network: NetworkRow;
  sharedTopics: number;
}

export const TopicFitRef = builder.objectRef<TopicFitRow>('TopicFit').implement({
  description: "A network on the authority's topics where none of its staff takes part and it is no member.",
  fields: (t) => ({
    network: t.field({ type: NetworkRef, resolve: (r) => r.network }),
    sharedTopics: t.int({ resolve: (r) => r.sharedTopics }),
  }),
});

export interface AdoptedRow {
  innovation: InnovationRow;
  adoption: AdoptionRow;
}

export const AdoptedRef = builder.objectRef<AdoptedRow>('AdoptedInnovation').implement({
  description: 'An innovation the authority adopted, and how that is known (a source, or a report).',
  fields: (t) => ({
    innovation: t.field({ type: InnovationRef, resolve: (r) => r.innovation }),
    adoption: t.field({ type: AdoptionRef, resolve: (r) => r.adoption }),
  }),
});

export interface MyAuthorityRow {
  authority: OrganisationRow;
  networks: StaffInNetworkRow[];
  events: StaffAtEventRow[];
  absent: TopicFitRow[];
  adoptions: AdoptedRow[];
  countsOnly: boolean;
}

const StaffDuplicatesRef = builder.objectRef<MyAuthorityRow>('StaffDuplicates').implement({
  description: 'Where two or more of the staff take part in one network, or several attended one event: a hint to coordinate.',
  fields: (t) => ({
    inNetworks: t.field({ type: [StaffInNetworkRef], resolve: (r) => r.networks.filter(isShownDuplicate) }),
    atEvents: t.field({ type: [StaffAtEventRef], resolve: (r) => r.events.filter(isShownDuplicate) }),
  }),
});

export const MyAuthorityRef = builder.objectRef<MyAuthorityRow>('MyAuthority').implement({
  description:
    '"Meine Behörde": my authority\'s networks with my colleagues in each (names where they consented, counts otherwise), ' +
    'duplicate participation, networks on our topics where we are absent, and the innovations we adopted. The ' +
    'innovation office sees the same as counts.',
  fields: (t) => ({
    authority: t.field({ type: AuthorityRef, resolve: (r) => r.authority }),
    countsOnly: t.boolean({ description: 'True for the innovation office: no names, counts only.', resolve: (r) => r.countsOnly }),
    networks: t.field({ type: [StaffInNetworkRef], resolve: (r) => r.networks }),
    duplicateParticipation: t.field({ type: StaffDuplicatesRef, resolve: (r) => r }),
    absentNetworks: t.field({ type: [TopicFitRef], resolve: (r) => r.absent }),
    adoptions: t.field({ type: [AdoptedRef], resolve: (r) => r.adoptions }),
  }),
});

export interface AuditEntryRow {
  id: string;
  kind: string;
  actor: string;
  subject: string | null;
  record: string;
  at: string;
  /** Curated network data only (schema/curation): the changed fields before and after, as JSON text. */
  before?: string | null;
  after?: string | null;
}

export const AuditEntryRef = builder.objectRef<AuditEntryRow>('AuditEntry').implement({
  description:
    'One change to person data or consent, an import or a review decision: who (a pseudonym), what kind, when, which record; never the content. ' +
    'Persons are named by a keyed pseudonym (HMAC of their id), so an erased person leaves no id behind.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind'),
    actor: t.exposeString('actor', { description: 'Pseudonym of who made the change.' }),
    subject: t.exposeString('subject', {
      nullable: true,
      description: 'Pseudonym of the person whose data changed (none for imports and review decisions).',
    }),
    record: t.exposeString('record', { description: 'Which record: person, participation <network>, attended <event>, adoption …' }),
    at: t.exposeString('at'),
    before: t.field({
      type: JsonRef,
      nullable: true,
      description: 'Curated network data (profile, topics, memberships): the changed fields before the change. Never person data.',
      resolve: (e) => (e.before ? JSON.parse(e.before) : null),
    }),
    after: t.field({
      type: JsonRef,
      nullable: true,
      description: 'Curated network data: the changed fields after the change (null for a removal).',
      resolve: (e) => (e.after ? JSON.parse(e.after) : null),
    }),
  }),
});

export const ChangeResultRef = builder.objectRef<{ changed: boolean; participation: ParticipationRow }>('ParticipationChange').implement({
  description: 'A participation after a self-service change; `changed` false when it already was so (idempotent).',
  fields: (t) => ({
    changed: t.exposeBoolean('changed'),
    participation: t.field({ type: ParticipationRef, resolve: (r) => r.participation }),
  }),
});

export const VisibilityChangeRef = builder.objectRef<{ changed: boolean; visibility: string }>('VisibilityChange').implement({
  fields: (t) => ({
    changed: t.exposeBoolean('changed'),
    visibility: t.field({ type: VisibilityEnum, resolve: (r) => r.visibility as 'PRIVATE' }),
  }),
});

export const AdoptionReportRef = builder.objectRef<{ created: boolean; adoption: AdoptionRow }>('AdoptionReport').implement({
  description: '`created` false when the adoption was already known (from a source or an earlier report).',
  fields: (t) => ({
    created: t.exposeBoolean('created'),
    adoption: t.field({ type: AdoptionRef, resolve: (r) => r.adoption }),
  }),
});

export const PersonChangeRef = builder.objectRef<{ changed: boolean; person: PersonRow }>('PersonChange').implement({
  fields: (t) => ({
    changed: t.exposeBoolean('changed'),
    person: t.field({ type: PersonRef, resolve: (r) => r.person }),
  }),
});

export const ErasureRef = builder.objectRef<{ erased: boolean }>('Erasure').implement({
  description: '`erased` false when there was nothing (left) to erase: erasing again is no error.',
  fields: (t) => ({ erased: t.exposeBoolean('erased') }),
});
