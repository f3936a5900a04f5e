// Small generated landscapes for the overlap tests, in several shapes, with ids unique to one
// test run, loaded through the seed's own load path. The in-memory landscape is the ground truth
// the API's answers are compared with.

import { type DemoLayer, demoSteps, type Landscape, type LoadStep, landscapeSteps, load } from '@netzwerkatlas/seed';
import { Random } from '@netzwerkatlas/seed/generator';
import type { Store } from '@netzwerkatlas/server/db/store';

export interface Generated {
  prefix: string;
  landscape: Landscape;
  layer: DemoLayer;
  networkIds: string[];
  /** network id -> member authority ids */
  members: Map<string, Set<string>>;
  /** network id -> participating person ids */
  participants: Map<string, Set<string>>;
  /** network id -> topic ids */
  topics: Map<string, Set<string>>;
  /** person id -> authority id */
  worksAt: Map<string, string>;
  /** event id -> { network, attendees } */
  events: Map<string, { network: string; attendees: Set<string> }>;
  /** Persons whose every participation and attendance is PUBLIC (the others' are PRIVATE). */
  publicPersons: Set<string>;
}

export type Shape = 'random' | 'edge-cases' | 'hub';

/**
 * A landscape of the given shape. 'random': networks of skewed sizes over shared authorities,
 * persons and topics. 'edge-cases': a network with no members, an authority in every network,
 * two identical networks, and two groups of networks that share nothing. 'hub': one authority
 * in every network.
 */
