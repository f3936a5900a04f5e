// Production mode as it is run: the compiled server (server/dist, built here from the current
// sources) started by plain `node` with NODE_ENV=production against the run's Neo4j, from a
// working directory outside the repository. It serves the built app and persisted operations,
// refuses introspection, GraphiQL and source maps, and with TRUSTED_OPERATIONS_ONLY answers the
// app's operations only; the app itself works against such a server in Chromium.

import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { repoRoot } from '@netzwerkatlas/server/config';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LandscapeDocument, SearchDocument } from '../../web/src/gql/graphql.js';
import { persistedUrl, send } from '../helpers/http.js';

const compiled = resolve(repoRoot, 'server/dist/index.js');
const webDist = resolve(repoRoot, 'web/dist');

interface Started {
  base: string;
  child: ChildProcess;
  output: string[];
}
const started: Started[] = [];

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Starts the compiled server with only the environment given (no tsx, no NODE_OPTIONS). */
async function startCompiled(extra: Record<string, string> = {}): Promise<Started> {
  const { uri, user, password, database } = inject('neo4j');
  const port = await freePort();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    NEO4J_URI: uri,
    NEO4J_USER: user,
    NEO4J_PASSWORD: password,
    ...(database ? { NEO4J_DATABASE: database } : {}),
    SEED: 'false',
    RATE_LIMIT_PER_MINUTE: '0',
    // Production needs an OpenID provider (docs/signin.md); it is asked only when someone signs in.
    OIDC_ISSUER: 'https://login.example.org/realms/netzwerkatlas',
    LOG_LEVEL: 'info',
    // Production refuses to start without the audit log's key (docs/privacy.md).
    AUDIT_PSEUDONYM_KEY: 'production-test-pseudonym-key-0123456789',
    ...extra,
  };
  // Outside the repository: every path it needs must follow from the compiled file, not the cwd.
  const child = spawn(process.execPath, [compiled], { cwd: tmpdir(), env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  const server = { base: `http://127.0.0.1:${port}`, child, output };
  started.push(server);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`compiled server exited with ${child.exitCode}:\n${output.join('')}`);
    const live = await fetch(`${server.base}/health/live`).catch(() => null);
    if (live?.status === 200) return server;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`compiled server did not listen within 60 s:\n${output.join('')}`);
}

const post = (base: string, body: object) =>
  send(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });

const hashOf = (document: { __meta__?: Record<string, unknown> }) => String(document.__meta__?.hash);
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

let open: Started;
let trusted: Started;

beforeAll(async () => {
  if (!existsSync(resolve(webDist, 'index.html'))) {
    throw new Error('production: web/dist is missing; build first (pnpm build)');
  }
  // The server build takes well under a second: always test the current sources.
  execFileSync(process.execPath, ['--import', 'tsx', resolve(repoRoot, 'server/src/cli/build.ts')], { cwd: repoRoot, stdio: 'pipe' });
  [open, trusted] = await Promise.all([startCompiled(), startCompiled({ TRUSTED_OPERATIONS_ONLY: 'true' })]);
}, 120_000);

afterAll(async () => {
  await Promise.all(
    started.map(({ child }) => {
      if (child.exitCode !== null) return undefined;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      return exited;
    }),
  );
});

