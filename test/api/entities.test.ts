// The GraphQL API against the real Neo4j with the seeded landscape: every entity type with its
// relations, pagination, search, not-found, malformed queries, and no per-row queries.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type CountingDb, testDb } from '../helpers/api.js';

let db: CountingDb;
let gql: ReturnType<typeof api>;

beforeAll(() => {
  db = testDb();
  gql = api(db);
});
afterAll(() => db.close());

describe('networks', () => {
  it('lists the seeded real networks with their classifications and sources', async () => {
    const res = await gql(`{
      networks(first: 200, filter: { synthetic: false }) {
        totalCount
        edges { node { id name typology governance sources { id title } synthetic topics { id name } } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const nodes = res.data?.networks.edges.map((e: any) => e.node);
    expect(res.data?.networks.totalCount).toBeGreaterThan(20);
    expect(nodes).toHaveLength(res.data?.networks.totalCount);
    for (const n of nodes) {
      expect(n.synthetic).toBe(false);
      expect(n.sources.length).toBeGreaterThan(0);
    }
    // The five networks of the study carry typology and governance.
    expect(nodes.filter((n: any) => n.typology && n.governance).length).toBeGreaterThanOrEqual(5);
  });

  it('pages with cursors: no item twice, none lost, totalCount stable', async () => {
    const query = `query($after: String) { networks(first: 7, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 50; page++) {
      const res: any = await gql(query, { after });
      expect(res.errors).toBeUndefined();
      const conn = res.data.networks;
      if (total < 0) total = conn.totalCount;
      expect(conn.totalCount).toBe(total);
      seen.push(...conn.edges.map((e: any) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      expect(conn.edges).toHaveLength(7);
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('returns a network with parent, parts, organisations, members, participants, innovations, events', async () => {
    const found = await gql(`{ search(query: "NExT", types: [Network], first: 5) { node { id ... on Network { parent { id } } } } }`);
    const child = found.data?.search.map((h: any) => h.node).find((n: any) => n.parent);
    expect(child, 'a NExT community that is part of the NExT network').toBeTruthy();
    const res = await gql(
      `query($id: ID!) { network(id: $id) {
        id name running formats
        parent { id name parts { id } }
        organisations { type organisation { id name isAuthority isUmbrella } sources { id } }
        members(first: 3) { totalCount edges { node { authority { id name } synthetic } } }
        participants(first: 3) { totalCount edges { node { role person { id name } } } }
        innovations { id title kind }
        events { id date }
      } }`,
      { id: child.id },
    );
    expect(res.errors).toBeUndefined();
    const n = res.data?.network;
    expect(n.parent.parts.map((p: any) => p.id)).toContain(child.id);
    expect(typeof n.members.totalCount).toBe('number');
    expect(n.members.edges.length).toBeLessThanOrEqual(3);
  });

  it('answers NOT_FOUND for an unknown network id', async () => {
    const res = await gql(`{ network(id: "network:does-not-exist") { id } }`);
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.message).toContain('network:does-not-exist');
  });

  it('rejects a cursor it never gave out', async () => {
    const res = await gql(`{ networks(first: 2, after: "not-a-cursor") { edges { node { id } } } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects a page larger than the maximum', async () => {
    const res = await gql(`{ networks(first: 5000) { edges { node { id } } } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('organisations', () => {
  it('an authority that coordinates a network is both Authority and UmbrellaOrganisation', async () => {
    const res = await gql(`{
      umbrellaOrganisations(first: 200) { edges { node { id name isAuthority networkRelations(types: [COORDINATES]) { network { id } } } } }
    }`);
    expect(res.errors).toBeUndefined();
    const dual = res.data?.umbrellaOrganisations.edges.map((e: any) => e.node).filter((o: any) => o.isAuthority);
    expect(dual.length).toBeGreaterThan(0);
    const bmi = dual.find((o: any) => o.id === 'org:bmi');
    expect(bmi, 'BMI coordinates the KI-Campus der Polizei').toBeTruthy();
    expect(bmi.networkRelations.length).toBeGreaterThan(0);
    const asAuthority = await gql(`{ authority(id: "org:bmi") { id subordinates { id } networks { id } sources { id } } }`);
    expect(asAuthority.errors).toBeUndefined();
    expect(asAuthority.data?.authority.subordinates.length).toBeGreaterThan(0);
  });

  it('filters authorities by Bundesland and pages them', async () => {
    const res = await gql(`{ authorities(first: 100, filter: { bundesland: "DE-NW" }) { totalCount edges { node { id bundesland } } } }`);
    expect(res.errors).toBeUndefined();
    const nodes = res.data?.authorities.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const a of nodes) expect(a.bundesland).toBe('DE-NW');
  });
});

describe('persons (personal data)', () => {
  it('lists only persons with a public participation (anonymous viewer); the others are only counted', async () => {
    const res = await gql(
      `{ persons(first: 500) { totalCount hiddenCount { exact fewerThan3 } edges { node { id name jobTitle synthetic authority { id } participations { role network { id } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const persons = res.data?.persons.edges.map((e: any) => e.node);
    expect(persons.length).toBeGreaterThan(50);
    const rows = await db.read<{ id: string; consent: boolean }>({
      text: "MATCH (p:Person) RETURN p.id AS id, EXISTS { (p)-[r:PARTICIPATES_IN|ATTENDED]->() WHERE r.visibility = 'PUBLIC' } AS consent",
    });
    const consent = new Map(rows.map((r) => [r.id, r.consent]));
    for (const p of persons) {
      expect(p.synthetic).toBe(true);
      expect(consent.get(p.id), p.id).toBe(true);
      expect(p.name).toEqual(expect.any(String));
    }
    // Of each shown person, only the public participations are listed.
    const publicOnes = await db.read<{ key: string }>({
      text: "MATCH (p:Person)-[r:PARTICIPATES_IN {visibility: 'PUBLIC'}]->(n:Network) RETURN p.id + '|' + n.id AS key",
    });
    const shownPublic = new Set(publicOnes.map((r) => r.key));
    for (const p of persons) for (const x of p.participations) expect(shownPublic.has(`${p.id}|${x.network.id}`), p.id).toBe(true);
    const hidden = rows.filter((r) => r.consent !== true).length;
    expect(hidden).toBeGreaterThan(0);
    // Other test files add persons meanwhile: at least the hidden ones counted above.
    expect(res.data?.persons.hiddenCount.exact).toBeGreaterThanOrEqual(Math.min(hidden, 3));
  });

  it('persons are not in the full-text search', async () => {
    const [row] = await db.read<{ name: string }>({
      text: "MATCH (p:Person) WHERE EXISTS { (p)-[r:PARTICIPATES_IN|ATTENDED]->() WHERE r.visibility = 'PUBLIC' } RETURN p.name AS name ORDER BY p.id LIMIT 1",
    });
    const res = await gql(`query($q: String!) { search(query: $q, first: 20) { node { id } } }`, { q: row?.name ?? 'x' });
    expect(res.errors).toBeUndefined();
    for (const hit of res.data?.search ?? []) expect(hit.node.id.startsWith('person:')).toBe(false);
  });
});

describe('topics, innovations, events', () => {
  it('topics form a hierarchy and link networks', async () => {
    const res = await gql(
      `{ topics(first: 200) { totalCount edges { node { id name nameEn parent { id } subtopics { id } networks { id } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const topics = res.data?.topics.edges.map((e: any) => e.node);
    expect(topics.some((t: any) => t.parent)).toBe(true);
    expect(topics.some((t: any) => t.networks.length > 0)).toBe(true);
  });

  it('innovations carry kind, origin network, topics and sources', async () => {
    // Other test files load generated (synthetic, unsourced) innovations into the same database;
    // the real ones must each name their source.
    const res = await gql(
      `{ innovations(first: 500) { totalCount edges { node { id title kind synthetic emergedIn { id } topics { id } adoptions { authority { id } } sources { id } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const innovations = res.data?.innovations.edges.map((e: any) => e.node);
    const real = innovations.filter((i: any) => !i.synthetic);
    expect(real.length).toBeGreaterThanOrEqual(5);
    for (const i of innovations) {
      expect(i.kind).toMatch(/^(PRODUCT|PROCESS|ORGANISATIONAL|COMMUNICATION|KNOWLEDGE_TRANSFER)$/);
      expect(i.emergedIn?.id).toMatch(/^network:/);
    }
    for (const i of real) expect(i.sources.length, i.id).toBeGreaterThan(0);
  });

  it('events list attendees and validate dates', async () => {
    const res = await gql(
      `{ events(first: 5, from: "2025-01-01") { totalCount edges { node { id date network { id } attendees(first: 2) { totalCount edges { node { id } } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    for (const e of res.data?.events.edges.map((x: any) => x.node) ?? []) expect(e.date >= '2025-01-01').toBe(true);
    const bad = await gql(`{ events(from: "gestern") { totalCount } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('node(id) finds any kind by id and rejects foreign ids', async () => {
    const res = await gql(`{ a: node(id: "org:bmi") { __typename id } b: node(id: "network:does-not-exist") { id } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.a).toEqual({ __typename: 'Authority', id: 'org:bmi' });
    expect(res.data?.b).toBeNull();
    const bad = await gql(`{ node(id: "hello") { id } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('search', () => {
  it.each([
    ['KERN', /kern/i],
    ['Vergabe', /vergabe/i],
    ['KI Campus', /ki-campus|ki campus/i],
    ['Koeln', /köln/i],
    ['Wissensmanagment', /wissensmanagement/i],
  ])('"%s" finds a matching name', async (query, pattern) => {
    const res = await gql(
      `query($q: String!) { search(query: $q, first: 5) { score node { id ... on Network { name } ... on Authority { name } } } }`,
      { q: query },
    );
    expect(res.errors).toBeUndefined();
    const names = res.data?.search.map((h: any) => h.node.name ?? '');
    expect(
      names.some((n: string) => pattern.test(n)),
      `${query} -> ${names.join(', ')}`,
    ).toBe(true);
  });
});

describe('request handling', () => {
  it('a malformed query is a 400 with a syntax error, not a crash', async () => {
    const res = await gql(`{ networks(first: 2) { edges { node { id }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/Syntax Error/);
  });

  it('an unknown field is a validation error', async () => {
    const res = await gql(`{ networks { nope } }`);
    expect(res.errors?.[0]?.message).toMatch(/Cannot query field "nope"/);
  });

  it('a list with its relations costs at most one statement per field, not one per row', async () => {
    // Six fields need data: the list, topics, organisations, parent, members, innovations.
    const query = (first: number) => `{ networks(first: ${first}) { edges { node { id topics { id } organisations { type } parent { id }
      members(first: 2) { totalCount } innovations { id } } } } }`;
    for (const first of [3, 40, 200]) {
      db.calls.length = 0;
      const res = await gql(query(first));
      expect(res.errors).toBeUndefined();
      expect(db.statements.length).toBeLessThanOrEqual(6);
    }
  });

  it('no Neo4j Integer leaks: counts are plain numbers', async () => {
    const res = await gql(
      `{ networks(first: 50) { totalCount edges { node { memberCount } } } landscape { nodes { members persons { exact fewerThan3 } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(typeof res.data?.networks.totalCount).toBe('number');
    for (const n of res.data?.landscape.nodes ?? []) {
      expect(typeof n.members).toBe('number');
      if (n.persons.exact !== null) expect(typeof n.persons.exact).toBe('number');
    }
  });
});
