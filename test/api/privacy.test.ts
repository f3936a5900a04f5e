// Privacy by default: for an anonymous viewer a person without a PUBLIC participation leaves no trail (the
// other roles and visibilities: consent.test.ts). Every
// field that can reach a person is asked (directly, nested, through aliases and fragments), and
// each raw answer is searched for the ids and names of all non-consenting persons as Neo4j holds
// them; every person object in it must be one who consented; every PersonCount below 3 must be
// withheld; and the lists still show the consenting persons, with counts that match Neo4j.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '@netzwerkatlas/server/config';
import { DEFAULT_LIMITS } from '@netzwerkatlas/server/guard/limits';
import { ANONYMOUS, participationRule, personRule, viewerParams } from '@netzwerkatlas/server/privacy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type CountingDb, testDb } from '../helpers/api.js';

let db: CountingDb;
let gql: ReturnType<typeof api>;

/** Facts read straight from Neo4j that the cases need. */
interface Fixture {
  /** A person without consent who takes part in a network, attended an event and works at `authority`. */
  hidden: string;
  /** A consenting colleague of `hidden` in the same network. */
  visible: string;
  authority: string;
  network: string;
  event: string;
  /** Another authority reachable from `authority` through persons. */
  otherAuthority: string;
  /** A network sharing persons with `network`. */
  partnerNetwork: string;
  hiddenName: string;
}
let fx: Fixture;

/** Ids and names of every person without consent, as Neo4j holds them now. */
async function hiddenPersons(): Promise<{ ids: Set<string>; names: Set<string> }> {
  const rows = await db.read<{ id: string; name: string | null; visible: boolean }>({
    text: "MATCH (p:Person) RETURN p.id AS id, p.name AS name, EXISTS { (p)-[r:PARTICIPATES_IN|ATTENDED]->() WHERE r.visibility = 'PUBLIC' } AS visible",
  });
  const visibleNames = new Set(rows.filter((r) => r.visible).map((r) => r.name));
  const hidden = rows.filter((r) => !r.visible);
  // A name a consenting person also bears may appear for that person.
  const names = hidden.flatMap((r) => (r.name && r.name.length >= 5 && !visibleNames.has(r.name) ? [r.name] : []));
  return { ids: new Set(hidden.map((r) => r.id)), names: new Set(names) };
}

/** Every object in a JSON value, depth first. */
function* objects(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const v of value) yield* objects(v);
  else if (value && typeof value === 'object') {
    yield value as Record<string, unknown>;
    for (const v of Object.values(value)) yield* objects(v);
  }
}

/** Person ids in an answer: every string value that is one. */
function personIdsIn(value: unknown): Set<string> {
  const ids = new Set<string>();
  const text = JSON.stringify(value);
  for (const m of text.matchAll(/"(person:[^"]+)"/g)) ids.add(m[1] as string);
  return ids;
}

interface Case {
  name: string;
  query: string | (() => string);
  variables?: () => Record<string, unknown>;
  /** The answer must show at least one consenting person (the list is not simply empty). */
  showsPersons?: boolean;
  /** Further checks on the data. */
  check?: (data: any) => Promise<void> | void;
}

const PERSON =
  'id name jobTitle synthetic authority { id name } participations { role since until network { id } person { id } } attended { id date }';
const PARTICIPATION = `role since until synthetic person { ${PERSON} } network { id }`;
const COUNT = 'hiddenCount { exact fewerThan3 }';

