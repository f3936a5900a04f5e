// Faults: the server keeps answering while Neo4j goes away and serves again once it is back.
// This file starts its own local Neo4j (not the run's), so that it may kill it: the HTTP server
// in process gets a steady run of GraphQL requests while the JVM is killed with SIGKILL; every
// answer must be 200 with data or a quick 503 with the typed error, the runner must start Neo4j
// again by itself, and the same server and db must serve again without being recreated.

import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { load, seedLandscape } from '@netzwerkatlas/seed';
import { VERSION_MAX_AGE_MS } from '@netzwerkatlas/server/answerCache';
import { repoRoot } from '@netzwerkatlas/server/config';
import { createDb, createDriver, type Db, PROBE_INTERVAL_MS } from '@netzwerkatlas/server/db/index';
import { type Neo4jLocal, startNeo4jLocal } from '@netzwerkatlas/server/db/neo4jLocal';
import { applySchema } from '@netzwerkatlas/server/db/schema';
import { createHttpServer } from '@netzwerkatlas/server/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getUrl } from '../helpers/http.js';

/** Next to the run's Neo4j (NEO4J_TEST_PORT), unless NEO4J_FAULTS_PORT says otherwise. */
const port = Number(process.env.NEO4J_FAULTS_PORT ?? Number(process.env.NEO4J_TEST_PORT ?? 7688) + 1);
const home = resolve(repoRoot, '.neo4j/faults-data');
/** Two database reads: the page of networks, then their topics through a DataLoader. */
const QUERY = '{ networks(first: 5) { totalCount edges { node { id name topics { id } } } } }';
/** Longest a GraphQL answer may take while Neo4j is away, and once it is warm again. */
const ANSWER_WITHIN_MS = 2000;
/** Longest a health check may take while Neo4j is known down ("at once"). */
const HEALTH_AT_ONCE_MS = 300;

interface Outcome {
  method: 'GET' | 'POST';
  started: number;
  ms: number;
  status: number;
  /** 'data' (200 with networks), 'typed' (503 SERVICE_UNAVAILABLE) or what else came. */
  kind: string;
}

async function ask(base: string, method: 'GET' | 'POST'): Promise<Outcome> {
  const started = Date.now();
  const response =
    method === 'POST'
      ? await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
          body: JSON.stringify({ query: QUERY }),
        })
      : await fetch(`${base}${getUrl('/graphql', QUERY)}`, { headers: { 'accept-encoding': 'br, gzip' } });
  const body = (await response.json()) as {
    data?: { networks?: { totalCount: number } } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const ms = Date.now() - started;
  let kind = `${response.status}: ${JSON.stringify(body).slice(0, 200)}`;
  if (response.status === 200 && !body.errors && (body.data?.networks?.totalCount ?? 0) > 0) kind = 'data';
  if (
    response.status === 503 &&
    response.headers.get('retry-after') !== null &&
    body.errors?.length &&
    body.errors.every(
      (e) => e.extensions?.code === 'SERVICE_UNAVAILABLE' && e.message === 'The database is unavailable; try again in a few seconds.',
    )
  ) {
    kind = 'typed';
  }
  return { method, started, ms, status: response.status, kind };
}

