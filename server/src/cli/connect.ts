// The database for a command-line tool (import, backup, restore): Neo4j at NEO4J_URI, or the
// local Neo4j that `pnpm start` runs. When that one is not running, the tool starts it on the same
// data folder for its own run and stops it afterwards.

import { loadConfig } from '../config.js';
import { createDb, createDriver, type Db } from '../db/index.js';
import { type Neo4jLocal, startNeo4jLocal } from '../db/neo4jLocal.js';
import { applySchema } from '../db/schema.js';

export async function connect(log: (line: string) => void = (l) => console.error(l)): Promise<{ db: Db; close: () => Promise<void> }> {
  const config = loadConfig();
  let local: Neo4jLocal | undefined;
  let uri = config.NEO4J_URI ?? `bolt://127.0.0.1:${config.NEO4J_LOCAL_PORT}`;
  let db = createDb(createDriver(uri, config.NEO4J_USER, config.NEO4J_PASSWORD), config.NEO4J_DATABASE);
  const reachable = await db.driver.verifyConnectivity({ database: config.NEO4J_DATABASE }).then(
    () => true,
    () => false,
  );
  if (!reachable) {
    await db.close();
    if (config.NEO4J_URI) throw new Error(`Neo4j at ${config.NEO4J_URI.replace(/\/\/[^@]*@/, '//')} does not answer`);
    log('Neo4j is not running; starting the local one for this command …');
    local = await startNeo4jLocal({
      home: config.NEO4J_LOCAL_HOME,
      port: config.NEO4J_LOCAL_PORT,
      heap: config.NEO4J_LOCAL_HEAP,
      pageCacheMiB: config.NEO4J_LOCAL_PAGECACHE_MIB,
      log,
    });
    uri = local.uri;
    db = createDb(createDriver(uri, config.NEO4J_USER, config.NEO4J_PASSWORD), config.NEO4J_DATABASE);
  }
  await applySchema(db);
  return {
    db,
    close: async () => {
      await db.close();
      await local?.stop();
    },
  };
}