const CASES: Case[] = [
  // Lookups by id: a hidden person is answered exactly like an id that does not exist.
  {
    name: 'person(id) of a hidden person is NOT_FOUND like a missing id',
    query: 'query($id: ID!) { person(id: $id) { id name } }',
    variables: () => ({ id: fx.hidden }),
  },
  {
    name: 'node(id) of a hidden person is null like a missing id',
    query: 'query($id: ID!) { node(id: $id) { __typename id ... on Person { name authority { id } participations { role } } } }',
    variables: () => ({ id: fx.hidden }),
    check: (data) => expect(data.node).toBeNull(),
  },
  {
    name: 'node(id) of a consenting person still answers',
    query: 'query($id: ID!) { node(id: $id) { __typename id ... on Person { name participations { role since network { id } } } } }',
    variables: () => ({ id: fx.visible }),
    showsPersons: true,
    check: (data) => expect(data.node.name).toEqual(expect.any(String)),
  },
  {
    name: 'aliases of person and node over many hidden ids',
    query: () =>
      `{ ${[...HIDDEN_SAMPLE].map((id, i) => `n${i}: node(id: "${id}") { id ... on Person { name } }`).join(' ')} v: node(id: "${fx.visible}") { id } }`,
    showsPersons: true,
    check: (data) => {
      for (const [key, value] of Object.entries(data)) if (key !== 'v') expect(value, key).toBeNull();
    },
  },
  // Lists of persons.
  {
    name: 'persons, every field',
    query: `{ persons(first: 500) { totalCount ${COUNT} edges { cursor node { ${PERSON} } } pageInfo { hasNextPage endCursor } } }`,
    showsPersons: true,
    check: async (data) => {
      const [row] = await db.read<{ visible: number; hidden: number }>({
        text: "MATCH (p:Person) WITH p, EXISTS { (p)-[r:PARTICIPATES_IN|ATTENDED]->() WHERE r.visibility = 'PUBLIC' } AS v RETURN count(CASE WHEN v THEN 1 END) AS visible, count(CASE WHEN v THEN null ELSE 1 END) AS hidden",
      });
      expect(data.persons.totalCount).toBeGreaterThanOrEqual(row?.visible as number);
      expect(data.persons.hiddenCount.exact ?? 0).toBeGreaterThanOrEqual(3);
    },
  },
  {
    name: 'persons of an authority and of a network (aliases)',
    query: `query($a: ID!, $n: ID!) {
      a: persons(authority: $a, first: 50) { totalCount ${COUNT} edges { node { ${PERSON} } } }
      n: persons(network: $n, first: 50) { totalCount ${COUNT} edges { node { id name } } }
      n2: persons(network: $n, first: 1) { totalCount edges { node { id authority { id } } } }
    }`,
    variables: () => ({ a: fx.authority, n: fx.network }),
    showsPersons: true,
    check: async (data) => {
      const counts = await countsOf('MATCH (p:Person)-[:WORKS_AT]->(:Authority {id: $id})', fx.authority);
      expect(data.a.totalCount).toBe(counts.visible);
      expectCount(data.a.hiddenCount, counts.hidden);
    },
  },
  {
    name: 'network participants, directly and for every network',
    query: `query($n: ID!) {
      network(id: $n) { participants(first: 500) { totalCount ${COUNT} edges { node { ${PARTICIPATION} } } } }
      networks(first: 500) { edges { node { id participants(first: 500) { totalCount ${COUNT} edges { node { role since until person { id name } } } } } } }
    }`,
    variables: () => ({ n: fx.network }),
    showsPersons: true,
    check: async (data) => {
      const counts = await countsOf('MATCH (p:Person)-[r:PARTICIPATES_IN]->(:Network {id: $id})', fx.network);
      expect(data.network.participants.totalCount).toBe(counts.visible);
      expectCount(data.network.participants.hiddenCount, counts.hidden);
      expect(counts.hidden).toBeGreaterThan(0);
    },
  },
  {
    name: 'event attendees, directly and for every event',
    query: `query($e: ID!) {
      event(id: $e) { attendees(first: 500) { totalCount ${COUNT} edges { node { ${PERSON} } } } }
      events(first: 500) { edges { node { id attendees(first: 500) { totalCount ${COUNT} edges { node { id name } } } } } }
    }`,
    variables: () => ({ e: fx.event }),
    check: async (data) => {
      const counts = await countsOf('MATCH (p:Person)-[r:ATTENDED]->(:Event {id: $id})', fx.event);
      expect(data.event.attendees.totalCount).toBe(counts.visible);
      expectCount(data.event.attendees.hiddenCount, counts.hidden);
    },
  },
  {
    name: 'authority employees (colleagues), directly and for every authority',
    query: `query($a: ID!) {
      authority(id: $a) { employees(first: 500) { totalCount ${COUNT} edges { node { ${PERSON} } } } }
      authorities(first: 500) { edges { node { id employees(first: 500) { totalCount ${COUNT} edges { node { id name } } } } } }
    }`,
    variables: () => ({ a: fx.authority }),
    showsPersons: true,
    check: async (data) => {
      const counts = await countsOf('MATCH (p:Person)-[:WORKS_AT]->(:Authority {id: $id})', fx.authority);
      expect(data.authority.employees.totalCount).toBe(counts.visible);
      expectCount(data.authority.employees.hiddenCount, counts.hidden);
    },
  },
  // Nested: from a consenting person out to everything around them and back to persons.
  {
    name: 'nested from a consenting person through networks, events and the authority',
    query: `query($id: ID!) { person(id: $id) {
      ${PERSON}
      participations { network { participants(first: 500) { ${COUNT} edges { node { ${PARTICIPATION} } } }
                                 events { attendees(first: 500) { ${COUNT} edges { node { id name participations { role since } } } } } } }
      attended { attendees(first: 500) { ${COUNT} edges { node { id name attended { id } } } } network { id } }
      authority { employees(first: 500) { ${COUNT} edges { node { id name participations { role since until } } } } }
    } }`,
    variables: () => ({ id: fx.visible }),
    showsPersons: true,
  },
  {
    name: 'fragments and inline fragments on Person and Participation',
    query: `query($n: ID!) {
      network(id: $n) { participants(first: 500) { edges { node { ...P } } } }
      persons(first: 500) { edges { node { ... on Node { id } ...Q } } }
    }
    fragment P on Participation { role since until person { ...Q } }
    fragment Q on Person { id name authority { id } }`,
    variables: () => ({ n: fx.network }),
    showsPersons: true,
  },
  // Overlap questions.
  {
    name: 'duplicateParticipation (ranked pages), every field',
    query: `{ duplicateParticipation(maxPersons: 1000) {
      inNetworks(first: 500) { totalCount edges { node { authority { id } network { id } personCount { exact fewerThan3 } ${COUNT} persons { ${PERSON} } } } }
      atEvents(first: 500) { totalCount edges { node { authority { id } event { id date } personCount { exact fewerThan3 } ${COUNT} persons { id name } } } }
    } }`,
    showsPersons: true,
    check: (data) => {
      const group = data.duplicateParticipation.inNetworks.edges
        .map((e: any) => e.node)
        .find((d: any) => d.authority.id === fx.authority && d.network.id === fx.network);
      expect(group, 'the studied group of colleagues').toBeTruthy();
      expect(group.persons.map((p: any) => p.id)).toContain(fx.visible);
      expect(group.hiddenCount.fewerThan3 || (group.hiddenCount.exact ?? 0) >= 3).toBe(true);
    },
  },
  {
    name: 'duplicateParticipation of one authority, persons by id only',
    query: `query($a: ID!) { duplicateParticipation(authority: $a) {
      inNetworks(first: 100) { edges { node { network { id } personCount { exact fewerThan3 } persons { id } } } }
      atEvents(first: 100) { edges { node { event { id } ${COUNT} persons { id authority { id } } } } }
    } }`,
    variables: () => ({ a: fx.authority }),
    showsPersons: true,
  },
  {
    name: 'duplicateParticipation filtered by network, with aliases',
    query: `query($n: ID!) {
      x: duplicateParticipation(network: $n, minPersons: 2) { inNetworks { edges { node { persons { id name jobTitle } } } } }
      y: duplicateParticipation(networks: [$n]) { atEvents { edges { node { persons { id participations { role } } } } } }
    }`,
    variables: () => ({ n: fx.network }),
    showsPersons: true,
  },
  {
    name: 'networkSimilarity: shared persons and their counts',
    query: `query($n: ID!) { networkSimilarity(network: $n, by: PERSONS, first: 100) { edges { node {
      score network { id } persons { shared jaccard overlap }
      sharedPersons(first: 500) { totalCount ${COUNT} edges { node { ${PERSON} } } }
    } } } }`,
    variables: () => ({ n: fx.network }),
    check: (data) => {
      for (const e of data.networkSimilarity.edges) expect([1, 2]).not.toContain(e.node.persons.shared);
    },
  },
  {
    name: 'connection through persons',
    query: `query($a: ID!, $b: ID!) {
      c: connection(from: $a, to: $b, viaPersons: true, maxHops: 12) { hops steps { via node { __typename id ... on Person { name authority { id } } } } }
      d: connection(from: $b, to: $a, viaPersons: true, maxHops: 12) { steps { node { id } } }
    }`,
    variables: () => ({ a: fx.authority, b: fx.otherAuthority }),
  },
  {
    name: 'search for a hidden name, and events found by search',
    query: `query($q: String!) {
      s: search(query: $q, first: 100) { node { __typename id } }
      e: search(query: "Treffen", types: [Event], first: 100) { node { id ... on Event { attendees(first: 500) { ${COUNT} edges { node { id name } } } } } }
    }`,
    variables: () => ({ q: fx.hiddenName }),
  },
  {
    name: 'landscape: persons only as counts',
    query: '{ landscape { nodes { id kind persons { exact fewerThan3 } } edges { source target type } } }',
    check: async (data) => {
      const counts = await countsOf('MATCH (p:Person)-[r:PARTICIPATES_IN]->(:Network {id: $id})', fx.network);
      const node = data.landscape.nodes.find((n: any) => n.id === fx.network);
      expect(node.persons).toEqual({
        exact: counts.hidden > 0 && counts.hidden < 3 ? null : counts.visible + counts.hidden,
        fewerThan3: counts.visible + counts.hidden < 3,
      });
    },
  },
  {
    name: 'overlapMatrix by persons: no count below 3',
    query: `{
      m: overlapMatrix(by: PERSONS) { networks { id size } cells { shared } columns { shared } }
      f: overlapMatrix(by: PERSONS, minShared: 1, synthetic: true) { networks { id size } columns { shared } }
    }`,
    check: (data) => {
      for (const m of [data.m, data.f]) {
        for (const n of m.networks) expect(n.size).toBeGreaterThanOrEqual(3);
        for (const s of m.columns.shared) expect(s).toBeGreaterThanOrEqual(3);
      }
      for (const c of data.m.cells) expect(c.shared).toBeGreaterThanOrEqual(3);
    },
  },
];

