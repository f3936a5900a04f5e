// Areas `landscape`, `loading` and `memory`: the payload of Query.landscape for the web app, the
// batched load path against one MERGE per row, and the peak memory of our server and of Neo4j.

import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { cypher } from '@netzwerkatlas/cypher';
import { type LoadStep, load } from '@netzwerkatlas/seed';
import { generatedSteps, generateLandscape, PRESETS } from '@netzwerkatlas/seed/generator';
import { repoRoot } from '@netzwerkatlas/server/config';
import neo4j from 'neo4j-driver';
import { getUrl, postRaw, requestRaw } from '../helpers/http.js';
import type { BenchDb } from './db.js';
import { bytes, latency, ms, ratio, table, throughput } from './measure.js';
import { pickIds, questions } from './questions.js';
import { client, startOurs } from './servers.js';

const log = (line: string) => console.error(line);

/** The web app's landscape query (web/src/core/landscape/types.ts). */
export const LANDSCAPE_QUERY = `query($includeSynthetic: Boolean) { landscape(includeSynthetic: $includeSynthetic) {
  nodes { id kind label name members persons { exact fewerThan3 } synthetic }
  edges { source target type synthetic } } }`;

export interface LandscapeResult {
  nodes: number;
  edges: number;
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
  oursMs: { p50: number; p95: number };
  rawCypherMs: { p50: number; p95: number };
  /** GET as the web app asks: the first request computes the answer, the rest are served from the answer cache. */
  get: { firstMs: number; cachedMs: { p50: number; p95: number }; brotliBytes: number; gzipBytes: number };
  markdown: string;
}

export async function runLandscape(bench: BenchDb): Promise<LandscapeResult> {
  const ours = await startOurs(bench.db);
  try {
    const response = await fetch(ours.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LANDSCAPE_QUERY, variables: { includeSynthetic: true } }),
    });
    const body = Buffer.from(await response.arrayBuffer());
    const data = JSON.parse(body.toString('utf8')) as { data: { landscape: { nodes: unknown[]; edges: unknown[] } } };
    // What the server sends to a browser (brotli) and to a gzip-only client, bytes on the wire.
    const payload = JSON.stringify({ query: LANDSCAPE_QUERY, variables: { includeSynthetic: true } });
    const brotli = await sentBytes(ours.url, payload, 'br');
    const gzip = await sentBytes(ours.url, payload, 'gzip');
    const gql = client(ours.url);
    const oursLat = await latency(() => gql(LANDSCAPE_QUERY, { includeSynthetic: true }), { warmup: 1, min: 5, max: 30, budgetMs: 15_000 });
    const raw = async () => {
      await Promise.all(
        ['landscape/landscape-nodes', 'landscape/landscape-edges'].map(async (statement) => {
          const session = bench.db.driver.session({ defaultAccessMode: neo4j.session.READ });
          try {
            return (await session.executeRead((tx) => tx.run(cypher(statement), { includeSynthetic: true }))).records.length;
          } finally {
            await session.close();
          }
        }),
      );
    };
    const rawLat = await latency(raw, { warmup: 1, min: 5, max: 30, budgetMs: 15_000 });
    // The web app's way: GET, answered from the server's answer cache after the first request.
    const getGql = client(ours.url, 'GET');
    const t0 = performance.now();
    await getGql(LANDSCAPE_QUERY, { includeSynthetic: true });
    const firstMs = performance.now() - t0;
    const cachedLat = await latency(() => getGql(LANDSCAPE_QUERY, { includeSynthetic: true }), {
      warmup: 1,
      min: 10,
      max: 50,
      budgetMs: 10_000,
    });
    const url = getUrl(ours.url, LANDSCAPE_QUERY, { includeSynthetic: true });
    const getBytes = async (encoding: 'br' | 'gzip') => {
      const sent = await requestRaw(url, { headers: { 'accept-encoding': encoding } });
      if (sent.encoding !== encoding) throw new Error(`bench: GET answered with content-encoding ${sent.encoding}, not ${encoding}`);
      return sent.bytes.length;
    };
    const get = {
      firstMs,
      cachedMs: { p50: cachedLat.p50, p95: cachedLat.p95 },
      brotliBytes: await getBytes('br'),
      gzipBytes: await getBytes('gzip'),
    };
    const result = {
      nodes: data.data.landscape.nodes.length,
      edges: data.data.landscape.edges.length,
      rawBytes: body.length,
      gzipBytes: gzip,
      brotliBytes: brotli,
      oursMs: { p50: oursLat.p50, p95: oursLat.p95 },
      rawCypherMs: { p50: rawLat.p50, p95: rawLat.p95 },
      get,
    };
    const markdown = table(
      [
        'landscape',
        'nodes',
        'edges',
        'raw',
        'sent gzip',
        'sent brotli',
        'ours p50/p95 ms',
        'raw Cypher p50/p95 ms',
        'p95 ours÷raw',
        'goal < 5 MB compressed',
      ],
      [
        [
          'Query.landscape by POST (computed every time)',
          result.nodes,
          result.edges,
          bytes(result.rawBytes),
          bytes(gzip),
          bytes(brotli),
          `${ms(oursLat.p50)} / ${ms(oursLat.p95)}`,
          `${ms(rawLat.p50)} / ${ms(rawLat.p95)}`,
          ratio(oursLat.p95, rawLat.p95),
          Math.min(gzip, brotli) < 5 * 1_048_576 ? 'met' : 'NOT met',
        ],
        [
          `Query.landscape by GET (web app; first request computes: ${ms(get.firstMs)} ms, then answer cache)`,
          result.nodes,
          result.edges,
          bytes(result.rawBytes),
          bytes(get.gzipBytes),
          bytes(get.brotliBytes),
          `${ms(get.cachedMs.p50)} / ${ms(get.cachedMs.p95)}`,
          `${ms(rawLat.p50)} / ${ms(rawLat.p95)}`,
          ratio(get.cachedMs.p95, rawLat.p95),
          Math.min(get.gzipBytes, get.brotliBytes) < 5 * 1_048_576 ? 'met' : 'NOT met',
        ],
      ],
    );
    return { ...result, markdown };
  } finally {
    await ours.close();
  }
}

