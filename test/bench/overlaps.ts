// Area `overlaps` (alias `api`): every overlap field through our GraphQL server over HTTP, next
// to the same statements run raw through neo4j-driver (the floor) and the same question through
// @neo4j/graphql (the peer): p50/p95 of sequential calls and requests/s under 10 clients. Ours
// and raw are timed in alternating calls, so that their ratio is not the noise of the machine.
// With them, in the same alternation, the floor of any JSON API over HTTP for the question: the
// raw statements, then our answer serialised and sent by a server that computes nothing else
// (same compression, same client, parsed). What ours takes beyond that floor is what GraphQL
// and our code add.

import { cypher } from '@netzwerkatlas/cypher';
import { createDriver, toParams } from '@netzwerkatlas/server/db/index';
import neo4j, { type Driver } from 'neo4j-driver';
import type { BenchDb } from './db.js';
import { alternatingLatency, bytes, type Latency, latency, ms, type Throughput, table, throughput } from './measure.js';
import { type PeerHow, pickIds, type QuestionIds, questions } from './questions.js';
import { client, recordingDb, startEcho, startOurs, startPeer } from './servers.js';

export interface Budget {
  /** Sequential timing per cell. */
  latencyMs: number;
  /** Concurrent timing per cell. */
  throughputMs: number;
  clients: number;
  /** Skip the peer (growth runs). */
  peer: boolean;
}

export const FULL_BUDGET: Budget = { latencyMs: 10_000, throughputMs: 5_000, clients: 10, peer: true };

interface Cell {
  latency: Latency;
  throughput: Throughput;
}

export interface FieldResult {
  field: string;
  statements: string[];
  ours: Cell;
  raw: Cell;
  /** The raw statements, then the answer serialised and sent by a server that computes nothing else, and parsed. */
  floor: Latency;
  /** Our answer's JSON, uncompressed. */
  answerBytes: number;
  peer?: Cell;
  peerHow: PeerHow;
  peerNote: string;
  peerError?: string;
}

export interface OverlapsResult {
  ids: QuestionIds;
  fields: FieldResult[];
  failed: { field: string; error: string }[];
  markdown: string;
}

function rawRunner(driver: Driver, recorded: { statement: string; params: Record<string, unknown> }[]) {
  const calls = recorded.length > 0 ? recorded : [{ statement: '', params: {} }];
  return () =>
    Promise.all(
      calls.map(async (c) => {
        const session = driver.session({ defaultAccessMode: neo4j.session.READ });
        try {
          const result = await session.executeRead(
            (tx) => tx.run(c.statement ? cypher(c.statement) : 'RETURN 1', toParams(c.params) as Record<string, unknown>),
            {
              timeout: 60_000,
            },
          );
          return result.records.length;
        } finally {
          await session.close();
        }
      }),
    );
}

const latencyOptions = (budget: Budget, heavy: boolean) => ({
  warmup: heavy ? 1 : 3,
  min: heavy ? 5 : 20,
  max: 200,
  budgetMs: budget.latencyMs,
});

async function requestsPerSecond(fn: () => Promise<unknown>, budget: Budget): Promise<Throughput> {
  // Under 10 clients a heavy question can pass the request timeout: that is a figure too (0 req/s).
  return throughput(fn, budget.clients, budget.throughputMs).catch((err: Error) => {
    console.error(`bench: throughput run failed: ${err.message}`);
    return { clients: budget.clients, requests: 0, rps: 0 };
  });
}

async function cell(fn: () => Promise<unknown>, budget: Budget, heavy: boolean): Promise<Cell> {
  const lat = await latency(fn, latencyOptions(budget, heavy));
  return { latency: lat, throughput: await requestsPerSecond(fn, budget) };
}

/**
 * Ours, raw Cypher and the floor of sending the answer, timed in alternating calls (the ratios
 * the goal is about), then ours and raw each under concurrent clients. The budget of the three
 * is three times that of one cell.
 */
async function alternatingCells(
  ours: () => Promise<unknown>,
  raw: () => Promise<unknown>,
  floor: () => Promise<unknown>,
  budget: Budget,
  heavy: boolean,
): Promise<[Cell, Cell, Latency]> {
  const options = latencyOptions(budget, heavy);
  const [oursLat, rawLat, floorLat] = (await alternatingLatency([ours, raw, floor], {
    ...options,
    budgetMs: 3 * options.budgetMs,
  })) as [Latency, Latency, Latency];
  return [
    { latency: oursLat, throughput: await requestsPerSecond(ours, budget) },
    { latency: rawLat, throughput: await requestsPerSecond(raw, budget) },
    floorLat,
  ];
}

const log = (line: string) => console.error(line);

/** Ends transactions still running after a timed-out request, so they do not slow the next figures. */
async function terminateLongTransactions(driver: Driver): Promise<number> {
  const session = driver.session();
  try {
    const shown = await session.run(
      'SHOW TRANSACTIONS YIELD transactionId, elapsedTime WHERE elapsedTime.milliseconds > 10000 RETURN collect(transactionId) AS ids',
    );
    const ids = (shown.records[0]?.get('ids') ?? []) as string[];
    if (ids.length > 0) await session.run('TERMINATE TRANSACTIONS $ids', { ids });
    return ids.length;
  } finally {
    await session.close();
  }
}

