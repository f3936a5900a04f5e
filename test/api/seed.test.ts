// Seeding: idempotent (twice = same graph) and atomic (a failing load writes nothing).

import { buildDemoLayer, landscape, load, seedLandscape } from '@netzwerkatlas/seed';
import { rederive } from '@netzwerkatlas/server/derived';
import { afterAll, describe, expect, it } from 'vitest';
import { testDb } from '../helpers/api.js';

const db = testDb();
afterAll(() => db.close());

/** Everything the seed owns: its nodes with their properties and outgoing relationships. */
async function fingerprint() {
  const ids = [...landscape.networks, ...landscape.organisations, ...landscape.topics, ...landscape.innovations, ...landscape.events].map(
    (x) => x.id,
  );
  const rows = await db.read<{ id: string; props: Record<string, unknown>; out: unknown[] }>(
    {
      text: `MATCH (n) WHERE n.id IN $ids OR n.id STARTS WITH 'person:demo-' OR n.id STARTS WITH 'event:demo-'
             OPTIONAL MATCH (n)-[r]->(m)
             WITH n, r, m ORDER BY type(r), m.id
             RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, collect([type(r), m.id, properties(r)]) AS out
             ORDER BY id`,
    },
    { ids },
  );
  // Ranks and community labels depend on every network in the database, and other test files
  // load networks meanwhile.
  for (const row of rows) for (const key of ['statRank', 'statCommunity']) delete row.props[key];
  return rows;
}

describe('seed', () => {
  it('seeding twice leaves the same graph', async () => {
    const before = await fingerprint();
    await seedLandscape(db);
    const after = await fingerprint();
    expect(before.length).toBeGreaterThan(100);
    expect(after).toEqual(before);
  });

  it('rebuilding the derived data in batches (as large loads do) leaves the same derived data', async () => {
    const before = await fingerprint();
    await rederive(db);
    const after = await fingerprint();
    expect(before.some((n) => n.out.some((r) => Array.isArray(r) && r[0] === 'OVERLAPS'))).toBe(true);
    expect(after).toEqual(before);
  });

  it('a re-seed removes what an earlier landscape version wrote and the current one no longer holds', async () => {
    const stamp = Date.now();
    const stale = `network:test-stale-${stamp}`;
    const generated = `network:test-generated-${stamp}`;
    await load(db, [
      {
        statement: 'seed/merge-networks',
        rows: [
          { id: stale, name: 'Aufgelöst', synthetic: false, source: ['oefit-whitepaper'] },
          { id: generated, name: 'Generiert', synthetic: true },
        ],
      },
      { statement: 'seed/merge-authority-network-relations', rows: [{ from: 'org:bmi', to: stale, type: 'MEMBER_OF', props: {} }] },
    ]);
    await seedLandscape(db);
    const rows = await db.read<{ id: string }>(
      { text: 'MATCH (n:Network) WHERE n.id IN $ids RETURN n.id AS id' },
      { ids: [stale, generated] },
    );
    expect(rows.map((r) => r.id)).toEqual([generated]);
    expect((await fingerprint()).length).toBeGreaterThan(100);
  });

  it('a re-seed drops the relationships an earlier version wrote among its nodes, and no others', async () => {
    const stamp = Date.now();
    const generated = `network:test-foreign-${stamp}`;
    // As an earlier demo layer would have left them: a demo person at a second authority and in
    // another network, a relation the sources no longer name; beside them relationships the
    // seed does not own: one without its markers between its nodes, one to a generated network.
    await load(db, [
      { statement: 'seed/merge-networks', rows: [{ id: generated, name: 'Generiert', synthetic: true }] },
      {
        statement: 'seed/merge-participations',
        rows: [
          { from: 'person:demo-0001', to: 'network:dvnw', props: { role: 'MEMBER', synthetic: true } },
          { from: 'person:demo-0001', to: generated, props: { role: 'MEMBER', synthetic: true } },
        ],
      },
      {
        statement: 'seed/merge-authority-network-relations',
        rows: [
          { from: 'org:bmi', to: 'network:vubn', type: 'MEMBER_OF', props: { synthetic: false, source: ['oefit-whitepaper'] } },
          { from: 'org:bmi', to: 'network:negz', type: 'OBSERVES', props: {} },
        ],
      },
    ]);
    await db.write({
      text: "MATCH (p:Person {id: 'person:demo-0001'}), (a:Authority {id: 'org:bka'}) MERGE (p)-[:WORKS_AT {synthetic: true}]->(a)",
    });
    const rels = () =>
      db.read<{ rel: string }>({
        text: `MATCH (a)-[r]->(b) WHERE a.id IN ['person:demo-0001', 'org:bmi'] RETURN a.id + ' ' + type(r) + ' ' + b.id AS rel ORDER BY rel`,
      });
    const added = ['person:demo-0001 WORKS_AT org:bka', 'org:bmi MEMBER_OF network:vubn', 'person:demo-0001 PARTICIPATES_IN network:dvnw'];
    const before = (await rels()).map((r) => r.rel);
    for (const rel of added) expect(before).toContain(rel);
    await seedLandscape(db);
    const after = (await rels()).map((r) => r.rel);
    const layer = buildDemoLayer(landscape);
    const person = layer.persons.find((p) => p.props.id === 'person:demo-0001');
    const held = layer.participations.filter((p) => p.from === 'person:demo-0001').map((p) => p.to);
    expect(after.filter((r) => r.startsWith('person:demo-0001 WORKS_AT'))).toEqual([`person:demo-0001 WORKS_AT ${person?.authority}`]);
    expect(after.filter((r) => r.startsWith('person:demo-0001 PARTICIPATES_IN') && !r.endsWith(generated)).sort()).toEqual(
      held.map((n) => `person:demo-0001 PARTICIPATES_IN ${n}`).sort(),
    );
    expect(after).not.toContain('org:bmi MEMBER_OF network:vubn');
    expect(after).toContain('org:bmi OBSERVES network:negz');
    expect(after).toContain(`person:demo-0001 PARTICIPATES_IN ${generated}`);
    await db.write({ text: "MATCH (:Authority {id: 'org:bmi'})-[r:OBSERVES]->() DELETE r" });
    await db.write({ text: 'MATCH (n:Network {id: $id}) DETACH DELETE n' }, { id: generated });
  });

  it('a load that fails half-way writes nothing', async () => {
    const id = `network:test-atomic-${Date.now()}`;
    await expect(
      load(db, [
        { statement: 'seed/merge-networks', rows: [{ id, name: 'Atomar', synthetic: true }] },
        { statement: 'seed/no-such-statement', rows: [{ id }] },
      ]),
    ).rejects.toThrow(/no statement named/);
    const rows = await db.read<{ n: number }>({ text: 'MATCH (n:Network {id: $id}) RETURN count(n) AS n' }, { id });
    expect(rows[0]?.n).toBe(0);
  });
});
