// Backup and restore on a Neo4j of their own (the run's database is shared by every test file,
// and this test wipes its database): the seeded landscape plus values of every property type,
// backed up, wiped, restored, and compared node by node and relationship by relationship.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { seedLandscape } from '@netzwerkatlas/seed';
import { backup, encodeProps, RestoreError, restore } from '@netzwerkatlas/server/backup/index';
import { repoRoot } from '@netzwerkatlas/server/config';
import { createDb, createDriver, type Db } from '@netzwerkatlas/server/db/index';
import { type Neo4jLocal, startNeo4jLocal } from '@netzwerkatlas/server/db/neo4jLocal';
import { applySchema } from '@netzwerkatlas/server/db/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const port = Number(process.env.NEO4J_BACKUP_PORT ?? Number(process.env.NEO4J_TEST_PORT ?? 7688) + 3);
const home = resolve(repoRoot, '.neo4j/test-backup');
let local: Neo4jLocal;
let db: Db;
let dir: string;

beforeAll(async () => {
  await rm(home, { recursive: true, force: true });
  local = await startNeo4jLocal({ home, port, heap: '512m', pageCacheMiB: 64, log: () => undefined });
  db = createDb(createDriver(local.uri, 'neo4j', ''));
  await applySchema(db);
  await seedLandscape(db);
  // One node with a value of every type the graph may hold.
  await db.write({
    text: `CREATE (:Probe {id: 'probe:types', f: 2.0, i: 2, big: 9007199254740993, b: false, s: 'ä"\\n', ls: ['a', 'b'], li: [1, 2], lf: [0.5],
             d: date('2025-03-01'), dt: datetime('2025-03-01T10:00:00.123456789+01:00[Europe/Berlin]'),
             dto: datetime('2025-03-01T10:00:00Z'), ldt: localdatetime('2025-03-01T10:00:00.5'), dur: duration('P1M2DT3.5S')})`,
  });
  dir = await mkdtemp(join(tmpdir(), 'backup-'));
}, 240_000);

afterAll(async () => {
  await db?.close();
  await local?.stop();
});

/** The whole graph, typed, in an order that does not depend on internal ids. */
async function graph() {
  const session = db.driver.session();
  try {
    const nodes = (await session.run('MATCH (n) RETURN elementId(n) AS e, labels(n) AS labels, properties(n) AS props')).records.map(
      (r) => ({
        e: r.get('e') as string,
        key: JSON.stringify([(r.get('labels') as string[]).sort(), sorted(encodeProps(r.get('props')))]),
      }),
    );
    const byElement = new Map(nodes.map((n) => [n.e, n.key]));
    const rels = (
      await session.run('MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS t, elementId(b) AS b, properties(r) AS props')
    ).records.map((r) =>
      JSON.stringify([byElement.get(r.get('a')), r.get('t'), byElement.get(r.get('b')), sorted(encodeProps(r.get('props')))]),
    );
    return { nodes: nodes.map((n) => n.key).sort(), relationships: rels.sort() };
  } finally {
    await session.close();
  }
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sorted(v)]),
    );
  return value;
}

const wipe = () =>
  db.write({ text: 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS' }).catch(async () => {
    const session = db.driver.session();
    try {
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    } finally {
      await session.close();
    }
  });

describe('backup and restore', () => {
  it('backup, wipe, restore gives the same graph, property by property', async () => {
    const before = await graph();
    expect(before.nodes.length).toBeGreaterThan(100);
    expect(before.relationships.length).toBeGreaterThan(100);
    const file = join(dir, 'full.jsonl');
    expect(await backup(db.driver, file)).toEqual({ nodes: before.nodes.length, relationships: before.relationships.length });
    await wipe();
    expect((await graph()).nodes).toEqual([]);
    await restore(db.driver, file);
    expect(await graph()).toEqual(before);
  });

  it('refuses to restore into a database that is not empty, and restores nothing from a cut file', async () => {
    const file = join(dir, 'again.jsonl');
    await backup(db.driver, file);
    await expect(restore(db.driver, file)).rejects.toThrow(RestoreError);
    const before = await graph();
    const lines = (await readFile(file, 'utf8')).split('\n');
    const cut = join(dir, 'cut.jsonl');
    await writeFile(cut, lines.slice(0, Math.floor(lines.length / 2)).join('\n'));
    await wipe();
    await expect(restore(db.driver, cut)).rejects.toThrow(/unvollständig/);
    expect((await graph()).nodes).toEqual([]);
    await restore(db.driver, file);
    expect(await graph()).toEqual(before);
  });
});
