// GraphiQL as an authority's closed network meets it: every request to another origin is
// blocked, and GraphiQL still renders, offers the example operations and runs one.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, screenshot, startHarness } from './browser';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('GraphiQL offline', () => {
  it('renders from our own origin, under its CSP, and runs an example operation', async () => {
    const page = await h.context.newPage();
    const foreign: string[] = [];
    const problems: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(h.base) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) problems.push(msg.text());
    });
    await page.goto(`${h.base}/graphql`);
    // The example tabs are there, the first one opened.
    await page.getByText('ExploreNetwork').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.graphiql-tab').count()).toBeGreaterThanOrEqual(3);
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await result.getByText('Deutsches Vergabenetzwerk').first().waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toContain('"sources"');
    await screenshot(page, 'graphiql-offline');
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
