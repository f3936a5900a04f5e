// GraphiQL as an authority's closed network meets it: every request to another origin is
// blocked, and GraphiQL still renders, offers the example operations and runs one, with no
// console error.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, offline, screenshot, startHarness } from './browser';

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
    const { foreign, problems } = await offline(page, h.base);
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
