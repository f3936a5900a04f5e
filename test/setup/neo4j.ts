// Vitest global setup: a real Neo4j for the whole run. With NEO4J_URI set it uses that one;
// otherwise it starts the local runner on its own port and data folder (never the user's), then
// applies the schema and seeds the real landscape, and stops Neo4j after the run.

import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { seedLandscape } from '@netzwerkatlas/seed';
import { repoRoot } from '@netzwerkatlas/server/config';
import { createDb, createDriver } from '@netzwerkatlas/server/db/index';
import { type Neo4jLocal, startNeo4jLocal } from '@netzwerkatlas/server/db/neo4jLocal';
import { applySchema } from '@netzwerkatlas/server/db/schema';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string | null };
  }
}

let local: Neo4jLocal | undefined;

export async function setup(project: TestProject) {
  let uri = process.env.NEO4J_URI;
  const user = process.env.NEO4J_USER ?? 'neo4j';
  const password = process.env.NEO4J_PASSWORD ?? '';
  if (!uri) {
    // The test folder is the tests' own: start from an empty store each run, so data left by an
    // earlier version of the landscape or of a test cannot change the outcome.
    const home = process.env.NEO4J_TEST_HOME ?? resolve(repoRoot, '.neo4j/test-data');
    await rm(home, { recursive: true, force: true });
    local = await startNeo4jLocal({
      home,
      port: Number(process.env.NEO4J_TEST_PORT ?? 7688),
      heap: '1g',
      pageCacheMiB: 256,
      log: (line) => console.log(line),
    });
    uri = local.uri;
  }
  const db = createDb(createDriver(uri, user, password), process.env.NEO4J_DATABASE);
  try {
    await applySchema(db);
    await seedLandscape(db);
  } finally {
    await db.close();
  }
  project.provide('neo4j', { uri, user, password, database: process.env.NEO4J_DATABASE ?? null });
}

export async function teardown() {
  await local?.stop();
}
