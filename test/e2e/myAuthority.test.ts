// "Meine Behörde" in Chromium against the real server, Neo4j and the embedded demo provider: a
// demo person of Stadt Köln (where three colleagues share one network) signs in on the
// Demo-Anmeldung page, sees colleagues and duplicates, declares a participation that colleagues
// may see, and a colleague's session (a second browser context) sees the name; set to PRIVATE,
// the colleague sees a count ("weniger als 3"), not the name. The innovation office sees counts
// per network and no names. The data export downloads, the
// erase dialog is keyboard-safe, the page fits a 390 px screen without serious axe findings, and
// signed out the page shows counts and offers to sign in. What the browser shows is checked
// against the API asked independently (the person's bearer token).

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findDemoAccount } from '@netzwerkatlas/seed';
import { repoRoot } from '@netzwerkatlas/server/config';
import { deriveInTransaction } from '@netzwerkatlas/server/derived';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../helpers/api.js';
import { type AuthServer, demoToken, startAuthServer } from '../helpers/auth.js';
import { launchBrowser, pickDemoAccount } from './browser';
import { returningVisitor, seriousViolations } from './browser.js';

const artifacts = resolve(repoRoot, 'test/artifacts');
const db = testDb();
let server: AuthServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

// Two colleagues at Stadt Köln (Beispieldaten): the one who declares, and the one who looks.
const declarer = findDemoAccount('person:demo-0162');
const colleague = findDemoAccount('person:demo-0013');
// A third made innovation office for one test (as an administrator would, setInnovationOffice).
const office = findDemoAccount('person:demo-0039');
let declared: string | null = null;

beforeAll(async () => {
  server = await startAuthServer(db, { http: { webDist: resolve(repoRoot, 'web/dist') } });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
  // The declared participation goes again, and the derived counts with it, so that the shared
  // test database holds the seeded demo layer only.
  if (declared) {
    await db.write(
      { text: 'MATCH (:Person {id: $person})-[r:PARTICIPATES_IN]->(:Network {id: $network}) DELETE r' },
      { person: declarer?.personId, network: declared },
    );
    await db.writeTransaction((tx) => deriveInTransaction(tx));
    await db.write('people/bump-version');
  }
  await db.close();
});

/** A new browser (context) with a page that records uncaught errors and CSP violations. */
async function newPage(viewport = { width: 1366, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'de-DE', viewport, acceptDownloads: true });
  contexts.push(context);
  // Not a newcomer: the first-visit guide would stand over the sign-in link on a phone.
  await returningVisitor(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) errors.push(msg.text());
  });
  return { page, errors };
}

/** Opens Meine Behörde signed out, follows its sign-in link and picks the person on Demo-Anmeldung. */
async function signInOnPage(page: Page, account: NonNullable<typeof declarer>) {
  await page.goto(`${server.base}/?view=myAuthority`);
  await page.getByRole('link', { name: 'Anmelden und „Meine Behörde“ öffnen' }).click();
  await pickDemoAccount(page, account);
  // Back on Meine Behörde, signed in.
  await page.waitForURL((url) => url.origin === server.base && url.search === '?view=myAuthority');
  await page.getByText(`Angemeldet als ${account.name}`).waitFor();
  await page.getByRole('heading', { name: /^Meine Behörde: Stadt Köln/ }).waitFor();
}

interface Overview {
  myAuthority: {
    networks: { duplicate: boolean; network: { id: string; name: string }; colleagues: { person: { id: string; name: string } }[] }[];
    absentNetworks: { network: { id: string; name: string } }[];
  };
}

