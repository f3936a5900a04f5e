// An import run's way into the graph past the size of one transaction. The checked rows are first
// staged: each batch becomes an ImportStage node (its statement and its rows as JSON), committed
// on its own, so that staging never needs more of the database's memory than one batch. No read
// statement matches ImportStage or ImportStaging, so readers see nothing of a staged run.
//
// Then the run is published: in ONE transaction when it fits (the readers see it all at once),
// else batch by batch after a commit point (status PUBLISHING), each batch written and its stage
// node removed in one transaction. A run killed while staging is discarded by the next import or
// start; a run killed after its commit point is finished by them. Either way the graph ends with
// the old state or the whole file, never with a part of it.

import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Store, Tx } from '../db/store.js';
import { deriveInTransaction, markStale, rederive } from '../derived/derive.js';
import type { Kind } from './layouts.js';

/** What one batch wrote (the statements of cypher/import count it). */
export interface Counts {
  created: number;
  changed: number;
  links: number;
}

/** Where the importer sends a batch: staged for publish, or run in a dry run's transaction. */
export type Sink = (table: number, statement: string, params: Record<string, unknown>) => Promise<Counts | null>;

/** A table of a run, as its ImportRun record will name it. */
export interface StagedTable {
  file: string;
  kind: Kind;
  rows: number;
}

/** A run whose process sent no sign of life for this long counts as dead (another machine's; on this one the process id tells). */
export const STALE_AFTER_S = 120;
const HEARTBEAT_MS = 15_000;

/**
 * The longest any one transaction of an import may run: a run published in one transaction
 * (up to IMPORT_ONE_TRANSACTION_ROWS rows and the derived data) runs longer than the database's
 * default limit for a transaction (five minutes for the local Neo4j).
 */
export const IMPORT_TIMEOUT_MS = 2 * 60 * 60 * 1000;

const TX_MEMORY = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';

/** Whether an error is Neo4j's "the transaction's memory is exhausted" (the driver calls it transient). */
export function isTransactionMemoryError(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) if (e.code === TX_MEMORY) return true;
  return false;
}

/** Runs of this process in progress: alive whatever their heartbeat says. */
const ownRuns = new Set<string>();

interface RunState {
  status: 'STAGING' | 'STAGED' | 'PUBLISHING';
  actor: string;
  tables: string;
  created: number[];
  changed: number[];
  links: number[];
  staleMarked: boolean;
  batches: number;
}

/** Per table, what the publish wrote. */
export type PublishCounts = Counts[];

export class StagingRun {
  private seq = 0;
  private readonly timer: NodeJS.Timeout;

  private constructor(
    readonly store: Store,
    readonly id: string,
  ) {
    ownRuns.add(id);
    // A sign of life while rows are checked (a file of rejected rows stages nothing for a while).
    this.timer = setInterval(() => {
      store.writeTransaction((tx) => tx.run('import/touch-run', { id })).catch(() => undefined);
    }, HEARTBEAT_MS);
    this.timer.unref();
  }

  static async begin(store: Store, tables: number, actor: string): Promise<StagingRun> {
    const id = randomUUID();
    await store.writeTransaction((tx) =>
      tx.run('import/begin-run', { id, actor, host: hostname(), pid: process.pid, tables: '[]', zeros: new Array(tables).fill(0) }),
    );
    return new StagingRun(store, id);
  }

  /** Stages one batch in a transaction of its own. */
  readonly sink: Sink = async (table, statement, params) => {
    const seq = this.seq++;
    const [row] = await this.store.writeTransaction((tx) =>
      tx.run<{ staged: number }>('import/stage-batch', { run: this.id, seq, table, statement, params: JSON.stringify(params) }),
    );
    if (!row?.staged) throw new Error(`import: run ${this.id} is no longer staging (discarded by another process?)`);
    return null;
  };

