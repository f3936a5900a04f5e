// Every page of the app as an authority's closed network meets it, in Chromium against the real
// server (with the embedded demo sign-in) and Neo4j: each view of the router, "Über",
// "Datenschutz", "Meine Behörde" signed out, GraphiQL and the provider's Demo-Anmeldung, with
// every request to another origin blocked; none may be attempted, and no console or page error
// may occur. And the Beispieldaten marks on the canvas: invented nodes with a white ring, invented
// relations (overlaps) curved, with their legend entry, on the map and in the overlap view; gone
// with "nur Quellen".

import { resolve } from 'node:path';
import { repoRoot } from '@netzwerkatlas/server/config';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../helpers/api.js';
import { type AuthServer, startAuthServer } from '../helpers/auth.js';
import { launchBrowser, newContext, offline, type PageProblems, returningVisitor, screenshot } from './browser';

const db = testDb();
let server: AuthServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await startAuthServer(db, { http: { webDist: resolve(repoRoot, 'web/dist') } });
  browser = await launchBrowser();
  context = await newContext(browser);
  await returningVisitor(context);
}, 60_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  await db.close();
});

/** A page kept inside the server's origin (offline), opened at `path`. */
async function open(path: string): Promise<{ page: Page; seen: PageProblems }> {
  const page = await context.newPage();
  const seen = await offline(page, server.base);
  await page.goto(`${server.base}${path}`);
  return { page, seen };
}

/** Each page with what shows that it is there. */
const PAGES: [string, string, (page: Page) => Promise<unknown>][] = [
  ['Landschaft', '/', (p) => p.getByTestId('sigma-container').locator('canvas').first().waitFor()],
  ['Überschneidungen', '/?view=overlap', (p) => p.getByTestId('overlap-count').waitFor()],
  ['Umfeld, ohne Knoten', '/?view=ego', (p) => p.locator('.ego-start').waitFor()],
  ['Umfeld eines Netzwerks', '/?view=ego&node=network%3Advnw', (p) => p.getByTestId('sigma-container').locator('canvas').first().waitFor()],
  ['Verbindung', '/?view=path', (p) => p.getByRole('heading', { name: 'Verbindung' }).waitFor()],
  ['Innovationen', '/?view=innovations', (p) => p.locator('#kinds-heading').waitFor()],
  ['Tabelle', '/?view=table', (p) => p.getByTestId('landscape-table').getByRole('row').nth(1).waitFor()],
  ['Über', '/?view=about', (p) => p.getByTestId('coverage').waitFor()],
  ['Meine Behörde, abgemeldet', '/?view=myAuthority', (p) => p.getByTestId('public-counts').waitFor()],
  ['Datenschutz', '/?view=privacy', (p) => p.getByRole('heading', { name: 'Datenschutz' }).waitFor()],
  ['GraphiQL', '/graphql', (p) => p.getByText('ExploreNetwork').first().waitFor()],
];

