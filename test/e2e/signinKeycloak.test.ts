// The same sign-in against a real Keycloak (started here from Maven Central, test/setup/keycloak.ts)
// importing the committed demo realm: the server as an authority would run it (OIDC_ISSUER,
// client secret, audience mapper). In the browser: Anmelden → Keycloak's login page (demo
// user, password "demo") → back in the app as that person → Abmelden, also at Keycloak. And a
// Keycloak access token is accepted as a bearer token, a Keycloak ID token is not.

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { findDemoAccount } from '@netzwerkatlas/seed';
import { KEYCLOAK_CLIENT_SECRET, KEYCLOAK_DEMO_PASSWORD } from '@netzwerkatlas/seed/keycloak';
import { repoRoot } from '@netzwerkatlas/server/config';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../helpers/api.js';
import { type AuthServer, freePort, startAuthServer } from '../helpers/auth.js';
import { send } from '../helpers/http.js';
import { allowRedirects, type KeycloakLocal, startKeycloak } from '../setup/keycloak.js';
import { launchBrowser } from './browser';

const artifacts = resolve(repoRoot, 'test/artifacts');
const db = testDb();
let keycloak: KeycloakLocal;
let server: AuthServer;
let browser: Browser;

/** KEYCLOAK_TESTS=off leaves Keycloak out (it takes one to two minutes to start on a loaded 2-core machine). */
const enabled = process.env.KEYCLOAK_TESTS !== 'off';

beforeAll(async () => {
  if (!enabled) return;
  mkdirSync(artifacts, { recursive: true });
  keycloak = await startKeycloak(await freePort(), (line) => console.log(line));
  const port = await freePort();
  await allowRedirects(keycloak, `http://127.0.0.1:${port}`);
  server = await startAuthServer(db, {
    port,
    auth: { provider: { kind: 'external', issuer: keycloak.issuer }, clientSecret: KEYCLOAK_CLIENT_SECRET },
    http: { webDist: resolve(repoRoot, 'web/dist') },
  });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await keycloak?.stop();
  await db.close();
}, 60_000);

describe.skipIf(!enabled)('sign-in against a real Keycloak', () => {
  it('Anmelden → Keycloak login → back in the app as that person → Abmelden (at Keycloak too)', async () => {
    const account = findDemoAccount('person:demo-0161');
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`${server.base}/?view=table`);
    await page.getByRole('link', { name: 'Anmelden' }).click();

    await page.waitForURL((url) => url.origin === keycloak.url);
    await page.locator('#username').fill(String(account?.subject));
    await page.locator('#password').fill(KEYCLOAK_DEMO_PASSWORD);
    await page.screenshot({ path: resolve(artifacts, 'signin-keycloak-login.png') });
    await page.locator('#kc-login').click();

    await page.waitForURL((url) => url.origin === server.base && url.search === '?view=table');
    await page.getByText(`Angemeldet als ${account?.name}`).waitFor();
    const session = await page.evaluate(async () => (await fetch('/auth/session')).json());
    expect(session).toEqual({ signedIn: true, name: account?.name, email: account?.email });

    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.waitForURL((url) => url.origin === server.base && url.pathname === '/');
    await page.getByRole('link', { name: 'Anmelden' }).waitFor();
    // Keycloak's session ended too: signing in again asks for the password again.
    await page.getByRole('link', { name: 'Anmelden' }).click();
    await page.waitForURL((url) => url.origin === keycloak.url);
    await page.locator('#password').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('accepts a Keycloak access token as a bearer token and names the person; refuses its ID token', async () => {
    const { keycloakTokens } = await import('../helpers/keycloak.js');
    const account = findDemoAccount('person:demo-0002');
    const tokens = await keycloakTokens(keycloak, `${server.base}/auth/callback`, String(account?.subject));
    const ask = (token: string) =>
      send(`${server.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    const ok = await ask(tokens.accessToken);
    expect(ok.status).toBe(200);
    expect(ok.json?.data).toEqual({ __typename: 'Query' });
    const refused = await ask(tokens.idToken);
    expect(refused.status).toBe(401);
    expect(refused.json?.errors?.[0]?.extensions?.reason).toBe('notAccessToken');
    const identity = await server.auth.oidc.verifyBearer(tokens.accessToken);
    expect(identity).toMatchObject({
      issuer: keycloak.issuer,
      email: account?.email,
      emailVerified: true,
      name: account?.name,
      via: 'bearer',
    });
  });
});