async function check(base: string, path: string) {
  const started = Date.now();
  const response = await fetch(`${base}${path}`);
  const body = (await response.json()) as { status: string; neo4j?: string; networks?: number };
  return { status: response.status, body, ms: Date.now() - started };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('faults', () => {
  let local: Neo4jLocal;
  let db: Db;
  let server: Server;
  let base: string;
  const warnings: string[] = [];

  beforeAll(async () => {
    await rm(home, { recursive: true, force: true });
    local = await startNeo4jLocal({
      home,
      port,
      heap: '512m',
      pageCacheMiB: 64,
      // FAULTS_DEBUG=1 shows Neo4j's own lines and every answer after the kill.
      log: (line) => process.env.FAULTS_DEBUG && console.log(new Date().toISOString(), line),
      warn: (line) => {
        warnings.push(line);
        console.log(new Date().toISOString(), line);
      },
    });
    db = createDb(createDriver(local.uri, 'neo4j', ''));
    await applySchema(db);
    server = createHttpServer({ db, webDist: '/nonexistent', requestsPerMinute: 0 });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server?.close();
    await db?.close();
    await local?.stop();
    await rm(home, { recursive: true, force: true });
  });

  it('answers a typed 503 when Neo4j never answered, after one retry at first and then at once', async () => {
    const down = createDb(createDriver('bolt://127.0.0.1:1', 'neo4j', ''));
    const downServer = createHttpServer({ db: down, webDist: '/nonexistent' });
    downServer.listen(0, '127.0.0.1');
    await once(downServer, 'listening');
    const downBase = `http://127.0.0.1:${(downServer.address() as AddressInfo).port}`;
    try {
      const first = await ask(downBase, 'POST');
      expect(first.kind).toBe('typed');
      // The driver retried once, about a second later (1 s ± 20 %), and then gave up.
      expect(first.ms).toBeGreaterThan(700);
      expect(first.ms).toBeLessThan(ANSWER_WITHIN_MS);
      expect(down.availability()).toMatchObject({ available: false });
      const next = [await ask(downBase, 'POST'), await ask(downBase, 'GET')];
      expect(next.map((o) => o.kind)).toEqual(['typed', 'typed']);
      for (const o of next) expect(o.ms).toBeLessThan(HEALTH_AT_ONCE_MS);
      const health = await check(downBase, '/health');
      expect(health.status).toBe(503);
      expect(health.ms).toBeLessThan(HEALTH_AT_ONCE_MS);
      expect((await check(downBase, '/health/live')).status).toBe(200);
    } finally {
      downServer.close();
      await down.close();
    }
  });

  it('is not ready on an empty or half-loaded database, and ready once it is seeded', async () => {
    expect((await check(base, '/health')).status).toBe(200);
    const empty = await check(base, '/health/ready');
    expect(empty.status).toBe(503);
    expect(empty.body).toMatchObject({ status: 'not-ready', neo4j: 'reachable' });
    expect((await check(base, '/health/live')).status).toBe(200);

    // A load that wrote networks but stopped before its last step, the stamp of a data version.
    await load(db, [{ statement: 'seed/merge-networks', rows: [{ id: 'faults-half-loaded', name: 'Half loaded' }] }], {
      atomic: false,
      derive: false,
    });
    const half = await check(base, '/health/ready');
    expect(half.status).toBe(503);
    expect(half.body).toMatchObject({ status: 'not-ready', networks: 1 });
    await db.write({ text: "MATCH (n:Network {id: 'faults-half-loaded'}) DETACH DELETE n" });

    await seedLandscape(db);
    const seeded = await check(base, '/health/ready');
    expect(seeded.status).toBe(200);
    expect(seeded.body.status).toBe('ok');
    expect(seeded.body.networks).toBeGreaterThan(0);
  }, 120_000);

  it('answers 503 at once while Neo4j is away, restarts it, and serves again', async () => {
    if ((await check(base, '/health/ready')).status !== 200) await seedLandscape(db);
    const outcomes: Outcome[] = [];
    const round = async () => {
      outcomes.push(...(await Promise.all([ask(base, 'POST'), ask(base, 'GET')])));
      await sleep(100);
    };

    for (let i = 0; i < 5; i += 1) await round();
    expect(outcomes.map((o) => o.kind)).toEqual(outcomes.map(() => 'data'));

    const oldPid = local.pid;
    const killedAt = Date.now();
    process.kill(oldPid, 'SIGKILL');

    // Health while Neo4j is known down: checked once the first GraphQL answer said so.
    let health: Awaited<ReturnType<typeof check>>[] | undefined;
    let dataAgain = 0;
    const deadline = killedAt + 75_000;
    while (Date.now() < deadline && dataAgain < 10) {
      await round();
      const last = outcomes.slice(-2);
      if (!health && last.some((o) => o.kind === 'typed')) {
        health = [await check(base, '/health'), await check(base, '/health/ready'), await check(base, '/health/live')];
      }
      if (last.every((o) => o.kind === 'data')) dataAgain += 1;
    }

    // For up to VERSION_MAX_AGE_MS after the kill, the answer cache may still answer from the
    // data version it read last (the answers are current); after that only Neo4j can.
    const cachedWindow = outcomes.filter((o) => o.started >= killedAt && o.started < killedAt + VERSION_MAX_AGE_MS);
    expect(cachedWindow.every((o) => o.kind === 'data' || o.kind === 'typed')).toBe(true);
    const after = outcomes.filter((o) => o.started >= killedAt + VERSION_MAX_AGE_MS);
    const firstData = after.findIndex((o) => o.kind === 'data');
    const away = firstData === -1 ? after : after.slice(0, firstData);
    const back = firstData === -1 ? undefined : after[firstData];
    const warm = back ? after.filter((o) => o.started >= back.started + back.ms) : [];
    const readyAt = local.readyAt ?? Number.NaN;
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const awayMs = away.map((o) => o.ms).sort((a, b) => a - b);
    console.log(
      `faults: ${away.length} answers while Neo4j was away, ${awayMs[Math.floor(awayMs.length / 2)]} ms median, ${awayMs.at(-1)} ms slowest; ` +
        `Neo4j answered again ${seconds(readyAt - killedAt)} after the kill; the first answer with data was asked ${seconds(
          (back?.started ?? Number.NaN) - readyAt,
        )} after that and took ${back?.ms} ms; health while down: ${health?.map((h) => `${h.status} in ${h.ms} ms`).join(', ')}`,
    );
    if (process.env.FAULTS_DEBUG) {
      for (const o of after) console.log(`${seconds(o.started - killedAt)} ${o.method} ${o.ms} ms ${o.kind.slice(0, 300)}`);
    }

    // Away: only typed 503s, each within ANSWER_WITHIN_MS; then only data.
    expect(away.length).toBeGreaterThan(4);
    expect(away.map((o) => o.kind)).toEqual(away.map(() => 'typed'));
    expect(Math.max(...away.map((o) => o.ms))).toBeLessThan(ANSWER_WITHIN_MS);
    expect(back).toBeDefined();
    // A request that came a moment before the first probe found Neo4j back still failed at once.
    const settled = after.filter((o) => back && o.started >= back.started + PROBE_INTERVAL_MS);
    expect(settled.map((o) => o.kind)).toEqual(settled.map(() => 'data'));
    expect(after.slice(firstData).every((o) => o.kind === 'data' || o.kind === 'typed')).toBe(true);

    expect(health?.map((h) => h.status)).toEqual([503, 503, 200]);
    expect(health?.[0]?.body.status).toBe('unavailable');
    expect(health?.[1]?.body.status).toBe('unavailable');
    for (const h of health ?? []) expect(h.ms).toBeLessThan(HEALTH_AT_ONCE_MS);

    // The runner brought Neo4j back by itself; the same server and db noticed within a probe
    // interval or two. The first answers after the return may be slow (a cold JVM plans and
    // compiles every query anew), the ones after them are quick again.
    expect(local.restarts).toBe(1);
    expect(local.pid).not.toBe(oldPid);
    expect(warnings.some((w) => w.includes('exited unexpectedly'))).toBe(true);
    expect((back?.started ?? Number.POSITIVE_INFINITY) - readyAt).toBeLessThan(2000);
    expect((back?.started ?? Number.POSITIVE_INFINITY) + (back?.ms ?? 0) - readyAt).toBeLessThan(30_000);
    expect(warm.length).toBeGreaterThan(4);
    expect(Math.max(...warm.map((o) => o.ms))).toBeLessThan(ANSWER_WITHIN_MS);
    expect((await check(base, '/health')).status).toBe(200);
    expect((await check(base, '/health/ready')).status).toBe(200);
  }, 120_000);
});
