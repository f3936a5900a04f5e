// Our server as a child process for the `memory` and `load` areas: listens on a free port on the
// Neo4j given as the first argument, prints its GraphQL URL as one line, and runs until killed.
// Its lanes are sized as the server's configuration would size them (MAX_CONCURRENT_REQUESTS,
// MAX_CONCURRENT_LIGHT_REQUESTS, MAX_CONCURRENT_APP_REQUESTS). With an IPC channel (the load area) it also watches them from
// outside, through the lanes it hands the server: how long operations waited for a slot and held
// it, how many waited, and how late its event loop ran; `{ type: 'stats' }` asks for that and
// starts afresh.

import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createDb, createDriver } from '@netzwerkatlas/server/db/index';
import { createLanes, type Lanes } from '@netzwerkatlas/server/guard/scheduler';
import { createHttpServer } from '@netzwerkatlas/server/http';
import { type LaneStats, laneStats, type ServerStats } from './measure.js';

type LimitFunction = Lanes['light'];

const uri = process.argv[2];
if (!uri) throw new Error('usage: serve.ts <bolt uri>');
const slots = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const plain = createLanes({
  lightSlots: slots('MAX_CONCURRENT_LIGHT_REQUESTS', 8),
  heavySlots: slots('MAX_CONCURRENT_REQUESTS', 2),
  appSlots: slots('MAX_CONCURRENT_APP_REQUESTS', 4),
});

interface Watch {
  waits: number[];
  holds: number[];
  queued: number[];
}
const fresh = (): Watch => ({ waits: [], holds: [], queued: [] });
let watch = { light: fresh(), heavy: fresh(), app: fresh() };

/** The lane as the server sees it, timing each operation's wait for a slot and its time in it. */
function watched(lane: LimitFunction, which: keyof Lanes): LimitFunction {
  return new Proxy(lane, {
    apply(target, thisArg, [work, ...args]: [(...a: unknown[]) => unknown, ...unknown[]]) {
      const asked = performance.now();
      return Reflect.apply(target, thisArg, [
        async (...a: unknown[]) => {
          const started = performance.now();
          watch[which].waits.push(started - asked);
          try {
            return await work(...a);
          } finally {
            watch[which].holds.push(performance.now() - started);
          }
        },
        ...args,
      ]);
    },
  });
}

const observed = process.send !== undefined;
const lanes: Lanes = observed
  ? { light: watched(plain.light, 'light'), heavy: watched(plain.heavy, 'heavy'), app: watched(plain.app, 'app') }
  : plain;
const db = createDb(createDriver(uri, 'neo4j', ''));
const server = createHttpServer({ db, webDist: '/nonexistent-web-dist', requestsPerMinute: 0, lanes });
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql\n`);
});

if (observed) {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let cpu = process.cpuUsage();
  let since = performance.now();
  const sampler = setInterval(() => {
    watch.light.queued.push(plain.light.pendingCount);
    watch.heavy.queued.push(plain.heavy.pendingCount);
    watch.app.queued.push(plain.app.pendingCount);
  }, 100);
  sampler.unref();
  process.on('message', (message: { type?: string }) => {
    if (message?.type !== 'stats') return;
    const used = process.cpuUsage(cpu);
    const lane = (w: Watch): LaneStats => laneStats(w.waits, w.holds, w.queued);
    const stats: ServerStats = {
      seconds: (performance.now() - since) / 1000,
      cpuSeconds: (used.user + used.system) / 1e6,
      eventLoopDelayMs: { p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 },
      light: lane(watch.light),
      heavy: lane(watch.heavy),
      app: lane(watch.app),
    };
    process.send?.(stats);
    watch = { light: fresh(), heavy: fresh(), app: fresh() };
    loop.reset();
    cpu = process.cpuUsage();
    since = performance.now();
  });
}

process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close();
  void db.close().then(() => process.exit(0));
});