describe('the compiled server in production mode', () => {
  it('starts without tsx and serves the app’s page, /health and a persisted operation', async () => {
    const page = await send(`${open.base}/`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<div id="root"></div>');
    const health = await send(`${open.base}/health`);
    expect(health.status).toBe(200);
    expect(health.json).toMatchObject({ status: 'ok' });
    // The landscape runs Cypher read from cypher/*.cypher: found from the compiled code.
    const landscape = await send(persistedUrl(`${open.base}/graphql`, hashOf(LandscapeDocument), { includeSynthetic: true }));
    expect(landscape.status).toBe(200);
    expect(landscape.json?.errors).toBeUndefined();
    expect(landscape.json?.data.landscape.nodes.length).toBeGreaterThan(50);
    const search = await post(open.base, { extensions: persisted(hashOf(SearchDocument)), variables: { query: 'Vergabe', first: 5 } });
    expect(search.status).toBe(200);
    expect(search.json?.data.search.length).toBeGreaterThan(0);
    // Without the switch, other clients may still send operations as text.
    const text = await post(open.base, { query: '{ networks(first: 1) { totalCount } }' });
    expect(text.status).toBe(200);
    expect(text.json?.data.networks.totalCount).toBeGreaterThan(10);
    // Logs are JSON lines in production.
    const lines = open.output.join('').split('\n').filter(Boolean);
    expect(lines.map((line) => (JSON.parse(line) as { msg?: string }).msg)).toContainEqual(expect.stringMatching(/^Netzwerkatlas ready/));
  });

  it('refuses introspection, GraphiQL and source maps; the build ships no maps', async () => {
    const introspection = await post(open.base, { query: '{ __schema { types { name } } }' });
    expect(introspection.status).toBe(400);
    expect(introspection.json?.data ?? null).toBeNull();
    expect(introspection.text).not.toContain('"Network"');
    const graphiql = await send(`${open.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(graphiql.text).not.toMatch(/graphiql/i);
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(readFileSync(resolve(webDist, 'index.html'), 'utf8'))?.[1];
    expect(script).toBeDefined();
    const asset = await send(`${open.base}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.text).not.toContain('sourceMappingURL');
    // In production a map is 404 even where the app's fallback page would answer.
    expect((await send(`${open.base}${script}.map`)).status).toBe(404);
    const files = readdirSync(webDist, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  it('TRUSTED_OPERATIONS_ONLY: any other operation is refused with a typed 400 before it is parsed; the app’s are answered', async () => {
    for (const query of ['{ networks(first: 1) { totalCount } }', '{ __typename }', '{ {{ not even GraphQL']) {
      const refused = await post(trusted.base, { query });
      expect(refused.status, query).toBe(400);
      expect(refused.json?.data ?? null).toBeNull();
      // The same code for text that does not even parse: the refusal comes before parsing.
      expect(refused.json?.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_ONLY']);
    }
    const byGet = await send(`${trusted.base}/graphql?query=${encodeURIComponent('{ networks(first: 1) { totalCount } }')}`, {
      headers: { 'accept-encoding': 'br' },
    });
    expect(byGet.status).toBe(400);
    expect(byGet.headers.etag).toBeUndefined();
    const unknown = await post(trusted.base, { extensions: persisted('0'.repeat(64)) });
    expect(unknown.status).toBe(400);
    expect(unknown.json?.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const landscape = await send(persistedUrl(`${trusted.base}/graphql`, hashOf(LandscapeDocument), { includeSynthetic: true }));
    expect(landscape.status).toBe(200);
    expect(landscape.json?.data.landscape.nodes.length).toBeGreaterThan(50);
  });

  it('the web app works in Chromium against the trusted-only server', async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage({ locale: 'de-DE' });
      const errors: string[] = [];
      const answers: { url: string; status: number }[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      page.on('response', (response) => {
        if (new URL(response.url()).pathname === '/graphql') answers.push({ url: response.url(), status: response.status() });
      });
      await page.goto(`${trusted.base}/`);
      await page.getByTestId('sigma-container').locator('canvas').first().waitFor();
      const search = page.getByRole('combobox', { name: 'Suche' });
      await search.fill('KERN');
      await page.getByRole('option', { name: /KERN-Community/ }).waitFor();
      expect(errors).toEqual([]);
      expect(answers.length).toBeGreaterThanOrEqual(2);
      for (const { url, status } of answers) {
        expect(status, url).toBe(200);
        expect(new URL(url).searchParams.has('query'), url).toBe(false);
      }
    } finally {
      await browser.close();
    }
  });
});
