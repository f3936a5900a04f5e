// pnpm neo4j: runs only the local Neo4j (until Ctrl-C); pnpm neo4j fetch: only fetches the jars.

import { loadConfig } from '../config.js';
import { ensureJars, javaMajorVersion, startNeo4jLocal } from '../db/neo4jLocal.js';

const config = loadConfig();
try {
  if (process.argv[2] === 'fetch') {
    javaMajorVersion();
    ensureJars();
    console.log('neo4j-local: jars present');
  } else {
    const local = await startNeo4jLocal({
      home: config.NEO4J_LOCAL_HOME,
      port: config.NEO4J_LOCAL_PORT,
      heap: config.NEO4J_LOCAL_HEAP,
      pageCacheMiB: config.NEO4J_LOCAL_PAGECACHE_MIB,
    });
    console.log(`Neo4j listens on ${local.uri}; Ctrl-C stops it.`);
    const stop = () => void local.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  }
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
