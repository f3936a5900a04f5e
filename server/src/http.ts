// One origin: the GraphQL API at /graphql, /health, and the built web app at /.

import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { constants as zlibConstants } from 'node:zlib';
import compression from 'compression';
import pLimit from 'p-limit';
import sirv from 'sirv';
import { createAnswerCache } from './answerCache.js';
import type { Db } from './db/index.js';
import { serveHealth } from './health.js';
import { logger } from './logger.js';
import { createYogaServer } from './yoga.js';

export interface HttpOptions {
  db: Db;
  webDist: string;
  /**
   * GraphQL requests answered at once (default 2); the rest queue. Two cores gain nothing from
   * more, and each large answer (a heat map of 400 networks, the Germany landscape) holds tens
   * of megabytes until it is sent.
   */
  maxConcurrentRequests?: number;
}

/**
 * The compression of answers and assets (also the benchmark's floor of sending an answer), as a
 * middleware on Node's own request and response. Compressed for clients that accept it
 * (brotli, else gzip): the Germany landscape is 13-14 MB of JSON. Brotli quality 2 and gzip
 * level 1 are the cheap settings (about 3 ms per MB here; brotli 2 still shrinks landscape-like
 * JSON ~30×), while quality 4, the library's default, took 1.6× as long on landscape-like JSON
 * and 2× on the float columns of the overlap matrix. Answers under 14 kB are sent as they are:
 * they fit TCP's initial window (10 segments of ~1,460 bytes) and arrive in one round trip
 * either way, while compressing and inflating them cost ~1.5 ms per request here (a 7 kB
 * networkSimilarity answer: 15.1 → 13.4 ms p50 on the germany preset).
 */
export function createCompression(): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const compress = compression({
    level: 1,
    threshold: 14 * 1024,
    brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 2 } },
  });
  // The middleware's types are Express's; at run time it needs only Node's request and response.
  return (req, res, next) => compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], next);
}

/** The HTTP server; does not listen yet. */
export function createHttpServer({ db, webDist, maxConcurrentRequests = 2 }: HttpOptions): Server {
  const yoga = createYogaServer(db);
  const limit = pLimit(maxConcurrentRequests);
  // A slot is held until the response is finished or the client went away.
  const graphql = (req: IncomingMessage, res: ServerResponse) =>
    limit(
      () =>
        new Promise<void>((done) => {
          if (req.destroyed || res.writableEnded) return done();
          res.once('close', () => done());
          void yoga(req, res);
        }),
    );
  const answers = createAnswerCache({ db, yoga, limit: (fn) => limit(fn) });
  // GET queries: from the answer cache where it applies (it sends them compressed itself).
  const cachedOrGraphql = (req: IncomingMessage, res: ServerResponse, next: () => void) =>
    answers.serve(req, res).then(
      (served) => (served ? undefined : next()),
      (err: Error) => {
        logger.warn({ err: err.message }, 'answer cache: falling back to the uncached answer');
        if (!res.headersSent) next();
      },
    );
  const hasWeb = existsSync(join(webDist, 'index.html'));
  if (!hasWeb) logger.warn(`web app not built (${webDist} has no index.html); serving the API only`);
  const assets = hasWeb ? sirv(webDist, { single: true, etag: true, gzip: true, brotli: true }) : undefined;
  const compress = createCompression();

  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/health' || path.startsWith('/health/')) return void serveHealth(db, path, res);
    if (path === '/graphql' && req.method === 'GET') {
      return void cachedOrGraphql(req, res, () => compress(req, res, () => void graphql(req, res)));
    }
    compress(req, res, () => {
      if (path === '/graphql' || path.startsWith('/graphql/')) return void graphql(req, res);
      if (assets) return assets(req, res, () => notFound(res));
      notFound(res);
    });
  });
}

function notFound(res: ServerResponse) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}
