// Overlap analytics: every field's answer compared with an independent computation of the same
// quantities over the generated landscape held in memory (plain set arithmetic, graphology for
// paths), on landscapes of several shapes, each with ids of its own.

import { clusterNetworks, type ProjectionPair } from '@netzwerkatlas/server/schema/overlap/clusters/clusters';
import Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type CountingDb, testDb } from '../helpers/api.js';
import { type Generated, generate, loadGenerated, type Shape } from '../helpers/landscapes.js';

const intersect = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).length;
const jaccard = (s: number, a: number, b: number) => (s === 0 ? 0 : s / (a + b - s));
const overlapCoef = (s: number, a: number, b: number) => (s === 0 ? 0 : s / Math.min(a, b));
/** Persons shared by fewer than 3 count as none for a viewer who may not see them all (privacy). */
const shownPersons = (s: number) => (s < 3 ? 0 : s);
/** A PersonCount of `total` persons, `hidden` of whom the anonymous viewer may not see. */
const personCount = (total: number, hidden: number) => {
  const small = (n: number) => n > 0 && n < 3;
  // 1 or 2 hidden beside persons shown: "at least", alike for two and three.
  if (small(hidden)) return { exact: null, fewerThan3: total === hidden };
  return { exact: small(total) ? null : total, fewerThan3: small(total) };
};
/** A group's size as the viewer may learn it: with 1 or 2 hidden, those shown plus one. */
const groupSize = (total: number, shown: number) => (total - shown > 0 && total - shown < 3 ? shown + 1 : total);
const partly = (total: number, shown: number) => total - shown > 0 && total - shown < 3;
const byScoreThenId =
  <T>(score: (x: T) => number, id: (x: T) => string) =>
  (x: T, y: T) =>
    score(y) - score(x) || id(x).localeCompare(id(y));

let db: CountingDb;
let gql: ReturnType<typeof api>;
beforeAll(() => {
  db = testDb();
  gql = api(db);
});
afterAll(() => db.close());

/**
 * Other test files load landscapes into the same database meanwhile, and every load rebuilds the
 * derived data. `ask` (given the ids of every network and the data version) runs again, up to
 * five times, until no derivation happened during it: what it compares was answered from one
 * version of the derived data.
 */
async function withinOneDerivation<T>(ask: (networkIds: string[], version: string | null) => Promise<T>): Promise<T> {
  const version = async () =>
    (await db.read<{ at: string | null }>({ text: "OPTIONAL MATCH (d:DerivedData {id: 'version'}) RETURN d.version AS at" }))[0]?.at ??
    null;
  for (let attempt = 1; ; attempt++) {
    const before = await version();
    const ids = (await db.read<{ id: string }>({ text: 'MATCH (n:Network) RETURN n.id AS id ORDER BY id' })).map((r) => r.id);
    const result = await ask(ids, before);
    if ((await version()) === before || attempt >= 5) return result;
  }
}

