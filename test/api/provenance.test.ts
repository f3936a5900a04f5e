// Real versus invented: every relationship the API returns says where it comes from (its source
// documents) or that it is Beispieldaten, and the overlap questions take the data switch for the
// relationships they count, not only for the networks. Against the seeded landscape, compared
// with the graph read directly.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type CountingDb, testDb } from '../helpers/api.js';

let db: CountingDb;
let gql: ReturnType<typeof api>;

beforeAll(() => {
  db = testDb();
  gql = api(db);
});
afterAll(() => db.close());

const NEUSS = 'org:rhein-kreis-neuss';

describe('relationships carry their provenance', () => {
  it('the memberships of Rhein-Kreis Neuss: real ones name their documents, invented ones say so', async () => {
    const res = await gql(`{ authority(id: "${NEUSS}") {
      networkRelations(types: [MEMBER_OF]) { synthetic sources { id } network { id } } } }`);
    expect(res.errors).toBeUndefined();
    const relations = res.data?.authority.networkRelations as { synthetic: boolean; sources: { id: string }[]; network: { id: string } }[];
    const inGraph = await db.read<{ network: string; synthetic: boolean; sources: string[] }>(
      {
        text: `MATCH (:Authority {id: $id})-[r:MEMBER_OF]->(n:Network)
             RETURN n.id AS network, coalesce(r.synthetic, false) AS synthetic, coalesce(r.source, []) AS sources`,
      },
      { id: NEUSS },
    );
    expect(relations.length).toBe(inGraph.length);
    for (const row of inGraph) {
      const relation = relations.find((r) => r.network.id === row.network)!;
      expect(relation.synthetic).toBe(row.synthetic);
      expect(relation.sources.map((s) => s.id).sort()).toEqual([...row.sources].sort());
      // Every relationship is either from a document or Beispieldaten.
      expect(relation.synthetic || relation.sources.length > 0).toBe(true);
    }
    expect(relations.some((r) => r.synthetic)).toBe(true);
    expect(relations.some((r) => !r.synthetic)).toBe(true);
  });

  it('the landscape edges carry the ids of their documents or are synthetic', async () => {
    const res = await gql('{ landscape { nodes { id synthetic } edges { source target type synthetic sourceIds } } }');
    expect(res.errors).toBeUndefined();
    const edges = res.data?.landscape.edges as { source: string; target: string; synthetic: boolean; sourceIds: string[]; type: string }[];
    expect(edges.length).toBeGreaterThan(100);
    const known = new Set(((await gql('{ sources { id } }')).data!.sources as { id: string }[]).map((s) => s.id));
    // A relation to or from an invented node is invented too, as the data switch counts it.
    const invented = new Set(
      (res.data!.landscape.nodes as { id: string; synthetic: boolean }[]).filter((n) => n.synthetic).map((n) => n.id),
    );
    expect(invented.size).toBeGreaterThan(0);
    for (const e of edges) {
      expect(e.synthetic || e.sourceIds.length > 0, `${e.type} without source`).toBe(true);
      if (invented.has(e.source) || invented.has(e.target)) expect(e.synthetic, `${e.source} ${e.type} ${e.target}`).toBe(true);
    }
    // The seed's relations name documents of the catalogue (Query.sources). Imported data (other
    // test files import into the same database) names its own sources, which the catalogue does
    // not list: those must be the ones the graph holds.
    const unknown = edges.filter((e) => e.sourceIds.some((id) => !known.has(id)));
    const inGraph = await db.read<{ key: string; sources: string[] }>(
      {
        text: `UNWIND $keys AS k
             MATCH (a {id: k[0]})-[r]->(b {id: k[2]}) WHERE type(r) = k[1]
             RETURN k[0] + '|' + k[1] + '|' + k[2] AS key, coalesce(r.source, []) AS sources`,
      },
      { keys: unknown.map((e) => [e.source, e.type, e.target]) },
    );
    for (const e of unknown) {
      const row = inGraph.find((r) => r.key === `${e.source}|${e.type}|${e.target}`);
      expect(row?.sources.slice().sort(), `${e.source} ${e.type} ${e.target}`).toEqual(e.sourceIds.slice().sort());
    }
    const fromCatalogue = edges.filter((e) => !e.synthetic && e.sourceIds.every((id) => known.has(id)));
    expect(fromCatalogue.length).toBeGreaterThan(20);
  });

  it('participations say whether they are Beispieldaten and name their documents', async () => {
    const res = await gql(`{ networks(first: 200) { edges { node { participants(first: 50) {
      edges { node { synthetic sources { id } } } } } } } }`);
    expect(res.errors).toBeUndefined();
    const participations = (res.data!.networks.edges as any[]).flatMap((e) => e.node.participants.edges.map((p: any) => p.node));
    expect(participations.length).toBeGreaterThan(0);
    for (const p of participations) expect(p.synthetic || p.sources.length > 0).toBe(true);
  });
});

