// Attacks on the public endpoint, each sent over HTTP to the real server: every one is refused
// with a typed error before Neo4j is touched, and the server answers normally afterwards.

import { once } from 'node:events';
import type { Server } from 'node:http';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_LIMITS, HEAVY_COST, operationCost } from '@netzwerkatlas/server/guard/limits';
import { createLanes } from '@netzwerkatlas/server/guard/scheduler';
import { createHttpServer, type HttpOptions } from '@netzwerkatlas/server/http';
import { DEFAULT_MANIFEST, readManifest } from '@netzwerkatlas/server/persisted';
import { schema } from '@netzwerkatlas/server/schema/index';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LandscapeDocument, NodeDetailsDocument } from '../../web/src/gql/graphql.js';
import { testDb } from '../helpers/api.js';
import { type Answer, getUrl, persistedUrl, send } from '../helpers/http.js';

const db = testDb();
const servers: Server[] = [];

async function start(options: Partial<HttpOptions> = {}): Promise<string> {
  const server = createHttpServer({ db, webDist: '/nonexistent', requestsPerMinute: 0, ...options });
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  await db.close();
});

const post = (base: string, query: string, variables?: unknown, headers: Record<string, string> = {}) =>
  send(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });

/** Runs `attack` and checks that Neo4j was not asked anything meanwhile. */
async function untouched<T>(attack: () => Promise<T>): Promise<T> {
  db.calls.length = 0;
  const result = await attack();
  expect(db.statements).toEqual([]);
  return result;
}

function refusal(answer: Answer, limit: string) {
  const error = answer.json?.errors?.find((e) => e.extensions?.code === 'LIMIT_EXCEEDED');
  expect(error, answer.text.slice(0, 300)).toBeDefined();
  expect(error?.extensions?.limit).toBe(limit);
  expect(answer.json?.data ?? null).toBeNull();
  return error?.extensions as { max: number; actual?: number };
}

/** networks → topics → networks …, `levels` deep: the 350-byte query that used to exhaust the heap. */
function nested(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = i % 2 === 1 ? `networks { ${inner} }` : `topics { ${inner} }`;
  return `{ networks(first: 50) { edges { node { topics { ${inner} } } } } }`;
}