  /** Staging is complete; the tables as the run's records will name them. */
  async staged(tables: StagedTable[]): Promise<void> {
    await this.store.writeTransaction((tx) => tx.run('import/staged-run', { id: this.id, tables: JSON.stringify(tables) }));
  }

  /**
   * Publishes the staged run: in one transaction when `oneTransaction` (and it fits the database's
   * memory), else batch by batch. Returns what each table wrote.
   */
  async publish(options: { oneTransaction: boolean; onPublish?: (done: number, total: number) => void }): Promise<PublishCounts> {
    if (options.oneTransaction) {
      try {
        return await publishInOneTransaction(this.store, this.id);
      } catch (err) {
        // Rolled back whole: still STAGED, so it can be published in batches instead.
        if (!(err instanceof TooLargeForOne) && !isTransactionMemoryError(err)) throw err;
      }
    }
    return publishInBatches(this.store, this.id, options.onPublish);
  }

  /** Removes the run unless it passed its commit point (then the next import or start finishes it). */
  async discard(): Promise<void> {
    const [state] = await this.store.read<RunState>('import/staging-run', { id: this.id });
    if (state && state.status !== 'PUBLISHING') await discardRun(this.store, this.id);
  }

  stop(): void {
    clearInterval(this.timer);
    ownRuns.delete(this.id);
  }
}

async function runState(store: Store | Tx, id: string): Promise<RunState | undefined> {
  const [state] =
    'read' in store ? await store.read<RunState>('import/staging-run', { id }) : await store.run<RunState>('import/staging-run', { id });
  return state;
}

/** Runs one staged batch's statement: the counts it returns. */
async function applyBatch(tx: Tx, batch: { statement: string; params: string }): Promise<Counts> {
  const [counts] = await tx.run<Partial<Counts>>(batch.statement, JSON.parse(batch.params) as Record<string, unknown>);
  return { created: Number(counts?.created ?? 0), changed: Number(counts?.changed ?? 0), links: Number(counts?.links ?? 0) };
}

const changedAnything = (s: Pick<RunState, 'created' | 'changed' | 'links'>) =>
  s.created.some((n) => n > 0) || s.changed.some((n) => n > 0) || s.links.some((n) => n > 0);

function countsOf(state: RunState): PublishCounts {
  return state.created.map((created, i) => ({ created, changed: state.changed[i] ?? 0, links: state.links[i] ?? 0 }));
}

/** One ImportRun record per table that changed the graph, and the staging run removed. */
async function finish(tx: Tx, id: string, state: RunState): Promise<void> {
  const tables = JSON.parse(state.tables) as StagedTable[];
  for (const [i, t] of tables.entries()) {
    const created = state.created[i] ?? 0;
    const changed = state.changed[i] ?? 0;
    if (created + changed + (state.links[i] ?? 0) === 0) continue;
    await tx.run('import/record-run', { run: { file: t.file, kind: t.kind, actor: state.actor, rows: t.rows, created, changed } });
  }
  await tx.run('import/end-run', { id });
}

/** Inside a transaction: the database's memory for it is exhausted (not transient for us: retrying fails again). */
class TooLargeForOne extends Error {}

async function publishInOneTransaction(store: Store, id: string): Promise<PublishCounts> {
  return store.writeTransaction(
    async (tx) => {
      try {
        return await publishAll(tx, id);
      } catch (err) {
        if (isTransactionMemoryError(err)) throw new TooLargeForOne('import: too large for one transaction', { cause: err });
        throw err;
      }
    },
    { timeoutMs: IMPORT_TIMEOUT_MS },
  );
}