/** A few hidden ids for the alias case (read in beforeAll). */
let HIDDEN_SAMPLE: string[] = [];

/**
 * Persons of a match, as the anonymous viewer sees them: through the relation `r` of the match
 * when it has one (a participation or attendance is shown only when PUBLIC), else through any.
 */
async function countsOf(match: string, id: string): Promise<{ visible: number; hidden: number }> {
  const seen = match.includes('[r:')
    ? "r.visibility = 'PUBLIC'"
    : "EXISTS { (p)-[r:PARTICIPATES_IN|ATTENDED]->() WHERE r.visibility = 'PUBLIC' }";
  const [row] = await db.read<{ visible: number; hidden: number }>(
    {
      text: `${match} WITH p, ${seen} AS v WITH p, max(v) AS v RETURN count(CASE WHEN v THEN 1 END) AS visible, count(CASE WHEN v THEN null ELSE 1 END) AS hidden`,
    },
    { id },
  );
  return row ?? { visible: 0, hidden: 0 };
}

/** A PersonCount for `n` hidden persons: exact unless 1 or 2. */
function expectCount(count: { exact: number | null; fewerThan3: boolean }, n: number) {
  expect(count).toEqual(n > 0 && n < 3 ? { exact: null, fewerThan3: true } : { exact: n, fewerThan3: false });
}

