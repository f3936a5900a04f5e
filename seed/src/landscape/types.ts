// The shapes of the real landscape as the seed ships it: plain records, one per fact-bearing
// entity or relation, each naming the documents it comes from (see sources.ts).

import type { SourceId } from '@netzwerkatlas/server/sources';

export type Typology = 'PROJECT_BASED' | 'CLAN' | 'FEDERATED' | 'ANARCHIC';
export type Governance = 'SHARED' | 'LEAD_ORGANISATION' | 'NETWORK_ADMINISTRATIVE_ORGANISATION';
export type Level = 'FEDERAL' | 'STATE' | 'MUNICIPAL' | 'ACROSS_LEVELS';
export type Format =
  | 'ONLINE_PLATFORM'
  | 'DIGITAL_MEETINGS'
  | 'IN_PERSON_MEETINGS'
  | 'HACKATHONS'
  | 'TRAININGS'
  | 'CONFERENCES'
  | 'WORKSHOPS'
  | 'BLOG'
  | 'NEWSLETTER'
  | 'MAILING_LIST'
  | 'PUBLICATIONS';
export type Access = 'OPEN' | 'APPLICATION' | 'SELECTION';
export type InnovationKind = 'PRODUCT' | 'PROCESS' | 'ORGANISATIONAL' | 'COMMUNICATION' | 'KNOWLEDGE_TRANSFER';
/** Bundesland as ISO 3166-2 code, e.g. 'DE-BY'. */
export type Bundesland =
  | 'DE-BW'
  | 'DE-BY'
  | 'DE-BE'
  | 'DE-BB'
  | 'DE-HB'
  | 'DE-HH'
  | 'DE-HE'
  | 'DE-MV'
  | 'DE-NI'
  | 'DE-NW'
  | 'DE-RP'
  | 'DE-SL'
  | 'DE-SN'
  | 'DE-ST'
  | 'DE-SH'
  | 'DE-TH';
export type AuthorityType =
  | 'FEDERAL_MINISTRY'
  | 'FEDERAL_AGENCY'
  | 'STATE' // a Land itself
  | 'STATE_MINISTRY'
  | 'STATE_AGENCY'
  | 'DISTRICT' // Landkreis / kreisfreie Stadt as district level
  | 'MUNICIPALITY'
  | 'PUBLIC_BODY'; // Anstalt, Körperschaft, other

/** Every seeded thing carries the documents it was read from. */
export interface Sourced {
  source: SourceId[];
}

export interface TopicSeed extends Sourced {
  id: string; // 'topic:vergaberecht'
  name: string; // German
  nameEn: string;
  parent?: string; // topic id
}

export interface NetworkSeed extends Sourced {
  id: string; // 'network:dvnw'
  name: string;
  shortName?: string;
  description: string; // German, close to the source's words
  website?: string;
  partOf?: string; // network id (NExT community -> NExT network)
  typology?: Typology;
  governance?: Governance;
  /** German: what the typology/governance rests on when the source implies rather than states it. */
  classificationNote?: string;
  level?: Level;
  bundesland?: Bundesland;
  formats?: Format[];
  cadence?: string; // German free text, e.g. "2-stündige Treffen etwa fünfmal im Jahr"
  access?: Access;
  continuousIntake?: boolean;
  /** ISO date the network ends; absent = open-ended (or unknown, see termNote). */
  termEnd?: string;
  termNote?: string;
  funding?: string; // German free text
  founded?: string; // year or ISO date
  memberCount?: number;
  memberCountNote?: string;
  topics: string[]; // topic ids
}

export interface OrganisationSeed extends Sourced {
  id: string; // 'org:bmi'
  name: string;
  shortName?: string;
  description?: string;
  website?: string;
  /** Umbrella = coordinates/hosts/funds networks; Authority = public body that is a member. */
  roles: ('UMBRELLA' | 'AUTHORITY')[];
  level?: Level;
  bundesland?: Bundesland;
  authorityType?: AuthorityType;
  ags?: string; // Amtlicher Gemeindeschlüssel, municipalities only
  parent?: string; // org id (BKA -> BMI)
}

export type OrgNetworkRelationType = 'COORDINATES' | 'HOSTS' | 'FUNDS' | 'PROVIDES_CONTENT' | 'MEMBER_OF';

export interface OrgNetworkRelationSeed extends Sourced {
  from: string; // org id
  type: OrgNetworkRelationType;
  to: string; // network id
  since?: string;
  note?: string; // German
}

export interface InnovationSeed extends Sourced {
  id: string; // 'innovation:kern-ux-standard'
  title: string;
  description: string;
  kind: InnovationKind;
  emergedIn: string; // network id
  topics: string[];
  adoptedBy?: { authority: string; note?: string; source: SourceId[] }[];
}

export interface EventSeed extends Sourced {
  id: string;
  name: string;
  network: string;
  date?: string; // ISO date if known
  format: Format;
  description?: string;
}

export interface Landscape {
  topics: TopicSeed[];
  networks: NetworkSeed[];
  organisations: OrganisationSeed[];
  relations: OrgNetworkRelationSeed[];
  innovations: InnovationSeed[];
  events: EventSeed[];
}