describe.each<[Shape, number]>([
  ['random', 11],
  ['random', 29],
  ['edge-cases', 3],
  ['hub', 5],
])('overlaps on a %s landscape (seed %d)', (shape, seed) => {
  let g: Generated;
  const all = async (query: string, variables: Record<string, unknown>) => {
    const res = await gql(query, variables);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data as any;
  };

  beforeAll(async () => {
    g = generate(shape, seed);
    await loadGenerated(db, g);
  });

  it('authorityOverlaps: authorities in at least N networks, most first, ties by id', async () => {
    for (const minNetworks of [1, 2, 3]) {
      const data = await all(
        `query($n: Int!, $scope: [ID!]) { authorityOverlaps(minNetworks: $n, networks: $scope, first: 500) {
          totalCount edges { node { authority { id } networkCount networks { id } } } } }`,
        { n: minNetworks, scope: g.networkIds },
      );
      const counts = new Map<string, string[]>();
      for (const [n, as] of g.members) for (const a of as) counts.set(a, [...(counts.get(a) ?? []), n]);
      const expected = [...counts.entries()]
        .filter(([, ns]) => ns.length >= minNetworks)
        .sort(
          byScoreThenId(
            ([, ns]) => ns.length,
            ([a]) => a,
          ),
        )
        .map(([a, ns]) => ({ authority: { id: a }, networkCount: ns.length, networks: [...ns].sort().map((id) => ({ id })) }));
      expect(data.authorityOverlaps.totalCount).toBe(expected.length);
      expect(data.authorityOverlaps.edges.map((e: any) => e.node)).toEqual(expected);
    }
  });

  it('authorityOverlaps without a scope (ranked on derived counts) agrees for this landscape', async () => {
    // Unscoped, the answer covers the whole database (other files load landscapes too), so page
    // through all of it and compare the authorities of this landscape, in their global order.
    const counts = new Map<string, string[]>();
    for (const [n, as] of g.members) for (const a of as) counts.set(a, [...(counts.get(a) ?? []), n]);
    const nodes: any[] = [];
    let after: string | null = null;
    do {
      const data = await all(
        `query($after: String) { authorityOverlaps(minNetworks: 2, first: 500, after: $after) {
          pageInfo { hasNextPage endCursor } edges { node { authority { id } networkCount networks { id } } } } }`,
        { after },
      );
      nodes.push(...data.authorityOverlaps.edges.map((e: any) => e.node));
      after = data.authorityOverlaps.pageInfo.hasNextPage ? data.authorityOverlaps.pageInfo.endCursor : null;
    } while (after);
    const expected = [...counts.entries()]
      .filter(([, ns]) => ns.length >= 2)
      .sort(
        byScoreThenId(
          ([, ns]) => ns.length,
          ([a]) => a,
        ),
      )
      .map(([a, ns]) => ({ authority: { id: a }, networkCount: ns.length, networks: [...ns].sort().map((id) => ({ id })) }));
    expect(nodes.filter((n) => counts.has(n.authority.id))).toEqual(expected);
    for (let i = 1; i < nodes.length; i++) expect(nodes[i - 1].networkCount).toBeGreaterThanOrEqual(nodes[i].networkCount);
  });

  it('networkSimilarity: shared counts, Jaccard and overlap coefficient for every similar network', async () => {
    for (const network of g.networkIds) {
      const data = await all(
        `query($id: ID!, $scope: [ID!]) { networkSimilarity(network: $id, by: AUTHORITIES, networks: $scope, first: 100) {
          totalCount edges { node { network { id } score authorities { shared jaccard overlap } persons { shared jaccard overlap }
            topics { shared jaccard } sharedAuthorities(first: 100) { totalCount edges { node { id } } } } } } }`,
        { id: network, scope: g.networkIds },
      );
      const mine = g.members.get(network) as Set<string>;
      const expected = g.networkIds
        .filter((m) => m !== network)
        .map((m) => {
          const theirs = g.members.get(m) as Set<string>;
          const sA = intersect(mine, theirs);
          const pA = g.participants.get(network) as Set<string>;
          const pB = g.participants.get(m) as Set<string>;
          const sP = shownPersons(intersect(pA, pB));
          const tA = g.topics.get(network) as Set<string>;
          const tB = g.topics.get(m) as Set<string>;
          const sT = intersect(tA, tB);
          return {
            m,
            sA,
            sP,
            sT,
            jA: jaccard(sA, mine.size, theirs.size),
            oA: overlapCoef(sA, mine.size, theirs.size),
            jP: jaccard(sP, pA.size, pB.size),
            jT: jaccard(sT, tA.size, tB.size),
          };
        })
        .filter((x) => x.sA + x.sP + x.sT > 0)
        .sort(
          byScoreThenId(
            (x) => x.jA,
            (x) => x.m,
          ),
        );
      const got = data.networkSimilarity.edges.map((e: any) => e.node);
      expect(got.map((x: any) => x.network.id)).toEqual(expected.map((x) => x.m));
      for (const [i, x] of expected.entries()) {
        const node = got[i];
        expect(node.authorities.shared).toBe(x.sA);
        expect(node.authorities.jaccard).toBeCloseTo(x.jA, 10);
        expect(node.authorities.overlap).toBeCloseTo(x.oA, 10);
        expect(node.score).toBeCloseTo(x.jA, 10);
        expect(node.persons.shared).toBe(x.sP);
        expect(node.persons.jaccard).toBeCloseTo(x.jP, 10);
        expect(node.topics.shared).toBe(x.sT);
        expect(node.topics.jaccard).toBeCloseTo(x.jT, 10);
        const shared = [...mine].filter((a) => g.members.get(x.m)?.has(a)).sort();
        expect(node.sharedAuthorities.edges.map((e: any) => e.node.id)).toEqual(shared);
      }
    }
  });

  it('overlapMatrix: every sharing pair once, by authorities and by persons', async () => {
    for (const [by, sets] of [
      ['AUTHORITIES', g.members],
      ['PERSONS', g.participants],
    ] as const) {
      // By persons only networks of at least 3 and pairs sharing at least 3 (privacy).
      const min = by === 'PERSONS' ? 3 : 1;
      const kept = g.networkIds.filter((id) => (sets.get(id)?.size ?? 0) >= (by === 'PERSONS' ? 3 : 0));
      const data = await all(
        `query($by: MemberBasis, $scope: [ID!]) { overlapMatrix(by: $by, networks: $scope, digits: null) {
          networks { id size index } cells { a b i j shared jaccard overlap } columns { i j shared jaccard overlap } } }`,
        { by, scope: g.networkIds },
      );
      // By default the similarities come rounded to 4 decimals.
      const rounded = await all(
        `query($by: MemberBasis, $scope: [ID!]) { overlapMatrix(by: $by, networks: $scope) { columns { jaccard overlap } } }`,
        { by, scope: g.networkIds },
      );
      const to4 = (x: number) => Math.round(x * 1e4) / 1e4;
      expect(rounded.overlapMatrix.columns.jaccard).toEqual(data.overlapMatrix.columns.jaccard.map(to4));
      expect(rounded.overlapMatrix.columns.overlap).toEqual(data.overlapMatrix.columns.overlap.map(to4));
      // The column form holds the same cells, entry by entry.
      const { cells, columns } = data.overlapMatrix;
      expect(columns.i).toEqual(cells.map((c: any) => c.i));
      expect(columns.j).toEqual(cells.map((c: any) => c.j));
      expect(columns.shared).toEqual(cells.map((c: any) => c.shared));
      expect(columns.jaccard).toEqual(cells.map((c: any) => c.jaccard));
      expect(columns.overlap).toEqual(cells.map((c: any) => c.overlap));
      expect(data.overlapMatrix.networks.map((n: any) => [n.id, n.size])).toEqual(kept.map((id) => [id, sets.get(id)?.size]));
      const expected: any[] = [];
      for (const [i, a] of kept.entries()) {
        for (const [j, b] of kept.entries()) {
          if (j <= i) continue;
          const A = sets.get(a) as Set<string>;
          const B = sets.get(b) as Set<string>;
          const s = intersect(A, B);
          if (s >= min)
            expected.push({ a, b, i, j, shared: s, jaccard: jaccard(s, A.size, B.size), overlap: overlapCoef(s, A.size, B.size) });
        }
      }
      const key = (c: any) => `${c.a}|${c.b}`;
      const got = [...data.overlapMatrix.cells].sort((x: any, y: any) => key(x).localeCompare(key(y)));
      expect(got.map((c: any) => ({ ...c, jaccard: Number(c.jaccard.toFixed(12)), overlap: Number(c.overlap.toFixed(12)) }))).toEqual(
        expected.map((c) => ({ ...c, jaccard: Number(c.jaccard.toFixed(12)), overlap: Number(c.overlap.toFixed(12)) })),
      );
    }
  });

  it('overlapMatrix of all networks: the rows derived at load equal the matrix counted on the spot', async () => {
    const selection = 'basis networks { id index size } columns { i j shared jaccard overlap }';
    for (const [by, minShared] of [
      ['AUTHORITIES', 1],
      ['PERSONS', 1],
      ['AUTHORITIES', 2],
    ] as const) {
      const { ids, stored, read, live } = await withinOneDerivation(async (ids) => {
        db.calls.length = 0;
        const stored = await all(`query($by: MemberBasis, $min: Int) { overlapMatrix(by: $by, minShared: $min) { ${selection} } }`, {
          by,
          min: minShared,
        });
        const read = [...db.statements];
        const live = await all(
          `query($by: MemberBasis, $min: Int, $scope: [ID!]) { overlapMatrix(by: $by, minShared: $min, networks: $scope) { ${selection} } }`,
          { by, min: minShared, scope: ids },
        );
        return { ids, stored, read, live };
      });
      expect(read).toEqual(['overlap/overlap-matrix-all']);
      // By persons, networks with fewer than 3 participants are left out (privacy).
      if (by === 'AUTHORITIES') expect(stored.overlapMatrix.networks).toHaveLength(ids.length);
      else expect(stored.overlapMatrix.networks.every((n: any) => n.size >= 3)).toBe(true);
      expect(stored.overlapMatrix.networks.length).toBeGreaterThan(0);
      expect(stored).toEqual(live);
      const least = by === 'PERSONS' ? Math.max(minShared, 3) : minShared;
      expect(stored.overlapMatrix.columns.shared.every((x: number) => x >= least)).toBe(true);
    }
  });

  it('overlapMatrix of all networks counts on the spot when a stored row is missing (a store derived by an older version)', async () => {
    const selection = 'networks { id } columns { i j shared jaccard overlap }';
    const network = g.networkIds[0] as string;
    const { ids, answer, read, live } = await withinOneDerivation(async (ids) => {
      // Taken away in each attempt: a derivation elsewhere writes every row anew.
      const taken = await db.driver.executeQuery(
        'MATCH (r:MatrixRow {network: $network}) WITH r, r.pairsA AS old REMOVE r.pairsA RETURN old',
        { network },
      );
      const old = taken.records[0]?.get('old') as string | undefined;
      expect(typeof old).toBe('string');
      try {
        db.calls.length = 0;
        const answer = await all(`{ overlapMatrix { ${selection} } }`, {});
        const read = [...db.statements];
        const live = await all(`query($scope: [ID!]) { overlapMatrix(networks: $scope) { ${selection} } }`, { scope: ids });
        return { ids, answer, read, live };
      } finally {
        // Put the row back, unless a derivation meanwhile made a new one.
        await db.driver.executeQuery('MATCH (r:MatrixRow {network: $network}) WHERE r.pairsA IS NULL SET r.pairsA = $old', {
          network,
          old,
        });
      }
    });
    expect(read).toEqual(['overlap/overlap-matrix-all', 'overlap/overlap-matrix']);
    expect(answer.overlapMatrix.networks).toHaveLength(ids.length);
    expect(answer).toEqual(live);
  });

  it('topicRedundancy without filters: the ranking derived at load equals the pairs scored on the spot', async () => {
    const selection = `totalCount pageInfo { hasNextPage endCursor } edges { cursor node { score topicJaccard memberJaccard
      sharedAuthorities related a { id } b { id } sharedTopics { id } } }`;
    const { first, second, read, live } = await withinOneDerivation(async (ids) => {
      db.calls.length = 0;
      const first = await all(`{ topicRedundancy(first: 7) { ${selection} } }`, {});
      const second = await all(`query($after: String) { topicRedundancy(first: 7, after: $after) { ${selection} } }`, {
        after: first.topicRedundancy.pageInfo.endCursor,
      });
      const read = [...db.statements];
      const live = await all(`query($scope: [ID!]) { topicRedundancy(first: 14, networks: $scope) { ${selection} } }`, { scope: ids });
      return { first, second, read, live };
    });
    expect(read).toEqual(['overlap/topic-redundancy-ranked', 'overlap/topic-redundancy-ranked']);
    expect(first.topicRedundancy.totalCount).toBe(live.topicRedundancy.totalCount);
    expect([...first.topicRedundancy.edges, ...second.topicRedundancy.edges].map((e: any) => e.node)).toEqual(
      live.topicRedundancy.edges.map((e: any) => e.node),
    );
  });

  it('duplicateParticipation without filters: the ranking derived at load equals the groups ranked on the spot', async () => {
    const node = 'personCount { exact fewerThan3 } hiddenCount { exact fewerThan3 } authority { id } persons { id }';
    const selection = (page: string) => `inNetworks(${page}) { totalCount pageInfo { endCursor } edges { node { ${node} network { id } } } }
      atEvents(${page}) { totalCount pageInfo { endCursor } edges { node { ${node} event { id } } } }`;
    for (const minPersons of [2, 3]) {
      const { first, second, read, live } = await withinOneDerivation(async (ids) => {
        db.calls.length = 0;
        const first = await all(
          `query($min: Int!) { duplicateParticipation(minPersons: $min, maxPersons: 3) { ${selection('first: 6')} } }`,
          {
            min: minPersons,
          },
        );
        // Both lists' sixth item has the same cursor: the second pages start after it.
        expect(first.duplicateParticipation.atEvents.pageInfo.endCursor).toBe(first.duplicateParticipation.inNetworks.pageInfo.endCursor);
        const second = await all(
          `query($min: Int!, $after: String) { duplicateParticipation(minPersons: $min, maxPersons: 3) { ${selection('first: 6, after: $after')} } }`,
          { min: minPersons, after: first.duplicateParticipation.inNetworks.pageInfo.endCursor },
        );
        const read = [...db.statements].sort();
        const live = await all(
          `query($min: Int!, $scope: [ID!]) { duplicateParticipation(minPersons: $min, maxPersons: 3, networks: $scope) { ${selection('first: 12')} } }`,
          { min: minPersons, scope: ids },
        );
        return { first, second, read, live };
      });
      expect(read).toEqual([
        'overlap/duplicate-attendance-groups',
        'overlap/duplicate-attendance-groups',
        'overlap/duplicate-attendance-ranked',
        'overlap/duplicate-attendance-ranked',
        'overlap/duplicate-participation-groups',
        'overlap/duplicate-participation-groups',
        'overlap/duplicate-participation-ranked',
        'overlap/duplicate-participation-ranked',
      ]);
      for (const list of ['inNetworks', 'atEvents'] as const) {
        const ranked = first.duplicateParticipation[list];
        expect(ranked.totalCount).toBe(live.duplicateParticipation[list].totalCount);
        expect(ranked.totalCount).toBeGreaterThan(0);
        expect([...ranked.edges, ...second.duplicateParticipation[list].edges].map((e: any) => e.node)).toEqual(
          live.duplicateParticipation[list].edges.map((e: any) => e.node),
        );
      }
    }
  });

  it('duplicateParticipation ranks on the spot when the store has no ranking (derived by an older version)', async () => {
    const node = 'personCount { exact fewerThan3 } hiddenCount { exact fewerThan3 } authority { id } persons { id }';
    const query = (
      scope: string,
    ) => `query${scope ? '($scope: [ID!])' : ''} { duplicateParticipation(minPersons: 2, maxPersons: 3${scope}) {
      inNetworks(first: 8) { totalCount edges { node { ${node} network { id } } } }
      atEvents(first: 8) { totalCount edges { node { ${node} event { id } } } } } }`;
    const { answer, read, live } = await withinOneDerivation(async (ids) => {
      // Taken away in each attempt (a derivation elsewhere writes it anew), put back after.
      const [saved] = await db.read<{ inSizes: number[]; atSizes: number[] }>({
        text: "MATCH (d:DerivedData {id: 'colleagues'}) RETURN d.inSizes AS inSizes, d.atSizes AS atSizes",
      });
      await db.driver.executeQuery("MATCH (d:DerivedData {id: 'colleagues'}) REMOVE d.inSizes, d.atSizes");
      try {
        db.calls.length = 0;
        const answer = await all(query(''), {});
        const read = [...db.statements].sort();
        const live = await all(query(', networks: $scope'), { scope: ids });
        return { answer, read, live };
      } finally {
        await db.driver.executeQuery(
          "MATCH (d:DerivedData {id: 'colleagues'}) WHERE d.inSizes IS NULL SET d.inSizes = $in, d.atSizes = $at",
          { in: saved?.inSizes ?? null, at: saved?.atSizes ?? null },
        );
      }
    });
    expect(read).toEqual([
      'overlap/duplicate-attendance',
      'overlap/duplicate-attendance-groups',
      'overlap/duplicate-participation',
      'overlap/duplicate-participation-groups',
    ]);
    expect(answer).toEqual(live);
  });

  it('overlapMatrix: minShared keeps only pairs at the threshold', async () => {
    const data = await all(
      `query($scope: [ID!]) { overlapMatrix(by: AUTHORITIES, networks: $scope, minShared: 2) { cells { a b shared } } }`,
      { scope: g.networkIds },
    );
    const expected: string[] = [];
    for (const [i, a] of g.networkIds.entries()) {
      for (const b of g.networkIds.slice(i + 1)) {
        const s = intersect(g.members.get(a) as Set<string>, g.members.get(b) as Set<string>);
        if (s >= 2) expected.push(`${a}|${b}|${s}`);
      }
    }
    expect(data.overlapMatrix.cells.map((c: any) => `${c.a}|${c.b}|${c.shared}`).sort()).toEqual(expected.sort());
  });

  it('duplicateParticipation reads only person ids unless the query asks for more, and lists only persons with a public participation', async () => {
    const query = (person: string, scope: boolean) => `query${scope ? '($scope: [ID!])' : ''} {
      duplicateParticipation(maxPersons: 5${scope ? ', networks: $scope' : ''}) {
        inNetworks(first: 10) { edges { node { persons { ${person} } } } }
        atEvents(first: 10) { edges { node { persons { ${person} } } } } } }`;
    for (const scope of [false, true]) {
      const variables = scope ? { scope: g.networkIds } : {};
      db.calls.length = 0;
      const lean = await all(query('id authority { id }', scope), variables);
      const leanCalls = db.calls.filter((c) => c.statement.startsWith('overlap/duplicate-'));
      db.calls.length = 0;
      const full = await all(query('id name authority { id }', scope), variables);
      const fullCalls = db.calls.filter((c) => c.statement.startsWith('overlap/duplicate-'));
      expect(leanCalls.length).toBeGreaterThanOrEqual(2);
      expect(leanCalls.map((c) => c.params.personDetails)).toEqual(leanCalls.map(() => false));
      expect(fullCalls.map((c) => c.params.personDetails)).toEqual(fullCalls.map(() => true));
      // The same persons either way, and only persons who consented (anonymous viewer).
      const persons = (data: any) =>
        ['inNetworks', 'atEvents'].flatMap((list) => data.duplicateParticipation[list].edges.flatMap((e: any) => e.node.persons));
      expect(persons(full).map(({ id, authority }: any) => ({ id, authority }))).toEqual(persons(lean));
      const ids = persons(full).map((p: any) => p.id);
      const stored = new Map(
        (
          await db.read<{ id: string; name: string | null; consent: boolean | null }>(
            {
              text: "MATCH (p:Person) WHERE p.id IN $ids RETURN p.id AS id, p.name AS name, EXISTS { (p)-[r:PARTICIPATES_IN|ATTENDED]->() WHERE r.visibility = 'PUBLIC' } AS consent",
            },
            { ids },
          )
        ).map((r) => [r.id, r]),
      );
      expect(stored.size).toBe(new Set(ids).size);
      for (const p of persons(full)) {
        expect(stored.get(p.id)?.consent, p.id).toBe(true);
        expect(p.name).toBe(stored.get(p.id)?.name);
      }
    }
  });

  it('duplicateParticipation: maxPersons lists the first consenting persons by id, personCount counts all', async () => {
    const data = await all(
      `query($scope: [ID!]) { duplicateParticipation(networks: $scope, maxPersons: 2) {
        inNetworks(first: 500) { edges { node { authority { id } network { id } personCount { exact fewerThan3 } hiddenCount { exact fewerThan3 } persons { id } } } } } }`,
      { scope: g.networkIds },
    );
    const consented = g.publicPersons;
    let withHidden = 0;
    for (const { node } of data.duplicateParticipation.inNetworks.edges) {
      const all = [...(g.participants.get(node.network.id) ?? [])].filter((p) => g.worksAt.get(p) === node.authority.id).sort();
      const shown = all.filter((p) => consented.has(p));
      const hidden = all.length - shown.length;
      if (hidden > 0) withHidden += 1;
      expect(node.personCount).toEqual(personCount(all.length, hidden));
      expect(node.hiddenCount).toEqual(personCount(hidden, hidden));
      expect(node.persons.map((p: any) => p.id)).toEqual(shown.slice(0, 2));
    }
    expect(withHidden).toBeGreaterThan(0);
  });

  it('duplicateParticipation: colleagues of one authority in one network and at one event', async () => {
    const data = await all(
      `query($scope: [ID!]) { duplicateParticipation(networks: $scope) {
        inNetworks(first: 500) { totalCount edges { node { authority { id } network { id } persons { id } } } }
        atEvents(first: 500) { totalCount edges { node { authority { id } event { id } personCount { exact fewerThan3 } persons { id } } } } } }`,
      { scope: g.networkIds },
    );
    const consented = g.publicPersons;
    const shownOf = (ps: string[]) => ps.filter((p) => consented.has(p)).length;
    // Groups of at least two as the anonymous viewer may learn them: by that size, those with
    // 1 or 2 hidden after the others of their size, then by key.
    const groups = (pairs: [string, string][]) => {
      const m = new Map<string, string[]>();
      for (const [key, person] of pairs) m.set(key, [...(m.get(key) ?? []), person]);
      return [...m.entries()].filter(([, ps]) => ps.length >= 2 && groupSize(ps.length, shownOf(ps)) >= 2);
    };
    const inNetworks = groups(
      [...g.participants.entries()].flatMap(([n, ps]) => [...ps].map((p) => [`${g.worksAt.get(p)}|${n}`, p] as [string, string])),
    ).sort(
      ([kx, x], [ky, y]) =>
        groupSize(y.length, shownOf(y)) - groupSize(x.length, shownOf(x)) ||
        Number(partly(x.length, shownOf(x))) - Number(partly(y.length, shownOf(y))) ||
        kx.localeCompare(ky),
    );
    expect(
      data.duplicateParticipation.inNetworks.edges.map(
        (e: any) => `${e.node.authority.id}|${e.node.network.id}|${e.node.persons.map((p: any) => p.id).join(',')}`,
      ),
    ).toEqual(
      inNetworks.map(
        ([k, ps]) =>
          `${k}|${[...ps]
            .filter((p) => consented.has(p))
            .sort()
            .join(',')}`,
      ),
    );
    const atEvents = groups(
      [...g.events.entries()].flatMap(([e, ev]) => [...ev.attendees].map((p) => [`${g.worksAt.get(p)}|${e}`, p] as [string, string])),
    );
    const got = data.duplicateParticipation.atEvents.edges
      .map((e: any) => `${e.node.authority.id}|${e.node.event.id}|${JSON.stringify(e.node.personCount)}|${e.node.persons.length}`)
      .sort();
    expect(got).toEqual(
      atEvents
        .map(([k, ps]) => {
          const shown = ps.filter((p) => consented.has(p)).length;
          return `${k}|${JSON.stringify(personCount(ps.length, ps.length - shown))}|${shown}`;
        })
        .sort(),
    );
  });

  it('topicRedundancy: pairs on shared topics ranked by topic + member Jaccard', async () => {
    const data = await all(
      `query($scope: [ID!]) { topicRedundancy(networks: $scope, includeRelated: true, first: 500) {
        totalCount edges { node { a { id } b { id } sharedAuthorities topicJaccard memberJaccard score sharedTopics { id } } } } }`,
      { scope: g.networkIds },
    );
    const expected: { key: string; score: number; sA: number }[] = [];
    for (const [i, a] of g.networkIds.entries()) {
      for (const b of g.networkIds.slice(i + 1)) {
        const tA = g.topics.get(a) as Set<string>;
        const tB = g.topics.get(b) as Set<string>;
        const sT = intersect(tA, tB);
        if (sT === 0) continue;
        const mA = g.members.get(a) as Set<string>;
        const mB = g.members.get(b) as Set<string>;
        const sA = intersect(mA, mB);
        expected.push({ key: `${a}|${b}`, sA, score: jaccard(sT, tA.size, tB.size) + jaccard(sA, mA.size, mB.size) });
      }
    }
    expected.sort((x, y) => y.score - x.score || y.sA - x.sA || x.key.localeCompare(y.key));
    const got = data.topicRedundancy.edges.map((e: any) => e.node);
    expect(got.map((n: any) => `${n.a.id}|${n.b.id}`)).toEqual(expected.map((x) => x.key));
    for (const [i, x] of expected.entries()) expect(got[i].score).toBeCloseTo(x.score, 10);
  });

  it('connection: as short as the shortest path graphology finds, and a real path', async () => {
    const graph = new Graph({ type: 'undirected' });
    for (const [n, as] of g.members) {
      graph.mergeNode(n);
      for (const a of as) graph.mergeEdge(a, n);
    }
    const authorities = [...new Set([...g.members.values()].flatMap((s) => [...s]))].sort();
    const pairs = [
      [authorities[0], authorities[authorities.length - 1]],
      [authorities[1], authorities[Math.floor(authorities.length / 2)]],
    ] as [string, string][];
    for (const [from, to] of pairs) {
      if (!from || !to || from === to) continue;
      const data = await all(
        `query($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 12) { hops steps { node { id } via } } }`,
        { from, to },
      );
      const expected = bidirectional(graph, from, to);
      if (!expected) {
        expect(data.connection).toBeNull();
        continue;
      }
      expect(data.connection.hops).toBe(expected.length - 1);
      const ids = data.connection.steps.map((s: any) => s.node.id);
      expect(ids[0]).toBe(from);
      expect(ids[ids.length - 1]).toBe(to);
      for (let i = 0; i + 1 < ids.length; i++) expect(graph.hasEdge(ids[i], ids[i + 1])).toBe(true);
    }
  });

  it('recommendedNetworks: topics of its networks, peers, and not its own networks', async () => {
    const authority = [...(g.members.get(g.networkIds[1] as string) ?? [])].sort()[0];
    if (!authority) return;
    const data = await all(
      `query($a: ID!, $scope: [ID!]) { recommendedNetworks(authority: $a, networks: $scope, first: 100) {
        edges { node { network { id } topicMatches peers } } } }`,
      { a: authority, scope: g.networkIds },
    );
    const own = g.networkIds.filter((n) => g.members.get(n)?.has(authority));
    const topicIds = new Set(own.flatMap((n) => [...(g.topics.get(n) ?? [])]));
    const peers = new Set(own.flatMap((n) => [...(g.members.get(n) ?? [])]).filter((a) => a !== authority));
    const expected = g.networkIds
      .filter((n) => !own.includes(n))
      .map((n) => ({
        id: n,
        topicMatches: [...(g.topics.get(n) ?? [])].filter((t) => topicIds.has(t)).length,
        peers: [...(g.members.get(n) ?? [])].filter((a) => peers.has(a)).length,
      }))
      .filter((x) => x.topicMatches > 0 || x.peers > 0)
      .sort((x, y) => y.topicMatches - x.topicMatches || y.peers - x.peers || x.id.localeCompare(y.id));
    expect(
      data.recommendedNetworks.edges.map((e: any) => ({ id: e.node.network.id, topicMatches: e.node.topicMatches, peers: e.node.peers })),
    ).toEqual(expected);
  });

  it('innovationTransfer: adopters and adoption shares per network', async () => {
    const data = await all(
      `query($scope: [ID!]) { innovationTransfer(networks: $scope) {
        networks { network { id } innovationCount adoptedCount adoptionShare memberCount memberAdopterCount memberAdoptionShare
          innovations { innovation { id } adopters { id } } }
        byKind { kind innovations adopted } } }`,
      { scope: g.networkIds },
    );
    for (const row of data.innovationTransfer.networks) {
      const innovations = g.landscape.innovations.filter((i) => i.emergedIn === row.network.id);
      expect(row.innovationCount).toBe(innovations.length);
      const adopted = innovations.filter((i) => (i.adoptedBy ?? []).length > 0).length;
      expect(row.adoptedCount).toBe(adopted);
      expect(row.adoptionShare).toBeCloseTo(innovations.length ? adopted / innovations.length : 0, 10);
      const members = g.members.get(row.network.id) as Set<string>;
      const memberAdopters = new Set(innovations.flatMap((i) => (i.adoptedBy ?? []).map((a) => a.authority)).filter((a) => members.has(a)));
      expect(row.memberCount).toBe(members.size);
      expect(row.memberAdopterCount).toBe(memberAdopters.size);
      expect(row.memberAdoptionShare).toBeCloseTo(members.size ? memberAdopters.size / members.size : 0, 10);
      for (const i of row.innovations) {
        const seeded = innovations.find((x) => x.id === i.innovation.id);
        expect(i.adopters.map((a: any) => a.id).sort()).toEqual((seeded?.adoptedBy ?? []).map((a) => a.authority).sort());
      }
    }
    expect(data.innovationTransfer.networks).toHaveLength(g.landscape.innovations.length);
    const total = data.innovationTransfer.byKind.reduce((s: number, k: any) => s + k.innovations, 0);
    expect(total).toBe(g.landscape.innovations.length);
  });

  it('innovationTransfer reads brief innovations and adopters unless the query asks for more', async () => {
    const ask = async (innovation: string, adopter: string) => {
      db.calls.length = 0;
      const data = await all(
        `query($scope: [ID!]) { innovationTransfer(networks: $scope) {
          networks { network { id } innovations { innovation { ${innovation} } adopters { ${adopter} } } } byKind { kind innovations } } }`,
        { scope: g.networkIds },
      );
      const call = db.calls.find((c) => c.statement === 'overlap/innovation-transfer');
      return {
        data: data.innovationTransfer,
        innovationDetails: call?.params.innovationDetails,
        adopterDetails: call?.params.adopterDetails,
      };
    };
    const brief = await ask('id title kind emergedIn { id }', 'id name');
    const detailed = await ask('id title kind emergedIn { id } description', 'id name level');
    expect([brief.innovationDetails, brief.adopterDetails]).toEqual([false, false]);
    expect([detailed.innovationDetails, detailed.adopterDetails]).toEqual([true, true]);
    const items = (data: any) => data.networks.flatMap((n: any) => n.innovations);
    expect(items(brief.data).length).toBe(g.landscape.innovations.length);
    // The fields both asked for are the same; the rest come from the stored properties.
    expect(
      items(detailed.data).map((x: any) => ({
        innovation: { id: x.innovation.id, title: x.innovation.title, kind: x.innovation.kind, emergedIn: x.innovation.emergedIn },
        adopters: x.adopters.map((a: any) => ({ id: a.id, name: a.name })),
      })),
    ).toEqual(items(brief.data));
    expect(detailed.data.byKind).toEqual(brief.data.byKind);
    const stored = await db.read<{ id: string; description: string | null }>(
      { text: 'MATCH (i:Innovation) WHERE i.id IN $ids RETURN i.id AS id, i.description AS description' },
      { ids: items(detailed.data).map((x: any) => x.innovation.id) },
    );
    const description = new Map(stored.map((r) => [r.id, r.description]));
    for (const x of items(detailed.data)) expect(x.innovation.description).toBe(description.get(x.innovation.id) ?? null);
    const levels = await db.read<{ id: string; level: string | null }>(
      { text: 'MATCH (a:Authority) WHERE a.id IN $ids RETURN a.id AS id, a.level AS level' },
      { ids: items(detailed.data).flatMap((x: any) => x.adopters.map((a: any) => a.id)) },
    );
    const level = new Map(levels.map((r) => [r.id, r.level]));
    for (const x of items(detailed.data)) for (const a of x.adopters) expect(a.level).toBe(level.get(a.id) ?? null);
  });

  it('clusters: the same communities as Louvain on an independently built projection', async () => {
    const data = await all(
      `query($scope: [ID!]) { clusters(networks: $scope) { modularity clusters { id networks { id } dominantTopics { id } } } }`,
      {
        scope: g.networkIds,
      },
    );
    const pairs: ProjectionPair[] = [];
    for (const [i, a] of g.networkIds.entries()) {
      for (const b of g.networkIds.slice(i + 1)) {
        const p = {
          a,
          b,
          authorities: intersect(g.members.get(a) as Set<string>, g.members.get(b) as Set<string>),
          persons: intersect(g.participants.get(a) as Set<string>, g.participants.get(b) as Set<string>),
          topics: intersect(g.topics.get(a) as Set<string>, g.topics.get(b) as Set<string>),
        };
        if (p.authorities + p.persons + p.topics > 0) pairs.push(p);
      }
    }
    const expected = clusterNetworks(
      g.networkIds.map((id) => ({ id, topics: [...(g.topics.get(id) ?? [])].sort().map((t) => ({ id: t })) })),
      pairs,
    );
    expect(data.clusters.modularity).toBeCloseTo(expected.modularity, 10);
    expect(data.clusters.clusters.map((c: any) => c.networks.map((n: any) => n.id))).toEqual(
      expected.clusters.map((c) => c.networks.map((n) => n.id)),
    );
    expect(data.clusters.clusters.flatMap((c: any) => c.networks)).toHaveLength(g.networkIds.length);
  });

  it('clusters of the whole landscape: the partition stored at load equals Louvain computed on the spot', async () => {
    const selection = 'modularity clusters { id size networks { id } dominantTopics { id } }';
    const { before, ids, stored, read, live } = await withinOneDerivation(async (ids, before) => {
      db.calls.length = 0;
      const stored = await all(`{ clusters { ${selection} } }`, {});
      const read = [...db.statements];
      const live = await all(`query($scope: [ID!]) { clusters(networks: $scope) { ${selection} } }`, { scope: ids });
      return { before, ids, stored, read, live };
    });
    expect(before).not.toBeNull();
    expect(read).toEqual(['overlap/clusters-stored']);
    expect(stored.clusters.clusters.flatMap((c: any) => c.networks)).toHaveLength(ids.length);
    expect(stored).toEqual(live);
  });
});