beforeAll(async () => {
  db = testDb();
  // The rules must hold on every path, also those deeper, wider or costlier than the public
  // limits allow (an operator may raise them); the limits have their own tests.
  gql = api(db, { ...DEFAULT_LIMITS, depth: 64, aliases: 1000, tokens: 100_000, cost: Number.MAX_SAFE_INTEGER, wholeLandscape: 100 });
  // The demo layer's group of three colleagues in one network, one without consent.
  const [row] = await db.read<Fixture>({
    text: `MATCH (a:Authority)<-[:WORKS_AT]-(h:Person)-[:PARTICIPATES_IN]->(n:Network)<-[:PARTICIPATES_IN {visibility: 'PUBLIC'}]-(v:Person)-[:WORKS_AT]->(a)
           WHERE NOT EXISTS { (h)-[x:PARTICIPATES_IN|ATTENDED]->() WHERE x.visibility <> 'PRIVATE' } AND h.id STARTS WITH 'person:demo-'
             AND EXISTS { (h)-[:ATTENDED]->(:Event) }
           MATCH (h)-[:ATTENDED]->(e:Event)
           MATCH (n)<-[:PARTICIPATES_IN {visibility: 'PUBLIC'}]-(:Person)-[:PARTICIPATES_IN {visibility: 'PUBLIC'}]->(m:Network) WHERE m <> n
           MATCH (n)<-[:PARTICIPATES_IN {visibility: 'PUBLIC'}]-(:Person)-[:WORKS_AT]->(b:Authority) WHERE b <> a
           RETURN h.id AS hidden, v.id AS visible, a.id AS authority, n.id AS network, e.id AS event,
                  b.id AS otherAuthority, m.id AS partnerNetwork, h.name AS hiddenName
           ORDER BY h.id, v.id, e.id, b.id, m.id LIMIT 1`,
  });
  if (!row) throw new Error('the demo layer has no private colleague of a public participant who attended an event');
  fx = row;
  HIDDEN_SAMPLE = (
    await db.read<{ id: string }>({
      text: "MATCH (p:Person) WHERE NOT EXISTS { (p)-[r:PARTICIPATES_IN|ATTENDED]->() WHERE r.visibility = 'PUBLIC' } RETURN p.id AS id ORDER BY p.id LIMIT 20",
    })
  ).map((r) => r.id);
});
afterAll(() => db.close());

