// "Daten importieren" and "Prüfliste" in Chromium against the real server, Neo4j and the embedded
// demo provider. Signed out, the page says who may import and offers to sign in, never the form.
// An administrator (a demo person named in the server's administrators) signs in on the
// Demo-Anmeldung page, uploads a file with a bad AGS and reads the problem by line and column,
// uploads a good file, confirms, follows the progress to the final report, and the API then has
// the imported authority; a membership whose authority is uncertain waits in the review list,
// accepting it links the authority (the database says so) and undoing opens it again. Both pages
// pass axe without serious or critical findings; screenshots go to test/artifacts/.

import { resolve } from 'node:path';
import { findDemoAccount } from '@netzwerkatlas/seed';
import { repoRoot } from '@netzwerkatlas/server/config';
import { deriveInTransaction } from '@netzwerkatlas/server/derived';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { testDb } from '../helpers/api.js';
import { type AuthServer, startAuthServer } from '../helpers/auth.js';
import { TEST_PSEUDONYM_KEY } from '../helpers/viewers.js';
import { artifacts, launchBrowser, offline, returningVisitor, seriousViolations } from './browser.js';

const db = testDb();
let server: AuthServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

// Letters only: the name matcher folds names, and the test's names must stay one word.
const px = `ip${Date.now()
  .toString(36)
  .replace(/\d/g, (d) => 'abcdefghij'[Number(d)] as string)}`;
const ID = { network: `network:${px}-n`, town: `org:${px}-stadt`, district: `org:${px}-kreis` };
const TOWN = `Stadt Zweifel${px}`;
const DISTRICT = `Landkreis Zweifel${px}`;
const UNCERTAIN = `Zweifel${px}`;
const admin = findDemoAccount('person:demo-0001');

beforeAll(async () => {
  if (!admin) throw new Error('demo account person:demo-0001 missing');
  await db.write({ text: "CREATE (:Network {id: $id, name: 'Prüfnetz ' + $px, synthetic: true})" }, { id: ID.network, px });
  server = await startAuthServer(db, {
    http: {
      webDist: resolve(repoRoot, 'web/dist'),
      people: { admins: { subjects: [admin.subject], emails: [] }, pseudonymKey: TEST_PSEUDONYM_KEY },
    },
  });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
  // What this test imported goes again, and the derived data with it: the shared test database
  // keeps the seeded landscape only.
  await db.write({ text: 'MATCH (n) WHERE n.id IN $ids DETACH DELETE n' }, { ids: Object.values(ID) });
  await db.write({ text: 'MATCH (r:ReviewItem {name: $name}) DETACH DELETE r' }, { name: UNCERTAIN });
  await db.writeTransaction((tx) => deriveInTransaction(tx));
  await db.write('people/bump-version');
  await db.close();
});

async function newPage(): Promise<{ page: Page; errors: string[]; foreign: string[] }> {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  contexts.push(context);
  await returningVisitor(context);
  const page = await context.newPage();
  // As in a closed authority network: every request to another origin is refused and noted.
  const { foreign } = await offline(page, server.base);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) errors.push(msg.text());
  });
  return { page, errors, foreign };
}

/** Picks a file for the form and has it uploaded and checked. */
async function check(page: Page, kind: string, name: string, csv: string) {
  await page.getByLabel('Art der Daten').selectOption({ label: kind });
  await page.getByLabel(/^Datei \(CSV, XLSX oder JSON, höchstens 64 MB\)$/).setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByRole('button', { name: 'Hochladen und prüfen' }).click();
}

const job = (page: Page) => page.getByTestId('import-job');

async function memberships(): Promise<number> {
  const [row] = await db.read<{ n: number }>(
    { text: 'MATCH (:Authority {id: $a})-[r:MEMBER_OF]->(:Network {id: $n}) RETURN count(r) AS n' },
    { a: ID.town, n: ID.network },
  );
  return row?.n ?? -1;
}

