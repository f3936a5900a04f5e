// What a public servant does in the explorer, in Chromium against the real server and Neo4j:
// search, open a panel, the overlap view, exports, a shared link, the table by keyboard.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, ask, type Harness, openPage, screenshot, seriousViolations, startHarness } from './browser';

let h: Harness;

/** What the tests read of the app's sigma renderer (handed to the test seam, see browser.ts). */
interface SigmaView {
  getGraph(): {
    hasNode(id: string): boolean;
    getNodeAttributes(id: string): { x: number; y: number };
    forEachNode(callback: (node: string) => void): void;
  };
  getNodeDisplayData(node: string): { x: number; y: number; hidden?: boolean; color?: string } | undefined;
  framedGraphToViewport(point: { x: number; y: number }): { x: number; y: number };
  graphToViewport(
    point: { x: number; y: number },
    override?: { cameraState?: { x: number; y: number; ratio: number; angle: number } },
  ): { x: number; y: number };
  getDimensions(): { width: number; height: number };
  getCamera(): {
    setState(state: { x: number; y: number; ratio: number }): void;
    getState(): { x: number; y: number; ratio: number; angle: number };
    isAnimated(): boolean;
  };
}

/** A label box as the app's label layer reports it. */
type LabelBox = { key: string; x0: number; y0: number; x1: number; y1: number; forced: boolean; size: number; side: 'right' | 'left' };

declare global {
  interface Window {
    /** The app's test seam on the pages these tests open: its current renderer and label layer. */
    __netzwerkatlasTest?: { sigma?: SigmaView; labels?: { drawn(): LabelBox[]; candidates(): LabelBox[] } };
  }
}

/**
 * The labels of the current view's last frame, measured in the browser with sigma's font widths:
 * the pairs of drawn labels that meet (should be none), and the labels left out that no drawn
 * label of a node at least as large was in the way of (should be none either).
 */
async function labelPlacement(page: Page) {
  const { drawn, candidates } = await page.evaluate(() => {
    const layer = window.__netzwerkatlasTest?.labels;
    return { drawn: layer?.drawn() ?? [], candidates: layer?.candidates() ?? [] };
  });
  const meets = (a: LabelBox, b: LabelBox) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  const overlapping = drawn.flatMap((a, i) =>
    drawn
      .slice(i + 1)
      .filter((b) => meets(a, b))
      .map((b) => `${a.key} / ${b.key}`),
  );
  const kept = new Set(drawn.map((b) => b.key));
  const unexplained = candidates
    .filter((c) => !kept.has(c.key))
    .filter((c) => !drawn.some((d) => meets(d, { ...c, x0: c.x0 - 4, x1: c.x1 + 4 }) && (d.forced || d.size >= c.size)))
    .map((c) => c.key);
  return { drawn, candidates, overlapping, unexplained };
}

