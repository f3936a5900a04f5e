// Seeding: idempotent (twice = same graph) and atomic (a failing load writes nothing).

import { landscape, load, rederive, seedLandscape } from '@netzwerkatlas/seed';
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
    await seedLandscape(db.driver);
    const after = await fingerprint();
    expect(before.length).toBeGreaterThan(100);
    expect(after).toEqual(before);
  });

  it('rebuilding the derived data in batches (as large loads do) leaves the same derived data', async () => {
    const before = await fingerprint();
    await rederive(db.driver);
    const after = await fingerprint();
    expect(before.some((n) => n.out.some((r) => Array.isArray(r) && r[0] === 'OVERLAPS'))).toBe(true);
    expect(after).toEqual(before);
  });

  it('a re-seed removes what an earlier landscape version wrote and the current one no longer holds', async () => {
    const stamp = Date.now();
    const stale = `network:test-stale-${stamp}`;
    const generated = `network:test-generated-${stamp}`;
    await load(db.driver, [
      {
        statement: 'seed/merge-networks',
        rows: [
          { id: stale, name: 'Aufgelöst', synthetic: false, source: ['oefit-whitepaper'] },
          { id: generated, name: 'Generiert', synthetic: true },
        ],
      },
      { statement: 'seed/merge-authority-network-relations', rows: [{ from: 'org:bmi', to: stale, type: 'MEMBER_OF', props: {} }] },
    ]);
    await seedLandscape(db.driver);
    const rows = await db.read<{ id: string }>(
      { text: 'MATCH (n:Network) WHERE n.id IN $ids RETURN n.id AS id' },
      { ids: [stale, generated] },
    );
    expect(rows.map((r) => r.id)).toEqual([generated]);
    expect((await fingerprint()).length).toBeGreaterThan(100);
  });

  it('a load that fails half-way writes nothing', async () => {
    const id = `network:test-atomic-${Date.now()}`;
    await expect(
      load(db.driver, [
        { statement: 'seed/merge-networks', rows: [{ id, name: 'Atomar', synthetic: true }] },
        { statement: 'seed/no-such-statement', rows: [{ id }] },
      ]),
    ).rejects.toThrow(/no statement named/);
    const rows = await db.read<{ n: number }>({ text: 'MATCH (n:Network {id: $id}) RETURN count(n) AS n' }, { id });
    expect(rows[0]?.n).toBe(0);
  });
});
