// Answers to GraphQL GET requests (queries only, by the GraphQL-over-HTTP rules), kept per data
// version: the landscape changes only through the one load path, which ends by stamping a new
// version (cypher/derive/stamp-version.cypher). So an anonymous viewer's answer to the same URL
// is the same until the next load. Each answer is computed once (concurrent requests for it
// wait for that one computation), kept compressed (brotli and gzip) in an LRU bounded by bytes,
// and sent with an ETag, so a browser that has it gets 304 Not Modified. At germany-x5 the
// landscape is 43 MB of JSON that takes ~10 s to build; ten viewers opening the map at once no
// longer build it ten times.
//
// Not cached: requests with credentials (answers may depend on the viewer), answers with
// errors or other statuses, clients that accept neither brotli nor gzip.

import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlib } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import { type Db, DbError } from './db/index.js';
import type { YogaServer } from './yoga.js';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

interface Answer {
  etag: string;
  contentType: string;
  br: Buffer;
  gzip: Buffer;
}

export interface AnswerCacheOptions {
  db: Db;
  yoga: YogaServer;
  /** Compressed bytes kept at most (default 64 MiB). */
  maxBytes?: number;
}

export interface AnswerCache {
  /** Answers the request from the cache (computing it once if needed); false when it does not apply. */
  serve(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
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

export function createAnswerCache({ db, yoga, maxBytes = 64 * 1_048_576 }: AnswerCacheOptions): AnswerCache {
  const cache = new LRUCache<string, Answer>({ maxSize: maxBytes, sizeCalculation: (a) => a.br.length + a.gzip.length + 1 });
  const computing = new Map<string, Promise<Answer | null>>();
  let computed = 0;
  // The version the kept answers belong to: a new one (a load, a change to person data, also by
  // another replica) drops them all, so no answer of an older version stays in memory.
  let version: string | null = null;

  async function compute(url: string, key: string): Promise<Answer | null> {
    {
      const response = await yoga.fetch(`http://cache${url}`, {
        method: 'GET',
        headers: { accept: 'application/graphql-response+json, application/json' },
      });
      const text = await response.text();
      if (response.status !== 200) return null;
      // An answer with errors (partial or failed) is not kept: the next request asks again.
      const parsed = JSON.parse(text) as { errors?: unknown[] };
      if (parsed.errors?.length) return null;
      const body = Buffer.from(text);
      const [br, gzipped] = await Promise.all([
        brotli(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }),
        gz(body, { level: 6 }),
      ]);
      computed += 1;
      const answer = {
        etag: `"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`,
        contentType: response.headers.get('content-type') ?? 'application/json; charset=utf-8',
        br,
        gzip: gzipped,
      };
      // Kept only while its version is still the current one (a change may have come meanwhile).
      if (key.startsWith(`${version}\n`)) cache.set(key, answer);
      return answer;
    }
  }

  return {
    stats: () => ({ entries: cache.size, bytes: cache.calculatedSize, computed }),
    clear: () => {
      cache.clear();
      computing.clear();
      // Answers being computed now belong to the old version: they are sent to whoever waits, never kept.
      version = null;
    },
    async serve(req, res) {
      const url = req.url ?? '';
      // A GraphQL GET names its operation by its text (`query=`) or, persisted, by its hash (`extensions=`).
      if (req.method !== 'GET' || !/[?&](?:query|extensions)=/.test(url)) return false;
      if (req.headers.authorization || req.headers.cookie) return false;
      const encoding = encodingOf(req);
      if (!encoding) return false;
      // Neo4j away: no cache, and the uncached answer says so with the typed error.
      const [row] = await db.read<{ version: string | null }>('landscape/data-version').catch((err: unknown) => {
        if (err instanceof DbError && (err.code === 'UNAVAILABLE' || err.code === 'TIMEOUT')) return [];
        throw err;
      });
      if (!row?.version) return false;
      if (row.version !== version) {
        cache.clear();
        version = row.version;
      }
      const key = `${row.version}\n${url}`;
      let answer = cache.get(key);
      if (!answer) {
        let pending = computing.get(key);
        if (!pending) {
          pending = compute(url, key).finally(() => computing.delete(key));
          computing.set(key, pending);
        }
        answer = (await pending) ?? undefined;
      }
      if (!answer) return false;
      const headers = {
        etag: answer.etag,
        vary: 'Accept-Encoding',
        'cache-control': 'no-cache',
      };
      if (req.headers['if-none-match'] === answer.etag) {
        res.writeHead(304, headers);
        res.end();
        return true;
      }
      const body = encoding === 'br' ? answer.br : answer.gzip;
      res.writeHead(200, {
        ...headers,
        'content-type': answer.contentType,
        'content-encoding': encoding,
        'content-length': body.length,
      });
      res.end(body);
      return true;
    },
  };
}