/** Whether the node's position lies inside the renderer's view. */
function nodeInView(page: Page, node: string): Promise<boolean> {
  return page.evaluate((node) => {
    const sigma = window.__netzwerkatlasTest?.sigma;
    if (!sigma?.getGraph().hasNode(node)) return false;
    // With the camera's current state: without it sigma projects with the matrix of its last
    // frame, which a camera moved since that frame has not updated yet.
    const { x, y } = sigma.graphToViewport(sigma.getGraph().getNodeAttributes(node), { cameraState: sigma.getCamera().getState() });
    const { width, height } = sigma.getDimensions();
    return x >= 0 && y >= 0 && x <= width && y <= height;
  }, node);
}

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('explorer', () => {
  it('finds KERN by search and opens its panel with sources and overlaps', async () => {
    const { page, errors } = await openPage(h, '/');
    const operations: URL[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/graphql') operations.push(url);
    });
    await page.getByTestId('sigma-container').locator('canvas').first().waitFor();
    const search = page.getByRole('combobox', { name: 'Suche' });
    await search.fill('KERN');
    const hit = page.getByRole('option', { name: /KERN-Community/ });
    await hit.waitFor();
    await search.press('Enter');
    const panel = page.getByTestId('node-panel');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent(), { timeout: 15_000 }).toContain('KERN-Community');
    await panel.getByRole('heading', { name: 'Quellen' }).waitFor();
    await panel.getByRole('heading', { name: 'Ähnliche Netzwerke' }).waitFor();
    await panel.locator('.link-list').last().waitFor();
    expect(page.url()).toContain('node=network:kern-community');
    // A relation is a link: clicking selects that node.
    await panel.getByRole('button', { name: 'Barrierefreiheit', exact: false }).first().click();
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent(), { timeout: 15_000 }).not.toContain('KERN');
    await page.goBack();
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent(), { timeout: 15_000 }).toContain('KERN-Community');
    await page.waitForTimeout(800);
    await screenshot(page, 'search-kern-panel');
    expect(await seriousViolations(page, '[data-testid=node-panel]')).toEqual([]);
    expect(errors).toEqual([]);
    // The app sends persisted operations: a hash, never the text.
    expect(operations.length).toBeGreaterThanOrEqual(3);
    for (const url of operations) {
      expect(url.searchParams.has('query'), url.search).toBe(false);
      expect(JSON.parse(url.searchParams.get('extensions') ?? '{}').persistedQuery?.sha256Hash, url.search).toMatch(/^[0-9a-f]{64}$/);
    }
    await page.close();
  });

  it("an authority's panel names the colleagues who share a network (where they released their names)", async () => {
    type Count = { exact: number | null; fewerThan3: boolean };
    type Group = { personCount: Count; hiddenCount: Count; network: { name: string }; persons: { name: string | null }[] };
    const answer = await ask<{ duplicateParticipation: { inNetworks: { edges: { node: Group }[] } } }>(
      h,
      `{ duplicateParticipation(authority: "org:stadt-muenster") {
        inNetworks(first: 1) { edges { node { personCount { exact fewerThan3 } hiddenCount { exact fewerThan3 } network { name } persons { name } } } } } }`,
    );
    const first = answer.duplicateParticipation.inNetworks.edges[0]?.node as Group;
    // The API lists only persons who released their names; the others are a count.
    const named: string[] = first.persons.map((p) => p.name as string);
    expect(named.length).toBeGreaterThan(0);
    for (const name of named) expect(name).toEqual(expect.any(String));
    const inWords = (c: Count) => (c.exact !== null ? String(c.exact) : c.fewerThan3 ? 'weniger als 3' : 'mindestens 3');
    const { page, errors } = await openPage(h, '/?node=org:stadt-muenster');
    const panel = page.getByTestId('node-panel');
    await panel.getByRole('heading', { name: 'Mehrfachteilnahmen' }).waitFor();
    // Its kind in words, not the API's enum value.
    expect(await panel.getByText('Gemeinde / Stadt', { exact: true }).count()).toBe(1);
    expect(await panel.getByText('MUNICIPALITY').count()).toBe(0);
    const item = panel.locator('li', { hasText: `${inWords(first.personCount)} Personen dieser Behörde in ${first.network.name}` }).first();
    await item.waitFor();
    const text = await item.textContent();
    for (const name of named) expect(text).toContain(name);
    if (first.hiddenCount.exact !== 0) expect(text).toContain(`${inWords(first.hiddenCount)} ohne Namensfreigabe`);
    else expect(text).not.toContain('ohne Namensfreigabe');
    await item.scrollIntoViewIfNeeded();
    await screenshot(page, 'authority-colleagues');
    // Networks that fit: the API's first suggestions, none of them one the authority is in already.
    const suggested = panel.getByTestId('recommended-networks').locator('li button');
    await suggested.first().waitFor();
    const names = await suggested.allTextContents();
    const memberOf = await panel
      .locator('section', { has: page.getByRole('heading', { name: /^Netzwerke \(/ }) })
      .locator('li button')
      .allTextContents();
    expect(memberOf.length).toBeGreaterThan(0);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(memberOf).not.toContain(name);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lists each of an authority's networks once, with all its roles there", async () => {
    const { node } = await ask<{ node: { networkRelations: { type: string; network: { name: string } }[] } }>(
      h,
      '{ node(id: "org:bka") { ... on Authority { networkRelations { type network { name } } } } }',
    );
    const relations = node.networkRelations;
    const networks = new Set(relations.map((r) => r.network.name));
    // The BKA coordinates the KI-Campus der Polizei and is a member of it: two relations, one network.
    expect(relations.length).toBeGreaterThan(networks.size);
    const { page, errors } = await openPage(h, '/?node=org:bka');
    const panel = page.getByTestId('node-panel');
    const section = panel.locator('section', { has: page.getByRole('heading', { name: /^Netzwerke \(/ }) });
    await section.waitFor();
    expect(await section.getByRole('heading').textContent()).toBe(`Netzwerke (${networks.size})`);
    expect((await section.locator('li button').allTextContents()).sort()).toEqual([...networks].sort());
    expect(await section.locator('li', { hasText: 'KI-Campus der Polizei' }).textContent()).toContain('koordiniert, Mitglied');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("an authority's panel shows where each colleague it may name takes part, and counts the others", async () => {
    type Employee = { name: string | null; participations: { role: string | null; network: { name: string } }[] };
    type Count = { exact: number | null; fewerThan3: boolean };
    const { node } = await ask<{ node: { employees: { totalCount: number; hiddenCount: Count; edges: { node: Employee }[] } } }>(
      h,
      `{ node(id: "org:stadt-muenster") { ... on Authority {
        employees(first: 100) { totalCount hiddenCount { exact fewerThan3 } edges { node { name participations { role network { name } } } } } } } }`,
    );
    const employees = node.employees;
    // The API lists only persons who released their names; the others are a count.
    const named = employees.edges.map((e) => e.node);
    for (const p of named) expect(p.name).toEqual(expect.any(String));
    const hidden = employees.hiddenCount;
    expect(named.some((p) => p.participations.length > 0)).toBe(true);
    expect(hidden.exact !== 0).toBe(true);
    expect(employees.edges.length).toBe(employees.totalCount);

    const { page, errors } = await openPage(h, '/?node=org:stadt-muenster');
    const section = page.getByTestId('employees');
    await section.waitFor();
    const items = await section.locator('li').allTextContents();
    expect(items).toHaveLength(named.length + 1);
    for (const person of named) {
      const item = items.find((text) => text.startsWith(person.name ?? '?'));
      expect(item, person.name ?? '').toBeDefined();
      for (const p of person.participations) expect(item).toContain(p.network.name);
    }
    expect(items.at(-1)).toBe(`${hidden.exact ?? 'weniger als 3'} weitere ohne Namensfreigabe`);
    // Roles in words, not the API's values.
    const text = (await section.textContent()) ?? '';
    expect(text).not.toMatch(/COORDINATOR|ACTIVE|MEMBER|OBSERVER|nicht freigegeben/);
    expect(text).toMatch(/\((aktiv|Mitglied|beobachtend|Koordination)\)/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows innovations by kind and by network as the API counts them, and says where no adoption is recorded', async () => {
    type Transfer = {
      byKind: { kind: string; innovations: number; adopted: number }[];
      networks: { network: { name: string }; innovationCount: number; adoptedCount: number }[];
    };
    const transfer = async (kind: string | null): Promise<Transfer> =>
      (
        await ask<{ innovationTransfer: Transfer }>(
          h,
          `query($kind: InnovationKind) { innovationTransfer(kind: $kind) {
            byKind { kind innovations adopted } networks { network { name } innovationCount adoptedCount } } }`,
          { kind },
        )
      ).innovationTransfer;
    const all = await transfer(null);
    const products = await transfer('PRODUCT');
    const withInnovations = (t: Transfer) => t.networks.filter((n) => n.innovationCount > 0).map((n) => n.network.name);
    expect(withInnovations(products).length).toBeLessThan(withInnovations(all).length);

    const { page, errors } = await openPage(h, '/?view=innovations');
    const kinds = page.locator('section[aria-labelledby=kinds-heading] tbody tr');
    await kinds.first().waitFor();
    const rows = await kinds.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()).join(' | ')),
    );
    expect(rows).toHaveLength(all.byKind.filter((k) => k.innovations > 0).length);
    const produkt = all.byKind.find((k) => k.kind === 'PRODUCT');
    expect(rows).toContain(`Produkt | ${produkt?.innovations} | ${produkt?.adopted}`);
    const headings = page.locator('section[aria-labelledby=transfer-heading] article h3');
    expect((await headings.allTextContents()).sort()).toEqual(withInnovations(all).sort());
    // The real landscape names no adopting authority: the view says that 0 % means "not known".
    const noneRecorded = all.networks.every((n) => n.adoptedCount === 0);
    expect(await page.getByTestId('no-adoptions').isVisible()).toBe(noneRecorded);
    if (noneRecorded) expect(await page.getByText('keine Übernahme erfasst').count()).toBeGreaterThan(0);

    await page.getByLabel('Art der Innovation').selectOption('PRODUCT');
    await expect.poll(async () => (await headings.allTextContents()).sort(), { timeout: 15_000 }).toEqual(withInnovations(products).sort());
    expect(page.url()).toContain('ikind=PRODUCT');
    // An innovation is a link to its panel.
    const first = page.locator('section[aria-labelledby=transfer-heading] article li button').first();
    const title = await first.textContent();
    await first.click();
    // The heading shows the id until the node's details arrive (slow on a loaded machine).
    await expect
      .poll(() => page.getByTestId('node-panel').getByRole('heading', { level: 2 }).textContent(), { timeout: 15_000 })
      .toBe(title);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows overlapping networks and moving the threshold thins the edges', async () => {
    const { page, errors } = await openPage(h, '/');
    await page.getByRole('link', { name: 'Überschneidungen' }).click();
    const count = page.getByTestId('overlap-count');
    await count.waitFor();
    const pairs = async () => Number((await count.textContent())?.match(/\d+/)?.[0]);
    const before = await pairs();
    expect(before).toBeGreaterThan(0);
    const slider = page.getByRole('slider');
    await slider.focus();
    await slider.press('ArrowRight');
    await slider.press('ArrowRight');
    await expect.poll(pairs, { timeout: 15_000 }).toBeLessThan(before);
    expect(page.url()).toMatch(/min=3/);
    await page.getByRole('heading', { name: /Themen-Redundanz/ }).waitFor();
    await page.locator('.heatmap svg rect').first().waitFor();
    await screenshot(page, 'overlap-threshold');
    await page.getByRole('button', { name: 'Als Tabelle zeigen' }).click();
    await page.locator('.matrix table').waitFor();
    expect(await seriousViolations(page, '.matrix')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('orders the heat map so that networks which overlap stand together, or by name', async () => {
    const { page, errors } = await openPage(h, '/?view=overlap');
    await page.locator('.heatmap svg rect').first().waitFor();
    // Row labels top to bottom, and how far the overlaps lie from the diagonal: the sum over
    // cells of Jaccard times the distance of row and column (in cells).
    const read = () =>
      page.evaluate(() => {
        const rows = [...document.querySelectorAll('.heatmap svg text[text-anchor="end"]')].map((t) => t.textContent ?? '');
        let spread = 0;
        for (const rect of document.querySelectorAll('.heatmap svg rect')) {
          const jaccard = Number(rect.querySelector('title')?.textContent?.match(/Jaccard ([\d.]+)/)?.[1] ?? 0);
          spread += (jaccard * Math.abs(Number(rect.getAttribute('x')) - Number(rect.getAttribute('y')))) / 16;
        }
        return { rows, spread };
      });
    const groups = await read();
    // The graph beside it colours the same groups, with a legend.
    await page
      .locator('.legend')
      .getByText(/^Gruppe 1: \d+ Netzwerke$/)
      .waitFor();
    const colours = await page.evaluate(() => {
      const sigma = window.__netzwerkatlasTest?.sigma;
      const seen = new Set<string | undefined>();
      sigma?.getGraph().forEachNode((node) => seen.add(sigma.getNodeDisplayData(node)?.color));
      return seen.size;
    });
    expect(colours).toBeGreaterThanOrEqual(2);
    await page.getByLabel('Reihenfolge').selectOption('name');
    await expect.poll(() => page.url()).toMatch(/order=name/);
    const byName = await read();
    expect(new Set(byName.rows)).toEqual(new Set(groups.rows));
    expect(byName.rows).not.toEqual(groups.rows);
    expect(groups.spread).toBeLessThan(byName.spread * 0.9);
    // The order's choice and the colour scale pass axe, as the table does.
    expect(await seriousViolations(page, '.matrix')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the landscape labels without covering each other, dropping the less important ones', async () => {
    const { page, errors } = await openPage(h, '/');
    await page.getByRole('button', { name: 'Neu anordnen' }).waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await labelPlacement(page)).drawn.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(10);
    const { overlapping, unexplained } = await labelPlacement(page);
    expect(overlapping).toEqual([]);
    // Each label left out (on this view NExT's and BayKoNet's neighbours, usually) was in the way
    // of one drawn for a node at least as large: importance, not sigma's order, decides.
    expect(unexplained).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers every network’s label in the overlap view and draws those that fit', async () => {
    const { page, errors } = await openPage(h, '/?view=overlap');
    await page.getByTestId('overlap-count').waitFor();
    await expect.poll(async () => (await labelPlacement(page)).drawn.length, { timeout: 10_000 }).toBeGreaterThan(0);
    // Networks whose disc is in view, 20 px inside its edges.
    const inView = await page.evaluate(() => {
      const sigma = window.__netzwerkatlasTest?.sigma;
      if (!sigma) return [];
      const { width, height } = sigma.getDimensions();
      const keys: string[] = [];
      sigma.getGraph().forEachNode((node: string) => {
        const data = sigma.getNodeDisplayData(node);
        if (!data || data.hidden) return;
        const p = sigma.framedGraphToViewport(data);
        if (p.x > 20 && p.y > 20 && p.x < width - 20 && p.y < height - 20) keys.push(node);
      });
      return keys.sort();
    });
    const { candidates, drawn, overlapping, unexplained } = await labelPlacement(page);
    expect(inView.length).toBeGreaterThan(5);
    // No size threshold in this view: sigma hands over every network's label (the landscape's
    // settings offered 5 of 24 here), and the placement keeps those that fit.
    const offered = new Set(candidates.map((c) => c.key));
    expect(inView.filter((key) => !offered.has(key))).toEqual([]);
    expect(overlapping).toEqual([]);
    expect(unexplained).toEqual([]);
    // Names are drawn (as many as fit: other test files add dozens of networks to this view; some
    // go on the left of the node, see labels.test.ts).
    expect(drawn.length).toBeGreaterThanOrEqual(Math.min(10, inView.length));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the selected node in view when a layout run moves it', async () => {
    const { page, errors } = await openPage(h, '/?node=org:stadt-muenster');
    const relayout = page.getByRole('button', { name: 'Neu anordnen' });
    await relayout.waitFor({ timeout: 30_000 });
    await page.getByTestId('node-panel').getByRole('heading', { level: 2, name: 'Stadt Münster' }).waitFor();
    const inView = () => nodeInView(page, 'org:stadt-muenster');
    await expect.poll(inView, { timeout: 5_000 }).toBe(true);
    // The camera's flight to the node (600 ms) has landed: a camera moved mid-flight is flown on.
    await expect.poll(() => page.evaluate(() => window.__netzwerkatlasTest?.sigma?.getCamera().isAnimated())).toBe(false);
    // Looked away (as after panning), then laid out anew: the camera comes back to the selection.
    await page.evaluate(() => window.__netzwerkatlasTest?.sigma?.getCamera().setState({ x: 40, y: 40, ratio: 0.1 }));
    expect(await inView()).toBe(false);
    await relayout.click();
    await relayout.waitFor({ timeout: 30_000 });
    await expect.poll(inView, { timeout: 5_000 }).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a shared link in its final picture (positions from the server, no layout run) and flies to the selected node', async () => {
    const { page, errors } = await openPage(h, '/?node=org:stadt-muenster');
    // A browser that has not seen this landscape before.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('button', { name: 'Neu anordnen' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: 'Anordnung anhalten' }).count()).toBe(0);
    const camera = () => page.evaluate(() => window.__netzwerkatlasTest?.sigma?.getCamera().getState());
    const inView = () => nodeInView(page, 'org:stadt-muenster');
    // Münster is folded into its Land on the first level, and drawn on its own as the selection.
    await expect.poll(async () => (await camera())?.ratio ?? 1, { timeout: 5_000 }).toBeLessThanOrEqual(0.5);
    await expect.poll(inView, { timeout: 5_000 }).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the neighbourhood view offers where to start, and the connection view names both authorities', async () => {
    const { page, errors } = await openPage(h, '/?view=ego');
    const start = page.locator('.ego-start');
    await start.getByText('Am stärksten vernetzt').waitFor();
    const picks = start.getByRole('button');
    expect(await picks.count()).toBe(3);
    const first = (await picks.first().textContent()) ?? '';
    await picks.first().click();
    await page.getByTestId('visible-count').waitFor();
    expect(page.url()).toContain('view=ego');
    expect(page.url()).toMatch(/node=network/);
    await expect.poll(() => page.getByTestId('visible-count').textContent()).toMatch(/^[1-9]\d* Knoten/);
    expect(first.length).toBeGreaterThan(0);

    await page.goto(`${h.base}/?view=path`);
    await page.getByText('Wählen Sie zwei Behörden').waitFor();
    // Both boxes search authorities only, and say so.
    expect(await page.getByRole('combobox', { name: 'Von Behörde' }).getAttribute('placeholder')).toBe('Behörde (z. B. Münster, BKA)');
    await page.getByRole('combobox', { name: 'Von Behörde' }).fill('BKA');
    await page.getByRole('option', { name: /Bundeskriminalamt/ }).waitFor();
    expect(await page.getByRole('option').allTextContents()).toEqual([expect.stringContaining('Bundeskriminalamt')]);
    await page.goto(`${h.base}/?view=path&from=org:stadt-muenster&to=org:land-schleswig-holstein`);
    const steps = page.locator('.path-steps li');
    await steps.first().waitFor();
    await expect.poll(() => page.getByRole('combobox', { name: 'Von Behörde' }).inputValue()).toBe('Stadt Münster');
    await expect.poll(() => page.getByRole('combobox', { name: 'Zu Behörde' }).inputValue()).toBe('Land Schleswig-Holstein');
    expect(await page.getByText('org:stadt-muenster').count()).toBe(0);
    expect(await steps.first().textContent()).toContain('Stadt Münster');
    expect(await steps.last().textContent()).toContain('Land Schleswig-Holstein');
    await screenshot(page, 'connection-named');
    expect(errors).toEqual([]);
    // An id that names no authority (a stale link): the API's code, worded in German.
    await page.goto(`${h.base}/?view=path&from=org:stadt-muenster&to=org:gibt-es-nicht`);
    await page.getByRole('alert').getByText('Behörde „org:gibt-es-nicht“ gibt es nicht (mehr) im Netzwerkatlas.').waitFor();
    expect(await page.getByText('was not found').count()).toBe(0);
    // Asking again would not help: no retry button.
    expect(await page.getByRole('alert').getByRole('button').count()).toBe(0);
    await page.goto(`${h.base}/?view=path&from=org:stadt-muenster&to=org:stadt-muenster`);
    await page.getByText('Von und Zu sind dieselbe Behörde').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('exports the whole landscape as PNG and SVG pages and as GEXF', async () => {
    const { page, errors } = await openPage(h, '/?kinds=Network,Authority,Topic');
    await page.getByTestId('sigma-container').locator('canvas').first().waitFor();
    const visible = Number((await page.getByTestId('visible-count').textContent())?.match(/\d+/)?.[0]);
    // Both images are the whole graph (not the viewport) on an A4 page with title, date,
    // filters, legend and source line; the PNG at print resolution (300 dpi: 3508 × 2480).
    await page.getByRole('button', { name: 'Neu anordnen' }).waitFor({ timeout: 30_000 });
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
    const pngPath = resolve(artifacts, 'export-landscape.png');
    await png.saveAs(pngPath);
    const pngBytes = readFileSync(pngPath);
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    expect([pngBytes.readUInt32BE(16), pngBytes.readUInt32BE(20)]).toEqual([3508, 2480]);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
    const svgPath = resolve(artifacts, 'export-landscape.svg');
    await svg.saveAs(svgPath);
    const svgText = readFileSync(svgPath, 'utf8');
    expect(svgText).toContain('width="297mm" height="210mm"');
    for (const text of [
      'Netzwerkatlas – Landschaft',
      'Stand: ',
      'Filter: Knotentypen: Netzwerk, Behörde, Thema',
      'Legende',
      'Quelle: Netzwerkatlas',
    ]) {
      expect(svgText).toContain(text);
    }
    const nodeGroup = svgText.split('<g class="nodes">')[1]?.split('</g>')[0] ?? '';
    expect((nodeGroup.match(/<circle [^>]*fill="#/g) ?? []).length).toBe(visible);
    const labels = (svgText.split('<g class="labels"')[1]?.split('</g>')[0] ?? '').match(/<text /g) ?? [];
    expect(labels.length).toBeGreaterThan(5);
    expect(labels.length).toBeLessThanOrEqual(visible);
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GEXF' }).click()]);
    const gexfPath = resolve(artifacts, 'export-landscape.gexf');
    await gexf.saveAs(gexfPath);
    const graph = parseGexf(Graph, readFileSync(gexfPath, 'utf8'));
    expect(graph.order).toBe(visible);
    expect(graph.size).toBeGreaterThan(0);
    graph.forEachNode((_node, attributes) => expect(['Network', 'Authority', 'Topic']).toContain(attributes.kind));
    await screenshot(page, 'export-landscape-view');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a shared link opens the same view again, also after reload', async () => {
    const shared = '/?view=overlap&lang=en&node=network:dvnw&min=2';
    const { page, errors } = await openPage(h, shared);
    const check = async () => {
      await page.getByRole('link', { name: 'Overlaps' }).and(page.locator('[aria-current=page]')).waitFor();
      await expect.poll(() => page.getByRole('slider').inputValue(), { timeout: 15_000 }).toBe('2');
      await expect
        .poll(() => page.getByTestId('node-panel').getByRole('heading', { level: 2 }).textContent(), { timeout: 15_000 })
        .toMatch(/Vergabe/);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    };
    await check();
    await page.reload();
    await check();
    expect(new URL(page.url()).search).toBe(new URL(`${h.base}${shared}`).search);
    await page.waitForTimeout(800);
    await screenshot(page, 'shared-link-overlap-en');
    expect(await seriousViolations(page, '[data-testid=node-panel]')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the table view works by keyboard alone and passes axe', async () => {
    const { page, errors } = await openPage(h, '/?view=table');
    const table = page.getByTestId('landscape-table');
    await table.waitFor();
    // Tab until the focus is inside the table.
    for (let i = 0; i < 80 && !(await table.evaluate((t) => t.contains(document.activeElement))); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Name');
    await page.keyboard.press('Enter');
    await expect.poll(() => table.locator('th[aria-sort=ascending]').textContent(), { timeout: 15_000 }).toContain('Name');
    // Past the other sort buttons to the first row, open its panel.
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.closest('tbody') !== null)); i++)
      await page.keyboard.press('Tab');
    const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.keyboard.press('Enter');
    const heading = page.getByTestId('node-panel').getByRole('heading', { level: 2 });
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe(name);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 15_000 }).toBe('panel-heading');
    await page.waitForTimeout(500);
    await screenshot(page, 'table-keyboard-panel');
    expect(await seriousViolations(page, 'main')).toEqual([]);
    expect(await seriousViolations(page, '[data-testid=node-panel]')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
