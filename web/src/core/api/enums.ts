// The API's enums in the order the UI lists them (filters, choices). The values come from the
// generated types; each list must hold every value exactly as the schema has it, or the type
// check fails, so a value the API gains or loses shows up here and not as a missing option.

import type {
  DeclarableRole,
  Governance,
  InnovationKind,
  LandscapeNodeKind,
  Level,
  MemberBasis,
  Typology,
  Visibility,
} from '../../gql/graphql';

/** All values of the union T in the given order; a missing or unknown value fails the type check. */
export const everyValue =
  <T extends string>() =>
  <const L extends readonly T[]>(values: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> })): L =>
    values;

export const LANDSCAPE_NODE_KINDS = everyValue<LandscapeNodeKind>()([
  'Network',
  'UmbrellaOrganisation',
  'Authority',
  'Topic',
  'Innovation',
]);
export const LEVELS = everyValue<Level>()(['FEDERAL', 'STATE', 'MUNICIPAL', 'ACROSS_LEVELS']);
export const TYPOLOGIES = everyValue<Typology>()(['PROJECT_BASED', 'CLAN', 'FEDERATED', 'ANARCHIC']);
export const GOVERNANCES = everyValue<Governance>()(['SHARED', 'LEAD_ORGANISATION', 'NETWORK_ADMINISTRATIVE_ORGANISATION']);
export const MEMBER_BASES = everyValue<MemberBasis>()(['AUTHORITIES', 'PERSONS']);
/** The five kinds of innovation in the order of the ÖFIT study. */
export const INNOVATION_KINDS = everyValue<InnovationKind>()([
  'PRODUCT',
  'PROCESS',
  'ORGANISATIONAL',
  'COMMUNICATION',
  'KNOWLEDGE_TRANSFER',
]);
/** Who may see a participation, narrowest first (each level includes the ones before it; docs/privacy.md). */
export const VISIBILITIES = everyValue<Visibility>()(['PRIVATE', 'AUTHORITY', 'NETWORK', 'PUBLIC']);
/** The roles a person declares for themselves (COORDINATOR is given by the network). */
export const DECLARABLE_ROLES = everyValue<DeclarableRole>()(['ACTIVE', 'MEMBER', 'OBSERVER']);