describe('every page in a closed network', () => {
  it.each(PAGES)('%s (%s) asks nothing of another origin and shows no error', async (_name, path, ready) => {
    const { page, seen } = await open(path);
    await ready(page);
    // Whatever the page asks for after its first picture (its queries, workers, fonts) counts too.
    await page.waitForLoadState('networkidle');
    expect(seen.foreign).toEqual([]);
    expect(seen.problems).toEqual([]);
    await page.close();
  });

  it('the Demo-Anmeldung of the embedded provider, reached by "Anmelden", asks nothing of another origin', async () => {
    const { page, seen } = await open('/?view=myAuthority');
    await page.getByRole('link', { name: 'Anmelden' }).first().click();
    await page.waitForURL(/\/idp\/interaction\//);
    expect(await page.title()).toMatch(/^Demo-Anmeldung/);
    await page.waitForLoadState('networkidle');
    expect(seen.foreign).toEqual([]);
    expect(seen.problems).toEqual([]);
    await page.close();
  });
});

/**
 * What the canvas shows of the Beispieldaten, read through the test seam: the invented and the
 * real nodes and edges drawn, how many are drawn with the mark's program, and any drawn otherwise
 * than its `synthetic` attribute says.
 */
function canvasMarks(page: Page) {
  return page.evaluate(() => {
    const sigma = (window as any).__netzwerkatlasTest.sigma;
    const graph = sigma.getGraph();
    const count = { nodes: 0, edges: 0, realNodes: 0, realEdges: 0, markedNodes: 0, markedEdges: 0, wrong: [] as string[] };
    const tally = (
      key: string,
      a: { synthetic?: boolean },
      data: { hidden?: boolean; type?: string } | undefined,
      kind: 'Nodes' | 'Edges',
    ) => {
      if (!data || data.hidden) return;
      const marked = data.type === 'synthetic';
      if (a.synthetic) count[kind === 'Nodes' ? 'nodes' : 'edges']++;
      else count[`real${kind}`]++;
      if (marked) count[`marked${kind}`]++;
      if (marked !== Boolean(a.synthetic)) count.wrong.push(key);
    };
    graph.forEachNode((node: string, a: { synthetic?: boolean }) => tally(node, a, sigma.getNodeDisplayData(node), 'Nodes'));
    graph.forEachEdge((edge: string, a: { synthetic?: boolean }) => tally(edge, a, sigma.getEdgeDisplayData(edge), 'Edges'));
    return count;
  });
}

/** The renderer drew its graph and the legend is there. */
async function drawn(page: Page) {
  await page.waitForFunction(() => (window as any).__netzwerkatlasTest?.sigma?.getGraph().order > 0, null, { timeout: 30_000 });
  await page.locator('.legend').waitFor();
}

describe('the Beispieldaten marks on the canvas', () => {
  it('on the map: invented nodes carry a white ring and invented relations are curved, counted in the legend; none with "nur Quellen"', async () => {
    const { page, seen } = await open('/');
    await drawn(page);
    const marks = await canvasMarks(page);
    // The real landscape with its Beispieldaten: both kinds of node and relation are drawn.
    expect(marks.nodes).toBeGreaterThan(0);
    expect(marks.realNodes).toBeGreaterThan(0);
    expect(marks.edges).toBeGreaterThan(0);
    expect(marks.realEdges).toBeGreaterThan(0);
    expect(marks.wrong).toEqual([]);
    const entry = page.getByTestId('legend-synthetic');
    await expect(entry.textContent()).resolves.toContain('Beispieldaten');
    await expect(entry.textContent()).resolves.toContain(`${marks.nodes} erfundene Knoten: mit weißem Ring`);
    await expect(entry.textContent()).resolves.toContain(`${marks.edges} erfundene Beziehungen: gebogen`);
    await expect(entry.locator('svg circle').count()).resolves.toBe(2);
    await expect(entry.locator('svg path').count()).resolves.toBe(1);
    await screenshot(page, 'marks-landscape');

    await page.getByRole('radio', { name: 'nur Quellen' }).check();
    await expect.poll(() => entry.count(), { timeout: 15_000 }).toBe(0);
    // The landscape of the sources only replaces the one shown meanwhile, with a renderer of its
    // own that has drawn nothing yet for a moment: wait until two reads half a second apart agree
    // on real nodes and no invented edges, and judge that last read.
    let real = await canvasMarks(page);
    await expect
      .poll(
        async () => {
          const first = await canvasMarks(page);
          await page.waitForTimeout(500);
          real = await canvasMarks(page);
          return JSON.stringify(first) === JSON.stringify(real) && real.edges === 0 && real.realNodes > 0;
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    expect(real.realNodes).toBeGreaterThan(0);
    expect([real.nodes, real.edges, real.markedNodes, real.markedEdges]).toEqual([0, 0, 0, 0]);
    await screenshot(page, 'marks-landscape-real');
    expect(seen.foreign).toEqual([]);
    expect(seen.problems).toEqual([]);
    await page.close();
  });

  it('in the overlap view: overlaps that count invented members are curved and counted; none with "nur Quellen"', async () => {
    const { page, seen } = await open('/?view=overlap');
    await page.getByTestId('overlap-count').waitFor();
    await drawn(page);
    const marks = await canvasMarks(page);
    expect(marks.edges).toBeGreaterThan(0);
    expect(marks.wrong).toEqual([]);
    const entry = page.getByTestId('legend-synthetic');
    await expect(entry.textContent()).resolves.toContain(`${marks.edges} Überschneidungen mit Beispieldaten: gebogen`);
    await screenshot(page, 'marks-overlap');

    await page.getByRole('radio', { name: 'nur Quellen' }).check();
    await expect.poll(() => entry.count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(async () => new URL(page.url()).searchParams.get('data')).toBe('real');
    await drawn(page);
    const real = await canvasMarks(page);
    expect([real.nodes, real.edges, real.markedNodes, real.markedEdges]).toEqual([0, 0, 0, 0]);
    await screenshot(page, 'marks-overlap-real');
    expect(seen.foreign).toEqual([]);
    expect(seen.problems).toEqual([]);
    await page.close();
  });
});
