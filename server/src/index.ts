// The start command: Neo4j (the local runner unless NEO4J_URI is set), schema, the real
// landscape, then the API and the web app on one port. On SIGINT/SIGTERM it stops accepting
// connections, lets requests in flight finish (up to SHUTDOWN_GRACE_MS), then closes the driver
// and the local Neo4j; a second signal cuts the wait short.

import type { Server } from 'node:http';
import { seedLandscape } from '@netzwerkatlas/seed';
import { createAuth } from './auth/index.js';
import { authOptions, httpOptions, loadConfig } from './config.js';
import { createDb, createDriver, type Db } from './db/index.js';
import { type Neo4jLocal, startNeo4jLocal } from './db/neo4jLocal.js';
import { applySchema } from './db/schema.js';
import { createHttpServer } from './http.js';
import { logger } from './logger.js';

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

async function main() {
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

  if (config.SEED === 'true') {
    logger.info('seeding the real landscape and its Beispieldaten …');
    const report = await seedLandscape(db.driver, { database: config.NEO4J_DATABASE });
    logger.info(`seeded ${report.rows} rows in ${report.batches} batches, ${Math.round(report.ms)} ms`);
  }

  const auth = await createAuth(db, authOptions(config));
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

main().catch((err: Error) => {
  logger.error(err.message);
  process.exit(1);
});
