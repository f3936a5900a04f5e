// One origin: the GraphQL API at /graphql, /health, files for imports at /import/upload, the
// import templates at /import/vorlagen/, and the built web app at /. Before a request
// reaches GraphQL it passes the per-client rate limit and the body-size limit; every response
// carries the security headers.

import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { basename, join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { constants as zlibConstants } from 'node:zlib';
import compression from 'compression';
import type { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import sirv from 'sirv';
import { COMPRESS_ABOVE_BYTES, createAnswerCache, isJsonPost } from './answerCache.js';
import type { Identity } from './auth/identity.js';
import type { Auth } from './auth/index.js';
import { backupTo } from './backup/index.js';
import type { Db } from './db/index.js';
import { createGraphiQLPage } from './graphiql.js';
import { errorBody, limitExceeded, rateLimited } from './guard/errors.js';
import { createLanes } from './guard/scheduler.js';
import { serveHealth } from './health.js';
import { importSettings, saveUpload, UploadTooLargeError } from './import/jobs.js';
import { KINDS } from './import/layouts.js';
import { templateCsv, templateFile } from './import/templates.js';
import { logger } from './logger.js';
import { createObservability } from './observability.js';
import { pseudonymiser } from './people/audit.js';
import { createChanges } from './people/changes.js';
import { accountOf, viewerOf } from './people/viewer.js';
import type { Viewer } from './privacy.js';
import { CSRF_HEADER, createYogaServer, DEFAULT_PEOPLE, type YogaOptions } from './yoga.js';

export interface HttpOptions extends YogaOptions {
  db: Db;
  webDist: string;
  /** GraphQL requests one client may send per minute (0: no limit). */
  requestsPerMinute?: number;
  /** Take the client's address from X-Forwarded-For (behind a reverse proxy that sets it). */
  trustProxy?: boolean;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** The largest file POST /import/upload takes (config IMPORT_MAX_BYTES). */
  importMaxBytes?: number;
  /** Rows up to which an import from the app is published in one transaction (IMPORT_ONE_TRANSACTION_ROWS). */
  importOneTransactionRows?: number;
  /** GraphiQL at /graphql (default on; off in production unless enabled). */
  graphiql?: boolean;
  /** Production: source maps are not served. */
  production?: boolean;
  /** Prometheus metrics at /metrics (default on). */
  metrics?: boolean;
  /** Where request logs go (default: the server's logger). */
  log?: Logger;
  /** Sign-in (auth/index.ts): the authenticator of /graphql and the routes under /auth (and /idp). */
  auth?: Pick<Auth, 'authenticate' | 'handle' | 'owns'>;
}

/**
 * The compression of answers and assets, as a middleware on Node's own request and response:
 * brotli, else gzip, for clients that accept it. The cheap settings (brotli quality 2, gzip
 * level 1) still shrink landscape-like JSON about thirtyfold; answers under 14 kB fit TCP's
 * initial window and are sent as they are.
 */
export function createCompression(): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const compress = compression({
    level: 1,
    threshold: COMPRESS_ABOVE_BYTES,
    brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 2 } },
  });
  // The middleware's types are Express's; at run time it needs only Node's request and response.
  return (req, res, next) => compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], next);
}

/** The app's own page may load only what it serves itself: no other origin, no inline script. */
const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function securityHeaders(res: ServerResponse) {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  // GraphiQL's page sets its own policy (graphiql.ts); API answers and the app get the app's.
  res.setHeader('content-security-policy', APP_CSP);
}

/** A browser opening /graphql itself (no operation in the URL): GraphiQL, as yoga would decide. */
function wantsGraphiQL(req: IncomingMessage): boolean {
  return req.method === 'GET' && String(req.headers.accept ?? '').includes('text/html') && !/[?&]query=/.test(req.url ?? '');
}

function sendError(res: ServerResponse, status: number, error: GraphQLError, headers: Record<string, string> = {}) {
  const body = errorBody(error);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(body);
}

