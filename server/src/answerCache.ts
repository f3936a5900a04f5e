// Answers to anonymous GraphQL queries, kept per data version: the landscape changes only through
// the one load path, which ends by stamping a new version (cypher/derive/stamp-version.cypher), and
// through changes to person data, which stamp one too (people/changes.ts). So an anonymous
// viewer's answer to the same query is the same until the next version. Each answer is computed
// once (concurrent requests for it wait for that one computation), kept compressed (brotli and
// gzip) in an LRU bounded by bytes, and sent with an ETag, so a browser that has it gets 304 Not
// Modified. At germany-x5 the landscape is 43 MB of JSON that takes ~10 s to build; ten viewers
// opening the map at once no longer build it ten times, and an API client asking the overlap
// matrix by POST every second no longer takes the server's one thread from everyone else.
//
// Kept: GET queries (by the GraphQL-over-HTTP rules a GET is never a mutation), and POSTs whose
// JSON body holds one query operation. Not cached: requests with credentials (answers may depend on the viewer), mutations,
// batches, answers with errors or other statuses, clients that accept neither brotli nor gzip.
//
// The data version is read from Neo4j, so that another server process's change is seen too; one
// read serves the requests of the next second (VERSION_MAX_AGE_MS), and is renewed in the
// background before then while requests keep coming, so that a cached answer costs no round trip.
// A change made through this process drops everything at once (`clear`).

import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlib } from 'node:zlib';
import { getOperationAST, type OperationDefinitionNode, parse } from 'graphql';
import { LRUCache } from 'lru-cache';
import { type Db, DbError } from './db/index.js';
import type { YogaServer } from './yoga.js';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** How long one read of the data version answers for it (see the head of this file). */
export const VERSION_MAX_AGE_MS = 1000;

/**
 * Answers up to this size are sent as they are: they fit TCP's initial window, so compressing
 * them saves no round trip (http.ts compresses the uncached answers above it as well).
 */
export const COMPRESS_ABOVE_BYTES = 14 * 1024;

/** A kept answer: compressed both ways, or as it is where it is small; with its operation's name where the body named it (for the logs). */
type Answer = { etag: string; contentType: string; operation?: string } & ({ br: Buffer; gzip: Buffer } | { plain: Buffer });

const sizeOf = (a: Answer) => ('plain' in a ? a.plain.length : a.br.length + a.gzip.length) + 1;