describe('the import page and the review list in the browser', () => {
  it('signed out: the refusal sentence and a way to sign in, no form, no tab; an administrator imports and decides the review list', async () => {
    if (!admin) return;
    const { page, errors, foreign } = await newPage();
    // Whatever happens, the last state is kept to look at.
    onTestFinished(() => page.screenshot({ path: resolve(artifacts, 'import-last.png'), fullPage: true }).then(() => undefined));

    // Signed out: why not, and how to sign in; neither the form nor the tabs.
    await page.goto(`${server.base}/?view=import`);
    const refusal = page.getByTestId('import-refusal');
    await refusal
      .getByText('Daten importieren können nur angemeldete Administratorinnen und Administratoren sowie Koordinatorinnen')
      .waitFor();
    expect(await page.locator('input[type=file]').count()).toBe(0);
    const nav = page.getByRole('navigation', { name: 'Ansichten' });
    await nav.getByRole('link', { name: 'Landschaft' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Daten importieren' }).count()).toBe(0);
    expect(await seriousViolations(page, '#main')).toEqual([]);
    await page.screenshot({ path: resolve(artifacts, 'import-signed-out.png'), fullPage: true });

    // Sign in from the refusal, on Demo-Anmeldung, and come back to the page.
    await refusal.getByRole('link', { name: 'Anmelden, um Daten zu importieren' }).click();
    await page.waitForURL(/\/idp\/interaction\//);
    await page
      .getByRole('region', { name: String(admin.authorityName) })
      .getByRole('button', { name: admin.name, exact: true })
      .click();
    await page.waitForURL((url) => url.origin === server.base && url.search === '?view=import');
    await page.getByText(`Angemeldet als ${admin.name}`).waitFor();
    await nav.getByRole('link', { name: 'Daten importieren' }).waitFor();
    await nav.getByRole('link', { name: 'Prüfliste' }).waitFor();

    // The template of the chosen kind comes from our own origin.
    await page.getByLabel('Art der Daten').selectOption({ label: 'Organisationen' });
    const template = page.getByRole('link', { name: 'Vorlage für „Organisationen“ herunterladen (CSV)' });
    expect(await template.getAttribute('href')).toBe('/import/vorlagen/organisationen.csv');
    const download = await Promise.all([page.waitForEvent('download'), template.click()]).then(([d]) => d);
    expect(download.suggestedFilename()).toBe('organisationen.csv');

    // A file with a bad AGS in its third line: the problem by line and column, nothing written.
    await check(
      page,
      'Organisationen',
      'organisationen.csv',
      `Kennung;Name;Bundesland;AGS;Beispieldaten\n${ID.town};${TOWN};DE-NW;;ja\n${ID.district};${DISTRICT};DE-NW;5315000;ja\n`,
    );
    await job(page).and(page.locator('[data-state=REFUSED]')).waitFor();
    const problems = page.getByTestId('import-problems');
    const row = problems.locator('tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.locator('td').nth(0).textContent()).toBe('3');
    expect(await row.locator('td').nth(1).textContent()).toBe('AGS');
    expect(await row.locator('td').nth(2).textContent()).toMatch(/^Zeile 3, Spalte AGS: AGS „5315000“ ist eine Ziffer zu kurz/);
    await job(page).getByText('Die Datei hat Probleme; so wird nichts importiert.').waitFor();
    const none = await db.read<{ n: number }>(
      { text: 'MATCH (n) WHERE n.id IN $ids RETURN count(n) AS n' },
      { ids: [ID.town, ID.district] },
    );
    expect(none[0]?.n).toBe(0);
    expect(await seriousViolations(page, '#main')).toEqual([]);
    await page.screenshot({ path: resolve(artifacts, 'import-problems.png'), fullPage: true });
    // The valid rows alone: checked again as such, the left-out row still listed; not confirmed here.
    await job(page).getByRole('button', { name: 'Nur die 1 gültigen Zeilen importieren' }).click();
    await job(page).and(page.locator('[data-state=PREVIEW]')).waitFor();
    await job(page).getByText('Es werden nur die gültigen Zeilen importiert; die Zeilen mit Problemen unten werden ausgelassen.').waitFor();
    expect(await problems.locator('tbody tr').count()).toBe(1);
    await job(page).getByRole('button', { name: 'Andere Datei wählen' }).click();
    await job(page).waitFor({ state: 'detached' });
    const [stillNone] = await db.read<{ n: number }>(
      { text: 'MATCH (n) WHERE n.id IN $ids RETURN count(n) AS n' },
      { ids: [ID.town, ID.district] },
    );
    expect(stillNone?.n).toBe(0);

    // A good file: preview, confirm, the progress bar, the final report; the API has the authorities.
    await check(
      page,
      'Organisationen',
      'organisationen.csv',
      `Kennung;Name;Bundesland;Beispieldaten\n${ID.town};${TOWN};DE-NW;ja\n${ID.district};${DISTRICT};DE-NW;ja\n`,
    );
    await job(page).and(page.locator('[data-state=PREVIEW]')).waitFor();
    await job(page).getByText('Alles geprüft: 2 Zeilen können importiert werden.').waitFor();
    await page.screenshot({ path: resolve(artifacts, 'import-preview.png'), fullPage: true });
    await job(page).getByRole('button', { name: 'Import bestätigen' }).click();
    // The confirmation answers IMPORTING at once; the bar shows until the poll sees the end.
    await job(page).and(page.locator('[data-state=IMPORTING]')).locator('progress').waitFor();
    await page.screenshot({ path: resolve(artifacts, 'import-progress.png'), fullPage: true });
    await job(page).and(page.locator('[data-state=DONE]')).waitFor({ timeout: 60_000 });
    await job(page).getByText('Fertig: 2 Zeilen importiert.').waitFor();
    await page.screenshot({ path: resolve(artifacts, 'import-done.png'), fullPage: true });
    const answer = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($id: ID!) { node(id: $id) { ... on Authority { id name synthetic } } }',
        variables: { id: ID.town },
      }),
    });
    expect(((await answer.json()) as { data: unknown }).data).toEqual({ node: { id: ID.town, name: TOWN, synthetic: true } });

    // A membership whose authority is uncertain: listed in the preview, then waiting for review.
    await check(page, 'Mitgliedschaften', 'mitgliedschaften.csv', `Behörde;Netzwerk;Beispieldaten\n${UNCERTAIN};${ID.network};ja\n`);
    await job(page).and(page.locator('[data-state=PREVIEW]')).waitFor();
    const uncertain = page.getByTestId('import-uncertain');
    await uncertain.getByText(`Zeile 2: „${UNCERTAIN}“`, { exact: true }).waitFor();
    await job(page).getByRole('button', { name: 'Import bestätigen' }).click();
    await job(page).and(page.locator('[data-state=DONE]')).waitFor({ timeout: 60_000 });
    await job(page).getByText('1 Zeile wartet in der Prüfliste.').waitFor();
    expect(await memberships()).toBe(0);

    // The review list: accept the town, the database links it; undo, it is open again.
    await job(page).getByRole('link', { name: 'Zur Prüfliste' }).click();
    await page.waitForURL((url) => url.search === '?view=review');
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `„${UNCERTAIN}“`, exact: true }) });
    await item.getByRole('button', { name: `Annehmen: ${TOWN}` }).waitFor();
    await item.getByRole('button', { name: `Annehmen: ${DISTRICT}` }).waitFor();
    expect(await item.textContent()).toContain('Mitgliedschaften aus mitgliedschaften.csv, Zeile 2');
    expect(await seriousViolations(page, '#main')).toEqual([]);
    await page.screenshot({ path: resolve(artifacts, 'import-review-open.png'), fullPage: true });
    await item.getByRole('button', { name: `Annehmen: ${TOWN}` }).click();
    await page.getByTestId('review-status').getByText(`Angenommen: „${UNCERTAIN}“ ist jetzt ${TOWN} (${ID.town}) zugeordnet.`).waitFor();
    await expect.poll(memberships).toBe(1);
    await item.waitFor({ state: 'detached' });

    await page.getByRole('radio', { name: 'angenommen' }).check();
    await item.getByText(/^Entschieden am .* von Ihnen$/).waitFor();
    await page.screenshot({ path: resolve(artifacts, 'import-review-accepted.png'), fullPage: true });
    await item.getByRole('button', { name: 'Rückgängig machen' }).click();
    await page.getByTestId('review-status').getByText(`Rückgängig gemacht: „${UNCERTAIN}“ ist wieder offen.`).waitFor();
    expect(await memberships()).toBe(0);
    await page.getByRole('radio', { name: 'offen' }).check();
    await item.getByRole('button', { name: `Annehmen: ${TOWN}` }).waitFor();
    await item.getByText(/^Eine frühere Entscheidung wurde am .* rückgängig gemacht\.$/).waitFor();

    // The same page in English.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Review list', level: 2 }).waitFor();
    const itemEn = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `“${UNCERTAIN}”`, exact: true }) });
    await itemEn.getByRole('button', { name: `Accept: ${TOWN}` }).waitFor();
    await page.screenshot({ path: resolve(artifacts, 'import-review-en.png'), fullPage: true });

    // On a phone: the import page in one column, still without serious axe findings.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Import data' }).click();
    await page.getByRole('button', { name: 'Upload and check' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page, '#main')).toEqual([]);
    await page.screenshot({ path: resolve(artifacts, 'import-phone-en.png'), fullPage: true });

    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  }, 180_000);
});
