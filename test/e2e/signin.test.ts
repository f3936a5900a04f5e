// Signing in as a person does it, in Chromium against the real server and Neo4j: the app's
// "Anmelden", the provider's login page, back in the app with the name in the header, then
// "Abmelden" (here and at the provider) and signed out again. Against the embedded demo
// provider always; against a real Keycloak too where the run starts one (signinKeycloak.test.ts).

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { findDemoAccount } from '@netzwerkatlas/seed';
import { repoRoot } from '@netzwerkatlas/server/config';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../helpers/api.js';
import { type AuthServer, startAuthServer } from '../helpers/auth.js';
import { launchBrowser } from './browser';

const artifacts = resolve(repoRoot, 'test/artifacts');
const db = testDb();
let server: AuthServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await startAuthServer(db, { http: { webDist: resolve(repoRoot, 'web/dist') } });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db.close();
});

/** A page that records uncaught errors and Content Security Policy violations. */
async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) errors.push(msg.text());
  });
  return { page, errors };
}

describe('sign-in in the browser (embedded demo provider)', () => {
  it('Anmelden → Demo-Anmeldung → back in the app as that person → Abmelden', async () => {
    // A colleague of Stadt Köln, where three demo persons share one network.
    const account = findDemoAccount('person:demo-0161');
    expect(account?.authorityName).toBe('Stadt Köln');
    const { page, errors } = await newPage();
    await page.goto(`${server.base}/?view=table`);
    const signIn = page.getByRole('link', { name: 'Anmelden' });
    await signIn.waitFor();
    await signIn.click();

    await page.waitForURL(/\/idp\/interaction\//);
    expect(await page.title()).toMatch(/^Demo-Anmeldung/);
    await expect.poll(() => page.getByText(/erfunden/).count()).toBeGreaterThan(0);
    await page.screenshot({ path: resolve(artifacts, 'signin-demo-login.png') });
    await page
      .getByRole('region', { name: 'Stadt Köln' })
      .getByRole('button', { name: String(account?.name), exact: true })
      .click();

    // Back where the sign-in began, signed in: the header names the person.
    await page.waitForURL((url) => url.origin === server.base && url.pathname === '/' && url.search === '?view=table');
    await page.getByText(`Angemeldet als ${account?.name}`).waitFor();
    await page.screenshot({ path: resolve(artifacts, 'signin-signed-in.png') });
    // The browser holds no token: the session cookie is httpOnly, page scripts see no cookie at all.
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const cookies = await page.context().cookies();
    expect(cookies.map((c) => ({ name: c.name, httpOnly: c.httpOnly, sameSite: c.sameSite }))).toContainEqual({
      name: 'netzwerkatlas',
      httpOnly: true,
      sameSite: 'Lax',
    });
    // The app's own GraphQL requests still work with the cookie (they carry the CSRF header).
    const status = await page.evaluate(async () => {
      const r = await fetch('/graphql?query=%7B__typename%7D', { headers: { 'x-graphql-yoga-csrf': '1' } });
      return r.status;
    });
    expect(status).toBe(200);

    await page.getByRole('button', { name: 'Abmelden' }).click();
    // The provider asks whether to end its session too.
    await page.getByRole('button', { name: 'Ja, abmelden' }).click();
    await page.waitForURL((url) => url.origin === server.base && url.pathname === '/');
    await page.getByRole('link', { name: 'Anmelden' }).waitFor();
    expect(await page.getByText(/Angemeldet als/).count()).toBe(0);
    const session = await page.evaluate(async () => (await fetch('/auth/session')).json());
    expect(session).toEqual({ signedIn: false, name: null, email: null });
    await page.screenshot({ path: resolve(artifacts, 'signin-signed-out.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