export async function runOverlaps(bench: BenchDb, budget: Budget = FULL_BUDGET): Promise<OverlapsResult> {
  const ids = await pickIds(bench.db);
  log(`bench: overlaps on ${bench.preset} with ${JSON.stringify(ids)}`);
  const recording = recordingDb(bench.local.uri);
  const ours = await startOurs(recording);
  const echo = await startEcho();
  const echoGql = client(echo.url);
  const peer = budget.peer ? await startPeer(bench.local.uri) : undefined;
  const driver = createDriver(bench.local.uri, 'neo4j', '');
  const oursGql = client(ours.url);
  const peerGql = peer ? client(peer.url) : undefined;
  const fields: FieldResult[] = [];
  const failed: { field: string; error: string }[] = [];
  try {
    for (const q of questions(ids)) {
      recording.calls.length = 0;
      const t0 = performance.now();
      try {
        await oursGql(q.query, q.variables);
      } catch (err) {
        const message = `${(err as Error).message.slice(0, 200)} after ${((performance.now() - t0) / 1000).toFixed(1)} s`;
        log(`bench: ${q.field}: our server failed: ${message}; skipping the field`);
        failed.push({ field: q.field, error: message });
        log(`bench: terminated ${await terminateLongTransactions(driver)} long-running transaction(s)`);
        continue;
      }
      const calls = recording.calls.map((c) => ({ ...c }));
      const answer = oursGql.lastBody();
      echo.answer(answer);
      const heavy = false;
      const raw = rawRunner(driver, calls);
      const floor = async () => {
        await raw();
        await echoGql(q.query, q.variables);
      };
      log(`bench: ${q.field}: ours, raw and floor, alternating (${calls.map((c) => c.statement).join(', ')}) …`);
      const [oursCell, rawCell, floorLat] = await alternatingCells(() => oursGql(q.query, q.variables), raw, floor, budget, heavy);
      let peerCell: Cell | undefined;
      let peerError: string | undefined;
      const run = q.peer.run;
      if (peerGql && run) {
        log(`bench: ${q.field}: @neo4j/graphql (${q.peer.how}) …`);
        try {
          const t0 = performance.now();
          await run(peerGql);
          const first = performance.now() - t0;
          peerCell = await cell(() => run(peerGql), budget, first > 1000);
        } catch (err) {
          peerError = (err as Error).message.slice(0, 300);
          log(`bench: ${q.field}: peer failed: ${peerError}`);
          log(`bench: terminated ${await terminateLongTransactions(driver)} long-running transaction(s)`);
        }
      }
      fields.push({
        field: q.field,
        statements: calls.map((c) => c.statement),
        ours: oursCell,
        raw: rawCell,
        floor: floorLat,
        answerBytes: Buffer.byteLength(answer),
        ...(peerCell ? { peer: peerCell } : {}),
        peerHow: q.peer.how,
        peerNote: q.peer.note,
        ...(peerError ? { peerError } : {}),
      });
      log(
        `bench: ${q.field}: p95 ours ${ms(oursCell.latency.p95)} raw ${ms(rawCell.latency.p95)} floor ${ms(floorLat.p95)} peer ${ms(peerCell?.latency.p95)} ms`,
      );
    }
  } finally {
    await ours.close();
    await echo.close();
    await peer?.close();
    await recording.close();
    await driver.close();
  }
  const failures = failed.map((f) => `- ${f.field}: NOT MEASURED — our server's first request failed: ${f.error}`);
  return { ids, fields, failed, markdown: [overlapsTable(fields, budget), ...(failures.length ? ['', ...failures] : [])].join('\n') };
}

const x = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || !(b > 0) ? '–' : `${(a / b).toFixed(2)}×`;

export function overlapsTable(fields: FieldResult[], budget: Budget): string {
  const rows = fields.map((f) => [
    f.field,
    `${ms(f.ours.latency.p50)} / ${ms(f.ours.latency.p95)}`,
    `${ms(f.raw.latency.p50)} / ${ms(f.raw.latency.p95)}`,
    `${ms(f.floor.p50)} / ${ms(f.floor.p95)}`,
    bytes(f.answerBytes),
    f.peer ? `${ms(f.peer.latency.p50)} / ${ms(f.peer.latency.p95)}` : f.peerError ? 'failed' : '–',
    x(f.ours.latency.p95, f.raw.latency.p95),
    x(f.floor.p95, f.raw.latency.p95),
    x(f.ours.latency.p95, f.floor.p95),
    x(f.ours.latency.p95, f.peer?.latency.p95),
    f.ours.throughput.rps.toFixed(1),
    f.raw.throughput.rps.toFixed(1),
    f.peer ? f.peer.throughput.rps.toFixed(1) : '–',
    x(f.ours.throughput.rps, f.raw.throughput.rps),
    x(f.ours.throughput.rps, f.peer?.throughput.rps),
    `${f.ours.latency.n}/${f.raw.latency.n}/${f.floor.n}/${f.peer?.latency.n ?? 0}`,
    f.peerError ? `${f.peerHow}: failed (${f.peerError.slice(0, 80)})` : f.peerHow,
  ]);
  return table(
    [
      'field',
      'ours p50/p95 ms',
      'raw Cypher p50/p95 ms',
      'floor p50/p95 ms',
      'answer',
      '@neo4j/graphql p50/p95 ms',
      'p95 ours÷raw',
      'p95 floor÷raw',
      'p95 ours÷floor',
      'p95 ours÷peer',
      `req/s ours (${budget.clients} clients)`,
      'req/s raw',
      'req/s peer',
      'req/s ours÷raw',
      'req/s ours÷peer',
      'n (ours/raw/floor/peer)',
      'peer expresses it',
    ],
    rows,
  );
}