describe('privacy by default, anonymous viewer', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = await hiddenPersons();
    const query = typeof c.query === 'function' ? c.query() : c.query;
    const res = await gql(query, c.variables?.() ?? {});
    // Hidden persons added meanwhile by other test files count too.
    const after = await hiddenPersons();
    const ids = new Set([...before.ids, ...after.ids]);
    const names = new Set([...before.names, ...after.names]);
    const text = JSON.stringify(res);
    expect(ids.size).toBeGreaterThan(0);

    if (c.name.startsWith('person(id)')) {
      // The same error as for an id that does not exist, apart from the id itself.
      const missing = await gql('query($id: ID!) { person(id: $id) { id name } }', { id: 'person:does-not-exist' });
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(JSON.stringify(res).replaceAll(fx.hidden, 'X')).toBe(JSON.stringify(missing).replaceAll('person:does-not-exist', 'X'));
      return;
    }
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();

    // No id and no name of a person without consent, anywhere in the raw answer.
    for (const id of ids) expect(text.includes(`"${id}"`), `${id} in the answer`).toBe(false);
    for (const name of names) expect(text.includes(name), `${name} in the answer`).toBe(false);

    // Every person in the answer consented (so also every role, date and attendance shown with one).
    const shown = personIdsIn(res.data);
    if (shown.size > 0) {
      const rows = await db.read<{ id: string; consent: boolean | null }>(
        {
          text: "MATCH (p:Person) WHERE p.id IN $ids RETURN p.id AS id, EXISTS { (p)-[r:PARTICIPATES_IN|ATTENDED]->() WHERE r.visibility = 'PUBLIC' } AS consent",
        },
        { ids: [...shown] },
      );
      expect(rows.length).toBe(shown.size);
      for (const r of rows) expect(r.consent, r.id).toBe(true);
    }
    if (c.showsPersons) expect(shown.size, 'consenting persons still appear').toBeGreaterThan(0);

    // Counts of persons below 3 are never told exactly.
    for (const o of objects(res.data)) {
      if ('fewerThan3' in o) {
        if (o.fewerThan3) expect(o.exact).toBeNull();
        expect([1, 2]).not.toContain(o.exact);
      }
    }
    await c.check?.(res.data);
  });
});

