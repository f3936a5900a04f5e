// The explorer honest and self-explaining, in Chromium against the real server and Neo4j: what
// is invented is marked (and goes with "nur Quellen"), a newcomer is guided, the search forgives,
// a phone shows the map first, Escape closes the panel. Every page is also checked with axe.

import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, type Harness, openFirstVisit, openPage, seriousViolations, startHarness } from './browser';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 120_000);
afterAll(() => h?.close());

/** Screenshots to look at go outside the repository (SCREENSHOT_DIR, else the system's temp folder). */
const shots = process.env.SCREENSHOT_DIR ?? resolve(process.env.TMPDIR ?? '/tmp', 'netzwerkatlas-shots');
const shoot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: resolve(shots, `${name}.png`), fullPage });

const NEUSS = 'org:rhein-kreis-neuss';

interface Relation {
  type: string;
  synthetic: boolean;
  sources: { title: string }[];
  network: { id: string; name: string };
}

describe('real versus invented', () => {
  let relations: Relation[];
  beforeAll(async () => {
    relations = (
      await ask<{ authority: { networkRelations: Relation[] } }>(
        h,
        `{ authority(id: "${NEUSS}") { networkRelations(types: [MEMBER_OF]) { type synthetic sources { title } network { id name } } } }`,
      )
    ).authority.networkRelations;
  });

  it('marks each invented membership of Rhein-Kreis Neuss as Beispieldaten and names the source of the real ones', async () => {
    const invented = relations.filter((r) => r.synthetic);
    const real = relations.filter((r) => !r.synthetic);
    expect(invented.length).toBeGreaterThan(0);
    expect(real.length).toBeGreaterThan(0);
    const { page, errors } = await openPage(h, `/?node=${encodeURIComponent(NEUSS)}`);
    const list = page.getByTestId('network-relations');
    await list.getByRole('listitem').first().waitFor();
    for (const r of invented) {
      const item = list.getByRole('listitem').filter({ has: page.getByRole('button', { name: r.network.name, exact: true }) });
      await expect(item.getByTestId('synthetic-badge').count()).resolves.toBeGreaterThan(0);
    }
    for (const r of real) {
      const item = list
        .getByRole('listitem')
        .filter({ has: page.getByRole('button', { name: r.network.name, exact: true }) })
        .filter({ hasText: r.sources[0]!.title });
      await expect(item.count()).resolves.toBe(1);
      await expect(item.getByTestId('synthetic-badge').count()).resolves.toBe(0);
    }
    // The mark is a word and a pattern, not a colour alone.
    const badge = list.getByTestId('synthetic-badge').first();
    await expect(badge.textContent()).resolves.toBe('Beispieldaten');
    await expect(badge.evaluate((el) => getComputedStyle(el).backgroundImage)).resolves.toContain('repeating-linear-gradient');
    await shoot(page, 'neuss-panel-all', true);
    expect(await seriousViolations(page, '[data-testid="node-panel"]')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('with "nur Quellen" the panel shows no invented membership, and says how many it left out', async () => {
    const { page, errors } = await openPage(h, `/?node=${encodeURIComponent(NEUSS)}`);
    const list = page.getByTestId('network-relations');
    await list.getByRole('listitem').first().waitFor();
    await page.getByRole('radio', { name: 'nur Quellen' }).check();
    await expect.poll(() => list.getByTestId('synthetic-badge').count(), { timeout: 15_000 }).toBe(0);
    await expect(page.getByTestId('node-panel').getByTestId('synthetic-badge').count()).resolves.toBe(0);
    for (const r of relations.filter((x) => !x.synthetic)) {
      await expect(list.getByRole('button', { name: r.network.name, exact: true }).count()).resolves.toBe(1);
    }
    const invented = new Set(relations.filter((r) => r.synthetic).map((r) => r.network.id)).size;
    await expect(list.textContent()).resolves.toContain(`${invented} Einträge aus Beispieldaten ausgeblendet`);
    expect(new URL(page.url()).searchParams.get('data')).toBe('real');
    await shoot(page, 'neuss-panel-real', true);
    expect(await seriousViolations(page, 'body')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a newcomer', () => {
  it('is greeted by a short guide and a notice of what is invented, with a way to switch it off', async () => {
    const coverage = await ask<{
      coverage: { nodes: { kind: string; real: number }[]; relations: { kind: string; real: number; synthetic: number }[] };
    }>(h, '{ coverage { nodes { kind real } relations { kind real synthetic } } }');
    const networks = coverage.coverage.nodes.find((n) => n.kind === 'Network')!.real;
    const memberships = coverage.coverage.relations.find((r) => r.kind === 'MEMBER_OF:Authority')!;
    const { page, errors, close } = await openFirstVisit(h);
    const guide = page.getByRole('dialog', { name: 'Willkommen im Netzwerkatlas' });
    await guide.waitFor();
    await expect(guide.getByRole('listitem').count()).resolves.toBe(3);
    // The figures arrive with Query.coverage, counted over the whole graph: wait as long as the
    // other views wait for their answers.
    await expect.poll(() => guide.textContent(), { timeout: 15_000 }).toContain(`${networks} Netzwerke`);
    await shoot(page, 'first-visit-guide');
    expect(await seriousViolations(page, '[data-testid="first-visit-guide"]')).toEqual([]);
    await guide.getByRole('button', { name: 'Los geht’s' }).click();
    await expect(guide.isVisible()).resolves.toBe(false);

    const notice = page.getByTestId('synthetic-notice');
    await expect
      .poll(() => notice.textContent(), { timeout: 15_000 })
      .toContain(`${memberships.synthetic} von ${memberships.real + memberships.synthetic}`);
    await shoot(page, 'first-visit-notice');
    expect(await seriousViolations(page, '[data-testid="synthetic-notice"]')).toEqual([]);
    await notice.getByRole('button', { name: 'Beispieldaten ausblenden (nur Quellen)' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBe('real');
    // Remembered: the next visit opens without the guide.
    await page.reload();
    await page.getByTestId('synthetic-notice').waitFor();
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('finds coverage and sources on the "Über" page', async () => {
    const { page, errors } = await openPage(h, '/?view=about');
    const sources = await ask<{ sources: { title: string }[] }>(h, '{ sources { title } }');
    await page.getByTestId('coverage').waitFor();
    for (const s of sources.sources) await expect(page.getByText(s.title, { exact: true }).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('link', { name: /GraphiQL/ }).getAttribute('href')).resolves.toBe('/graphql');
    await shoot(page, 'about', true);
    expect(await seriousViolations(page, 'body')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('search that forgives', () => {
  it('"Vergbe" finds the Deutsches Vergabenetzwerk, and a word that matches nothing says so', async () => {
    const { page, errors } = await openPage(h);
    const box = page.getByRole('combobox', { name: 'Suche' });
    await box.fill('Vergbe');
    const hit = page.getByRole('option', { name: /Deutsches Vergabenetzwerk/ });
    await hit.first().waitFor();
    await shoot(page, 'search-vergbe');
    await box.press('ArrowDown');
    await box.press('ArrowUp');
    await hit.first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe('network:dvnw');
    await box.fill('Qxzvwq');
    await page.getByTestId('search-nothing').waitFor();
    await expect(page.getByTestId('search-nothing').textContent()).resolves.toContain('Nichts gefunden für „Qxzvwq“');
    // The box stops at 100 characters, before the API has to refuse.
    await box.fill('x'.repeat(150));
    await expect(box.inputValue()).resolves.toHaveLength(100);
    expect(await seriousViolations(page, 'header')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('small screens and first load', () => {
  it('on a 390 px wide phone the map is above the fold and the filters fold away under it', async () => {
    const { page, errors, close } = await openFirstVisit(h, '/', { width: 390, height: 844 });
    await page.getByRole('button', { name: 'Los geht’s' }).click();
    await page.getByTestId('synthetic-notice').getByRole('button', { name: 'Hinweis schließen' }).click();
    const map = page.locator('.sigma-container');
    await map.waitFor();
    const box = (await map.boundingBox())!;
    expect(box.y, 'the map starts inside the first screen').toBeLessThan(844 - 200);
    expect(box.width).toBeGreaterThan(300);
    const filters = (await page.locator('details.filters').boundingBox())!;
    expect(filters.y).toBeGreaterThan(box.y);
    await expect(page.locator('details.filters').getAttribute('open')).resolves.toBeNull();
    // No horizontal scrolling of the page.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await shoot(page, 'mobile-390');
    expect(await seriousViolations(page, 'body')).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('asks no query twice on first load, and sends hashed assets as immutable', async () => {
    const { page, close } = await openFirstVisit(h, '/?view=landscape');
    // The first load's own queries must be out before counting starts: on a loaded machine they
    // were still being sent when the listener came, and the reload's were counted as their repeats.
    await page.waitForLoadState('networkidle');
    const asked: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/graphql') asked.push(r.url());
    });
    await page.reload();
    await page.locator('.sigma-container').waitFor();
    await page.waitForLoadState('networkidle');
    expect(asked.length).toBeGreaterThan(0);
    const twice = asked.filter((url, i) => asked.indexOf(url) !== i).map((url) => decodeURIComponent(url).slice(0, 160));
    expect(twice.join('\n')).toBe('');
    const html = await fetch(`${h.base}/`);
    expect(html.headers.get('cache-control')).toBe('no-cache');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await html.text())![1]!;
    const asset = await fetch(`${h.base}${script}`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    await close();
  });
});

describe('keyboard', () => {
  it('Escape closes the panel', async () => {
    const { page, errors } = await openPage(h, `/?node=${encodeURIComponent(NEUSS)}`);
    await page.getByTestId('node-panel').getByRole('heading', { name: 'Rhein-Kreis Neuss' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('node-panel').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('node')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });
});
