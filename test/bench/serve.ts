// Our server as a child process for the `memory` area: listens on a free port on the Neo4j given
// as the first argument, prints its GraphQL URL as one line, and runs until killed.

import type { AddressInfo } from 'node:net';
import { createDb, createDriver } from '@netzwerkatlas/server/db/index';
import { createHttpServer } from '@netzwerkatlas/server/http';

const uri = process.argv[2];
if (!uri) throw new Error('usage: serve.ts <bolt uri>');
const db = createDb(createDriver(uri, 'neo4j', ''));
const server = createHttpServer({ db, webDist: '/nonexistent-web-dist', requestsPerMinute: 0 });
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql\n`);
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close();
  void db.close().then(() => process.exit(0));
});