describe('one rule for who may see a person', () => {
  // server/src/privacy.ts states the rule in Cypher; every statement the API runs that reads
  // persons must apply it in exactly that form, with its own variable names (derived data and
  // the seed are written, not read; import/ and export/ serve the operator's command-line tools,
  // which no API request reaches). Statements that read one person named by id, account or
  // email only (the viewer's own record, or the one an administrator named) need no rule.
  const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  /** The rule as a regular expression: the first use of each variable captures it, later uses must repeat it. */
  const asPattern = (text: string, names: string[]) => {
    let pattern = escapeRegex(text);
    names.forEach((marker, i) => {
      let first = true;
      pattern = pattern.replaceAll(marker, () => {
        if (!first) return `\\${i + 1}`;
        first = false;
        return '(\\w+)';
      });
    });
    return new RegExp(pattern);
  };
  const PARTICIPATION = asPattern(participationRule('@P@', '@R@', '@S@'), ['@P@', '@R@', '@S@']);
  const PERSON = asPattern(personRule('@P@'), ['@P@']);
  const root = join(repoRoot, 'cypher');
  const statements = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.cypher') && !/^(seed|derive|schema|import|export)\//.test(f))
    .map((f) => ({ name: relative(root, join(root, f)), text: readFileSync(join(root, f), 'utf8') }));
  const OWN = /\(\w+:Person \{(?:id: \$person|account: \$account|email: \$email)\}\)/g;
  const readsPersons = statements.filter((s) => /:Person\b/.test(s.text.replace(/^\s*\/\/.*$/gm, '').replace(OWN, '')));

  it('finds the statements that read persons', () => {
    expect(readsPersons.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'person/get-persons.cypher',
        'network/participants-of-networks.cypher',
        'overlap/connection-via-persons.cypher',
      ]),
    );
  });

  it('the patterns match the rule as privacy.ts states it', () => {
    expect(participationRule('x', 'y', 'z')).toMatch(PARTICIPATION);
    expect(personRule('x')).toMatch(PERSON);
    // Another variable where the same one is due is not the rule.
    expect(participationRule('x', 'y', 'z').replace('EXISTS { (x)', 'EXISTS { (q)')).not.toMatch(PARTICIPATION);
  });

  it.each(readsPersons.map((s) => [s.name, s] as const))('%s applies the rule', (_name, s) => {
    // landscape-edges names Person only to leave persons out.
    if (s.name === 'landscape/landscape-edges.cypher') return expect(s.text).toContain('NOT a:Person');
    // These count shared persons for one data scope on the spot, the numbers the derived
    // OVERLAPS counts hold for both (derive/ is written, not read, and is exempt as well): no
    // person is listed, and the resolvers withhold fewer than $smallCount / 3 shared persons.
    if (['overlap/network-similarity-scoped.cypher', 'overlap/overlap-matrix.cypher'].includes(s.name)) {
      expect(s.text).not.toMatch(/\bp \{\.\*/);
      expect(s.text).not.toMatch(/\bconsent\b/);
      return expect(s.text).toMatch(/smallCount|SMALL_COUNT|\$minShared/);
    }
    expect(s.text).toMatch(PARTICIPATION);
    // No other rule beside it: the person-level consent flag is gone.
    expect(s.text).not.toMatch(/\bconsent\b/);
  });

  it('the person rule is the participation rule over all participations and attendances', () => {
    expect(personRule('p')).toContain(participationRule('p', 'r', 's'));
    expect(PERSON.test(readFileSync(join(root, 'person/get-persons.cypher'), 'utf8'))).toBe(true);
  });
});

