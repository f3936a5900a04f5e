// One origin: the GraphQL API at /graphql, /health, and the built web app at /.

import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import type { Db } from './db/index.js';
import { logger } from './logger.js';
import { createYogaServer } from './yoga.js';

export interface HttpOptions {
  db: Db;
  webDist: string;
}

async function health(db: Db, res: ServerResponse) {
  let status = 200;
  let neo4j = 'reachable';
  try {
    await Promise.race([
      db.driver.verifyConnectivity({ database: db.database }),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000)),
    ]);
  } catch (err) {
    status = 503;
    neo4j = `unreachable: ${(err as Error).message}`;
  }
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ status: status === 200 ? 'ok' : 'unavailable', neo4j }));
}

/** The HTTP server; does not listen yet. */
export function createHttpServer({ db, webDist }: HttpOptions): Server {
  const yoga = createYogaServer(db);
  const hasWeb = existsSync(join(webDist, 'index.html'));
  if (!hasWeb) logger.warn(`web app not built (${webDist} has no index.html); serving the API only`);
  const assets = hasWeb ? sirv(webDist, { single: true, etag: true, gzip: true, brotli: true }) : undefined;

  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/graphql' || path.startsWith('/graphql/')) return void yoga(req, res);
    if (path === '/health') return void health(db, res);
    if (assets) return assets(req, res, () => notFound(res));
    notFound(res);
  });
}

function notFound(res: ServerResponse) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}
