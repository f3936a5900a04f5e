// Row shapes (as the Cypher statements return them) and the object refs of every type, declared
// here once so that modules can point at each other; each module implements its own types.

import { builder } from '../builder.js';
import { rowsById } from './common/loaders.js';
import { NodeRef } from './common/types.js';

interface Sourced {
  source?: string[] | null;
  synthetic?: boolean | null;
}

export interface NetworkRow extends Sourced {
  id: string;
  name: string;
  shortName?: string | null;
  description?: string | null;
  website?: string | null;
  typology?: string | null;
  governance?: string | null;
  level?: string | null;
  bundesland?: string | null;
  formats?: string[] | null;
  cadence?: string | null;
  access?: string | null;
  continuousIntake?: boolean | null;
  termEnd?: string | null;
  termNote?: string | null;
  funding?: string | null;
  founded?: string | null;
  memberCount?: number | null;
  memberCountNote?: string | null;
  parentId?: string | null;
  /** Curation (schema/curation): the record's version (missing: 0) and when it was last edited. */
  version?: number | null;
  curatedAt?: string | null;
}

export interface OrganisationRow extends Sourced {
  id: string;
  name: string;
  shortName?: string | null;
  description?: string | null;
  website?: string | null;
  level?: string | null;
  bundesland?: string | null;
  authorityType?: string | null;
  ags?: string | null;
  isAuthority: boolean;
  isUmbrella: boolean;
  parentId?: string | null;
}

export interface PersonRow extends Sourced {
  id: string;
  name?: string | null;
  jobTitle?: string | null;
  /** Set by the statements that apply the privacy rule (server/src/privacy.ts) to this row. */
  visible?: boolean | null;
  /** The address a sign-in finds the person by; told to the person themselves only. */
  email?: string | null;
  authorityId?: string | null;
}

export interface TopicRow extends Sourced {
  id: string;
  name: string;
  nameEn?: string | null;
  parentId?: string | null;
}

export interface InnovationRow extends Sourced {
  id: string;
  title: string;
  description?: string | null;
  kind?: string | null;
  emergedInId?: string | null;
}

export interface EventRow extends Sourced {
  id: string;
  name: string;
  date?: string | null;
  format?: string | null;
  description?: string | null;
  networkId?: string | null;
}

/** An organisation's relation to a network (coordinates, hosts, funds, provides content, member of). */
export interface NetworkRelationRow extends Sourced {
  type: string;
  since?: string | null;
  note?: string | null;
  network?: NetworkRow;
  organisation?: OrganisationRow;
}

export interface ParticipationRow extends Sourced {
  role?: string | null;
  since?: string | null;
  until?: string | null;
  /** PRIVATE, AUTHORITY, NETWORK or PUBLIC (server/src/privacy.ts); told to the person themselves only. */
  visibility?: string | null;
  networkId: string;
  person: PersonRow;
}

export interface MembershipRow extends Sourced {
  since?: string | null;
  authority: OrganisationRow;
}

export interface AdoptionRow extends Sourced {
  note?: string | null;
  /** Reported through the API (reportAdoption): by whom (a person id, while the person exists) and when. */
  reportedBy?: string | null;
  reportedAt?: string | null;
  authority: OrganisationRow;
}

// The node types load by id through @pothos/plugin-dataloader: a field of one of these types may
// return an id, and all ids asked for in one request go to the database in one statement
// (`Ref.getDataloader(ctx)` for a lookup by hand). Missing ids load as null.
const byId = <T extends { id: string }>(statement: string) => ({ load: rowsById<T>(statement), sort: (row: T) => row.id });

export const NetworkRef = builder.loadableObjectRef('Network', byId<NetworkRow>('network/get-networks'));
export const AuthorityRef = builder.loadableObjectRef('Authority', byId<OrganisationRow>('organisation/get-authorities'));
export const UmbrellaRef = builder.loadableObjectRef('UmbrellaOrganisation', byId<OrganisationRow>('organisation/get-umbrellas'));
export const PersonRef = builder.loadableObjectRef('Person', byId<PersonRow>('person/get-persons'));
export const TopicRef = builder.loadableObjectRef('Topic', byId<TopicRow>('topic/get-topics'));
export const InnovationRef = builder.loadableObjectRef('Innovation', byId<InnovationRow>('innovation/get-innovations'));
export const EventRef = builder.loadableObjectRef('Event', byId<EventRow>('event/get-events'));
export const NetworkRelationRef = builder.objectRef<NetworkRelationRow>('NetworkRelation');
export const ParticipationRef = builder.objectRef<ParticipationRow>('Participation');
export const MembershipRef = builder.objectRef<MembershipRow>('Membership');
export const AdoptionRef = builder.objectRef<AdoptionRow>('Adoption');

export { NodeRef };