describe('counts of hidden persons for an anonymous viewer', () => {
  // The rule is null rather than false where it does not admit an anonymous viewer ($viewer is
  // null), so a statement that counts the hidden ones by negating it would count none of them,
  // and the landscape and the coverage would tell 1 or 2 hidden persons exactly.
  const small = (n: number) => n > 0 && n < 3;

  it('the landscape withholds every network count that holds 1 or 2 hidden persons', async () => {
    const inGraph = await db.read<{ id: string; total: number; hidden: number }>({
      text: `MATCH (n:Network)<-[r:PARTICIPATES_IN]-(:Person)
             RETURN n.id AS id, count(r) AS total, count(CASE WHEN coalesce(r.visibility, 'PRIVATE') <> 'PUBLIC' THEN 1 END) AS hidden`,
    });
    expect(
      inGraph.some((n) => small(n.hidden) && !small(n.total)),
      'a network whose count holds 1 or 2 hidden persons',
    ).toBe(true);
    const res = await gql('{ landscape { nodes { id persons { exact fewerThan3 atLeast } } } }');
    expect(res.errors).toBeUndefined();
    const nodes = new Map((res.data!.landscape.nodes as { id: string; persons: unknown }[]).map((n) => [n.id, n.persons]));
    for (const n of inGraph) {
      const shown = n.total - n.hidden;
      // 1 or 2 hidden beside persons shown: "at least" those shown plus one, whether that is 2 or 3.
      const expected = small(n.hidden)
        ? { exact: null, fewerThan3: shown === 0, atLeast: shown + 1 }
        : { exact: small(n.total) ? null : n.total, fewerThan3: small(n.total), atLeast: small(n.total) ? 1 : n.total };
      expect(nodes.get(n.id), n.id).toEqual(expected);
    }
  });

  it('the coverage counts as hidden every person without a PUBLIC participation or attendance', async () => {
    const [row] = await db.read<{ real: number; synthetic: number; hiddenReal: number; hiddenSynthetic: number }>({
      text: `MATCH (p:Person)
             WITH coalesce(p.synthetic, false) AS synthetic,
                  NOT EXISTS { (p)-[r:PARTICIPATES_IN|ATTENDED]->() WHERE r.visibility = 'PUBLIC' } AS hidden
             RETURN count(CASE WHEN NOT synthetic THEN 1 END) AS real, count(CASE WHEN synthetic THEN 1 END) AS synthetic,
                    count(CASE WHEN hidden AND NOT synthetic THEN 1 END) AS hiddenReal, count(CASE WHEN hidden AND synthetic THEN 1 END) AS hiddenSynthetic`,
    });
    expect(row!.hiddenSynthetic).toBeGreaterThan(0);
    // The statement itself, with the parameters an anonymous request gives it: the API tells
    // these numbers only as PersonCounts, which would not show a count of none.
    const [coverage] = await db.read<{ nodes: { kind: string }[] }>('landscape/coverage', viewerParams(ANONYMOUS));
    expect(coverage!.nodes.find((n) => n.kind === 'Person')).toEqual({ kind: 'Person', ...row });
  });
});