export function generate(shape: Shape, seed: number): Generated {
  const random = new Random(seed);
  const rnd = () => random.next();
  const prefix = `t${Date.now().toString(36)}${Math.floor(rnd() * 1e6).toString(36)}`;
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const nid = (i: number) => `network:${prefix}-n${String(i).padStart(2, '0')}`;
  const aid = (i: number) => `org:${prefix}-a${String(i).padStart(3, '0')}`;
  const tid = (i: number) => `topic:${prefix}-t${i}`;

  const nNetworks = shape === 'random' ? 14 : 8;
  const nAuthorities = shape === 'random' ? 60 : 20;
  const nTopics = 6;
  const members = new Map<string, Set<string>>();
  const topics = new Map<string, Set<string>>();
  for (let i = 0; i < nNetworks; i++) {
    members.set(nid(i), new Set());
    topics.set(nid(i), new Set());
  }

  if (shape === 'hub') {
    for (let i = 0; i < nNetworks; i++) {
      members.get(nid(i))?.add(aid(0));
      for (let k = 0; k < 3; k++) members.get(nid(i))?.add(aid(1 + Math.floor(rnd() * (nAuthorities - 1))));
      topics.get(nid(i))?.add(tid(Math.floor(rnd() * nTopics)));
    }
  } else if (shape === 'random') {
    for (let i = 0; i < nNetworks; i++) {
      const size = Math.max(1, Math.round(30 / (i + 1)) + Math.floor(rnd() * 4));
      for (let k = 0; k < size; k++) members.get(nid(i))?.add(aid(Math.floor(rnd() ** 1.5 * nAuthorities)));
      const tc = 1 + Math.floor(rnd() * 3);
      for (let k = 0; k < tc; k++) topics.get(nid(i))?.add(tid(Math.floor(rnd() * nTopics)));
    }
  } else {
    // n00: no members at all. a000: member of every network but n00 and the isolated group.
    // n01 and n02: identical members and topics. n03..n05 and n06..n07: two disjoint groups.
    for (let i = 1; i <= 5; i++) members.get(nid(i))?.add(aid(0));
    for (const i of [1, 2]) {
      for (const a of [1, 2, 3, 4]) members.get(nid(i))?.add(aid(a));
      topics.get(nid(i))?.add(tid(0)).add(tid(1));
    }
    for (const i of [3, 4, 5]) {
      for (const a of [5, 6, 7, 8 + i]) members.get(nid(i))?.add(aid(a));
      topics.get(nid(i))?.add(tid(2));
    }
    for (const i of [6, 7]) {
      for (const a of [15, 16, 17]) members.get(nid(i))?.add(aid(a));
      topics.get(nid(i))?.add(tid(3));
    }
    topics.get(nid(0))?.add(tid(3));
  }

  const usedAuthorities = [...new Set([...members.values()].flatMap((s) => [...s]))].sort();
  const allAuthorities = [...new Set([...usedAuthorities, ...Array.from({ length: nAuthorities }, (_, i) => aid(i))])].sort();
  const landscape: Landscape = {
    topics: Array.from({ length: nTopics }, (_, i) => ({ id: tid(i), name: `Thema ${prefix} ${i}`, nameEn: `Topic ${i}`, source: [] })),
    networks: [...members.keys()].map((id) => ({
      id,
      name: `Netz ${id.slice(id.lastIndexOf('-') + 1)} ${prefix}`,
      description: 'generated',
      topics: [...(topics.get(id) ?? [])].sort(),
      source: [],
    })),
    organisations: allAuthorities.map((id, i) => ({
      id,
      name: `Behörde ${id.slice(id.lastIndexOf('-') + 1)} ${prefix}`,
      roles: ['AUTHORITY'],
      level: i % 2 === 0 ? 'MUNICIPAL' : 'STATE',
      bundesland: i % 3 === 0 ? 'DE-NW' : 'DE-BY',
      source: [],
    })),
    relations: [...members.entries()].flatMap(([network, as]) =>
      [...as].map((a) => ({ from: a, type: 'MEMBER_OF' as const, to: network, source: [] })),
    ),
    innovations: [],
    events: [],
  };

  // Persons: a few per authority, taking part in networks their authority is a member of.
  const layer: DemoLayer = { authorities: [], persons: [], memberships: [], participations: [], events: [], attendances: [] };
  const worksAt = new Map<string, string>();
  const participants = new Map<string, Set<string>>([...members.keys()].map((k) => [k, new Set<string>()]));
  const publicPersons = new Set<string>();
  let p = 0;
  for (const a of usedAuthorities) {
    const networksOfA = [...members.entries()].filter(([, s]) => s.has(a)).map(([n]) => n);
    const count = 1 + Math.floor(rnd() * 3);
    for (let k = 0; k < count; k++) {
      const id = `person:${prefix}-p${String(p++).padStart(4, '0')}`;
      worksAt.set(id, a);
      layer.persons.push({ props: { id, name: `Person ${id}`, synthetic: true }, authority: a });
      if (rnd() < 0.5) publicPersons.add(id);
      const visibility = publicPersons.has(id) ? 'PUBLIC' : 'PRIVATE';
      for (const n of networksOfA) {
        if (rnd() < 0.6) {
          participants.get(n)?.add(id);
          layer.participations.push({ from: id, to: n, props: { role: 'MEMBER', synthetic: true }, visibility });
        }
      }
    }
  }
  // Events: two per network with participants; some participants attend.
  const events = new Map<string, { network: string; attendees: Set<string> }>();
  for (const [n, people] of participants) {
    if (people.size === 0) continue;
    for (let m = 0; m < 2; m++) {
      const id = `event:${prefix}-${n.slice(n.lastIndexOf('-') + 1)}-${m}`;
      const attendees = new Set([...people].filter(() => rnd() < 0.7));
      events.set(id, { network: n, attendees });
      layer.events.push({ props: { id, name: `Treffen ${id}`, date: `2026-0${m + 1}-15`, synthetic: true }, network: n });
      for (const person of attendees)
        layer.attendances.push({
          from: person,
          to: id,
          props: { synthetic: true },
          visibility: publicPersons.has(person) ? 'PUBLIC' : 'PRIVATE',
        });
    }
  }
  // Innovations: one per network for the first half of networks, adopted by some members.
  for (const [i, n] of [...members.keys()].entries()) {
    if (i % 2 === 1) continue;
    const adopters = [...(members.get(n) ?? [])].filter(() => rnd() < 0.4);
    landscape.innovations.push({
      id: `innovation:${prefix}-i${i}`,
      title: `Innovation ${prefix} ${i}`,
      description: 'generated',
      kind: pick(['PRODUCT', 'PROCESS', 'KNOWLEDGE_TRANSFER'] as const),
      emergedIn: n,
      topics: [],
      adoptedBy: adopters.map((a) => ({ authority: a, source: [] })),
      source: [],
    });
  }

  return {
    prefix,
    landscape,
    layer,
    networkIds: [...members.keys()].sort(),
    members,
    participants,
    topics,
    worksAt,
    events,
    publicPersons,
  };
}

/** Writes a generated landscape through the seed's load path. */
export async function loadGenerated(db: Store, g: Generated): Promise<void> {
  const steps: LoadStep[] = [...landscapeSteps(g.landscape, true), ...demoSteps(g.layer)];
  await load(db, steps);
}