/** Bytes of the body the server sends for `payload` when the client accepts only `encoding`. */
async function sentBytes(url: string, payload: string, encoding: 'br' | 'gzip'): Promise<number> {
  const sent = await postRaw(url, payload, encoding);
  if (sent.encoding !== encoding) throw new Error(`bench: the server answered with content-encoding ${sent.encoding}, not ${encoding}`);
  return sent.bytes.length;
}

/** A ~20k-row sample of generated rows whose ids carry `tag` instead of `gen`, so they meet nothing else. */
function loadingSample(tag: string): LoadStep[] {
  const generated = generateLandscape({
    ...PRESETS.small,
    seed: 77,
    districts: 16,
    municipalities: 120,
    federalAgencies: 5,
    stateAuthoritiesPerLand: 1,
    umbrellas: 3,
    networks: 40,
    persons: 5_000,
    participations: 10_000,
    events: 60,
    innovations: 30,
  });
  return JSON.parse(JSON.stringify(generatedSteps(generated)).replace(/:gen-/g, `:${tag}-`)) as LoadStep[];
}

export interface LoadingResult {
  rows: number;
  batchedRowsPerSecond: number;
  naiveRowsPerSecond: number;
  markdown: string;
}

export async function runLoading(bench: BenchDb): Promise<LoadingResult> {
  const batchedSteps = loadingSample('ldb');
  const naiveSteps = loadingSample('ldn');
  const rows = batchedSteps.reduce((s, step) => s + step.rows.length, 0);
  const cleanup = () => bench.db.write({ text: "MATCH (n) WHERE n.id CONTAINS ':ldb-' OR n.id CONTAINS ':ldn-' DETACH DELETE n" });
  await cleanup();
  try {
    log(`bench: loading ${rows} rows batched …`);
    const batched = await load(bench.db, batchedSteps, { atomic: false, batchSize: 10_000, derive: false });
    log(`bench: loading ${rows} rows one MERGE per row …`);
    const session = bench.db.driver.session();
    const t0 = performance.now();
    try {
      for (const step of naiveSteps) {
        const text = cypher(step.statement);
        for (const row of step.rows) await session.executeWrite((tx) => tx.run(text, { rows: [row] }));
      }
    } finally {
      await session.close();
    }
    const naiveMs = performance.now() - t0;
    const batchedRps = rows / (batched.ms / 1000);
    const naiveRps = rows / (naiveMs / 1000);
    const markdown = table(
      ['loading', 'rows', 'batched (10k rows/batch, tx per batch)', 'one MERGE per row (tx per row)', 'batched÷naive'],
      [
        [
          'generated sample (persons, participations, memberships, …)',
          rows,
          `${(batched.ms / 1000).toFixed(1)} s, ${Math.round(batchedRps)} rows/s`,
          `${(naiveMs / 1000).toFixed(1)} s, ${Math.round(naiveRps)} rows/s`,
          ratio(batchedRps, naiveRps),
        ],
      ],
    );
    return { rows, batchedRowsPerSecond: batchedRps, naiveRowsPerSecond: naiveRps, markdown };
  } finally {
    await cleanup();
  }
}