async function publishAll(tx: Tx, id: string): Promise<PublishCounts> {
  const before = await runState(tx, id);
  if (before?.status !== 'STAGED') throw new Error(`import: run ${id} is not staged (${before?.status ?? 'gone'})`);
  for (;;) {
    const [batch] = await tx.run<{ seq: number; table: number; statement: string; params: string }>('import/next-stage', { run: id });
    if (!batch) break;
    const counts = await applyBatch(tx, batch);
    await tx.run('import/drop-stage', { run: id, seq: batch.seq, table: batch.table, ...counts, staleMarked: false });
  }
  const after = (await runState(tx, id)) as RunState;
  if (changedAnything(after)) await deriveInTransaction(tx);
  await finish(tx, id, after);
  return countsOf(after);
}

/**
 * Publishes batch by batch after the commit point. The derived data is marked stale in the
 * first batch that changes the graph and rebuilt at the end, one transaction per step (the
 * start finishes a rebuild cut short). Also how a run killed after its commit point is finished.
 */
async function publishInBatches(store: Store, id: string, onPublish?: (done: number, total: number) => void): Promise<PublishCounts> {
  await store.writeTransaction((tx) => tx.run('import/publish-run', { id }));
  const start = await runState(store, id);
  if (start?.status !== 'PUBLISHING') throw new Error(`import: run ${id} cannot be published (${start?.status ?? 'gone'})`);
  let stale = start.staleMarked;
  const total = start.batches;
  for (let done = 1; ; done++) {
    const wrote = await store.writeTransaction(async (tx) => {
      const [batch] = await tx.run<{ seq: number; table: number; statement: string; params: string }>('import/next-stage', { run: id });
      if (!batch) return null;
      const counts = await applyBatch(tx, batch);
      const mark = !stale && counts.created + counts.changed + counts.links > 0;
      if (mark) await markStale(tx);
      await tx.run('import/drop-stage', { run: id, seq: batch.seq, table: batch.table, ...counts, staleMarked: mark });
      return { mark };
    });
    if (!wrote) break;
    if (wrote.mark) stale = true;
    onPublish?.(done, total);
  }
  const state = (await runState(store, id)) as RunState;
  if (state.staleMarked) await rederive(store);
  await store.writeTransaction((tx) => finish(tx, id, state));
  return countsOf(state);
}

async function discardRun(store: Store, id: string): Promise<void> {
  for (;;) {
    const [row] = await store.writeTransaction((tx) => tx.run<{ removed: number }>('import/discard-stage', { run: id }));
    if (!row?.removed) break;
  }
  await store.writeTransaction((tx) => tx.run('import/end-run', { id }));
}

interface StagingRow {
  id: string;
  status: RunState['status'];
  host: string;
  pid: number;
  actor: string;
  silentSeconds: number;
}

function alive(run: StagingRow): boolean {
  if (ownRuns.has(run.id)) return true;
  if (run.host === hostname()) {
    if (run.pid === process.pid) return false;
    try {
      process.kill(run.pid, 0);
      return true;
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'EPERM';
    }
  }
  return run.silentSeconds < STALE_AFTER_S;
}

export interface Recovery {
  /** Runs killed after their commit point, now published. */
  finished: string[];
  /** Runs killed while staging, now removed. */
  discarded: string[];
  /** Runs whose process is alive (another import in progress). */
  live: string[];
}

/**
 * What a killed import left: a run past its commit point is published, any other removed.
 * Called by every import before it begins, and by the server's start.
 */
export async function recoverImports(store: Store, log: (line: string) => void = () => undefined): Promise<Recovery> {
  const out: Recovery = { finished: [], discarded: [], live: [] };
  for (const run of await store.read<StagingRow>('import/staging-runs')) {
    if (alive(run)) {
      out.live.push(run.id);
    } else if (run.status === 'PUBLISHING') {
      log(`import: finishing run ${run.id} (by ${run.actor}), killed while publishing …`);
      await publishInBatches(store, run.id);
      out.finished.push(run.id);
    } else {
      log(`import: removing run ${run.id} (by ${run.actor}), killed while ${run.status === 'STAGING' ? 'staging' : 'staged'}`);
      await discardRun(store, run.id);
      out.discarded.push(run.id);
    }
  }
  return out;
}