/** The API's answer for a person (bearer token from the same provider): the independent side. */
async function overviewOf(who: string): Promise<Overview['myAuthority']> {
  const token = await demoToken(server.base, who);
  const response = await fetch(`${server.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query:
        '{ myAuthority { networks { duplicate network { id name } colleagues { person { id name } } } absentNetworks { network { id name } } } }',
    }),
  });
  const body = (await response.json()) as { data: Overview };
  return body.data.myAuthority;
}

describe('Meine Behörde in the browser', () => {
  it('colleagues and duplicates; declare, colleague sees the name; PRIVATE, colleague sees a count; export; signed out: counts', async () => {
    expect(declarer?.authorityName).toBe('Stadt Köln');
    expect(colleague?.authorityName).toBe('Stadt Köln');
    if (!declarer || !colleague) return;

    // What the API says the declarer sees: duplicates with named colleagues, and networks where
    // none of Köln takes part (one of which the declarer joins).
    const before = await overviewOf(declarer.subject);
    const duplicate = before.networks.find((n) => n.duplicate && n.colleagues.some((c) => c.person.id !== declarer.personId));
    expect(duplicate, 'a network with two or more of Köln and a colleague the declarer may see').toBeDefined();
    const named = duplicate?.colleagues.find((c) => c.person.id !== declarer.personId)?.person.name as string;
    const target = before.absentNetworks[0]?.network;
    expect(target, 'a network on Köln’s topics without Köln').toBeDefined();
    if (!duplicate || !target) return;

    // The declarer signs in on the page and sees colleagues and duplicates.
    const { page, errors } = await newPage();
    await signInOnPage(page, declarer);
    const duplicates = page.getByTestId('duplicates');
    await duplicates.getByRole('button', { name: duplicate.network.name, exact: true }).waitFor();
    expect(await duplicates.textContent()).toContain('Stimmen Sie sich ab');
    const row = page.getByTestId('staff-networks').locator(`li[data-network="${duplicate.network.id}"]`);
    await row.getByText(named, { exact: false }).first().waitFor();
    expect(await row.textContent()).toContain('mehrfach');
    await page.screenshot({ path: resolve(artifacts, 'my-authority-signed-in.png'), fullPage: true });

    // "Ich nehme teil" beside the suggested network: the form gets it and the focus.
    await page.getByRole('button', { name: `Ich nehme teil an ${target.name}` }).click();
    await page.getByText(`Gewählt: ${target.name}`).waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('declare'))).toBe(true);
    const form = page.locator('section.declare');
    // The default is PRIVATE; this time colleagues may see it.
    expect(await form.getByRole('radio', { name: /^privat \(nur gezählt\)/ }).isChecked()).toBe(true);
    await form.getByRole('radio', { name: /^meine Behörde/ }).check();
    await form.getByRole('button', { name: 'Teilnahme eintragen' }).click();
    declared = target.id;
    await form.getByText(`Eingetragen: ${target.name} (sichtbar für: meine Behörde).`).waitFor();
    const mine = page.getByTestId('my-participations').locator(`li[data-network="${target.id}"]`);
    await mine.waitFor();
    expect(await mine.getByRole('combobox', { name: 'Wer sieht meinen Namen dabei?' }).inputValue()).toBe('AUTHORITY');

    // A colleague's session sees the name.
    const other = await newPage();
    await signInOnPage(other.page, colleague);
    const seen = other.page.getByTestId('staff-networks').locator(`li[data-network="${target.id}"]`);
    await seen.getByText(declarer.name).waitFor();

    // The declarer sets it to PRIVATE.
    await mine.getByRole('combobox', { name: 'Wer sieht meinen Namen dabei?' }).selectOption('PRIVATE');
    await mine.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText(`Sichtbarkeit für ${target.name}: privat (nur gezählt).`).waitFor();

    // The colleague, again: a count, not the name.
    await other.page.reload();
    const counted = other.page.getByTestId('staff-networks').locator(`li[data-network="${target.id}"]`);
    await counted.waitFor();
    const text = (await counted.textContent()) ?? '';
    expect(text).toContain('weniger als 3');
    expect(text).not.toContain(declarer.name);
    await other.page.screenshot({ path: resolve(artifacts, 'my-authority-colleague.png'), fullPage: true });
    // And so says the API.
    const after = await overviewOf(colleague.subject);
    const there = after.networks.find((n) => n.network.id === target.id);
    expect(there?.colleagues.map((c) => c.person.id)).toEqual([]);
    expect(other.errors).toEqual([]);

    // My data: the download is everything stored about me, with the new participation.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Meine Daten herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^netzwerkatlas-meine-daten-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(String(await download.path()), 'utf8'));
    expect(JSON.stringify(exported)).toContain(declarer.name);
    expect(JSON.stringify(exported)).toContain(target.id);

    // "Mich löschen" asks first: the focus goes to "Abbrechen", Escape cancels, nothing is erased.
    const erase = page.getByRole('button', { name: 'Mich löschen' });
    await erase.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Wirklich alle Ihre Daten löschen?' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Abbrechen');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Mich löschen');
    expect((await overviewOf(declarer.subject)).networks.length).toBeGreaterThan(0);

    expect(await seriousViolations(page, 'main')).toEqual([]);
    expect(errors).toEqual([]);

    // Signed out (here and at the provider): counts, and the way to sign in.
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('button', { name: 'Ja, abmelden' }).click();
    await page.waitForURL((url) => url.origin === server.base && url.pathname === '/');
    await page.goto(`${server.base}/?view=myAuthority&authority=org:stadt-koeln`);
    const signIn = page.getByRole('link', { name: 'Anmelden und „Meine Behörde“ öffnen' });
    await signIn.waitFor();
    expect(await signIn.getAttribute('href')).toBe(
      `/auth/login?${new URLSearchParams({ returnTo: '/?view=myAuthority&authority=org:stadt-koeln' })}`,
    );
    const counts = page.getByTestId('public-counts');
    const publicRow = counts.locator('li', { has: page.getByRole('button', { name: duplicate.network.name, exact: true }) });
    await publicRow.waitFor();
    expect(await publicRow.textContent()).toMatch(/Personen: (\d+|weniger als 3|mindestens \d+)$/);
    // No name of a colleague who did not make this participation public.
    expect(await counts.getByText(declarer.name).count()).toBe(0);
    await page.screenshot({ path: resolve(artifacts, 'my-authority-signed-out.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 120_000);

  it('the innovation office sees its authority as counts per network, never a colleague’s name', async () => {
    expect(office?.authorityName).toBe('Stadt Köln');
    if (!office || !declarer) return;
    const names = (await overviewOf(declarer.subject)).networks.flatMap((n) =>
      n.colleagues.map((c) => c.person.name).filter((name) => name !== office.name),
    );
    expect(names.length).toBeGreaterThan(0);
    await db.write({ text: "MATCH (p:Person {id: $id}) SET p.roles = ['INNOVATION_OFFICE']" }, { id: office.personId });
    try {
      const { page, errors } = await newPage();
      await signInOnPage(page, office);
      await page.getByTestId('counts-only').waitFor();
      const networks = page.getByTestId('staff-networks');
      await networks.locator('li').first().waitFor();
      const text = (await networks.textContent()) ?? '';
      expect(text).toMatch(/Personen: (\d+|weniger als 3|mindestens \d+)/);
      for (const name of names) expect(text).not.toContain(name);
      expect(await page.getByTestId('duplicates').textContent()).not.toContain(names[0]);
      await page.screenshot({ path: resolve(artifacts, 'my-authority-office.png'), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await db.write({ text: 'MATCH (p:Person {id: $id}) REMOVE p.roles' }, { id: office.personId });
    }
  }, 90_000);

  it('fits a 390 px screen: nothing wider than the screen, no serious axe findings', async () => {
    if (!colleague) return;
    const { page, errors } = await newPage({ width: 390, height: 844 });
    await signInOnPage(page, colleague);
    await page.getByTestId('staff-networks').waitFor();
    await page.getByTestId('my-participations').waitFor();
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    expect(await seriousViolations(page, 'main')).toEqual([]);
    await page.screenshot({ path: resolve(artifacts, 'my-authority-390.png'), fullPage: true });
    // The privacy page, from the footer.
    await page.getByRole('contentinfo').getByRole('link', { name: 'Datenschutz' }).click();
    await page.getByRole('heading', { name: 'Auf welcher Grundlage' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page, 'main')).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);
});