/** An answer that is not kept (errors, another status): sent as it came, to each who waited for it. */
interface Passed {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** How a request was answered here: from a kept answer, computed now, or computed and not kept. */
export type Served = 'hit' | 'computed' | 'passed';

export interface AnswerCacheOptions {
  db: Db;
  yoga: YogaServer;
  /** Compressed bytes kept at most (default 64 MiB). */
  maxBytes?: number;
  /** Told of each request answered here, with the operation's name where the request's body names it (the logs, the metrics). */
  onServed?: (req: IncomingMessage, served: Served, operation?: string) => void;
}

export interface AnswerCache {
  /**
   * Answers the request from the cache (computing it once if needed); false when it does not
   * apply. A POST's body is read by the caller (`body`); a GET has none.
   */
  serve(req: IncomingMessage, res: ServerResponse, body?: Buffer): Promise<boolean>;
  /** Drops every kept answer (after a change to person data, see people/changes.ts). */
  clear(): void;
  /** Entries and bytes held (for tests and logs). */
  stats(): { entries: number; bytes: number; computed: number };
}

function encodingOf(req: IncomingMessage): 'br' | 'gzip' | null {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return null;
}

/** What identifies a request's answer, and how to ask yoga for it; null where the cache does not apply. */
interface Asked {
  /** The request's text as the cache tells requests apart (the URL; a POST's body as sent). */
  identity: string;
  init: { method: 'GET' | 'POST'; url: string; body?: string };
  /**
   * Whether it may be computed and kept here, with the operation's name where that is read: asked
   * only when no answer is kept for it (a kept one was admitted when it was computed).
   */
  cacheable(): { operation?: string } | null;
}

function askedByGet(req: IncomingMessage): Asked | null {
  const url = req.url ?? '';
  // A GraphQL GET names its operation by its text (`query=`) or, persisted, by its hash (`extensions=`);
  // by the GraphQL-over-HTTP rules it is never a mutation.
  if (!/[?&](?:query|extensions)=/.test(url)) return null;
  return { identity: `GET ${url}`, init: { method: 'GET', url }, cacheable: () => ({}) };
}

/** A POST of one query operation as JSON (a content type no form can send, so no CSRF header is needed). */
export function isJsonPost(req: IncomingMessage): boolean {
  return req.method === 'POST' && /^application\/json\s*(?:;|$)/i.test(String(req.headers['content-type'] ?? ''));
}

function askedByPost(req: IncomingMessage, body: Buffer): Asked | null {
  if (!isJsonPost(req)) return null;
  const text = body.toString('utf8');
  return { identity: `POST ${text}`, init: { method: 'POST', url: req.url ?? '/graphql', body: text }, cacheable: () => oneQuery(text) };
}

/** The operation of a POST body that holds one query, or null (not JSON, a batch, a mutation). */
function oneQuery(text: string): { operation?: string } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const { query, operationName } = parsed as Record<string, unknown>;
  if (typeof query !== 'string' || (operationName != null && typeof operationName !== 'string')) return null;
  // Only a query: a mutation must run each time it is sent, and is never an answer to keep.
  let operation: OperationDefinitionNode | null | undefined;
  try {
    operation = getOperationAST(parse(query, { maxTokens: 2000 }), operationName ?? undefined);
  } catch {
    return null;
  }
  return operation?.operation === 'query' ? { operation: operation.name?.value } : null;
}

/**
 * What the scheduler (guard/scheduler.ts) waits for before it frees a slot: an answer computed
 * here holds its slot until it is compressed and kept, as a sent answer holds it until sent.
 */
class Computing extends EventEmitter {
  writableFinished = false;
  destroyed = false;
  done() {
    this.writableFinished = true;
    this.emit('close');
  }
}

