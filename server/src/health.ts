// Health endpoints for supervisors and load balancers (see docs/operations.md):
//   /health        Neo4j answers (200) or not (503); the check the server has always offered.
//   /health/live   the process answers at all: 200 while the event loop runs, whatever Neo4j does.
//   /health/ready  the server can serve the landscape: Neo4j answers and holds a complete load.
// While Neo4j is known to be down they answer at once from the db layer's state (and ask Neo4j
// again in the background), so that a burst of checks never waits on timeouts.

import type { ServerResponse } from 'node:http';
import type { Db } from './db/index.js';

/** A readiness check that takes longer than this counts as not ready. */
const READY_TIMEOUT_MS = 2000;

type Body = Record<string, unknown> & { status: 'ok' | 'unavailable' | 'not-ready' };

function send(res: ServerResponse, code: number, body: Body) {
  res.writeHead(code, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function unavailable(db: Db): Body {
  const { error, downSince } = db.availability();
  return { status: 'unavailable', neo4j: `unreachable: ${error ?? 'unknown'}`, downSince };
}

/**
 * Whether Neo4j answers. Known down: false at once, and a probe in the background (the db layer
 * runs at most one every PROBE_INTERVAL_MS) so that the state follows Neo4j's return.
 */
async function neo4jAnswers(db: Db): Promise<boolean> {
  if (!db.availability().available) {
    void db.probe();
    return false;
  }
  return db.probe();
}

async function health(db: Db): Promise<[number, Body]> {
  if (!(await neo4jAnswers(db))) return [503, unavailable(db)];
  return [200, { status: 'ok', neo4j: 'reachable' }];
}

async function ready(db: Db): Promise<[number, Body]> {
  if (!(await neo4jAnswers(db))) return [503, unavailable(db)];
  let timer: NodeJS.Timeout | undefined;
  try {
    const [row] = await Promise.race([
      db.read<{ version: string | null; networks: number }>('landscape/readiness'),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
      }),
    ]);
    const version = row?.version ?? null;
    const networks = row?.networks ?? 0;
    if (!version || networks === 0) {
      const data = !version ? 'no data version stamped (empty, or a load did not finish)' : 'no networks';
      return [503, { status: 'not-ready', neo4j: 'reachable', data, dataVersion: version, networks }];
    }
    return [200, { status: 'ok', neo4j: 'reachable', dataVersion: version, networks }];
  } catch (err) {
    if (!db.availability().available) return [503, unavailable(db)];
    return [503, { status: 'not-ready', neo4j: 'reachable', data: `readiness check failed: ${(err as Error).message}` }];
  } finally {
    clearTimeout(timer);
  }
}

/** Answers a request for /health or /health/*; unknown paths below /health get 404. */
export async function serveHealth(db: Db, path: string, res: ServerResponse): Promise<void> {
  const check = path === '/health' ? health : path === '/health/ready' ? ready : undefined;
  if (path === '/health/live') return send(res, 200, { status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  if (!check) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  const [code, body] = await check(db);
  if (!res.writableEnded) send(res, code, body);
}
