// The scale generator: a deterministic, Germany-shaped landscape (Länder, districts and
// municipalities with AGS keys, federal and state authorities, networks of Zipf-distributed size,
// topics, persons, participations, events, innovations) for benchmarks. The same options and
// seed give the same graph. It is written through the seed's one load path (load.ts with the
// statements in cypher/seed), everything marked `synthetic: true`, every id prefixed `gen-`.

import type { Store } from '@netzwerkatlas/server/db/store';
import type { DemoLayer } from '../demo/index.js';
import { demoSteps } from '../demo/index.js';
import type {
  AuthorityType,
  EventSeed,
  Format,
  InnovationKind,
  InnovationSeed,
  Landscape,
  Level,
  NetworkSeed,
  OrganisationSeed,
  OrgNetworkRelationSeed,
  TopicSeed,
} from '../landscape/types.js';
import { type LoadReport, type LoadStep, load } from '../load.js';
import { landscapeSteps } from '../steps.js';
import {
  FIRST_NAMES,
  JOB_TITLES,
  LAENDER,
  LAST_NAMES,
  NETWORK_WORDS,
  PLACE_PREFIXES,
  PLACE_ROOTS,
  PLACE_SUFFIXES,
  TOPIC_TREE,
} from './germany.js';
import { apportion, Random, WeightedIndex, zipfWeights } from './random.js';

/** The seeded PRNG of the generator, for other deterministic data (test landscapes). */
export { Random } from './random.js';

/** Bump when the generator's output (or the derived data written after a load) changes, so that a stored benchmark graph is rebuilt. */
export const GENERATOR_VERSION = 3;

export interface GeneratorOptions {
  seed: number;
  /** Districts (Kreise) over the 16 Länder, in the real proportions; at least one per Land. */
  districts: number;
  /** Municipalities (Gemeinden), at least one per district; at most 999 per district. */
  municipalities: number;
  federalMinistries: number;
  federalAgencies: number;
  /** State ministries and agencies per Land. */
  stateAuthoritiesPerLand: number;
  umbrellas: number;
  networks: number;
  persons: number;
  /** Person–network participations (distinct pairs); at most persons × networks. */
  participations: number;
  events: number;
  innovations: number;
  /** Exponent of the Zipf law of network sizes (1 = classic Zipf: few huge, many small). */
  zipf: number;
}

export type PresetName = 'small' | 'germany' | 'germany-x5';

export const PRESETS: Record<PresetName, GeneratorOptions> = {
  small: {
    seed: 5,
    districts: 40,
    municipalities: 1_100,
    federalMinistries: 15,
    federalAgencies: 20,
    stateAuthoritiesPerLand: 4,
    umbrellas: 10,
    networks: 76,
    persons: 10_000,
    participations: 30_000,
    events: 300,
    innovations: 150,
    zipf: 1,
  },
  germany: {
    seed: 5,
    districts: 400,
    municipalities: 11_000,
    federalMinistries: 15,
    federalAgencies: 75,
    stateAuthoritiesPerLand: 14,
    umbrellas: 40,
    networks: 400,
    persons: 100_000,
    participations: 300_000,
    events: 3_000,
    innovations: 1_500,
    zipf: 1,
  },
  'germany-x5': {
    seed: 5,
    districts: 400,
    municipalities: 11_000,
    federalMinistries: 15,
    federalAgencies: 75,
    stateAuthoritiesPerLand: 14,
    umbrellas: 100,
    networks: 1_000,
    persons: 500_000,
    participations: 1_500_000,
    events: 15_000,
    innovations: 7_500,
    zipf: 1,
  },
};

export interface GeneratedLandscape {
  options: GeneratorOptions;
  /** Topics, networks, authorities, umbrellas, coordination, innovations with adoptions. */
  landscape: Landscape;
  /** Persons, memberships, participations, events and attendance. */
  layer: DemoLayer;
}

