// One origin: /health tells whether Neo4j answers, /graphql serves the API, / the web app.

import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { VERSION_MAX_AGE_MS } from '@netzwerkatlas/server/answerCache';
import { createDb, createDriver } from '@netzwerkatlas/server/db/index';
import { rederive } from '@netzwerkatlas/server/derived';
import { createLanes } from '@netzwerkatlas/server/guard/scheduler';
import { createHttpServer } from '@netzwerkatlas/server/http';
import { afterAll, describe, expect, it } from 'vitest';
import { LandscapeDocument } from '../../web/src/gql/graphql.js';
import { testDb } from '../helpers/api.js';
import { getUrl, persistedUrl, postRaw, requestRaw } from '../helpers/http.js';

async function listen(server: ReturnType<typeof createHttpServer>) {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('http', () => {
  const db = testDb();
  afterAll(() => db.close());
  /** The statements Neo4j was asked while `fn` ran. */
  const statementsOf = async (fn: () => Promise<unknown>) => {
    db.calls.length = 0;
    await fn();
    return [...db.statements];
  };

  it('GET /health is 200 while Neo4j answers', async () => {
    const server = createHttpServer({ db, webDist: '/nonexistent' });
    const base = await listen(server);
    try {
      const res = await fetch(`${base}/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok' });
      const gql = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ sources { id } }' }),
      });
      expect(((await gql.json()) as any).data.sources.length).toBeGreaterThan(0);
      expect((await fetch(`${base}/nothing-here`)).status).toBe(404);
    } finally {
      server.close();
    }
  });

  it('GET /health is 503 when Neo4j does not answer', async () => {
    const down = createDb(createDriver('bolt://127.0.0.1:1', 'neo4j', ''));
    const server = createHttpServer({ db: down, webDist: '/nonexistent' });
    const base = await listen(server);
    try {
      const res = await fetch(`${base}/health`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'unavailable' });
    } finally {
      server.close();
      await down.close();
    }
  });

  it('compresses large answers for clients that accept it, and only those', async () => {
    const server = createHttpServer({ db, webDist: '/nonexistent' });
    const base = await listen(server);
    const ask = (query: string, encoding: string) => postRaw(`${base}/graphql`, JSON.stringify({ query }), encoding);
    try {
      const big = '{ landscape { nodes { id name kind } edges { source target type } } }';
      const plain = await ask(big, 'identity');
      expect(plain.encoding).toBeUndefined();
      const brotli = await ask(big, 'gzip, deflate, br');
      expect(brotli.encoding).toBe('br');
      expect(brotli.bytes.length).toBeLessThan(plain.bytes.length / 3);
      expect(JSON.parse(brotliDecompressSync(brotli.bytes).toString('utf8'))).toEqual(JSON.parse(plain.bytes.toString('utf8')));
      const gzip = await ask(big, 'gzip');
      expect(gzip.encoding).toBe('gzip');
      expect(JSON.parse(gunzipSync(gzip.bytes).toString('utf8'))).toEqual(JSON.parse(plain.bytes.toString('utf8')));
      expect(plain.bytes.length).toBeGreaterThan(14 * 1024);
      // Answers that fit TCP's initial window (under 14 kB) are sent as they are.
      expect((await ask('{ __typename }', 'gzip, br')).encoding).toBeUndefined();
      const small = await ask('{ __schema { types { name } } }', 'gzip, deflate, br');
      expect(small.bytes.length).toBeGreaterThan(1024);
      expect(small.bytes.length).toBeLessThan(14 * 1024);
      expect(small.encoding).toBeUndefined();
    } finally {
      server.close();
    }
  });

  it('answers every request when more arrive than may run at once (they queue, none is lost)', async () => {
    const server = createHttpServer({ db, webDist: '/nonexistent', lanes: createLanes({ lightSlots: 1, heavySlots: 1 }) });
    const base = await listen(server);
    try {
      const ask = (i: number) =>
        fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: `{ networks(first: ${i + 1}) { edges { node { id } } } }` }),
        }).then(async (res) => ((await res.json()) as any).data.networks.edges.length);
      expect(await Promise.all(Array.from({ length: 6 }, (_, i) => ask(i)))).toEqual([1, 2, 3, 4, 5, 6]);
      // A client that gives up while queued does not hold a slot.
      const aborted = new AbortController();
      const gone = fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ landscape { nodes { id } } }' }),
        signal: aborted.signal,
      }).catch(() => 'aborted');
      aborted.abort();
      expect(await gone).toBe('aborted');
      expect(await ask(1)).toBe(2);
    } finally {
      server.close();
    }
  });

  it('GET queries: computed once per data version, sent compressed with an ETag, 304 when the client has it', async () => {
    const server = createHttpServer({ db, webDist: '/nonexistent' });
    const base = await listen(server);
    const landscape = getUrl(
      `${base}/graphql`,
      'query($s: Boolean) { landscape(includeSynthetic: $s) { nodes { id } edges { source target } } }',
      {
        s: true,
      },
    );
    const get = (url: string, headers: Record<string, string> = {}) =>
      requestRaw(url, { headers: { 'accept-encoding': 'br', ...headers } });
    try {
      // The same answer as a POST, computed on the first GET only (other test files may load
      // meanwhile and stamp a new version: then it is computed again, as it should be).
      const post = await postRaw(
        `${base}/graphql`,
        JSON.stringify({ query: '{ landscape { nodes { id } edges { source target } } }' }),
        'identity',
      );
      let first = await get(landscape);
      let second = await get(landscape);
      for (let attempt = 0; first.headers.etag !== second.headers.etag && attempt < 3; attempt++) {
        first = second;
        second = await get(landscape);
      }
      expect(first.status).toBe(200);
      expect(first.encoding).toBe('br');
      expect(JSON.parse(brotliDecompressSync(first.bytes).toString('utf8'))).toEqual(JSON.parse(post.bytes.toString('utf8')));
      expect(second.headers.etag).toBe(first.headers.etag);
      expect(second.bytes.equals(first.bytes)).toBe(true);
      const cached = await statementsOf(() => get(landscape));
      if (cached.length === 1) expect(cached).toEqual(['landscape/data-version']);
      // A client that has this version gets 304 and no body; gzip for clients without brotli.
      const etag = String(second.headers.etag);
      const notModified = await get(landscape, { 'if-none-match': etag });
      expect([304, 200]).toContain(notModified.status);
      if (notModified.status === 304) expect(notModified.bytes.length).toBe(0);
      const gzip = await get(landscape, { 'accept-encoding': 'gzip' });
      expect(gzip.encoding).toBe('gzip');
      expect(JSON.parse(gunzipSync(gzip.bytes).toString('utf8'))).toEqual(JSON.parse(post.bytes.toString('utf8')));
      // A new load stamps a new version: the answer is computed again, under a new ETag.
      await rederive(db);
      // This server reads the version again once the read it holds is older than VERSION_MAX_AGE_MS.
      await new Promise((r) => setTimeout(r, VERSION_MAX_AGE_MS + 50));
      const recomputed = await statementsOf(() => get(landscape));
      expect(recomputed).toEqual(
        expect.arrayContaining(['landscape/data-version', 'landscape/landscape-nodes', 'landscape/landscape-edges']),
      );
      expect((await get(landscape)).headers.etag).not.toBe(etag);
      // With credentials, or with errors, nothing is kept.
      const withAuth = await statementsOf(() => get(landscape, { authorization: 'Bearer x' }));
      expect(withAuth).toEqual(expect.arrayContaining(['landscape/landscape-nodes']));
      const bad = getUrl(`${base}/graphql`, '{ networkSimilarity(network: "network:nope") { totalCount } }');
      for (let i = 0; i < 2; i++) {
        const res = await get(bad);
        expect(res.headers.etag).toBeUndefined();
        const text = (res.encoding === 'br' ? brotliDecompressSync(res.bytes) : res.bytes).toString('utf8');
        expect(JSON.parse(text).errors[0].extensions.code).toBe('NOT_FOUND');
      }
    } finally {
      server.close();
    }
  });

  it('anonymous POST queries: computed once per data version like GETs; mutations, batches and viewers with credentials never', async () => {
    const server = createHttpServer({ db, webDist: '/nonexistent' });
    const base = await listen(server);
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      requestRaw(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'br', ...headers },
        body: JSON.stringify(body),
      });
    const text = (raw: Awaited<ReturnType<typeof post>>) =>
      (raw.encoding === 'br' ? brotliDecompressSync(raw.bytes) : raw.bytes).toString('utf8');
    const matrix = {
      query: 'query($by: MemberBasis!) { overlapMatrix(by: $by) { cells { a b shared } } }',
      variables: { by: 'AUTHORITIES' },
    };
    try {
      const uncached = JSON.parse(text(await post(matrix, { 'accept-encoding': 'identity' })));
      expect(uncached.data.overlapMatrix.cells.length).toBeGreaterThan(0);
      let first = await post(matrix);
      let second = await post(matrix);
      // Another test file may load meanwhile and stamp a new version: then it is computed again.
      for (let attempt = 0; first.headers.etag !== second.headers.etag && attempt < 3; attempt++) {
        first = second;
        second = await post(matrix);
      }
      expect(first.status).toBe(200);
      expect(first.headers.etag).toBeDefined();
      expect(second.headers.etag).toBe(first.headers.etag);
      expect(JSON.parse(text(second))).toEqual(uncached);
      let fromCache = false;
      for (let attempt = 0; attempt < 3 && !fromCache; attempt++) {
        fromCache = (await statementsOf(() => post(matrix))).every((s) => s === 'landscape/data-version');
      }
      expect(fromCache).toBe(true);
      // Other variables, another answer; the same operation written alike is the same answer.
      const persons = await post({ ...matrix, variables: { by: 'PERSONS' } });
      expect(persons.headers.etag).toBeDefined();
      expect(persons.headers.etag).not.toBe(first.headers.etag);
      // Not kept, and computed every time: with credentials, a mutation, a batch.
      const withCookie = await statementsOf(() => post(matrix, { cookie: 'netzwerkatlas_session=x' }));
      expect(withCookie.length).toBeGreaterThan(0);
      const mutation = await post({
        query: 'query Q { __typename } mutation M { declareParticipation(network: "network:x") { changed } }',
        operationName: 'M',
      });
      expect(mutation.headers.etag).toBeUndefined();
      expect(JSON.parse(text(mutation)).errors?.length).toBeGreaterThan(0);
      const batch = await post([matrix, matrix]);
      expect(batch.headers.etag).toBeUndefined();
      // A body that is not JSON goes to yoga, which says why.
      const broken = await requestRaw(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'br' },
        body: '{"query": ',
      });
      expect(broken.status).toBe(400);
      expect(broken.headers.etag).toBeUndefined();
    } finally {
      server.close();
    }
  });

  it('the app’s persisted landscape (its hash in the URL) comes from the answer cache, like a query sent as text', async () => {
    const server = createHttpServer({ db, webDist: '/nonexistent' });
    const base = await listen(server);
    const hash = String(LandscapeDocument.__meta__?.hash);
    const landscape = persistedUrl(`${base}/graphql`, hash, { includeSynthetic: true });
    const get = () => requestRaw(landscape, { headers: { 'accept-encoding': 'br' } });
    try {
      expect(new URL(landscape).searchParams.has('query')).toBe(false);
      let first = await get();
      let second = await get();
      // Another test file may load meanwhile and stamp a new version: then it is computed again.
      for (let attempt = 0; first.headers.etag !== second.headers.etag && attempt < 3; attempt++) {
        first = second;
        second = await get();
      }
      expect(first.status).toBe(200);
      expect(first.headers.etag).toBeDefined();
      const answer = JSON.parse(brotliDecompressSync(first.bytes).toString('utf8'));
      expect(answer.errors).toBeUndefined();
      expect(answer.data.landscape.nodes.length).toBeGreaterThan(50);
      expect(second.headers.etag).toBe(first.headers.etag);
      // From the cache, Neo4j is asked at most for the data version (a few tries: a load elsewhere
      // may stamp a new version in between).
      let fromCache = false;
      for (let attempt = 0; attempt < 3 && !fromCache; attempt++) {
        const statements = await statementsOf(get);
        fromCache = statements.every((s) => s === 'landscape/data-version');
      }
      expect(fromCache).toBe(true);
      // An unknown hash is a typed error, and is not kept.
      for (let i = 0; i < 2; i++) {
        const unknown = await requestRaw(persistedUrl(`${base}/graphql`, 'f'.repeat(64)), { headers: { 'accept-encoding': 'br' } });
        expect(unknown.status).toBe(400);
        expect(unknown.headers.etag).toBeUndefined();
        const text = (unknown.encoding === 'br' ? brotliDecompressSync(unknown.bytes) : unknown.bytes).toString('utf8');
        expect(JSON.parse(text).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      }
    } finally {
      server.close();
    }
  });
});