describe('overlap arguments', () => {
  it.each([
    ['{ authorityOverlaps(minNetworks: 0) { totalCount } }', 'BAD_USER_INPUT'],
    ['{ authorityOverlaps(minNetworks: 2, networks: []) { totalCount } }', 'BAD_USER_INPUT'],
    ['{ networkSimilarity(network: "network:nope") { totalCount } }', 'NOT_FOUND'],
    ['{ connection(from: "org:bmi", to: "org:nope") { hops } }', 'NOT_FOUND'],
    ['{ connection(from: "org:bmi", to: "org:bmi") { hops } }', 'BAD_USER_INPUT'],
    ['{ recommendedNetworks { totalCount } }', 'BAD_USER_INPUT'],
    ['{ recommendedNetworks(authority: "org:nope") { totalCount } }', 'NOT_FOUND'],
    ['{ duplicateParticipation(minPersons: 1) { inNetworks { totalCount } } }', 'BAD_USER_INPUT'],
    ['{ clusters(resolution: 0) { modularity } }', 'BAD_USER_INPUT'],
    ['{ overlapMatrix(minShared: 0) { basis } }', 'BAD_USER_INPUT'],
    ['{ overlapMatrix(digits: 16) { basis } }', 'BAD_USER_INPUT'],
    ['{ duplicateParticipation(maxPersons: 0) { inNetworks { totalCount } } }', 'BAD_USER_INPUT'],
  ])('%s -> %s', async (query, code) => {
    const res = await gql(query);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
  });

  // The checks run as zod schemas before the resolver (@pothos/plugin-validation): each refusal
  // still names the argument the web app words its message from, and says what is wrong.
  it.each([
    ['{ authorityOverlaps(minNetworks: 0) { totalCount } }', 'minNetworks', 'at least 1'],
    ['{ topicRedundancy(networks: []) { totalCount } }', 'networks', 'must not be empty'],
    ['{ topicRedundancy(minSharedTopics: 0) { totalCount } }', 'minSharedTopics', 'at least 1'],
    ['{ topicRedundancy(minSharedMembers: -1) { totalCount } }', 'minSharedMembers', 'not be negative'],
    ['{ connection(from: "org:bmi", to: "org:bmi") { hops } }', 'to', 'different authorities'],
    ['{ connection(from: "org:bmi", to: "org:bmf", maxHops: 13) { hops } }', 'maxHops', 'between 1 and 12'],
    ['{ recommendedNetworks { totalCount } }', 'authority', 'an authority or topics'],
    ['{ recommendedNetworks(topics: []) { totalCount } }', 'topics', 'must not be empty'],
    ['{ duplicateParticipation(maxPersons: 1001) { inNetworks { totalCount } } }', 'maxPersons', 'between 1 and 1000'],
    ['{ clusters(resolution: 10.5) { modularity } }', 'resolution', '(0, 10]'],
    ['{ overlapMatrix(digits: -1) { basis } }', 'digits', 'between 0 and 15'],
    ['{ search(query: "a", first: 101) { score } }', 'first', 'between 1 and 100'],
    [`{ search(query: "${'a'.repeat(201)}") { score } }`, 'query', 'at most 200'],
    ['{ events(to: "morgen") { totalCount } }', 'to', 'ISO date'],
  ])('%s names %s', async (query, argument, message) => {
    const res = await gql(query);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(res.errors?.[0]?.message).toContain(message);
  });

  it('a refused argument refuses the whole operation before any statement runs', async () => {
    db.calls.length = 0;
    const res = await gql('{ a: search(query: "Vergabe") { score } b: search(query: "Vergabe", first: 500) { score } }');
    expect(res.errors).toEqual([{ message: 'first must be between 1 and 100', extensions: { code: 'BAD_USER_INPUT', argument: 'first' } }]);
    expect(res.data).toBeUndefined();
    expect(db.calls).toEqual([]);
  });

  it('a check of all arguments together leaves the others as they were', async () => {
    const one = await gql(
      '{ recommendedNetworks(topics: ["topic:digitalisierung-verwaltung"], first: 1) { totalCount edges { node { network { id } } } } }',
    );
    expect(one.errors).toBeUndefined();
    expect(one.data?.recommendedNetworks.totalCount).toBeGreaterThan(1);
    expect(one.data?.recommendedNetworks.edges).toHaveLength(1);
  });
});
