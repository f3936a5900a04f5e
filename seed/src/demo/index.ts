// The demo layer ("Beispieldaten"): invented persons, participations, institutional memberships
// and meetings on top of the real landscape, so that overlaps and duplicate participation are
// visible from the first start. Everything here is marked `synthetic: true` and is made from a
// seeded PRNG: the same seed gives the same layer.

import { fakerDE as faker } from '@faker-js/faker';
// Job titles from the generator's German list: faker's German locale has none and answers in English.
import { JOB_TITLES } from '../generator/germany.js';
import type { Landscape } from '../landscape/types.js';
import type { LoadStep, Row } from '../load.js';
import { assignEmails, emailDomainOf } from './email.js';

/** Real cities and Länder, added as synthetic authorities (their memberships are invented). */
export const DEMO_AUTHORITIES: { id: string; name: string; bundesland: string; ags: string; authorityType: string; level: string }[] = [
  { id: 'org:stadt-koeln', name: 'Stadt Köln', bundesland: 'DE-NW', ags: '05315000', authorityType: 'MUNICIPALITY', level: 'MUNICIPAL' },
  {
    id: 'org:stadt-muenchen',
    name: 'Landeshauptstadt München',
    bundesland: 'DE-BY',
    ags: '09162000',
    authorityType: 'MUNICIPALITY',
    level: 'MUNICIPAL',
  },
  {
    id: 'org:stadt-leipzig',
    name: 'Stadt Leipzig',
    bundesland: 'DE-SN',
    ags: '14713000',
    authorityType: 'MUNICIPALITY',
    level: 'MUNICIPAL',
  },
  {
    id: 'org:stadt-dortmund',
    name: 'Stadt Dortmund',
    bundesland: 'DE-NW',
    ags: '05913000',
    authorityType: 'MUNICIPALITY',
    level: 'MUNICIPAL',
  },
  {
    id: 'org:stadt-nuernberg',
    name: 'Stadt Nürnberg',
    bundesland: 'DE-BY',
    ags: '09564000',
    authorityType: 'MUNICIPALITY',
    level: 'MUNICIPAL',
  },
  {
    id: 'org:stadt-muenster',
    name: 'Stadt Münster',
    bundesland: 'DE-NW',
    ags: '05515000',
    authorityType: 'MUNICIPALITY',
    level: 'MUNICIPAL',
  },
  {
    id: 'org:freie-hansestadt-bremen',
    name: 'Freie Hansestadt Bremen',
    bundesland: 'DE-HB',
    ags: '04011000',
    authorityType: 'STATE',
    level: 'STATE',
  },
  { id: 'org:land-hessen', name: 'Land Hessen', bundesland: 'DE-HE', ags: '06000000', authorityType: 'STATE', level: 'STATE' },
];

const ROLES = ['COORDINATOR', 'ACTIVE', 'ACTIVE', 'MEMBER', 'MEMBER', 'MEMBER', 'OBSERVER'] as const;

/** Who may see a participation or attendance (server/src/privacy.ts); PRIVATE when not given. */
export type Visibility = 'PRIVATE' | 'AUTHORITY' | 'NETWORK' | 'PUBLIC';

export interface DemoLayer {
  authorities: Row[];
  persons: { props: Row; authority: string }[];
  memberships: { from: string; to: string; props: Row }[];
  /** `visibility` is the person's consent for this participation; a load sets it only where none is stored yet. */
  participations: { from: string; to: string; props: Row; visibility?: Visibility }[];
  events: { props: Row; network: string }[];
  attendances: { from: string; to: string; props: Row; visibility?: Visibility }[];
}

/**
 * Builds the demo layer for a landscape. Persons work at real and demo authorities, take part in
 * one to three networks (popular networks more often), and some authorities send several
 * persons to the same network or meeting without knowing of each other.
 */