export function createAnswerCache({ db, yoga, maxBytes = 64 * 1_048_576, onServed }: AnswerCacheOptions): AnswerCache {
  const cache = new LRUCache<string, Answer>({ maxSize: maxBytes, sizeCalculation: sizeOf });
  const computing = new Map<string, Promise<Answer | Passed>>();
  let computed = 0;
  // The version the kept answers belong to: a new one (a load, a change to person data, also by
  // another replica) drops them all, so no answer of an older version stays in memory.
  let version: string | null = null;
  // The last read of the version, and the read under way. `generation` counts `clear`s: a read
  // that began before one must not bring the version it saw back.
  let known: { version: string | null; at: number } | null = null;
  let reading: Promise<string | null> | null = null;
  let generation = 0;

  function readVersion(): Promise<string | null> {
    if (reading) return reading;
    const started = generation;
    reading = db
      .read<{ version: string | null }>('landscape/data-version')
      .then(([row]) => {
        const read = row?.version ?? null;
        if (started === generation) known = { version: read, at: Date.now() };
        return read;
      })
      .finally(() => {
        reading = null;
      });
    return reading;
  }

  /** The current data version; null where none is known (Neo4j away: no cache). */
  async function currentVersion(): Promise<string | null> {
    const age = known ? Date.now() - known.at : Number.POSITIVE_INFINITY;
    if (known && age < VERSION_MAX_AGE_MS && db.availability().available) {
      // Renewed before it runs out while requests keep coming, so none of them waits for it.
      if (age > VERSION_MAX_AGE_MS / 2) readVersion().catch(() => undefined);
      return known.version;
    }
    return readVersion().catch((err: unknown) => {
      // Neo4j away: no cache, and the uncached answer says so with the typed error.
      if (err instanceof DbError && (err.code === 'UNAVAILABLE' || err.code === 'TIMEOUT')) return null;
      throw err;
    });
  }

  /** Computes through yoga as the request `req` (its log line gets the operation's details). */
  async function compute(asked: Asked, key: string, req: IncomingMessage, operation?: string): Promise<Answer | Passed> {
    const slot = new Computing();
    try {
      const response = await yoga.fetch(
        `http://cache${asked.init.url}`,
        {
          method: asked.init.method,
          headers: {
            accept: 'application/graphql-response+json, application/json',
            ...(asked.init.method === 'POST' ? { 'content-type': 'application/json' } : {}),
          },
          body: asked.init.body,
        },
        { req, res: slot },
      );
      const text = await response.text();
      const passed = (): Passed => ({ status: response.status, headers: Object.fromEntries(response.headers), text });
      if (response.status !== 200) return passed();
      // An answer with errors (partial or failed) is not kept: the next request asks again.
      const parsed = JSON.parse(text) as { errors?: unknown[] };
      if (parsed.errors?.length) return passed();
      const body = Buffer.from(text);
      const head = {
        etag: `"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`,
        contentType: response.headers.get('content-type') ?? 'application/json; charset=utf-8',
        operation,
      };
      let answer: Answer;
      if (body.length <= COMPRESS_ABOVE_BYTES) answer = { ...head, plain: body };
      else {
        const [br, gzipped] = await Promise.all([
          brotli(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }),
          gz(body, { level: 6 }),
        ]);
        answer = { ...head, br, gzip: gzipped };
      }
      computed += 1;
      // Kept only while its version is still the current one (a change may have come meanwhile).
      if (key.startsWith(`${version}\n`)) cache.set(key, answer);
      return answer;
    } finally {
      slot.done();
    }
  }

  return {
    stats: () => ({ entries: cache.size, bytes: cache.calculatedSize, computed }),
    clear: () => {
      cache.clear();
      computing.clear();
      // Answers being computed now belong to the old version: they are sent to whoever waits, never kept.
      version = null;
      known = null;
      generation += 1;
    },
    async serve(req, res, body) {
      if (req.headers.authorization || req.headers.cookie) return false;
      const asked = req.method === 'GET' ? askedByGet(req) : req.method === 'POST' && body ? askedByPost(req, body) : null;
      if (!asked) return false;
      const encoding = encodingOf(req);
      if (!encoding) return false;
      const current = await currentVersion();
      if (!current) return false;
      if (current !== version) {
        cache.clear();
        version = current;
      }
      const key = `${current}\n${createHash('sha256').update(asked.identity).digest('base64url')}`;
      let answer: Answer | Passed | undefined = cache.get(key);
      let served: Served = 'hit';
      let operation = answer?.operation;
      if (!answer) {
        const allowed = asked.cacheable();
        if (!allowed) return false;
        operation = allowed.operation;
        let pending = computing.get(key);
        if (!pending) {
          pending = compute(asked, key, req, operation).finally(() => computing.delete(key));
          computing.set(key, pending);
        }
        answer = await pending;
        served = 'status' in answer ? 'passed' : 'computed';
      }
      onServed?.(req, served, operation);
      if ('status' in answer) {
        res.writeHead(answer.status, { ...answer.headers, 'content-length': Buffer.byteLength(answer.text) });
        res.end(answer.text);
        return true;
      }
      const headers = {
        etag: answer.etag,
        vary: 'Accept-Encoding',
        'cache-control': 'no-cache',
      };
      if (req.method === 'GET' && req.headers['if-none-match'] === answer.etag) {
        res.writeHead(304, headers);
        res.end();
        return true;
      }
      const sent = 'plain' in answer ? answer.plain : encoding === 'br' ? answer.br : answer.gzip;
      res.writeHead(200, {
        ...headers,
        'content-type': answer.contentType,
        ...('plain' in answer ? {} : { 'content-encoding': encoding }),
        'content-length': sent.length,
      });
      res.end(sent);
      return true;
    },
  };
}