/** The import templates by file name (docs/import/vorlagen/ holds the same files; a test keeps them equal). */
const TEMPLATES = new Map(KINDS.map((kind) => [templateFile(kind), kind]));

/** GET /import/vorlagen/<file>.csv: a template for a German Excel, as a download; public, like the documentation. */
function serveTemplate(req: IncomingMessage, res: ServerResponse, path: string): void {
  const kind = TEMPLATES.get(path.slice('/import/vorlagen/'.length));
  if (!kind) {
    notFound(res);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' });
    return void res.end();
  }
  const body = templateCsv(kind);
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'content-disposition': `attachment; filename="${templateFile(kind)}"`,
    'cache-control': 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function notFound(res: ServerResponse) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}

/** The HTTP server; does not listen yet. */
export function createHttpServer(options: HttpOptions): Server {
  const { db, webDist, requestsPerMinute = 600, trustProxy = false, maxBodyBytes = 100 * 1024, production = false } = options;
  const lanes = options.lanes ?? createLanes({ lightSlots: 8, heavySlots: 2 });
  const graphiql = options.graphiql === false ? undefined : createGraphiQLPage();
  const observability = createObservability({ logger: options.log ?? logger, db, lanes });
  // GraphiQL is served here, from our own origin (graphiql.ts), not by yoga.
  const { auth } = options;
  // One record of changes to person data for the API and the answer cache: a change drops every
  // kept answer at once (an erased person's name, a narrowed visibility must not be served again).
  const changes = options.people?.changes ?? createChanges(db);
  const yoga = createYogaServer(observability.timed(db), {
    ...options,
    authenticate: auth?.authenticate,
    people: { ...(options.people ?? DEFAULT_PEOPLE), changes },
    lanes,
    plugins: [observability.plugin(), ...(options.plugins ?? [])],
  });
  const graphql = (req: IncomingMessage, res: ServerResponse) => void yoga(req, res);
  const answers = createAnswerCache({ db, yoga, onServed: observability.cached });
  changes.subscribe(() => answers.clear());
  // Queries: from the answer cache where it applies (it sends them compressed itself).
  const cachedOrGraphql = (req: IncomingMessage, res: ServerResponse, next: () => void, body?: Buffer) =>
    answers.serve(req, res, body).then(
      (served) => (served ? undefined : next()),
      (err: Error) => {
        logger.warn({ err: err.message }, 'answer cache: falling back to the uncached answer');
        if (!res.headersSent) next();
      },
    );
  const hasWeb = existsSync(join(webDist, 'index.html'));
  if (!hasWeb) logger.warn(`web app not built (${webDist} has no index.html); serving the API only`);
  // Vite names every file under assets/ by its content's hash: a browser may keep those for a year
  // without asking again. The page itself (index.html) is asked again every time (ETag, 304).
  const assets = hasWeb
    ? sirv(webDist, {
        single: true,
        etag: true,
        gzip: true,
        brotli: true,
        setHeaders: (res, pathname) =>
          res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
      })
    : undefined;
  const compress = createCompression();
  const limiter = requestsPerMinute > 0 ? new RateLimiterMemory({ points: requestsPerMinute, duration: 60 }) : undefined;

  const clientOf = (req: IncomingMessage) => {
    const forwarded = trustProxy
      ? String(req.headers['x-forwarded-for'] ?? '')
          .split(',')[0]
          ?.trim()
      : '';
    return forwarded || req.socket.remoteAddress || 'unknown';
  };

  /** Refuses what GraphQL should never see: too many requests, a body too large or of unknown size. */
  async function admit(req: IncomingMessage, res: ServerResponse, bodyLimit = maxBodyBytes): Promise<boolean> {
    if (limiter) {
      try {
        await limiter.consume(clientOf(req));
      } catch (err) {
        if (!(err instanceof RateLimiterRes)) throw err;
        const retryAfter = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
        observability.refused('RATE_LIMITED');
        sendError(res, 429, rateLimited(retryAfter), { 'retry-after': String(retryAfter) });
        return false;
      }
    }
    if (req.method === 'POST') {
      const length = Number(req.headers['content-length']);
      if (!Number.isFinite(length) || req.headers['content-length'] === undefined) {
        // Without a length the body's size is known only once it is read; browsers always send one.
        observability.refused('bodySize');
        sendError(res, 411, limitExceeded('bodySize', bodyLimit));
        return false;
      }
      if (length > bodyLimit) {
        observability.refused('bodySize');
        sendError(res, 413, limitExceeded('bodySize', bodyLimit, length), { connection: 'close' });
        req.resume();
        return false;
      }
    }
    return true;
  }

  const people = options.people ?? DEFAULT_PEOPLE;
  const pseudonym = pseudonymiser(people.pseudonymKey);
  const importMaxBytes = options.importMaxBytes ?? importSettings.maxBytes;
  importSettings.maxBytes = importMaxBytes;
  importSettings.oneTransactionRows = options.importOneTransactionRows;

  const refuse = (req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string): null => {
    req.resume();
    sendJson(res, status, { errors: [{ message, extensions: { code } }] }, { connection: 'close' });
    return null;
  };

  /**
   * The signed-in viewer of a POST that is not GraphQL (a file in, a file out), or null after
   * refusing it: like a mutation it needs the CSRF header (a form of another site cannot send it)
   * and a signed-in viewer whom `may` admits.
   */
  async function viewerFor(
    req: IncomingMessage,
    res: ServerResponse,
    may: (viewer: Viewer) => boolean,
    signIn: string,
  ): Promise<{ viewer: Viewer; identity: Identity } | null> {
    if (!req.headers[CSRF_HEADER]) return refuse(req, res, 403, 'CSRF', `the ${CSRF_HEADER} header is required`);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const identity = auth ? await auth.authenticate(new Request(`http://local${req.url ?? '/'}`, { headers })).catch(() => null) : null;
    if (!identity) return refuse(req, res, 401, 'UNAUTHENTICATED', signIn);
    const viewer = await viewerOf(db, identity, people.admins, pseudonym);
    if (!may(viewer)) return refuse(req, res, 403, 'FORBIDDEN', 'Forbidden');
    return { viewer, identity };
  }

  /** POST /import/upload?name=<file name>: the body is the file; for administrators and coordinators. */
  async function upload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const admitted = await viewerFor(req, res, (v) => v.admin || v.coordinatedNetworkIds.length > 0, 'sign in to import');
    if (!admitted) return;
    const name = new URL(req.url ?? '/', 'http://local').searchParams.get('name') || 'upload';
    try {
      const saved = await saveUpload(req, accountOf(admitted.identity), basename(name), importMaxBytes);
      sendJson(res, 201, { upload: saved.id, bytes: saved.bytes });
    } catch (err) {
      if (!(err instanceof UploadTooLargeError)) throw err;
      refuse(req, res, 413, 'LIMIT_EXCEEDED', err.message);
    }
  }

  /**
   * POST /admin/backup: the whole graph as `pnpm backup` writes it (`pnpm restore` reads it), for
   * an administrator, without the sign-in sessions (they hold other persons' tokens). The
   * download is in the audit log.
   */
  async function adminBackup(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const admitted = await viewerFor(req, res, (v) => v.admin, 'sign in as an administrator');
    if (!admitted) return;
    req.resume();
    const { viewer, identity } = admitted;
    const actor = pseudonym(viewer.personId ?? `account:${accountOf(identity)}`);
    await db.write('import/audit', { kind: 'BACKUP', actor, record: 'backup' });
    const name = `netzwerkatlas-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`;
    res.writeHead(200, {
      'content-type': 'application/x-ndjson; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'private, no-store',
    });
    await backupTo(db.driver, res, { database: db.database, without: ['Session'] });
  }

  /** A POST-only route outside GraphQL: the rate and body limits first, then the handler. */
  const postRoute = (req: IncomingMessage, res: ServerResponse, maxBytes: number | undefined, handler: typeof upload, what: string) => {
    if (req.method !== 'POST')
      return void sendJson(res, 405, { errors: [{ message: 'POST only', extensions: { code: 'METHOD_NOT_ALLOWED' } }] }, { allow: 'POST' });
    void admit(req, res, maxBytes)
      .then(async (admitted) => {
        if (admitted) await handler(req, res);
      })
      .catch((err: Error) => {
        logger.error({ err: err.message }, `${what} failed`);
        if (!res.headersSent) res.writeHead(500).end();
        else res.destroy();
      });
  };

  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    securityHeaders(res);
    observability.track(req, res, path);
    if (path === '/metrics' && options.metrics !== false) return void observability.serve(res);
    if (path === '/health' || path.startsWith('/health/')) return void serveHealth(db, path, res);
    if (path === '/graphql' && graphiql && wantsGraphiQL(req)) {
      res.setHeader('content-security-policy', graphiql.csp);
      return compress(req, res, () => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
        res.end(graphiql.html);
      });
    }
    if (path === '/graphql') {
      // An answer for a signed-in viewer is theirs: no shared cache may keep it.
      if (req.headers.authorization || req.headers.cookie) {
        res.setHeader('cache-control', 'private, no-store');
        res.setHeader('vary', 'Authorization, Cookie');
      }
      void admit(req, res).then(
        (admitted) => {
          if (!admitted) return;
          const uncached = () => compress(req, res, () => graphql(req, res));
          if (req.method === 'GET') return void cachedOrGraphql(req, res, uncached);
          // An anonymous POST may be a query asked before (the cache says); with credentials it is not read here.
          if (isJsonPost(req) && !req.headers.authorization && !req.headers.cookie) {
            // Read once (admit() has bounded its length), for the cache's key; yoga then reads it from
            // `req.body`, as after a body parser. A client that went away gets nothing.
            return void buffer(req).then(
              (body) => {
                (req as IncomingMessage & { body?: Buffer }).body = body;
                // An empty body is yoga's to refuse (whatwg-node reads `req.body` only when it holds something).
                if (body.length === 0) return uncached();
                cachedOrGraphql(req, res, uncached, body);
              },
              () => undefined,
            );
          }
          uncached();
        },
        (err: Error) => {
          logger.error({ err: err.message }, 'admission failed');
          if (!res.headersSent) res.writeHead(500).end();
        },
      );
      return;
    }
    // A file for an import from the app (a size limit of its own), and the administrators' backup.
    if (path === '/import/upload') return postRoute(req, res, importMaxBytes, upload, 'import upload');
    if (path === '/admin/backup') return postRoute(req, res, undefined, adminBackup, 'backup download');
    if (path.startsWith('/import/vorlagen/')) return serveTemplate(req, res, path);
    // Sign-in: the same rate and body limits as the API; unknown paths under /auth are 404.
    if (auth?.owns(path)) {
      void admit(req, res)
        .then(async (admitted) => {
          if (!admitted) return;
          if (!(await auth.handle(req, res, path))) notFound(res);
        })
        .catch((err: Error) => {
          logger.error({ err: err.message, route: path.startsWith('/idp') ? '/idp' : path }, 'sign-in route failed');
          if (!res.headersSent) res.writeHead(500).end();
        });
      return;
    }
    // Paths of the API's own that do not exist are 404, never the app's page.
    if (path.startsWith('/graphql/') || path === '/auth' || path.startsWith('/auth/')) return notFound(res);
    if (production && path.endsWith('.map')) return notFound(res);
    compress(req, res, () => {
      if (assets) return assets(req, res, () => notFound(res));
      notFound(res);
    });
  });
}
