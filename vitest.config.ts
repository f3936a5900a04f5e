import { defineConfig } from 'vitest/config';

// One run for every package: pure-logic specs next to their code, API tests against a real
// Neo4j in test/api, browser tests in test/e2e. The global setup starts Neo4j once.
export default defineConfig({
  // graphql ships ESM and CJS; yoga and Pothos must share one copy or it rejects the schema
  // ("from another module or realm"), so everything resolves to the CJS entry.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['{cypher,seed,server,web}/src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    globalSetup: ['test/setup/neo4j.ts'],
    testTimeout: 30_000,
    // One log line per request would bury the test output; warnings and errors still show.
    env: { LOG_LEVEL: 'warn' },
    hookTimeout: 240_000,
    pool: 'forks',
    reporters: ['default', './test/setup/summary-reporter.ts'],
  },
});
