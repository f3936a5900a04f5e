// The start command: Neo4j (the local runner unless NEO4J_URI is set), schema, the real
// landscape, then the API and the web app on one port. Stops everything on SIGINT/SIGTERM.

import type { Server } from 'node:http';
import { seedLandscape } from '@netzwerkatlas/seed';
import { httpOptions, loadConfig } from './config.js';
import { createDb, createDriver, type Db } from './db/index.js';
import { type Neo4jLocal, startNeo4jLocal } from './db/neo4jLocal.js';
import { applySchema } from './db/schema.js';
import { createHttpServer } from './http.js';
import { logger } from './logger.js';

async function main() {
  const config = loadConfig();
  const t0 = performance.now();
  let local: Neo4jLocal | undefined;
  let db: Db | undefined;
  let server: Server | undefined;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: stopping`);
    server?.close();
    server?.closeAllConnections();
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

  server = createHttpServer({ db, webDist: config.WEB_DIST, ...httpOptions(config) });
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