/** VmHWM (peak RSS) and VmRSS of a process in bytes, from /proc. */
export function procMemory(pid: number): { peak: number; rss: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
  return { peak: kb('VmHWM'), rss: kb('VmRSS') };
}

export interface MemoryResult {
  serverPeakRss: number;
  serverRssAfter: number;
  neo4jHeapUsed: number;
  neo4jHeapCommitted: number;
  neo4jHeapMax: number;
  neo4jPeakRss: number;
  markdown: string;
}

function spawnServer(uri: string): Promise<{ child: ChildProcess; url: string }> {
  // node --import tsx: one process (the tsx CLI would put a second node in between).
  // The heap cap of `pnpm start` (package.json), so the figure is the one users get.
  const child = spawn(process.execPath, ['--max-old-space-size=384', '--import', 'tsx', 'test/bench/serve.ts', uri], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench: the server child exited with ${code}`)));
    // The server's logger writes to stdout too: the URL is the line that starts with http.
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      if (line.startsWith('http://')) resolve({ child, url: line.trim() });
    });
  });
}

export async function runMemory(bench: BenchDb): Promise<MemoryResult> {
  const { child, url } = await spawnServer(bench.local.uri);
  try {
    const gql = client(url);
    const ids = await pickIds(bench.db);
    // The whole API workload once, then landscape and every field under 10 clients.
    const workload = questions(ids);
    for (const q of workload) await gql(q.query, q.variables);
    // The landscape as the web app asks for it (GET: computed once, then from the answer cache),
    // and by POST (computed per request, queued by the server's request slots).
    const getGql = client(url, 'GET');
    await throughput(() => getGql(LANDSCAPE_QUERY, { includeSynthetic: true }), 10, 3_000);
    await throughput(() => gql(LANDSCAPE_QUERY, { includeSynthetic: true }), 2, 3_000);
    for (const q of workload) await throughput(() => gql(q.query, q.variables), 10, 1_500);
    const server = procMemory(child.pid as number);
    const [heap] = await bench.db.read<{ used: number; committed: number; max: number }>({
      text: `CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes
             WITH attributes.HeapMemoryUsage.value.properties AS h
             RETURN h.used AS used, h.committed AS committed, h.max AS max`,
    });
    const jvm = procMemory(bench.local.pid);
    const result = {
      serverPeakRss: server.peak,
      serverRssAfter: server.rss,
      neo4jHeapUsed: heap?.used ?? Number.NaN,
      neo4jHeapCommitted: heap?.committed ?? Number.NaN,
      neo4jHeapMax: heap?.max ?? Number.NaN,
      neo4jPeakRss: jvm.peak,
    };
    const markdown = table(
      ['memory', 'value', 'reference', 'ratio', 'goal'],
      [
        [
          'server peak RSS (VmHWM, child process, after the landscape by GET under 10 clients and by POST under 2, and every field under 10 clients)',
          bytes(result.serverPeakRss),
          'goal 500 MB',
          ratio(result.serverPeakRss, 500 * 1_048_576),
          result.serverPeakRss < 500 * 1_048_576 ? 'met' : 'NOT met',
        ],
        ['server RSS at the end', bytes(result.serverRssAfter), '', '', ''],
        [
          'Neo4j heap used (JMX)',
          bytes(result.neo4jHeapUsed),
          `max ${bytes(result.neo4jHeapMax)}`,
          ratio(result.neo4jHeapUsed, result.neo4jHeapMax),
          '',
        ],
        [
          'Neo4j heap committed (JMX)',
          bytes(result.neo4jHeapCommitted),
          `max ${bytes(result.neo4jHeapMax)}`,
          ratio(result.neo4jHeapCommitted, result.neo4jHeapMax),
          '',
        ],
        ['Neo4j JVM peak RSS (VmHWM; heap + 1024 MiB page cache + off-heap)', bytes(result.neo4jPeakRss), '', '', ''],
      ],
    );
    return { ...result, markdown };
  } finally {
    child.kill('SIGTERM');
  }
}
