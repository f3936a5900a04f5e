// The printed schema is part of the contract: a change shows up in review as a diff of
// server/schema.graphql (run `pnpm schema:print` after changing the schema on purpose).

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '@netzwerkatlas/server/config';
import { printedSchema } from '@netzwerkatlas/server/schema/index';
import { describe, expect, it } from 'vitest';

describe('schema', () => {
  it('matches server/schema.graphql', () => {
    const committed = readFileSync(resolve(repoRoot, 'server/schema.graphql'), 'utf8');
    expect(printedSchema()).toBe(committed);
  });

  it('offers every entity type and the queries of the foundation', () => {
    const sdl = printedSchema();
    for (const type of ['Network', 'UmbrellaOrganisation', 'Authority', 'Person', 'Topic', 'Innovation', 'Event']) {
      expect(sdl).toMatch(new RegExp(`type ${type} implements[^{]*Node`));
    }
    for (const field of [
      'networks(',
      'authorities(',
      'umbrellaOrganisations(',
      'persons(',
      'topics(',
      'innovations(',
      'events(',
      'search(',
      'node(',
      'landscape(',
    ]) {
      expect(sdl).toContain(`  ${field}`);
    }
  });
});
