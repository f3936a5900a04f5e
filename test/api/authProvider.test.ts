// The embedded demo provider and the demo accounts: it never runs in production (the start
// command refuses and says why), its keys survive a restart, its Demo-Anmeldung page lists the
// invented persons, and the persons' synthetic addresses are in Neo4j for the identity mapping
// but in no answer of the API.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_AUTHORITIES, demoAccounts, emailDomainOf, landscape } from '@netzwerkatlas/seed';
import { repoRoot } from '@netzwerkatlas/server/config';
import { afterAll, describe, expect, it } from 'vitest';
import { api, testDb } from '../helpers/api.js';
import { demoToken, freePort, startAuthServer } from '../helpers/auth.js';
import { send } from '../helpers/http.js';

const db = testDb();
afterAll(() => db.close());

describe('the start command', () => {
  it('refuses to start with NODE_ENV=production and no OIDC_ISSUER, and says why', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', resolve(repoRoot, 'server/src/index.ts')], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', NEO4J_URI: 'bolt://127.0.0.1:1', PORT: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    const output = `${run.stdout}${run.stderr}`;
    expect(output).toMatch(/OIDC_ISSUER: required with NODE_ENV=production/);
    expect(output).toMatch(/never runs in production/);
    // It stopped at the configuration: nothing was started.
    expect(output).not.toMatch(/Netzwerkatlas ready|neo4j-local/);
  });
});

describe('the embedded provider', () => {
  it('keeps its signing key across restarts: a token from before still verifies', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'netzwerkatlas-idp-'));
    const port = await freePort();
    const first = await startAuthServer(db, { port, auth: { provider: { kind: 'embedded', dataDir } } });
    const token = await demoToken(first.base, 'person:demo-0001');
    const keys = await (await fetch(`${first.base}/idp/jwks`)).json();
    await first.close();
    expect(statSync(join(dataDir, 'secrets.json')).mode & 0o777).toBe(0o600);

    const second = await startAuthServer(db, { port, auth: { provider: { kind: 'embedded', dataDir } } });
    try {
      expect(await (await fetch(`${second.base}/idp/jwks`)).json()).toEqual(keys);
      const answer = await send(`${second.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(answer.status).toBe(200);
      // Another data folder: other keys, and the old token no longer verifies.
      const other = await startAuthServer(db, { port: await freePort() });
      try {
        const foreign = await send(`${other.base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        expect(foreign.status).toBe(401);
      } finally {
        await other.close();
      }
    } finally {
      await second.close();
    }
  });

  it('its login page is the Demo-Anmeldung: it says the persons are invented and lists every one, by authority', async () => {
    const server = await startAuthServer(db);
    try {
      const login = await fetch(`${server.base}/auth/login`, { redirect: 'manual' });
      const authorize = await fetch(String(login.headers.get('location')), { redirect: 'manual' });
      const cookies = authorize.headers
        .getSetCookie()
        .map((l) => l.split(';')[0])
        .join('; ');
      const page = await fetch(new URL(String(authorize.headers.get('location')), server.base), { headers: { cookie: cookies } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toMatch(/script-src 'none'/);
      const html = await page.text();
      expect(html).toMatch(/<title>Demo-Anmeldung/);
      expect(html).toMatch(/<h1>Demo-Anmeldung<\/h1>/);
      expect(html).toMatch(/erfunden/);
      expect(html).toMatch(/ohne Passwort/);
      expect(html).not.toMatch(/type="password"/);
      const persons = demoAccounts().filter((a) => a.personId !== null);
      expect(persons.length).toBeGreaterThanOrEqual(160);
      const html$ = (t: string) => t.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
      for (const p of persons) {
        expect(html).toContain(`value="${p.subject}">${html$(p.name)}</button>`);
        expect(html).toMatch(new RegExp(`<h2 id="authority-\\d+">${html$(String(p.authorityName))}</h2>`));
      }
    } finally {
      await server.close();
    }
  });
});

describe('synthetic addresses of the demo persons', () => {
  it('every seeded person has its account’s address at its authority’s .example domain; demo authorities list their domain', async () => {
    const accounts = new Map(demoAccounts().map((a) => [a.personId, a]));
    const ids = [...accounts.keys()].filter(Boolean);
    // By id: other test files load landscapes of their own into the same store meanwhile.
    const rows = await db.read<{ id: string; email: string; authority: string; synthetic: boolean }>(
      {
        text: 'MATCH (p:Person)-[:WORKS_AT]->(a:Authority) WHERE p.id IN $ids RETURN p.id AS id, p.email AS email, a.id AS authority, p.synthetic AS synthetic',
      },
      { ids },
    );
    expect(rows.length).toBe(ids.length);
    for (const row of rows) {
      expect(row.email).toBe(accounts.get(row.id)?.email);
      expect(row.email.endsWith(`@${emailDomainOf(row.authority)}`)).toBe(true);
      expect(row.email).toMatch(/^[a-z0-9.-]+@[a-z0-9-]+\.example$/);
    }
    expect(new Set(rows.map((r) => r.email)).size).toBe(rows.length);
    const domains = await db.read<{ id: string; emailDomains: string[] | null; synthetic: boolean | null }>(
      {
        text: 'MATCH (a:Authority) WHERE a.emailDomains IS NOT NULL AND a.id IN $ids RETURN a.id AS id, a.emailDomains AS emailDomains, a.synthetic AS synthetic',
      },
      { ids: [...landscape.organisations.map((o) => o.id), ...DEMO_AUTHORITIES.map((a) => a.id)] },
    );
    expect(domains.map((d) => d.id)).toContain('org:stadt-koeln');
    for (const d of domains) {
      // Only invented authorities carry an (invented) domain: real ones get no made-up fact.
      expect(d.synthetic).toBe(true);
      expect(d.emailDomains).toEqual([emailDomainOf(d.id)]);
    }
    // The new colleague without a person record matches Stadt Köln's domain, and no person.
    const newcomer = demoAccounts().find((a) => a.subject === 'demo-new-colleague');
    expect(newcomer?.email.endsWith('@stadt-koeln.example')).toBe(true);
    expect(rows.some((r) => r.email === newcomer?.email)).toBe(false);
  });

  it('the API never answers them: no field, and no answer about persons contains one', async () => {
    const gql = api(db);
    const type = await gql('{ __type(name: "Person") { fields { name } } }');
    expect(type.data?.__type.fields.map((f: { name: string }) => f.name)).not.toContain('email');
    const persons = `id name jobTitle synthetic authority { id name } participations { role network { id } }`;
    const answer = await gql(`{
      duplicateParticipation(maxPersons: 1000) {
        inNetworks(first: 100) { edges { node { persons { ${persons} } } } }
        atEvents(first: 100) { edges { node { persons { ${persons} } } } }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    const text = JSON.stringify(answer.data);
    expect(text).toContain('person:demo-');
    expect(text).not.toMatch(/\.example\b|@/);
  });
});