export function buildDemoLayer(landscape: Landscape, seed = 2024, personCount = 160): DemoLayer {
  faker.seed(seed);
  const pick = <T>(items: readonly T[]): T => faker.helpers.arrayElement(items);
  const synthetic = true;

  const known = new Set(landscape.organisations.map((o) => o.id));
  // The demo authorities' synthetic mail domains (email.ts): a signed-in user of such a domain
  // without a person record may link themselves to the authority.
  const authorities = DEMO_AUTHORITIES.filter((a) => !known.has(a.id)).map((a) => ({
    ...a,
    emailDomains: [emailDomainOf(a.id)],
    synthetic,
  }));
  const authorityIds = [
    ...landscape.organisations.filter((o) => o.roles.includes('AUTHORITY')).map((o) => o.id),
    ...authorities.map((a) => a.id),
  ].sort();
  // Networks weighted: the five studied networks and top-level networks draw more people.
  const networks = [...landscape.networks].sort((a, b) => a.id.localeCompare(b.id));
  const weighted = networks.flatMap((n) => Array.from({ length: n.typology ? 4 : n.partOf ? 1 : 2 }, () => n.id));

  // Each authority has a few home networks: those it is related to in the sources, those of its
  // Land, two of its level (or across levels) and one more. Its people take part there four times in five, so the
  // demo's overlaps concentrate where they would in reality instead of linking everything.
  const orgInfo = new Map<string, { level?: string; bundesland?: string }>([
    ...landscape.organisations.map((o) => [o.id, o] as const),
    ...authorities.map((a) => [a.id, a] as const),
  ]);
  const home = new Map<string, string[]>();
  for (const a of authorityIds) {
    const info = orgInfo.get(a) ?? {};
    const own = landscape.relations.filter((r) => r.from === a).map((r) => r.to);
    const regional = networks.filter((n) => info.bundesland && n.bundesland === info.bundesland).map((n) => n.id);
    const sameLevel = networks.filter((n) => n.level === 'ACROSS_LEVELS' || (info.level && n.level === info.level)).map((n) => n.id);
    const levelPicks = sameLevel.length > 0 ? faker.helpers.arrayElements(sameLevel, Math.min(2, sameLevel.length)) : [];
    home.set(a, [...new Set([...own, ...regional, ...levelPicks, pick(weighted)])].sort());
  }

  const persons: DemoLayer['persons'] = [];
  const participations = new Map<string, DemoLayer['participations'][number]>();
  // Who consents to be seen at all (three in five); how widely is drawn per participation below.
  const consenting = new Set<string>();
  // The studied group's consent, fixed: one public, one for colleagues, one counted only.
  const fixed = new Map<string, Visibility>();
  for (let i = 1; i <= personCount; i++) {
    const id = `person:demo-${String(i).padStart(4, '0')}`;
    const authority = pick(authorityIds);
    if (faker.number.float() < 0.6) consenting.add(id);
    persons.push({
      props: { id, name: faker.person.fullName(), jobTitle: pick(JOB_TITLES), synthetic },
      authority,
    });
    const count = faker.number.int({ min: 1, max: 3 });
    for (let k = 0; k < count; k++) {
      const network = faker.number.float() < 0.8 ? pick(home.get(authority) ?? weighted) : pick(weighted);
      const since = faker.date.between({ from: '2019-01-01', to: '2025-12-31' }).toISOString().slice(0, 10);
      participations.set(`${id}|${network}`, { from: id, to: network, props: { role: pick(ROLES), since, synthetic } });
    }
  }

  // Duplicate participation on purpose: three colleagues of one authority in one network.
  const studied = networks.filter((n) => n.typology).map((n) => n.id);
  const clusters = [
    { authority: 'org:stadt-koeln', network: studied[0] },
    { authority: authorityIds[0], network: studied[1] },
    { authority: 'org:stadt-muenchen', network: studied[2] },
  ];
  let next = personCount + 1;
  for (const { authority, network } of clusters) {
    if (!authority || !network) continue;
    for (let k = 0; k < 3; k++) {
      const id = `person:demo-${String(next++).padStart(4, '0')}`;
      fixed.set(id, (['PUBLIC', 'AUTHORITY', 'PRIVATE'] as const)[k] as Visibility);
      persons.push({
        props: { id, name: faker.person.fullName(), jobTitle: pick(JOB_TITLES), synthetic },
        authority,
      });
      participations.set(`${id}|${network}`, { from: id, to: network, props: { role: pick(ROLES), since: '2024-01-15', synthetic } });
    }
  }

  // Authorities whose people take part become institutional members too.
  const workplace = new Map(persons.map((p) => [p.props.id as string, p.authority]));
  // Real memberships stay real: the demo never re-marks a sourced relation as synthetic.
  const real = new Set(landscape.relations.filter((r) => r.type === 'MEMBER_OF').map((r) => `${r.from}|${r.to}`));
  const memberships = new Map<string, DemoLayer['memberships'][number]>();
  for (const p of participations.values()) {
    const a = workplace.get(p.from) as string;
    if (real.has(`${a}|${p.to}`)) continue;
    memberships.set(`${a}|${p.to}`, { from: a, to: p.to, props: { synthetic } });
  }

  // Two or three meetings for each network that has at least three participants.
  const byNetwork = new Map<string, string[]>();
  for (const p of participations.values()) byNetwork.set(p.to, [...(byNetwork.get(p.to) ?? []), p.from]);
  const events: DemoLayer['events'] = [];
  const attendances: DemoLayer['attendances'] = [];
  for (const network of networks) {
    const people = (byNetwork.get(network.id) ?? []).sort();
    if (people.length < 3) continue;
    const meetings = faker.number.int({ min: 2, max: 3 });
    for (let m = 1; m <= meetings; m++) {
      const id = `event:demo-${network.id.replace(/^network:/, '')}-${m}`;
      const date = faker.date.between({ from: '2025-01-01', to: '2026-10-31' }).toISOString().slice(0, 10);
      const format = pick(['DIGITAL_MEETINGS', 'IN_PERSON_MEETINGS', 'WORKSHOPS'] as const);
      events.push({
        props: { id, name: `${network.shortName ?? network.name}: Treffen ${m}`, date, format, synthetic },
        network: network.id,
      });
      for (const person of people) {
        if (faker.number.float() < 0.6) attendances.push({ from: person, to: id, props: { synthetic } });
      }
    }
  }

  // Every demo authority takes part somewhere: one that drew no person above (with seed 2024,
  // Stadt Nürnberg: an invented authority standing alone on the map) gets one in a home network.
  // Drawn last, so that the rest of the layer stays as it was.
  const staffed = new Set(persons.map((p) => p.authority));
  for (const a of authorities) {
    if (staffed.has(a.id)) continue;
    const id = `person:demo-${String(next++).padStart(4, '0')}`;
    consenting.add(id);
    persons.push({ props: { id, name: faker.person.fullName(), jobTitle: pick(JOB_TITLES), synthetic }, authority: a.id });
    const network = pick(home.get(a.id) ?? weighted);
    participations.set(`${id}|${network}`, { from: id, to: network, props: { role: pick(ROLES), since: '2025-03-01', synthetic } });
    memberships.set(`${a.id}|${network}`, { from: a.id, to: network, props: { synthetic } });
  }

  // Every person gets a synthetic address (never shown by the API; it lets a sign-in find the
  // person). Assigned last, from the names, so the random draws above stay as they were.
  const emails = assignEmails(persons.map((p) => ({ name: String(p.props.name), authority: p.authority })));
  persons.forEach((p, i) => {
    p.props.email = emails[i];
  });
  // Consent per participation, drawn last so that the layer above stays as it was: persons who
  // consent show each participation publicly (half), to the network (a quarter) or to their
  // colleagues (a quarter); the others are counted only. An attendance is as visible as the
  // person's participation in the network that held the meeting.
  const widths: Visibility[] = ['PUBLIC', 'PUBLIC', 'NETWORK', 'AUTHORITY'];
  for (const p of participations.values()) {
    p.visibility = fixed.get(p.from) ?? (consenting.has(p.from) ? pick(widths) : 'PRIVATE');
  }
  const heldBy = new Map(events.map((e) => [e.props.id as string, e.network]));
  for (const a of attendances) {
    a.visibility = participations.get(`${a.from}|${heldBy.get(a.to)}`)?.visibility ?? 'PRIVATE';
  }

  return {
    authorities,
    persons,
    memberships: [...memberships.values()],
    participations: [...participations.values()],
    events,
    attendances,
  };
}

/** Load steps for a demo layer (after the landscape's steps). */
export function demoSteps(layer: DemoLayer): LoadStep[] {
  return [
    { statement: 'seed/merge-authorities', rows: layer.authorities.map((props) => ({ props, umbrella: false })) },
    { statement: 'seed/merge-persons', rows: layer.persons },
    { statement: 'seed/merge-authority-network-relations', rows: layer.memberships.map((m) => ({ ...m, type: 'MEMBER_OF' })) },
    { statement: 'seed/merge-participations', rows: layer.participations },
    { statement: 'seed/merge-events', rows: layer.events },
    { statement: 'seed/merge-attendances', rows: layer.attendances },
  ];
}
