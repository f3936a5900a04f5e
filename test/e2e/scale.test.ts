// The explorer at the scale of Germany, in Chromium: a generated landscape of the `germany`
// preset's shape (its 400 networks, the Länder, umbrellas, federal authorities; fewer
// municipalities, persons and events, so that the run stays near a minute) loaded through the
// one load path, with its derived data and map positions, into a Neo4j of this file's own (the
// shared test store keeps the small real landscape that the other browser tests read).

import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { load } from '@netzwerkatlas/seed';
import { generatedSteps, generateLandscape, PRESETS } from '@netzwerkatlas/seed/generator';
import { repoRoot } from '@netzwerkatlas/server/config';
import { createDb, createDriver, type Db } from '@netzwerkatlas/server/db/index';
import { type Neo4jLocal, startNeo4jLocal } from '@netzwerkatlas/server/db/neo4jLocal';
import { applySchema } from '@netzwerkatlas/server/db/schema';
import { createHttpServer } from '@netzwerkatlas/server/http';
import { pino } from 'pino';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, returningVisitor, screenshot } from './browser';

const NETWORKS = 400;
/** The backbone keeps at most two partners per network at this size (web/src/core/overlap/utils.ts, backboneK). */
const MAX_EDGES = 2 * NETWORKS;

let local: Neo4jLocal;
let db: Db;
let server: Server;
let browser: Browser;
let context: BrowserContext;
let base: string;

beforeAll(async () => {
  const home = resolve(repoRoot, '.neo4j/test-scale');
  await rm(home, { recursive: true, force: true });
  // The fault test uses the test port + 1.
  local = await startNeo4jLocal({ home, port: Number(process.env.NEO4J_TEST_PORT ?? 7688) + 2, heap: '1g', pageCacheMiB: 256 });
  db = createDb(createDriver(local.uri, 'neo4j', ''));
  await applySchema(db);
  const generated = generateLandscape({
    ...PRESETS.germany,
    districts: 40,
    municipalities: 800,
    persons: 1_500,
    participations: 4_000,
    events: 40,
    innovations: 200,
    networks: NETWORKS,
  });
  await load(db, generatedSteps(generated), { atomic: false, batchSize: 10_000 });
  server = createHttpServer({ db, webDist: resolve(repoRoot, 'web/dist'), requestsPerMinute: 0, log: pino({ level: 'silent' }) });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'de-DE' });
  // A returning visitor's pages: the first-visit guide would stand over the heat map in the screenshots.
  await returningVisitor(context);
  await context.addInitScript(() => {
    (window as unknown as { __netzwerkatlasTest?: object }).__netzwerkatlasTest = {};
  });
}, 300_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  server?.close();
  await db?.close();
  await local?.stop();
});

type Box = { key: string; x0: number; y0: number; x1: number; y1: number };

/** The map as drawn: each node's disc in viewport pixels, the viewport, and the labels drawn. */
function drawnMap(page: Page) {
  return page.evaluate(() => {
    const seam = (window as any).__netzwerkatlasTest;
    const sigma = seam.sigma;
    const { width, height } = sigma.getDimensions();
    const discs: { key: string; r: number }[] = [];
    sigma.getGraph().forEachNode((key: string) => {
      const data = sigma.getNodeDisplayData(key);
      if (!data || data.hidden) return;
      discs.push({ key, r: sigma.scaleSize(data.size) });
    });
    return { width, height, discs, labels: seam.labels.drawn() as Box[], order: sigma.getGraph().order as number };
  });
}

