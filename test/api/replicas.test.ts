// Two server processes on one Neo4j (stateless API replicas behind a load balancer): they give the
// same answers, and a new load seen by one is seen by both within a second, because each answer
// cache keys its entries by the data version held in Neo4j, not by anything a process keeps.

import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync } from 'node:zlib';
import { VERSION_MAX_AGE_MS } from '@netzwerkatlas/server/answerCache';
import { createHttpServer } from '@netzwerkatlas/server/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../helpers/api.js';
import { getUrl, requestRaw } from '../helpers/http.js';

// Each replica has its own driver and its own answer cache, as two processes would.
const dbs = [testDb(), testDb()];
const servers: Server[] = [];
const bases: string[] = [];

beforeAll(async () => {
  for (const db of dbs) {
    const server = createHttpServer({ db, webDist: '/nonexistent', requestsPerMinute: 0 });
    servers.push(server);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    bases.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  }
});

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  for (const db of dbs) await db.close();
});

const QUERY = '{ networks(first: 5) { totalCount edges { node { id name } } } }';

async function ask(base: string) {
  const raw = await requestRaw(getUrl(`${base}/graphql`, QUERY), { headers: { 'accept-encoding': 'br' } });
  expect(raw.status).toBe(200);
  const text = (raw.encoding === 'br' ? brotliDecompressSync(raw.bytes) : raw.bytes).toString('utf8');
  return { etag: String(raw.headers.etag), body: JSON.parse(text) };
}

describe('two servers on one Neo4j', () => {
  it('answer alike, and both follow a new data version without being told', async () => {
    const [a, b] = bases as [string, string];
    const [dbA, dbB] = dbs as [(typeof dbs)[0], (typeof dbs)[0]];
    // Other test files may load meanwhile: compare answers of the same version.
    let first = await ask(a);
    let second = await ask(b);
    for (let attempt = 0; first.etag !== second.etag && attempt < 3; attempt++) {
      first = await ask(a);
      second = await ask(b);
    }
    expect(second.etag).toBe(first.etag);
    expect(second.body).toEqual(first.body);
    expect(first.body.data.networks.edges).toHaveLength(5);

    // A load, made through neither server, stamps a new version in Neo4j (the parts of the
    // derived data keep the versions they have).
    const [stamped] = await dbA.read<{ versions: string[] | null }>('derive/read-versions');
    await dbA.write('derive/stamp-version', { versions: stamped?.versions ?? [] });
    // Each reads the version again once the read it holds is older than VERSION_MAX_AGE_MS.
    await new Promise((r) => setTimeout(r, VERSION_MAX_AGE_MS + 50));
    dbA.calls.length = 0;
    dbB.calls.length = 0;
    const afterA = await ask(a);
    const afterB = await ask(b);
    expect(afterA.etag).not.toBe(first.etag);
    expect(afterB.etag).toBe(afterA.etag);
    expect(afterB.body).toEqual(afterA.body);
    // Each computed the answer anew for the new version (not only read the version).
    expect(dbA.statements.filter((s) => s !== 'landscape/data-version').length).toBeGreaterThan(0);
    expect(dbB.statements.filter((s) => s !== 'landscape/data-version').length).toBeGreaterThan(0);
    // And keeps it: asked again, each reads at most the version.
    dbB.calls.length = 0;
    expect((await ask(b)).etag).toBe(afterA.etag);
    expect(dbB.statements.filter((s) => s !== 'landscape/data-version')).toEqual([]);
  });
});
