// The e2e harness: the real HTTP server (API + built web app) in process on a free port against
// the run's Neo4j, headless Chromium (the system one, never downloaded), screenshots under
// test/artifacts/, and an axe-core check.

import { once } from 'node:events';
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { repoRoot } from '@netzwerkatlas/server/config';
import { createDb, createDriver, type Db } from '@netzwerkatlas/server/db/index';
import { createHttpServer } from '@netzwerkatlas/server/http';
import axe from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const artifacts = resolve(repoRoot, 'test/artifacts');
const webDist = resolve(repoRoot, 'web/dist');

/** Debian's Chromium (CHROMIUM_PATH to use another), headless: never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking'],
  });
}

export interface Harness {
  base: string;
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(resolve(webDist, 'index.html'))) {
    throw new Error('e2e: web/dist is missing; build the web app first (pnpm --filter @netzwerkatlas/web build)');
  }
  mkdirSync(artifacts, { recursive: true });
  const { uri, user, password, database } = inject('neo4j');
  const db: Db = createDb(createDriver(uri, user, password), database ?? undefined);
  const server: Server = createHttpServer({ db, webDist, requestsPerMinute: 0 });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchBrowser();
  const context = await newContext(browser);
  // The pages of this context are a returning visitor's. openFirstVisit() opens a newcomer's.
  await returningVisitor(context);
  return {
    base,
    browser,
    context,
    async close() {
      await context.close();
      await browser.close();
      server.close();
      await db.close();
    },
  };
}

/**
 * On the embedded provider's Demo-Anmeldung, reached by a sign-in link: waits for the page and
 * picks the account in its authority's group.
 */
export async function pickDemoAccount(page: Page, account: { name: string; authorityName?: string | null }): Promise<void> {
  await page.waitForURL(/\/idp\/interaction\//);
  expect(await page.title()).toMatch(/^Demo-Anmeldung/);
  await page
    .getByRole('region', { name: String(account.authorityName) })
    .getByRole('button', { name: account.name, exact: true })
    .click();
}

/**
 * Makes the pages of a context a returning visitor's: the first-visit guide and notice were seen
 * (they would stand in front of what the tests click, on a phone over the page's lower half).
 */
export async function returningVisitor(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.localStorage.setItem('netzwerkatlas:guide-seen', '1');
    window.localStorage.setItem('netzwerkatlas:notice-dismissed', '1');
  });
}

/** A browser context as the tests use it, its pages opening with the app's test seam. */
export async function newContext(browser: Browser, viewport = { width: 1366, height: 900 }): Promise<BrowserContext> {
  const context = await browser.newContext({ acceptDownloads: true, viewport, locale: 'de-DE' });
  // Every page opens with the app's test seam (web/src/core/render/testSeam.ts), to which the
  // app hands its renderer; pages opened otherwise expose nothing.
  await context.addInitScript(() => {
    (window as unknown as { __netzwerkatlasTest?: object }).__netzwerkatlasTest = {};
  });
  return context;
}

/**
 * A page in a context of its own, as a newcomer sees it (nothing remembered, so the first-visit
 * guide and notice show), optionally at another window size (a phone: 390 × 844).
 */
export async function openFirstVisit(
  h: Harness,
  path = '/',
  viewport?: { width: number; height: number },
): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const context = await newContext(h.browser, viewport);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${h.base}${path}`);
  return { page, errors, close: () => context.close() };
}

/** The data of a GraphQL answer from the harness's API (POST), or a thrown error: the independent side of a check. */
export async function ask<T>(h: Harness, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${h.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors?.length) throw new Error(`e2e: ${body.errors?.[0]?.message ?? `HTTP ${response.status}`}`);
  return body.data;
}

/** A new page that fails the test on an uncaught page error. */
export async function openPage(h: Harness, path = '/'): Promise<{ page: Page; errors: string[] }> {
  const page = await h.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  // The app must run under its Content Security Policy: a blocked resource is an error too.
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) errors.push(msg.text());
  });
  await page.goto(`${h.base}${path}`);
  return { page, errors };
}

/** What a page did that a closed network would not allow or that shows a fault. */
export interface PageProblems {
  /** Requests to another origin: blocked, and named here. */
  foreign: string[];
  /** Console errors and uncaught page errors. */
  problems: string[];
}

/**
 * Keeps a page inside `base`'s origin, as an authority's closed network does: every request to
 * another origin is blocked and recorded, and so is every console error and page error.
 */
export async function offline(page: Page, base: string): Promise<PageProblems> {
  const origin = new URL(base).origin;
  const seen: PageProblems = { foreign: [], problems: [] };
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('blob:') || url.startsWith('data:') || new URL(url).origin === origin) return route.continue();
    seen.foreign.push(url);
    return route.abort();
  });
  page.on('pageerror', (err) => seen.problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') seen.problems.push(`console error: ${msg.text()}`);
  });
  return seen;
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: resolve(artifacts, `${name}.png`) });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/** WCAG 2.1 A/AA violations of impact serious or critical inside `selector`. */
export async function seriousViolations(page: Page, selector: string): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the app's CSP (rightly) refuses an inline script tag.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (include) => {
    const result = await (window as any).axe.run(
      { include: [include] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  }, selector);
  return (violations as AxeViolation[]).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
