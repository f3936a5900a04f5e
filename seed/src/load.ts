// The one write path into Neo4j for everything the seed brings: the real landscape, the demo
// layer and generated landscapes. A load is a list of steps (a statement from cypher/seed and
// its rows); rows go in UNWIND batches through the server's db layer (a Db from createDb).
// `atomic` runs every batch of every step in a single transaction, so a failing load leaves
// nothing half-written. The derived data is rebuilt at the end (server/src/derived).

import type { Store, Tx } from '@netzwerkatlas/server/db/store';
import { DERIVE_STEP_COUNT, deriveInTransaction, rederive } from '@netzwerkatlas/server/derived';

export type Row = Record<string, unknown>;

export interface LoadStep {
  /** Name of a statement in cypher/, e.g. 'seed/merge-networks'. */
  statement: string;
  rows: Row[];
}

export interface LoadOptions {
  batchSize?: number;
  /** One transaction for the whole load (default), or one per batch for very large loads. */
  atomic?: boolean;
  /** Rebuild the derived overlap data at the end (default true). */
  derive?: boolean;
  onProgress?: (step: string, done: number, total: number) => void;
}

export interface LoadReport {
  rows: number;
  batches: number;
  ms: number;
  /** Of `ms`, the time spent rebuilding the derived overlap data. */
  deriveMs: number;
}

function* batches<T>(rows: T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** Writes the steps in order; returns how many rows and batches went in and how long it took. */
export async function load(db: Store, steps: LoadStep[], options: LoadOptions = {}): Promise<LoadReport> {
  const { batchSize = 5000, atomic = true, onProgress } = options;
  const withDerive = options.derive !== false;
  let deriveMs = 0;
  const started = performance.now();
  let rows = 0;
  let count = 0;
  const runStep = async (tx: Tx, step: LoadStep, batch: Row[]) => {
    await tx.run(step.statement, { rows: batch });
  };
  if (atomic) {
    await db.writeTransaction(async (tx) => {
      rows = 0;
      count = 0;
      for (const step of steps) {
        let done = 0;
        for (const batch of batches(step.rows, batchSize)) {
          await runStep(tx, step, batch);
          done += batch.length;
          count += 1;
          onProgress?.(step.statement, done, step.rows.length);
        }
        rows += step.rows.length;
      }
      if (withDerive) {
        const t = performance.now();
        onProgress?.('derive', 0, DERIVE_STEP_COUNT);
        await deriveInTransaction(tx);
        deriveMs = performance.now() - t;
      }
    });
  } else {
    for (const step of steps) {
      let done = 0;
      for (const batch of batches(step.rows, batchSize)) {
        await db.writeTransaction((tx) => runStep(tx, step, batch));
        done += batch.length;
        count += 1;
        onProgress?.(step.statement, done, step.rows.length);
      }
      rows += step.rows.length;
    }
    if (withDerive) {
      // One transaction per step: at germany-x5 the whole derivation in one transaction exceeds
      // Neo4j's transaction memory. Readers may see it half-rebuilt meanwhile, as they see a
      // non-atomic load half-written.
      deriveMs = await rederive(db, { onProgress });
    }
  }
  return { rows, batches: count, ms: performance.now() - started, deriveMs };
}