describe('the explorer at Germany scale', () => {
  it('opens the landscape with no node covering more than 5 % of the map and labels that do not overlap', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.waitForFunction(() => (window as any).__netzwerkatlasTest?.sigma?.getGraph().order > 0, null, { timeout: 60_000 });
    // No layout runs: the positions came with the landscape.
    await page.waitForTimeout(500);
    expect(await page.locator('.layout-progress').count()).toBe(0);
    await expect.poll(async () => (await drawnMap(page)).labels.length, { timeout: 10_000 }).toBeGreaterThan(5);
    const map = await drawnMap(page);
    // The first level: networks, umbrellas, topics, federal authorities, the Länder; not every authority.
    expect(map.order).toBeGreaterThan(NETWORKS);
    expect(map.order).toBeLessThan(1_000);
    const area = map.width * map.height;
    const largest = Math.max(...map.discs.map((d) => Math.PI * d.r * d.r));
    expect(largest / area).toBeLessThan(0.05);
    const meets = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
    const overlapping = map.labels.flatMap((a, i) =>
      map.labels
        .slice(i + 1)
        .filter((b) => meets(a, b))
        .map((b) => `${a.key}/${b.key}`),
    );
    expect(overlapping).toEqual([]);
    await screenshot(page, 'scale-landscape');

    // Zoomed in: authorities appear where the camera looks, their labels still apart.
    await page.evaluate(() => {
      const sigma = (window as any).__netzwerkatlasTest.sigma;
      const land = sigma.getNodeDisplayData('land:DE-BY');
      sigma.getCamera().setState({ x: land.x, y: land.y, ratio: 0.15, angle: 0 });
    });
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            let authorities = 0;
            (window as any).__netzwerkatlasTest.sigma.getGraph().forEachNode((_k: string, a: { kind: string }) => {
              if (a.kind === 'Authority') authorities++;
            });
            return authorities;
          }),
        { timeout: 10_000 },
      )
      .toBeGreaterThan(20);
    await page.waitForTimeout(500);
    const zoomed = await drawnMap(page);
    expect(zoomed.labels.flatMap((a, i) => zoomed.labels.slice(i + 1).filter((b) => meets(a, b)))).toEqual([]);
    await page.close();
  });

  it('says that a generated store holds only Beispieldaten, and how real data comes in, instead of counting zeros', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/?view=about`);
    const note = page.getByTestId('only-synthetic');
    await note.waitFor({ timeout: 30_000 });
    expect(await note.textContent()).toContain('nur Beispieldaten');
    expect(await note.textContent()).toContain('pnpm run import');
    // The guide, opened again from here, says the same instead of "0 Netzwerke, 0 Organisationen …".
    await page.getByRole('button', { name: 'Einführung wieder zeigen' }).click();
    const coverage = page.getByTestId('guide-coverage');
    await expect.poll(() => coverage.textContent(), { timeout: 15_000 }).toContain('nur Beispieldaten');
    expect(await coverage.textContent()).not.toMatch(/\b0 Netzwerke/);
    await screenshot(page, 'scale-about-only-synthetic');
    await page.close();
  });

  it('shows the backbone of 400 networks in the overlap view and says how many pairs it hides', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/?view=overlap`);
    const count = page.getByTestId('overlap-count');
    await count.waitFor({ timeout: 60_000 });
    const text = (await count.textContent()) ?? '';
    const [total, shown, k, hidden] = (text.match(/\d+/g) ?? []).map(Number) as [number, number, number, number];
    expect(k).toBe(2);
    expect(shown).toBeLessThanOrEqual(MAX_EDGES);
    expect(hidden).toBe(total - shown);
    expect(hidden).toBeGreaterThan(0);
    const edges = await page.evaluate(() => (window as any).__netzwerkatlasTest.sigma.getGraph().size);
    expect(edges).toBe(shown);
    await screenshot(page, 'scale-overlap');
    await page.close();
  });

  it('starts the heat map with groups, opens a group whose labels can be read, and opens a pair', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/?view=overlap`);
    const groups = page.locator('.heatmap-groups button');
    await groups.first().waitFor({ timeout: 60_000 });
    expect(await groups.count()).toBeGreaterThan(1);
    // Far fewer rows than networks.
    expect(await page.locator('.heatmap svg rect').count()).toBeLessThan(NETWORKS * 4);
    const label = (await groups.first().textContent()) ?? '';
    const size = Number(label.match(/\((\d+)\)/)?.[1]);
    await groups.first().click();
    const group = page.getByTestId('heatmap-group');
    await group.waitFor();
    const rows = await group.locator('svg text[text-anchor="end"]').evaluateAll((texts) =>
      texts.map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent ?? '', top: r.top, bottom: r.bottom, size: Number(t.getAttribute('font-size')) };
      }),
    );
    expect(rows).toHaveLength(size);
    // Legible: named, at least 10 px, no two rows on top of each other.
    for (const row of rows) {
      expect(row.text.length).toBeGreaterThan(0);
      expect(row.size).toBeGreaterThanOrEqual(10);
    }
    const sorted = [...rows].sort((a, b) => a.top - b.top);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.top).toBeGreaterThanOrEqual(sorted[i - 1]!.bottom - 0.5);
    await screenshot(page, 'scale-heatmap-group');
    // A cell opens the pair: both networks and what they share.
    await group.locator('svg rect[fill^="rgb"]').first().click();
    const pair = page.getByTestId('overlap-pair');
    await pair.getByRole('heading', { level: 3 }).first().waitFor({ timeout: 30_000 });
    expect(await pair.getByRole('heading', { level: 2 }).textContent()).toContain('×');
    await page.close();
  });
});