const ROLES = ['COORDINATOR', 'ACTIVE', 'ACTIVE', 'MEMBER', 'MEMBER', 'MEMBER', 'MEMBER', 'OBSERVER'] as const;
const LEVELS: Level[] = ['FEDERAL', 'STATE', 'STATE', 'MUNICIPAL', 'MUNICIPAL', 'ACROSS_LEVELS', 'ACROSS_LEVELS'];
const EVENT_FORMATS: Format[] = ['DIGITAL_MEETINGS', 'IN_PERSON_MEETINGS', 'WORKSHOPS', 'CONFERENCES', 'HACKATHONS', 'TRAININGS'];
const NETWORK_FORMATS: Format[] = ['ONLINE_PLATFORM', 'DIGITAL_MEETINGS', 'IN_PERSON_MEETINGS', 'NEWSLETTER', 'CONFERENCES', 'BLOG'];
const KINDS: InnovationKind[] = ['PRODUCT', 'PROCESS', 'ORGANISATIONAL', 'COMMUNICATION', 'KNOWLEDGE_TRANSFER'];
const KIND_WORDS: Record<InnovationKind, string> = {
  PRODUCT: 'Werkzeug',
  PROCESS: 'Verfahren',
  ORGANISATIONAL: 'Organisationsmodell',
  COMMUNICATION: 'Kampagne',
  KNOWLEDGE_TRANSFER: 'Leitfaden',
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const isoDate = (random: Random, fromYear: number, toYear: number) =>
  `${random.int(fromYear, toYear)}-${pad(random.int(1, 12), 2)}-${pad(random.int(1, 28), 2)}`;

/** An authority in the making, with the weight that decides how many persons work there. */
interface AuthorityDraft {
  seed: OrganisationSeed;
  weight: number;
  land: number | null;
}

/** Builds the generated landscape for the options; pure and deterministic. */
export function generateLandscape(options: GeneratorOptions): GeneratedLandscape {
  const o = options;
  if (o.districts < LAENDER.length) throw new Error(`generator: need at least ${LAENDER.length} districts`);
  if (o.municipalities < o.districts) throw new Error('generator: need at least one municipality per district');
  if (o.participations > o.persons * o.networks) throw new Error('generator: more participations than person–network pairs');
  const random = new Random(o.seed);
  const synthetic = true;
  const placeName = () => {
    const prefix = random.pick(PLACE_PREFIXES);
    const root = random.pick(PLACE_ROOTS);
    const name = `${prefix}${prefix.endsWith(' ') ? root[0]?.toUpperCase() + root.slice(1) : root}${random.pick(PLACE_SUFFIXES)}`;
    return name;
  };

  // Topics: a two-level hierarchy.
  const topics: TopicSeed[] = [];
  for (const [i, [name, nameEn, subtopics]] of TOPIC_TREE.entries()) {
    const parent = `topic:gen-${pad(i + 1, 2)}`;
    topics.push({ id: parent, name, nameEn, source: [] });
    for (const [k, sub] of subtopics.entries()) {
      topics.push({ id: `${parent}-${pad(k + 1, 2)}`, name: sub, nameEn: `${nameEn}: ${sub}`, parent, source: [] });
    }
  }
  const topicDraw = new WeightedIndex(zipfWeights(topics.length, 0.8));

  // Authorities: Länder, districts, municipalities (AGS-keyed), federal and state bodies.
  const authorities: AuthorityDraft[] = [];
  const districtsPerLand = apportion(
    o.districts - LAENDER.length,
    LAENDER.map((l) => l.districts),
  ).map((n) => n + 1);
  const municipalitiesPerLand = apportion(
    o.municipalities - o.districts,
    LAENDER.map((l) => l.municipalities),
  ).map((n, i) => n + (districtsPerLand[i] as number));
  for (const [li, land] of LAENDER.entries()) {
    const landId = `org:gen-ags-${land.code}000000`;
    authorities.push({
      seed: {
        id: landId,
        name: `Land ${land.name}`,
        roles: ['AUTHORITY'],
        level: 'STATE',
        bundesland: land.iso,
        authorityType: 'STATE',
        ags: `${land.code}000000`,
        source: [],
      },
      weight: 2,
      land: li,
    });
    const districtCount = districtsPerLand[li] as number;
    // Municipalities per district: uneven, at least one, at most 999.
    const perDistrict = apportion(
      (municipalitiesPerLand[li] as number) - districtCount,
      Array.from({ length: districtCount }, () => 0.3 + random.next()),
    ).map((n) => Math.min(999, n + 1));
    const kreisInRb = new Map<string, number>();
    for (let d = 0; d < districtCount; d++) {
      const rb = land.regierungsbezirke[d % land.regierungsbezirke.length] as string;
      const kreis = (kreisInRb.get(rb) ?? 0) + 1;
      kreisInRb.set(rb, kreis);
      if (kreis > 99) throw new Error(`generator: more than 99 districts in Regierungsbezirk ${land.code}${rb}`);
      const key = `${land.code}${rb}${pad(kreis, 2)}`;
      const districtId = `org:gen-ags-${key}000`;
      const districtName = placeName();
      authorities.push({
        seed: {
          id: districtId,
          name: `Landkreis ${districtName}`,
          roles: ['AUTHORITY'],
          level: 'MUNICIPAL',
          bundesland: land.iso,
          authorityType: 'DISTRICT',
          ags: `${key}000`,
          parent: landId,
          source: [],
        },
        weight: 3,
        land: li,
      });
      const count = perDistrict[d] as number;
      for (let g = 1; g <= count; g++) {
        // Pareto-like size: most municipalities are small, a few are cities.
        const weight = Math.min(400, 0.35 / (1 - random.next()) ** 0.9);
        authorities.push({
          seed: {
            id: `org:gen-ags-${key}${pad(g, 3)}`,
            name: `${weight > 20 ? 'Stadt' : 'Gemeinde'} ${g === 1 ? districtName : placeName()}`,
            roles: ['AUTHORITY'],
            level: 'MUNICIPAL',
            bundesland: land.iso,
            authorityType: 'MUNICIPALITY',
            ags: `${key}${pad(g, 3)}`,
            parent: districtId,
            source: [],
          },
          weight,
          land: li,
        });
      }
    }
    const ministries: string[] = [];
    for (let s = 1; s <= o.stateAuthoritiesPerLand; s++) {
      const ministry = s <= Math.ceil(o.stateAuthoritiesPerLand / 2);
      const [topic, , subtopics] = TOPIC_TREE[(s - 1) % TOPIC_TREE.length] as (typeof TOPIC_TREE)[number];
      const id = `org:gen-land-${land.code}-${pad(s, 2)}`;
      const type: AuthorityType = ministry ? 'STATE_MINISTRY' : 'STATE_AGENCY';
      authorities.push({
        seed: {
          id,
          name: ministry ? `${land.name}: Ministerium für ${topic}` : `${land.name}: Landesamt für ${random.pick(subtopics)}`,
          roles: ['AUTHORITY'],
          level: 'STATE',
          bundesland: land.iso,
          authorityType: type,
          parent: ministry ? landId : random.pick(ministries),
          source: [],
        },
        weight: ministry ? 8 : 6,
        land: li,
      });
      if (ministry) ministries.push(id);
    }
  }
  const federalMinistries: string[] = [];
  for (let m = 1; m <= o.federalMinistries; m++) {
    const id = `org:gen-bund-m${pad(m, 2)}`;
    federalMinistries.push(id);
    const [topic] = TOPIC_TREE[(m - 1) % TOPIC_TREE.length] as (typeof TOPIC_TREE)[number];
    authorities.push({
      seed: {
        id,
        name: `Bundesministerium ${m} für ${topic}`,
        // Federal ministries coordinate networks too (like BMI the KI-Campus).
        roles: ['AUTHORITY', 'UMBRELLA'],
        level: 'FEDERAL',
        authorityType: 'FEDERAL_MINISTRY',
        source: [],
      },
      weight: 15,
      land: null,
    });
  }
  for (let a = 1; a <= o.federalAgencies; a++) {
    const [, , subtopics] = random.pick(TOPIC_TREE);
    authorities.push({
      seed: {
        id: `org:gen-bund-a${pad(a, 3)}`,
        name: `Bundesamt ${a} für ${random.pick(subtopics)}`,
        roles: ['AUTHORITY'],
        level: 'FEDERAL',
        authorityType: 'FEDERAL_AGENCY',
        parent: random.pick(federalMinistries),
        source: [],
      },
      weight: 8,
      land: null,
    });
  }

  const umbrellas: OrganisationSeed[] = Array.from({ length: o.umbrellas }, (_, u) => ({
    id: `org:gen-umbrella-${pad(u + 1, 3)}`,
    name: `Innovationsverein ${placeName()} e.V.`,
    roles: ['UMBRELLA'],
    source: [],
  }));

  // Persons: at authorities by weight.
  const authorityDraw = new WeightedIndex(authorities.map((a) => a.weight));
  const personAuthority = new Int32Array(o.persons);
  const colleagues: number[][] = authorities.map(() => []);
  const personsOfLand: number[][] = LAENDER.map(() => []);
  const persons: DemoLayer['persons'] = [];
  const personId = (p: number) => `person:gen-${pad(p + 1, 6)}`;
  const consenting = new Uint8Array(o.persons);
  const WIDTHS = ['PUBLIC', 'NETWORK', 'AUTHORITY'] as const;
  const visibilityOf = (p: number, n: number) => (consenting[p] ? WIDTHS[(p + n) % WIDTHS.length] : 'PRIVATE');
  for (let p = 0; p < o.persons; p++) {
    const a = authorityDraw.draw(random);
    personAuthority[p] = a;
    colleagues[a]?.push(p);
    const land = authorities[a]?.land;
    if (land != null) personsOfLand[land]?.push(p);
    const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    // Three in five consent to be seen (drawn where the person-level flag used to be, so that
    // the landscapes stay as they were); how widely follows from the person and the network.
    if (random.chance(0.6)) consenting[p] = 1;
    persons.push({
      props: {
        id: personId(p),
        name,
        jobTitle: random.pick(JOB_TITLES),
        synthetic,
      },
      authority: authorities[a]?.seed.id as string,
    });
  }

  // Networks: rank 0 is the largest; sizes follow Zipf and sum to `participations`.
  const sizes = apportion(o.participations, zipfWeights(o.networks, o.zipf));
  // Sizes cannot exceed the persons; move the excess down the ranks.
  for (let i = 0, carry = 0; i < sizes.length; i++) {
    const s = (sizes[i] as number) + carry;
    sizes[i] = Math.min(s, o.persons);
    carry = s - (sizes[i] as number);
  }
  const networks: NetworkSeed[] = [];
  const relations: OrgNetworkRelationSeed[] = [];
  const networkLand: (number | null)[] = [];
  const networkId = (n: number) => `network:gen-${pad(n + 1, 4)}`;
  const parents = Math.max(1, Math.round(o.networks * 0.03));
  for (let n = 0; n < o.networks; n++) {
    const level = random.pick(LEVELS);
    const land = level === 'STATE' || level === 'MUNICIPAL' ? random.int(0, LAENDER.length - 1) : null;
    networkLand.push(land);
    const topicCount = random.int(1, 4);
    const covered = new Set<string>();
    while (covered.size < topicCount) covered.add(topics[topicDraw.draw(random)]?.id as string);
    const mainTopic = topics.find((t) => t.id === [...covered][0])?.name as string;
    const partOf = n >= parents && random.chance(0.1) ? networkId(random.int(0, parents - 1)) : undefined;
    networks.push({
      id: networkId(n),
      name: `${random.pick(NETWORK_WORDS)} ${mainTopic}${land == null ? '' : ` ${LAENDER[land]?.name}`} ${n + 1}`,
      shortName: `GEN${n + 1}`,
      description: 'Synthetisches Netzwerk (Generator).',
      level,
      ...(land == null ? {} : { bundesland: LAENDER[land]?.iso }),
      formats: random.sample(NETWORK_FORMATS, random.int(1, 3)),
      access: random.pick(['OPEN', 'OPEN', 'APPLICATION', 'SELECTION'] as const),
      ...(random.chance(0.1) ? { termEnd: isoDate(random, 2024, 2028) } : {}),
      founded: String(random.int(2005, 2025)),
      ...(partOf ? { partOf } : {}),
      topics: [...covered].sort(),
      source: [],
    });
    const coordinator = level === 'FEDERAL' && random.chance(0.5) ? random.pick(federalMinistries) : random.pick(umbrellas).id;
    relations.push({ from: coordinator, type: 'COORDINATES', to: networkId(n), source: [] });
    if (random.chance(0.2)) relations.push({ from: random.pick(umbrellas).id, type: 'FUNDS', to: networkId(n), source: [] });
  }

  // Participations, network by network: a new participant is often a colleague of someone
  // already there (duplicate participation), regional networks draw from their Land.
  const participants: number[][] = [];
  const participations: DemoLayer['participations'] = [];
  for (let n = 0; n < o.networks; n++) {
    const target = sizes[n] as number;
    const land = networkLand[n] ?? null;
    const pool = land == null ? null : (personsOfLand[land] as number[]);
    const members = new Set<number>();
    const list: number[] = [];
    let attempts = 0;
    while (list.length < target && attempts < target * 20) {
      attempts += 1;
      let p: number;
      if (list.length > 0 && random.chance(0.3)) {
        const peer = list[Math.floor(random.next() * list.length)] as number;
        const team = colleagues[personAuthority[peer] as number] as number[];
        p = team[Math.floor(random.next() * team.length)] as number;
      } else if (pool && pool.length > 0 && random.chance(0.85)) {
        p = pool[Math.floor(random.next() * pool.length)] as number;
      } else {
        p = Math.floor(random.next() * o.persons);
      }
      if (members.has(p)) continue;
      members.add(p);
      list.push(p);
    }
    // A dense pool may not yield enough distinct persons by chance: fill in order.
    for (let p = 0; list.length < target && p < o.persons; p++) {
      if (members.has(p)) continue;
      members.add(p);
      list.push(p);
    }
    participants.push(list);
    for (const p of list) {
      participations.push({
        from: personId(p),
        to: networkId(n),
        props: { role: random.pick(ROLES), since: isoDate(random, 2015, 2026), synthetic },
        visibility: visibilityOf(p, n),
      });
    }
  }

  // Memberships: an authority whose persons take part is a member of the network.
  const memberAuthorities: number[][] = [];
  const memberships: DemoLayer['memberships'] = [];
  for (let n = 0; n < o.networks; n++) {
    const seen = new Set<number>();
    for (const p of participants[n] as number[]) seen.add(personAuthority[p] as number);
    const list = [...seen].sort((a, b) => a - b);
    memberAuthorities.push(list);
    for (const a of list) memberships.push({ from: authorities[a]?.seed.id as string, to: networkId(n), props: { synthetic } });
  }

  // Events: more for larger networks; some of the participants attend each.
  const eventCounts = apportion(
    o.events,
    sizes.map((s) => (s > 0 ? Math.sqrt(s) : 0)),
  );
  const events: DemoLayer['events'] = [];
  const attendances: DemoLayer['attendances'] = [];
  for (let n = 0; n < o.networks; n++) {
    const people = participants[n] as number[];
    for (let e = 1; e <= (eventCounts[n] as number); e++) {
      const id = `event:gen-${pad(n + 1, 4)}-${pad(e, 3)}`;
      const format = random.pick(EVENT_FORMATS);
      const event: Omit<EventSeed, 'network' | 'source'> = {
        id,
        name: `${networks[n]?.shortName}: Treffen ${e}`,
        date: isoDate(random, 2023, 2026),
        format,
      };
      events.push({ props: { ...event, synthetic }, network: networkId(n) });
      const count = Math.min(people.length, Math.round(3 + Math.sqrt(people.length) * 1.5));
      for (const p of random.sample(people, count))
        attendances.push({ from: personId(p), to: id, props: { synthetic }, visibility: visibilityOf(p, n) });
    }
  }

  // Innovations: emerge more often in large networks; 40 % adopted by some member authorities.
  const networkDraw = new WeightedIndex(sizes.map((s) => s + 1));
  const innovations: InnovationSeed[] = [];
  for (let i = 0; i < o.innovations; i++) {
    const n = networkDraw.draw(random);
    const network = networks[n] as NetworkSeed;
    const kind = random.pick(KINDS);
    const about = random.sample(network.topics, random.int(1, 2));
    const topicName = topics.find((t) => t.id === about[0])?.name ?? 'Verwaltung';
    const members = memberAuthorities[n] as number[];
    const adopters = members.length > 0 && random.chance(0.4) ? random.sample(members, random.int(1, 8)) : [];
    innovations.push({
      id: `innovation:gen-${pad(i + 1, 5)}`,
      title: `${KIND_WORDS[kind]} ${topicName} ${i + 1}`,
      description: 'Synthetische Innovation (Generator).',
      kind,
      emergedIn: network.id,
      topics: about.sort(),
      adoptedBy: adopters.sort((a, b) => a - b).map((a) => ({ authority: authorities[a]?.seed.id as string, source: [] })),
      source: [],
    });
  }

  return {
    options,
    landscape: {
      topics,
      networks,
      organisations: [...authorities.map((a) => a.seed), ...umbrellas],
      relations,
      innovations,
      events: [],
    },
    layer: { authorities: [], persons, memberships, participations, events, attendances },
  };
}

/** The load steps for a generated landscape: the real landscape's statements, synthetic. */
export function generatedSteps(generated: GeneratedLandscape): LoadStep[] {
  return [...landscapeSteps(generated.landscape, true), ...demoSteps(generated.layer)].filter((s) => s.rows.length > 0);
}

/** Writes a generated landscape in batches (one transaction per batch). */
export function loadGenerated(
  db: Store,
  generated: GeneratedLandscape,
  options: { batchSize?: number; onProgress?: (step: string, done: number, total: number) => void } = {},
): Promise<LoadReport> {
  return load(db, generatedSteps(generated), {
    batchSize: options.batchSize ?? 10_000,
    atomic: false,
    onProgress: options.onProgress,
  });
}

/** Counts of what a generated landscape holds, for reports. */
export function describeGenerated(g: GeneratedLandscape): Record<string, number> {
  const byType = (t: AuthorityType) => g.landscape.organisations.filter((o) => o.authorityType === t).length;
  return {
    topics: g.landscape.topics.length,
    networks: g.landscape.networks.length,
    laender: byType('STATE'),
    districts: byType('DISTRICT'),
    municipalities: byType('MUNICIPALITY'),
    federalAndState: byType('FEDERAL_MINISTRY') + byType('FEDERAL_AGENCY') + byType('STATE_MINISTRY') + byType('STATE_AGENCY'),
    umbrellas: g.landscape.organisations.filter((o) => !o.roles.includes('AUTHORITY')).length,
    persons: g.layer.persons.length,
    participations: g.layer.participations.length,
    memberships: g.layer.memberships.length,
    events: g.layer.events.length,
    attendances: g.layer.attendances.length,
    innovations: g.landscape.innovations.length,
    adoptions: g.landscape.innovations.reduce((s, i) => s + (i.adoptedBy?.length ?? 0), 0),
  };
}
