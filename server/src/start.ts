// What the start command runs: Neo4j (the local runner unless NEO4J_URI is set), schema, the
// landscape when SEED=true (through the `seed` it is handed), then the API and the web app on one
// port. On SIGINT/SIGTERM it stops accepting connections, lets requests in flight finish (up to
// SHUTDOWN_GRACE_MS), then closes the driver and the local Neo4j; a second signal cuts the wait
// short. The command itself is seed/src/start.ts: the seed writes through this package's db layer
// and derived data, so the server does not import the seed; it names only the shape of a seeder.

import type { Server } from 'node:http';
import type { DemoAccount } from './auth/embedded/accounts.js';
import { createAuth } from './auth/index.js';
import { authOptions, httpOptions, loadConfig } from './config.js';
import { createDb, createDriver, type Db } from './db/index.js';
import { type Neo4jLocal, startNeo4jLocal } from './db/neo4jLocal.js';
import { applySchema } from './db/schema.js';
import { rederive, staleDerivations } from './derived/index.js';
import { createHttpServer } from './http.js';
import { recoverImports } from './import/staging.js';
import { logger } from './logger.js';

/** Loads the landscape into the store (the seed package's seedLandscape) and says how much went in. */
export type Seeder = (db: Db) => Promise<{ rows: number; batches: number; ms: number }>;

/** How long requests in flight may take to finish once a stop was asked for. */
const SHUTDOWN_GRACE_MS = 10_000;

/** Stops accepting connections and resolves once the open ones have ended (or were cut). */
function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolveClose) => {
    const started = Date.now();
    // Keep-alive connections idle between requests would hold close() open: end them as they go idle.
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const cut = setTimeout(() => {
      logger.warn(`requests still running after ${(Date.now() - started) / 1000} s; closing their connections`);
      server.closeAllConnections();
    }, SHUTDOWN_GRACE_MS);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(cut);
      resolveClose();
    });
    server.closeIdleConnections();
  });
}

async function main(seed: Seeder, demoAccounts: () => DemoAccount[]) {
  const config = loadConfig();
  const t0 = performance.now();
  let local: Neo4jLocal | undefined;
  let db: Db | undefined;
  let server: Server | undefined;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      logger.warn(`${signal} again: closing the connections of requests in flight now`);
      server?.closeAllConnections();
      return;
    }
    stopping = true;
    logger.info(`${signal}: stopping; requests in flight may take up to ${SHUTDOWN_GRACE_MS / 1000} s`);
    if (server?.listening) await closeServer(server);
    await db?.close().catch(() => undefined);
    await local?.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  let uri = config.NEO4J_URI;
  if (!uri) {
    local = await startNeo4jLocal({
      home: config.NEO4J_LOCAL_HOME,
      port: config.NEO4J_LOCAL_PORT,
      heap: config.NEO4J_LOCAL_HEAP,
      pageCacheMiB: config.NEO4J_LOCAL_PAGECACHE_MIB,
      log: (line) => logger.info(line),
      warn: (line) => logger.warn(line),
    });
    uri = local.uri;
  } else {
    logger.info(`using Neo4j at ${uri.replace(/\/\/[^@]*@/, '//')}`);
  }
  db = createDb(createDriver(uri, config.NEO4J_USER, config.NEO4J_PASSWORD), config.NEO4J_DATABASE);
  await db.driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  const statements = await applySchema(db);
  logger.info(`schema: ${statements} constraints and indexes in place`);
  // An import killed halfway: finished when it had passed its commit point, else removed.
  const recovered = await recoverImports(db, (line) => logger.info(line));
  if (recovered.finished.length + recovered.discarded.length > 0)
    logger.info(`import: ${recovered.finished.length} killed runs finished, ${recovered.discarded.length} removed`);

  if (config.SEED === 'true') {
    logger.info('seeding the real landscape and its Beispieldaten …');
    const report = await seed(db);
    logger.info(`seeded ${report.rows} rows in ${report.batches} batches, ${Math.round(report.ms)} ms`);
  } else {
    // A rebuild of the derived data cut short (a large import's, see import/index.ts), or a new
    // version of a part in this code: rebuilt before the API answers from it.
    const stale = await staleDerivations(db);
    if (stale.length > 0) {
      logger.info(`derived data: rebuilding ${stale.join(', ')} …`);
      const ms = await rederive(db, { only: stale });
      logger.info(`derived data rebuilt in ${Math.round(ms)} ms`);
    }
  }

  const auth = await createAuth(db, authOptions(config), demoAccounts);
  logger.info(
    auth.embedded
      ? `sign-in: the embedded demo provider (Demo-Anmeldung, invented persons) at ${auth.issuer}`
      : `sign-in: OpenID provider ${auth.issuer}`,
  );

  server = createHttpServer({ db, webDist: config.WEB_DIST, ...httpOptions(config), auth });
  await new Promise<void>((resolve, reject) => {
    server?.once('error', reject);
    server?.listen(config.PORT, config.HOST, resolve);
  });
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  logger.info(`Netzwerkatlas ready after ${seconds} s: http://localhost:${config.PORT}/  (API: /graphql, health: /health)`);
}

/** Starts the server; a failure on the way up is logged and ends the process. */
/**
 * Starts the server. `demoAccounts` are the invented persons the embedded demo provider offers
 * (only when no OIDC_ISSUER is set); they come from the seed, which the server does not import.
 */
export function start(options: { seed: Seeder; demoAccounts: () => DemoAccount[] }): void {
  main(options.seed, options.demoAccounts).catch((err: Error) => {
    logger.error(err.message);
    process.exit(1);
  });
}
