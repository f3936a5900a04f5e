// Curation in Chromium against the real server, Neo4j and the embedded demo provider: a demo
// person who coordinates a network signs in on the Demo-Anmeldung page, opens the network's
// panel, adds a member authority (found by the search, with a source) and removes it again,
// edits its description through "Bearbeiten" and sees it in the panel; then, while the
// form is open, the same network is changed through the API (a second editor), and saving the
// form shows the conflict, keeps what was typed and shows the newer text. The panel in edit mode
// has no serious axe findings. Screenshots of the form and of the conflict go to test/artifacts/.

import { resolve } from 'node:path';
import { findDemoAccount } from '@netzwerkatlas/seed';
import { repoRoot } from '@netzwerkatlas/server/config';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../helpers/api.js';
import { type AuthServer, demoToken, startAuthServer } from '../helpers/auth.js';
import { artifacts, launchBrowser, offline, pickDemoAccount, returningVisitor, seriousViolations } from './browser.js';

const db = testDb();
let server: AuthServer;
let browser: Browser;
let context: BrowserContext;
/** The network as it was, restored afterwards so the shared test database keeps the seeded demo layer. */
let original: { id: string; props: Record<string, unknown> } | null = null;

interface Coordinator {
  personId: string;
  networkId: string;
  networkName: string;
}

beforeAll(async () => {
  server = await startAuthServer(db, { http: { webDist: resolve(repoRoot, 'web/dist') } });
  browser = await launchBrowser();
  // Tall enough that the panel shows the whole form in the screenshots.
  context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1366, height: 1500 } });
  await returningVisitor(context);
}, 60_000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
  if (original) {
    // The curated fields as they were (written back one by one, so other properties keep their types).
    await db.write(
      {
        text: `MATCH (n:Network {id: $id})
               SET n.name = $props.name, n.shortName = $props.shortName, n.description = $props.description,
                   n.website = $props.website, n.cadence = $props.cadence, n.funding = $props.funding, n.source = $props.source
               REMOVE n.version, n.curatedAt, n.curatedFields`,
      },
      original,
    );
    await db.write('people/bump-version');
  }
  await db.close();
});

/** A demo person who coordinates a network (their role there is COORDINATOR), with a demo sign-in. */
async function coordinator(): Promise<Coordinator> {
  const rows = await db.read<Coordinator>({
    text: `MATCH (p:Person {synthetic: true})-[r:PARTICIPATES_IN {role: 'COORDINATOR'}]->(n:Network)
           WHERE p.email IS NOT NULL AND r.until IS NULL AND (p)-[:WORKS_AT]->(:Authority)
           RETURN p.id AS personId, n.id AS networkId, n.name AS networkName ORDER BY p.id, n.id LIMIT 20`,
  });
  const found = rows.find((r) => findDemoAccount(r.personId));
  if (!found) throw new Error('e2e: no demo person coordinates a network');
  return found;
}

/** Signs in on the Demo-Anmeldung page and comes back to the network's panel. */
async function signInAt(page: Page, who: Coordinator) {
  const account = findDemoAccount(who.personId);
  if (!account) throw new Error(`no demo account for ${who.personId}`);
  const back = `/?${new URLSearchParams({ node: who.networkId })}`;
  await page.goto(`${server.base}/auth/login?${new URLSearchParams({ returnTo: back })}`);
  await pickDemoAccount(page, account);
  await page.waitForURL((url) => url.origin === server.base && url.searchParams.get('node') === who.networkId);
  return account;
}