describe('the overlap questions take the data switch for relationships', () => {
  it('overlapMatrix with synthetic: false counts only memberships from the sources', async () => {
    const res = await gql(`{ real: overlapMatrix(synthetic: false) { networks { id size } cells { a b shared } }
                             all: overlapMatrix { networks { id size } cells { a b shared } } }`);
    expect(res.errors).toBeUndefined();
    const real = res.data?.real;
    const inGraph = await db.read<{ id: string; size: number }>({
      text: `MATCH (n:Network) WHERE NOT coalesce(n.synthetic, false)
             RETURN n.id AS id, COUNT { MATCH (n)<-[r:MEMBER_OF]-(a:Authority)
                                        WHERE NOT coalesce(r.synthetic, false) AND NOT coalesce(a.synthetic, false) } AS size`,
    });
    const sizes = new Map(inGraph.map((r) => [r.id, r.size]));
    for (const n of real.networks) expect(n.size, n.id).toBe(sizes.get(n.id));
    const pairs = await db.read<{ a: string; b: string; shared: number }>({
      text: `MATCH (n:Network)<-[r:MEMBER_OF]-(x:Authority)-[q:MEMBER_OF]->(m:Network)
             WHERE n.id < m.id AND NOT coalesce(n.synthetic, false) AND NOT coalesce(m.synthetic, false)
               AND NOT coalesce(x.synthetic, false) AND NOT coalesce(r.synthetic, false) AND NOT coalesce(q.synthetic, false)
             RETURN n.id AS a, m.id AS b, count(x) AS shared ORDER BY a, b`,
    });
    const cells = (real.cells as { a: string; b: string; shared: number }[])
      .map((c) => (c.a < c.b ? c : { ...c, a: c.b, b: c.a }))
      .sort((x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
    expect(cells).toEqual(pairs);
    // The invented memberships made the difference: the matrix of all data counts more.
    const total = (cs: { shared: number }[]) => cs.reduce((s, c) => s + c.shared, 0);
    expect(total(res.data!.all.cells)).toBeGreaterThan(total(real.cells));
  });

  it('networkSimilarity with synthetic: false shares no invented member', async () => {
    const res = await gql(`{ real: networkSimilarity(network: "network:next", synthetic: false, first: 50) {
                               edges { node { network { id synthetic } authorities { shared } persons { shared } } } }
                             all: networkSimilarity(network: "network:next", first: 50) {
                               edges { node { network { id } authorities { shared } } } } }`);
    expect(res.errors).toBeUndefined();
    const real = (res.data!.real.edges as any[]).map((e) => e.node);
    const shared = await db.read<{ id: string; shared: number }>({
      text: `MATCH (:Network {id: 'network:next'})<-[r:MEMBER_OF]-(x:Authority)-[q:MEMBER_OF]->(m:Network)
             WHERE m.id <> 'network:next' AND NOT coalesce(m.synthetic, false) AND NOT coalesce(x.synthetic, false)
               AND NOT coalesce(r.synthetic, false) AND NOT coalesce(q.synthetic, false)
             RETURN m.id AS id, count(x) AS shared`,
    });
    for (const s of real) {
      expect(s.network.synthetic).toBe(false);
      expect(s.persons.shared).toBe(0); // every person so far is Beispieldaten
      expect(s.authorities.shared, s.network.id).toBe(shared.find((x) => x.id === s.network.id)?.shared ?? 0);
    }
    const allShared = (res.data!.all.edges as any[]).reduce((sum, e) => sum + e.node.authorities.shared, 0);
    expect(allShared).toBeGreaterThan(real.reduce((sum, s) => sum + s.authorities.shared, 0));
  });

  it('the pair (networkSimilarity of two networks) lists its shared members in the same data scope as it counts them', async () => {
    const pairs = await db.read<{ m: string; real: number; all: number }>({
      text: `MATCH (:Network {id: 'network:next'})<-[r:MEMBER_OF]-(x:Authority)-[q:MEMBER_OF]->(m:Network)
             WHERE m.id <> 'network:next' AND NOT coalesce(m.synthetic, false)
             WITH m, count(x) AS all,
                  count(CASE WHEN NOT coalesce(x.synthetic, false) AND NOT coalesce(r.synthetic, false)
                              AND NOT coalesce(q.synthetic, false) THEN x END) AS real
             WHERE real > 0 AND all > real
             RETURN m.id AS m, real, all ORDER BY all - real DESC, m LIMIT 1`,
    });
    expect(pairs.length, 'a pair of real networks that also share invented members').toBe(1);
    const { m, real, all } = pairs[0]!;
    const ask = (synthetic: string) =>
      gql(`{ networkSimilarity(network: "network:next", networks: ["${m}"], first: 1, synthetic: ${synthetic}) {
               edges { node { authorities { shared } sharedAuthorities(first: 100) { totalCount edges { node { id synthetic } } } } } } }`);
    const [scoped, both] = await Promise.all([ask('false'), ask('null')]);
    expect(scoped.errors).toBeUndefined();
    expect(both.errors).toBeUndefined();
    const s = scoped.data!.networkSimilarity.edges[0].node;
    expect(s.authorities.shared).toBe(real);
    expect(s.sharedAuthorities.totalCount).toBe(real);
    expect(s.sharedAuthorities.edges.every((e: any) => e.node.synthetic === false)).toBe(true);
    expect(both.data!.networkSimilarity.edges[0].node.sharedAuthorities.totalCount).toBe(all);
  });

  it('duplicateParticipation with synthetic: false finds no group of invented persons', async () => {
    const res =
      await gql(`{ real: duplicateParticipation(synthetic: false) { inNetworks(first: 5) { totalCount } atEvents(first: 5) { totalCount } }
                             demo: duplicateParticipation(synthetic: true) { inNetworks(first: 5) { totalCount } }
                             all: duplicateParticipation { inNetworks(first: 5) { totalCount } } }`);
    expect(res.errors).toBeUndefined();
    const [realPersons] = await db.read<{ n: number }>({
      text: 'MATCH (p:Person) WHERE NOT coalesce(p.synthetic, false) RETURN count(p) AS n',
    });
    if (realPersons!.n === 0) {
      expect(res.data?.real.inNetworks.totalCount).toBe(0);
      expect(res.data?.real.atEvents.totalCount).toBe(0);
      expect(res.data?.demo.inNetworks.totalCount).toBeGreaterThan(0);
    }
    expect(res.data?.all.inNetworks.totalCount).toBeGreaterThan(0);
  });

  it('recommendedNetworks with synthetic: false recommends only networks from the sources', async () => {
    const res = await gql(`{ recommendedNetworks(authority: "${NEUSS}", synthetic: false, first: 20) {
      edges { node { network { id synthetic } peers } } } }`);
    expect(res.errors).toBeUndefined();
    for (const e of res.data!.recommendedNetworks.edges as any[]) expect(e.node.network.synthetic).toBe(false);
  });
});

describe('coverage', () => {
  it('counts nodes and relations from the sources and the Beispieldaten as the graph holds them', async () => {
    const res = await gql(`{ coverage { nodes { kind real synthetic } relations { kind real synthetic }
                                        persons { kind real { exact fewerThan3 } synthetic { exact fewerThan3 } } } }`);
    expect(res.errors).toBeUndefined();
    const coverage = res.data!.coverage;
    const [networks] = await db.read<{ real: number; synthetic: number }>({
      text: `MATCH (n:Network) RETURN count(CASE WHEN coalesce(n.synthetic, false) THEN NULL ELSE 1 END) AS real,
                                      count(CASE WHEN coalesce(n.synthetic, false) THEN 1 END) AS synthetic`,
    });
    expect(coverage.nodes.find((n: any) => n.kind === 'Network')).toEqual({ kind: 'Network', ...networks });
    const memberships = coverage.relations.find((r: any) => r.kind === 'MEMBER_OF:Authority');
    const [inGraph] = await db.read<{ real: number; synthetic: number }>({
      text: `MATCH (a:Authority)-[r:MEMBER_OF]->(n:Network)
             WITH coalesce(r.synthetic, false) OR coalesce(a.synthetic, false) OR coalesce(n.synthetic, false) AS s
             RETURN count(CASE WHEN s THEN NULL ELSE 1 END) AS real, count(CASE WHEN s THEN 1 END) AS synthetic`,
    });
    expect(memberships).toEqual({ kind: 'MEMBER_OF:Authority', ...inGraph });
    // Persons are counted apart, as PersonCounts, never among the plain numbers.
    expect(coverage.nodes.some((n: any) => n.kind === 'Person')).toBe(false);
    expect(coverage.relations.some((r: any) => r.kind === 'PARTICIPATES_IN')).toBe(false);
    const persons = coverage.persons.find((p: any) => p.kind === 'Person');
    expect(persons.synthetic.exact).toBeGreaterThan(2);
  });
});
