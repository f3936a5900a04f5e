// What operators see: a log line per request with its id, operation, cost and outcome, and
// Prometheus metrics that count requests, operations and refusals by limit. Neither holds the
// query, its variables or anything a client typed.

import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createHttpServer } from '@netzwerkatlas/server/http';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../helpers/api.js';
import { getUrl } from '../helpers/http.js';

const db = testDb();
const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
    done();
  },
});
let server: Server;
let base: string;

beforeAll(async () => {
  server = createHttpServer({ db, webDist: '/nonexistent', requestsPerMinute: 0, log: pino({ level: 'info' }, sink) });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await db.close();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(body),
  });

/** The value of one series in Prometheus' text format, 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const inside = line.slice(line.indexOf('{') + 1, line.indexOf('}')).split(',');
    if (wanted.every((w) => inside.includes(w))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return 0;
}

describe('logs and metrics', () => {
  it('one log line per request: its id, operation, cost and outcome, and nothing the client typed', async () => {
    const secret = 'Erika Mustermann';
    lines.length = 0;
    const ok = await post(
      { query: 'query NetworksByName($q: String!) { search(query: $q, first: 3) { score } }', variables: { q: secret } },
      { 'x-request-id': 'trace-42' },
    );
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-request-id')).toBe('trace-42');
    const refused = await post({ query: `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: sources { id }`).join(' ')} }` });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const requests = lines.filter((l) => l.msg === 'request');
    const first = requests.find((l) => l.reqId === 'trace-42');
    expect(first).toMatchObject({ route: '/graphql', status: 200, operation: 'NetworksByName', method: 'POST' });
    expect(first?.cost).toEqual(expect.any(Number));
    expect(first?.ms).toEqual(expect.any(Number));
    const second = requests.find((l) => l.reqId === refused.headers.get('x-request-id'));
    expect(second).toMatchObject({ status: 400, limit: 'aliases', codes: ['LIMIT_EXCEEDED'] });
    // Nothing the client typed: neither the variables nor the query.
    const all = JSON.stringify(lines);
    expect(all).not.toContain(secret);
    expect(all).not.toContain('search(');
    // A GET's query string (which holds the variables) is not logged either.
    lines.length = 0;
    await fetch(getUrl(`${base}/graphql`, 'query($q: String!) { search(query: $q) { score } }', { q: secret }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(JSON.stringify(lines)).not.toContain('Mustermann');
    expect(lines.some((l) => l.msg === 'request')).toBe(true);
  });

  it('metrics count requests, operations, refusals by limit and say whether Neo4j answers', async () => {
    const before = await (await fetch(`${base}/metrics`)).text();
    // Without compression the answer cache does not apply: both are executed.
    const uncached = { 'accept-encoding': 'identity' };
    await post({ query: 'query CheapOne { networks(first: 1) { totalCount } }' }, uncached);
    await post({ query: 'query CheapOne { networks(first: 1) { totalCount } }' }, uncached);
    await post({ query: nestedTooDeep() });
    await post({ query: '{ networks(first: 500) { edges { node { topics { networks { id topics { id } } } } } } }' });
    const after = await (await fetch(`${base}/metrics`)).text();
    expect(after).toContain('# TYPE netzwerkatlas_http_requests_total counter');
    const delta = (name: string, labels: Record<string, string>) => sample(after, name, labels) - sample(before, name, labels);
    expect(delta('netzwerkatlas_graphql_operations_total', { operation: 'CheapOne', outcome: 'ok' })).toBe(2);
    expect(delta('netzwerkatlas_refusals_total', { reason: 'depth' })).toBe(1);
    expect(delta('netzwerkatlas_refusals_total', { reason: 'cost' })).toBe(1);
    expect(delta('netzwerkatlas_http_requests_total', { route: '/graphql', status: '200' })).toBe(2);
    expect(delta('netzwerkatlas_http_requests_total', { route: '/graphql', status: '400' })).toBe(2);
    expect(after).toMatch(/^netzwerkatlas_neo4j_available 1$/m);
    expect(after).toMatch(/netzwerkatlas_scheduler_operations\{lane="heavy",state="pending"\} 0/);
    expect(after).toContain('netzwerkatlas_graphql_operation_duration_seconds_bucket');
    // Neo4j's statements by name: the two cheap questions ran the network list twice.
    expect(delta('netzwerkatlas_neo4j_statement_duration_seconds_count', { statement: 'network/list-networks', outcome: 'ok' })).toBe(2);
  });

  it('answers from the answer cache are counted and logged as such, with their operation', async () => {
    const ask = () => post({ query: 'query CachedOne { networks(first: 2) { totalCount } }' }, { 'accept-encoding': 'br' });
    const count = async (outcome: string) =>
      sample(await (await fetch(`${base}/metrics`)).text(), 'netzwerkatlas_answer_cache_total', { outcome });
    const hits = await count('hit');
    lines.length = 0;
    // The first may be computed; of three, at least one comes from the cache (a load elsewhere
    // may stamp a new version in between, and the next is computed again).
    for (let i = 0; i < 3; i++) expect((await ask()).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await count('hit')).toBeGreaterThan(hits);
    const logged = lines.filter((l) => l.msg === 'request');
    expect(logged).toHaveLength(3);
    expect(logged.every((l) => l.operation === 'CachedOne' && ['hit', 'computed'].includes(String(l.cache)))).toBe(true);
    expect(logged.some((l) => l.cache === 'hit')).toBe(true);
  });

  it('operation names from clients cannot grow the label space without bound', async () => {
    for (let i = 0; i < 120; i++) await post({ query: `query Name${i} { __typename }` });
    const text = await (await fetch(`${base}/metrics`)).text();
    const names = new Set([...text.matchAll(/netzwerkatlas_graphql_operations_total\{operation="([^"]+)"/g)].map((m) => m[1]));
    // At most 100 names of their own, plus "other" and "anonymous".
    expect(names.size).toBeLessThanOrEqual(102);
    expect(names.has('other')).toBe(true);
  });
});

function nestedTooDeep(): string {
  let inner = 'id';
  for (let i = 0; i < 12; i++) inner = i % 2 === 1 ? `networks { ${inner} }` : `topics { ${inner} }`;
  return `{ networks(first: 2) { edges { node { topics { ${inner} } } } } }`;
}