/** The network as the API tells it (its version and description), asked independently with a bearer token. */
async function networkByApi(token: string, id: string): Promise<{ version: number; description: string | null; topics: { id: string }[] }> {
  const response = await fetch(`${server.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'query($id: ID!) { network(id: $id) { version description topics { id } } }', variables: { id } }),
  });
  return ((await response.json()) as any).data.network;
}

describe('curation in the browser', () => {
  it('a coordinator edits the description in the panel; a change meanwhile is a conflict that keeps the input', async () => {
    const who = await coordinator();
    const [stored] = await db.read<{ props: Record<string, unknown> }>(
      { text: 'MATCH (n:Network {id: $id}) RETURN properties(n) AS props' },
      { id: who.networkId },
    );
    original = { id: who.networkId, props: stored?.props ?? {} };

    const page = await context.newPage();
    // As in a closed authority network: every request to another origin is refused and noted.
    const seen = await offline(page, server.base);
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    const account = await signInAt(page, who);
    const token = await demoToken(server.base, account.subject);
    const panel = page.getByTestId('node-panel');
    await panel.getByRole('heading', { name: who.networkName }).first().waitFor();

    // Bearbeiten: the form with the stored profile.
    await panel.getByRole('button', { name: 'Bearbeiten' }).click();
    const editor = panel.getByTestId('network-editor');
    await editor.getByRole('heading', { name: 'Netzwerk bearbeiten' }).waitFor();
    // A member added through the search, with its source, and removed again: each an own change
    // that moves the form's version along, so the description saved below is no conflict.
    const [outsider] = await db.read<{ id: string; name: string }>(
      {
        text: `MATCH (a:Authority) WHERE a.name STARTS WITH 'Stadt ' AND NOT (a)-[:MEMBER_OF]->(:Network {id: $id})
               RETURN a.id AS id, a.name AS name ORDER BY a.name, a.id LIMIT 1`,
      },
      { id: who.networkId },
    );
    if (!outsider) throw new Error('e2e: no authority outside the network');
    const search = editor.getByRole('combobox', { name: 'Mitglied hinzufügen' });
    await search.fill(outsider.name);
    await editor
      .getByRole('option', { name: new RegExp(`^${outsider.name}`) })
      .first()
      .click();
    await editor.getByLabel('Quelle (freiwillig)').fill('Mitgliederliste 2025 (Test)');
    await editor.getByRole('button', { name: `${outsider.name} hinzufügen` }).click();
    await editor
      .getByRole('status')
      .filter({ hasText: `${outsider.name} ist jetzt Mitglied.` })
      .waitFor();
    const added = editor.getByRole('listitem').filter({ hasText: outsider.name });
    await added.getByText('Mitgliederliste 2025 (Test)').waitFor();
    const [membership] = await db.read<{ synthetic: boolean; source: string[] }>(
      { text: 'MATCH (:Authority {id: $a})-[r:MEMBER_OF]->(:Network {id: $n}) RETURN r.synthetic AS synthetic, r.source AS source' },
      { a: outsider.id, n: who.networkId },
    );
    expect(membership).toEqual({ synthetic: false, source: ['Mitgliederliste 2025 (Test)'] });
    await added.getByRole('button', { name: `${outsider.name} entfernen` }).click();
    await editor
      .getByRole('status')
      .filter({ hasText: `${outsider.name} ist kein Mitglied mehr.` })
      .waitFor();
    await added.waitFor({ state: 'detached' });

    const description = editor.getByLabel('Beschreibung');
    const text = `Gepflegt im Test ${Date.now().toString(36)}: Treffen alle zwei Monate, offen für alle Behörden.`;
    await description.fill(text);
    // The topics to choose from, the network's own checked.
    await editor.getByRole('checkbox').first().waitFor();
    const topics = (await networkByApi(token, who.networkId)).topics;
    expect(await editor.getByRole('checkbox', { checked: true }).count()).toBe(topics.length);
    await panel.screenshot({ path: resolve(artifacts, 'curation-edit-form.png') });
    expect(await seriousViolations(page, '[data-testid=node-panel]')).toEqual([]);
    await editor.getByRole('button', { name: 'Speichern' }).click();
    await panel.getByRole('status').filter({ hasText: 'Gespeichert.' }).waitFor();
    await panel.getByTestId('network-description').filter({ hasText: text }).waitFor();
    const afterSave = await networkByApi(token, who.networkId);
    expect(afterSave.description).toBe(text);

    // The form opens again on the stored version; meanwhile a second editor changes the network.
    await panel.getByRole('button', { name: 'Bearbeiten' }).click();
    await editor.getByRole('heading', { name: 'Netzwerk bearbeiten' }).waitFor();
    const theirs = 'Zwischendurch geändert von jemand anderem.';
    const other = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'mutation($id: ID!, $v: Int!, $d: String) { updateNetwork(id: $id, expectedVersion: $v, description: $d) { version } }',
        variables: { id: who.networkId, v: afterSave.version, d: theirs },
      }),
    });
    expect(((await other.json()) as any).data.updateNetwork.version).toBe(afterSave.version + 1);

    const mine = 'Meine Fassung, die nicht verloren gehen darf.';
    await editor.getByLabel('Beschreibung').fill(mine);
    await editor.getByRole('button', { name: 'Speichern' }).click();
    const conflict = editor.getByTestId('edit-conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Jemand hat dieses Netzwerk inzwischen geändert');
    expect(await conflict.textContent()).toContain(`Version ${afterSave.version + 1}`);
    // My input is kept; the newer text stands under the field.
    expect(await editor.getByLabel('Beschreibung').inputValue()).toBe(mine);
    await editor.getByText(`Inzwischen gespeichert: „${theirs}“`).waitFor();
    expect((await networkByApi(token, who.networkId)).description).toBe(theirs);
    await panel.screenshot({ path: resolve(artifacts, 'curation-conflict.png') });
    expect(await seriousViolations(page, '[data-testid=node-panel]')).toEqual([]);

    // Saving again, now against the newer version, stores my text deliberately.
    await editor.getByRole('button', { name: 'Speichern' }).click();
    await panel.getByTestId('network-description').filter({ hasText: mine }).waitFor();
    expect(await networkByApi(token, who.networkId)).toMatchObject({ version: afterSave.version + 2, description: mine });
    expect(errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
  }, 120_000);
});