describe('the public endpoint refuses abuse before it works', () => {
  let base: string;
  beforeAll(async () => {
    base = await start();
  });

  it('a query nested 20 deep is refused by depth, by POST and by GET, without touching Neo4j', async () => {
    const query = nested(20);
    const byPost = await untouched(() => post(base, query));
    expect(byPost.status).toBe(400);
    const depth = refusal(byPost, 'depth');
    expect(depth.max).toBe(DEFAULT_LIMITS.depth);
    expect(depth.actual).toBeGreaterThan(DEFAULT_LIMITS.depth);
    // By GET the answer cache reads the data version first, and nothing else.
    db.calls.length = 0;
    const byGet = await send(getUrl(`${base}/graphql`, query));
    expect(db.statements.filter((s) => s !== 'landscape/data-version')).toEqual([]);
    expect(byGet.status).toBe(400);
    refusal(byGet, 'depth');
  });

  it('aliases over the limit are refused, and 2,000 of them exceed the body size first', async () => {
    const some = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: networkSimilarity(network: "network:dvnw") { totalCount }`).join(' ')} }`;
    const answer = await untouched(() => post(base, some));
    expect(answer.status).toBe(400);
    const aliases = answer.json?.errors?.find((e) => e.extensions?.limit === 'aliases');
    expect(aliases?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', max: 15, actual: 40 });

    // 2,000 aliases of the matrix (60 kB) stop at the token limit while parsing …
    const many = `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: overlapMatrix { networks }`).join(' ')} }`;
    const matrices = await untouched(() => post(base, many));
    expect(matrices.status).toBe(400);
    refusal(matrices, 'tokens');
    // … and 2,000 of networkSimilarity (over 100 kB) at the body size, unread.
    const similar = `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: networkSimilarity(network: "network:dvnw") { totalCount }`).join(' ')} }`;
    const huge = await untouched(() => post(base, similar));
    expect(huge.status).toBe(413);
    expect(refusal(huge, 'bodySize').actual).toBeGreaterThan(100_000);
  });

  it('one whole-landscape question per operation: aliases of the matrix, which multiplied memory and not cost, are refused', async () => {
    const twice = await untouched(() => post(base, '{ a: overlapMatrix { basis } b: overlapMatrix { basis } }'));
    expect(twice.status).toBe(400);
    expect(refusal(twice, 'wholeLandscape')).toMatchObject({ max: 1, actual: 2 });
    const mixed = await untouched(() =>
      post(base, 'query { landscape { nodes { id } } ...More } fragment More on Query { clusters { modularity } }'),
    );
    expect(refusal(mixed, 'wholeLandscape')).toMatchObject({ max: 1, actual: 2 });
    const once = await post(base, '{ overlapMatrix { basis } }');
    expect(once.status).toBe(200);
  });

  it('documents over the token limit are refused while parsing', async () => {
    const fields = Array.from({ length: 600 }, () => '__typename').join(' ');
    const answer = await untouched(() => post(base, `{ ${fields} ${fields} }`));
    expect(answer.status).toBe(400);
    expect(refusal(answer, 'tokens').max).toBe(DEFAULT_LIMITS.tokens);
  });

  it('directive overloading is refused', async () => {
    const directives = Array.from({ length: 30 }, () => '@include(if: true)').join(' ');
    const answer = await untouched(() => post(base, `{ __typename ${directives} }`));
    expect(answer.status).toBe(400);
    expect(refusal(answer, 'directives')).toMatchObject({ max: DEFAULT_LIMITS.directives, actual: 30 });
  });

  it('cost: list fields cost by their page size, so 500 networks with their topics and networks are refused', async () => {
    const query = '{ networks(first: 500) { edges { node { id topics { id networks { id name } } } } } }';
    const answer = await untouched(() => post(base, query));
    expect(answer.status).toBe(400);
    const cost = refusal(answer, 'cost');
    expect(cost.max).toBe(DEFAULT_LIMITS.cost);
    expect(cost.actual).toBeGreaterThan(DEFAULT_LIMITS.cost);
    // The same question for five networks is within the limit and answered.
    const small = await post(base, query.replace('first: 500', 'first: 5'));
    expect(small.status).toBe(200);
    expect(small.json?.data.networks.edges).toHaveLength(5);
    // Page sizes given as variables count too.
    const byVariable = await untouched(() =>
      post(base, 'query($n: Int) { networks(first: $n) { edges { node { topics { networks { id } } } } } }', { n: 500 }),
    );
    refusal(byVariable, 'cost');
  });

  it('a body of 10 MB is refused unread, and a body without a length is refused', async () => {
    const answer = await untouched(() =>
      send(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(10 * 1024 * 1024) } }),
      }).catch((err: Error) => ({ status: 0, text: err.message, json: null, headers: {} }) as Answer),
    );
    // The server answers 413 and closes; a client still sending may see the reset instead.
    if (answer.status !== 0) {
      expect(answer.status).toBe(413);
      refusal(answer, 'bodySize');
    }
    const chunked = await untouched(
      () =>
        new Promise<number>((resolve, reject) => {
          const req = request(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' } });
          req.on('response', (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          });
          req.on('error', reject);
          req.write('{"query":"{ __typename }"');
          req.end('}');
        }),
    );
    expect(chunked).toBe(411);
  });

  it('variables: too large, lists too long and strings too long are refused before parsing', async () => {
    const ids = Array.from({ length: 1500 }, (_, i) => `n${i}`);
    const list = await untouched(() => post(base, 'query($ids: [ID!]) { overlapMatrix(networks: $ids) { networks } }', { ids }));
    expect(list.status).toBe(400);
    expect(refusal(list, 'listLength')).toMatchObject({ max: DEFAULT_LIMITS.listLength, actual: 1500 });
    const long = await untouched(() => post(base, 'query($id: ID!) { network(id: $id) { name } }', { id: 'x'.repeat(20_000) }));
    expect(refusal(long, 'stringLength').actual).toBe(20_000);
    const big = await untouched(() =>
      post(base, 'query($ids: [ID!]) { overlapMatrix(networks: $ids) { networks } }', {
        ids: ids.slice(0, 900).map((id) => `network:${id.padEnd(90, 'x')}`),
      }),
    );
    expect(refusal(big, 'variablesSize').max).toBe(DEFAULT_LIMITS.variablesBytes);
  });

  it('batched operations and GET mutations get 4xx, anonymous mutations are forbidden, never 500', async () => {
    const batch = await untouched(() =>
      send(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ __typename }' }))),
      }),
    );
    expect(batch.status).toBeGreaterThanOrEqual(400);
    expect(batch.status).toBeLessThan(500);
    const getMutation = await untouched(() => send(getUrl(`${base}/graphql`, 'mutation { __typename }')));
    expect([400, 405]).toContain(getMutation.status);
    // Mutations by POST exist (self-service, selfService.test.ts); anonymous ones are refused by
    // their scope before anything is read.
    const postMutation = await untouched(() => post(base, 'mutation { eraseMe(confirm: true) { erased } }'));
    expect(postMutation.status).toBeLessThan(500);
    expect(postMutation.json?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('unknown paths under /graphql and /auth are 404, not the app', async () => {
    for (const path of ['/graphql/x', '/graphql/', '/auth/whatever', '/auth']) {
      const answer = await send(`${base}${path}`);
      expect(answer.status, path).toBe(404);
    }
  });

  it('every answer carries the security headers; the app page allows no other origin', async () => {
    const answer = await send(`${base}/health`);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
    expect(String(answer.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(String(answer.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('CORS is closed unless origins are configured; CSRF: form posts and cookie GETs need the header', async () => {
    const cross = await post(base, '{ __typename }', undefined, { origin: 'https://evil.example' });
    expect(cross.headers['access-control-allow-origin']).toBeUndefined();
    const open = await start({ corsOrigins: ['https://portal.example'] });
    const allowed = await post(open, '{ __typename }', undefined, { origin: 'https://portal.example' });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://portal.example');
    const other = await post(open, '{ __typename }', undefined, { origin: 'https://evil.example' });
    expect(other.headers['access-control-allow-origin']).not.toBe('https://evil.example');

    const form = await untouched(() =>
      send(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'query=%7B__typename%7D',
      }),
    );
    expect(form.status).toBe(403);
    const withCookie = await untouched(() => send(getUrl(`${base}/graphql`, '{ __typename }'), { headers: { cookie: 'session=x' } }));
    expect(withCookie.status).toBe(403);
    const withHeader = await send(getUrl(`${base}/graphql`, '{ __typename }'), {
      headers: { cookie: 'session=x', 'x-graphql-yoga-csrf': '1' },
    });
    expect(withHeader.status).toBe(200);
  });

  it('production: no introspection, no field suggestions, no GraphiQL, no tracing, no source maps', async () => {
    const prod = await start({ production: true, introspection: false, graphiql: false, fieldSuggestions: false });
    const introspection = await post(prod, '{ __schema { types { name } } }');
    expect(introspection.status).toBe(400);
    expect(introspection.json?.data ?? null).toBeNull();
    const typo = await post(prod, '{ netwrks { totalCount } }');
    expect(typo.status).toBe(400);
    expect(typo.text).not.toMatch(/did you mean/i);
    const graphiql = await send(`${prod}/graphql`, { headers: { accept: 'text/html' } });
    expect(graphiql.text).not.toMatch(/graphiql/i);
    const ok = await post(prod, '{ networks(first: 1) { totalCount } }');
    expect(ok.status).toBe(200);
    expect(Object.keys(ok.json ?? {})).toEqual(['data']);
    // In development, suggestions help the developer.
    const dev = await post(base, '{ netwrks { totalCount } }');
    expect(dev.text).toMatch(/did you mean/i);
  });

  it('bad cursors, offsets past the end and ids that name object prototypes get typed answers', async () => {
    // The API's own cursor shape, with an offset of 2^31.
    const first = await post(base, '{ networks(first: 1) { pageInfo { endCursor } } }');
    const shape = Buffer.from(first.json?.data.networks.pageInfo.endCursor, 'base64').toString('utf8');
    const cursor = Buffer.from(shape.replace(/\d+$/, String(2 ** 31))).toString('base64');
    const far = await post(base, `{ networks(first: 5, after: "${cursor}") { totalCount edges { node { id } } } }`);
    expect(far.status).toBe(200);
    expect(far.json?.data.networks.edges).toEqual([]);
    for (const id of ['constructor:x', '__proto__:x', 'toString:y', 'hasOwnProperty:', 'x'.repeat(9000)]) {
      const answer = await post(base, 'query($id: ID!) { node(id: $id) { id } }', { id });
      expect(answer.status, id.slice(0, 20)).toBe(200);
      const error = answer.json?.errors?.[0];
      expect(error?.extensions?.code, id.slice(0, 20)).toBe('BAD_USER_INPUT');
      // The input is never echoed back in full.
      expect(answer.text.length).toBeLessThan(1000);
    }
    const missing = await post(base, 'query($id: ID!) { network(id: $id) { name } }', { id: `network:${'y'.repeat(9000)}` });
    expect(missing.json?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(missing.text.length).toBeLessThan(1000);
  });

  it('the server is healthy and answers after all of the above', async () => {
    const health = await send(`${base}/health`);
    expect(health.status).toBe(200);
    const answer = await post(base, '{ networks(first: 3) { totalCount edges { node { id } } } }');
    expect(answer.status).toBe(200);
    expect(answer.json?.data.networks.edges).toHaveLength(3);
  });
});

describe('the time budget', () => {
  it('Neo4j cancels a transaction when its share of the budget runs out', async () => {
    const started = Date.now();
    const slow = db.read({ text: 'UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n' }, {}, { timeoutMs: 200 });
    await expect(slow).rejects.toMatchObject({ name: 'DbError', code: 'TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a request whose budget is spent gets a typed 503/504, not an internal error', async () => {
    const base = await start({ budgetMs: 1 });
    const answer = await post(base, '{ landscape { nodes { id } edges { source target } } }');
    expect([503, 504]).toContain(answer.status);
    expect(['BUSY', 'TIMEOUT']).toContain(answer.json?.errors?.[0]?.extensions?.code);
  });
});

describe('fair scheduling', () => {
  it('a client over its rate gets 429 with Retry-After; others are not affected', async () => {
    const base = await start({ requestsPerMinute: 5 });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await post(base, '{ __typename }')).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await post(base, '{ __typename }');
    expect(limited.json?.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const other = await post(base, '{ __typename }', undefined, {});
    expect(other.status).toBe(429); // the same client address: still limited
  });

  it('heavy questions cannot hold cheap ones: with every heavy slot taken, cheap questions are answered and heavy ones wait, then get BUSY', async () => {
    const lanes = createLanes({ lightSlots: 2, heavySlots: 1 });
    const base = await start({ lanes, budgetMs: 1500 });
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    void lanes.heavy(() => held);
    try {
      const cheap = await post(base, '{ networks(first: 3) { edges { node { id } } } }');
      expect(cheap.status).toBe(200);
      expect(cheap.json?.data.networks.edges).toHaveLength(3);
      const heavy = await post(base, '{ landscape { nodes { id } } }');
      expect(heavy.status).toBe(503);
      expect(heavy.json?.errors?.[0]?.extensions?.code).toBe('BUSY');
      expect(heavy.headers['retry-after']).toBeDefined();
    } finally {
      release();
    }
    const after = await post(base, '{ landscape { nodes { id } } }');
    expect(after.status).toBe(200);
  });

  it('a heavy request runs at most two statements in Neo4j at once, however many aliases it has; a cheap one more', async () => {
    let running = 0;
    let most = 0;
    const counted = async <T>(work: () => Promise<T>): Promise<T> => {
      running += 1;
      most = Math.max(most, running);
      try {
        return await work();
      } finally {
        running -= 1;
      }
    };
    const watched = { ...db, read: <T>(...a: Parameters<typeof db.read>) => counted(() => db.read<T>(...a)) } as typeof db;
    const base = await start({ db: watched });
    const authorities = await db.read<{ id: string }>({
      text: 'MATCH (a:Authority)-[:MEMBER_OF]->() WITH DISTINCT a ORDER BY a.id LIMIT 7 RETURN a.id AS id',
    });
    const ids = authorities.map((a) => a.id);
    expect(ids.length).toBe(7);
    const aliases = (field: (i: number) => string) =>
      `{ ${ids
        .slice(1)
        .map((_, i) => `a${i}: ${field(i)}`)
        .join(' ')} }`;
    // Through persons, a connection is heavy; six of them in one request.
    const heavy = aliases((i) => `connection(from: "${ids[0]}", to: "${ids[i + 1]}", viaPersons: true) { hops }`);
    most = 0;
    const answer = await post(base, heavy);
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.json?.data ?? {})).toHaveLength(6);
    expect(most).toBe(2);
    // Without persons each is cheap: they run together.
    const cheap = aliases((i) => `connection(from: "${ids[0]}", to: "${ids[i + 1]}") { hops }`);
    most = 0;
    expect((await post(base, cheap)).status).toBe(200);
    expect(most).toBeGreaterThan(2);
  });

  it('no query written to cost as much as the limits allow holds the app’s own questions about one node: they have a lane of their own', async () => {
    const lanes = createLanes({ lightSlots: 2, heavySlots: 1, appSlots: 1 });
    const base = await start({ lanes, budgetMs: 1500 });
    const [network] = await db.read<{ id: string }>({ text: 'MATCH (n:Network) RETURN n.id AS id ORDER BY n.id LIMIT 1' });
    // The text the server runs for the app's hash (codegen's manifest).
    const details = String(readManifest(DEFAULT_MANIFEST).get(String(NodeDetailsDocument.__meta__?.hash)));
    // The app's details of a node cost as much as a heavy question, but are a few kilobytes.
    expect(operationCost(parse(details), undefined, { id: network?.id }, schema)).toBeGreaterThanOrEqual(HEAVY_COST);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    void lanes.heavy(() => held);
    try {
      // Sent by hash, as the app does, or as the same text: the same operation of the app.
      const asText = await post(base, details, { id: network?.id });
      expect(asText.status).toBe(200);
      expect(asText.json?.data?.node?.id ?? asText.json?.data).toBeTruthy();
      const byHash = await send(persistedUrl(`${base}/graphql`, String(NodeDetailsDocument.__meta__?.hash), { id: network?.id }));
      expect(byHash.status).toBe(200);
      expect(byHash.json?.errors).toBeUndefined();
      // The same text changed by one field is no longer the app's: it waits for the heavy lane.
      const altered = await post(base, details.replace('query NodeDetails', 'query NodeDetailsAltered'), { id: network?.id });
      expect(altered.status).toBe(503);
      expect(altered.json?.errors?.[0]?.extensions?.code).toBe('BUSY');
      // The app's whole-landscape questions stay in the heavy lane.
      const landscape = await send(persistedUrl(`${base}/graphql`, String(LandscapeDocument.__meta__?.hash), { includeSynthetic: true }));
      expect(landscape.json?.errors?.[0]?.extensions?.code).toBe('BUSY');
    } finally {
      release();
    }
  });
});
