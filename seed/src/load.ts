// The one write path into Neo4j for everything the seed brings: the real landscape, the demo
// layer and generated landscapes. A load is a list of steps (a statement from cypher/seed and
// its rows); rows go in UNWIND batches. `atomic` runs every batch of every step in a single
// transaction, so a failing load leaves nothing half-written.

import { cypher } from '@netzwerkatlas/cypher';
import neo4j, { type Driver, isInt, type ManagedTransaction } from 'neo4j-driver';
import { pairsFromRanks, partition, type RankedPair, STORED_RESOLUTION } from './derive/communities.js';
import { layoutLandscape } from './derive/layout.js';
import { encodeMatrixPairs } from './derive/matrixRows.js';

export type Row = Record<string, unknown>;

export interface LoadStep {
  /** Name of a statement in cypher/, e.g. 'seed/merge-networks'. */
  statement: string;
  rows: Row[];
}

export interface LoadOptions {
  database?: string;
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

/**
 * Derived data the overlap questions read instead of recounting the whole graph per request:
 * member counts, OVERLAPS between networks, COLLEAGUES_IN/AT, each network's overlap-matrix
 * row (as :MatrixRow nodes, encoded here as text from a projection read in one statement), the
 * default rankings of topicRedundancy and duplicateParticipation, and the communities of the
 * network landscape (Louvain, computed here in JS on a projection read in one statement). Rebuilt in full after every load, in the same transaction
 * when the load is atomic, else one transaction per step; the last step stamps a new data
 * version (answers the server keeps for the previous one are no longer served).
 */
export const DERIVE_STATEMENTS = [
  'derive/clear-overlaps',
  'derive/count-members',
  'derive/overlaps-by-authorities',
  'derive/overlaps-by-persons',
  'derive/overlaps-by-topics',
  'derive/colleagues',
  'derive/topic-redundancy-ranks',
  'derive/colleague-ranks',
] as const;

/** Changes whenever the derived data changes shape, so that kept stores know to rebuild it. */
export const DERIVE_VERSION = 9;

/** Steps of the derivation: the statements, then the matrix rows, the communities and the map's positions. */
const DERIVE_STEPS = DERIVE_STATEMENTS.length + 3;

const toNumber = (value: unknown) => (isInt(value) ? value.toNumber() : Number(value));

/** Louvain communities of all networks from their OVERLAPS, stored on the networks. */
async function deriveCommunities(tx: ManagedTransaction): Promise<void> {
  const result = await tx.run(cypher('derive/community-projection'));
  const record = result.records[0];
  const ids = (record?.get('ids') ?? []) as string[];
  const rows = ((record?.get('pairs') ?? []) as unknown[][]).map((pair) => pair.map(toNumber) as RankedPair);
  const { communities, modularity } = partition(
    ids,
    pairsFromRanks((rank) => ids[rank], rows),
    STORED_RESOLUTION,
  );
  await tx.run(cypher('derive/store-communities'), {
    rows: Object.entries(communities).map(([id, community]) => ({ id, community: neo4j.int(community) })),
    modularity,
    resolution: STORED_RESOLUTION,
  });
}

/** Each network's overlap-matrix row, read as lists and stored as text (derive/matrixRows.ts). */
async function deriveMatrixRows(tx: ManagedTransaction): Promise<void> {
  const result = await tx.run(cypher('derive/matrix-projection'));
  const numbers = (value: unknown) => ((value ?? []) as unknown[]).map(toNumber);
  const rows = result.records.map((r) => ({
    network: r.get('network') as string,
    pairsA: encodeMatrixPairs(numbers(r.get('partnersA')), numbers(r.get('sharedA'))),
    pairsP: encodeMatrixPairs(numbers(r.get('partnersP')), numbers(r.get('sharedP'))),
  }));
  await tx.run(cypher('derive/store-matrix-rows'), { rows });
}

/** The map's positions (derive/layout.ts) of every node the landscape draws, stored in one node. */
async function deriveLayout(tx: ManagedTransaction): Promise<void> {
  const record = (await tx.run(cypher('derive/layout-projection'))).records[0];
  const nodes = ((record?.get('nodes') ?? []) as [string, string, string | null, boolean][]).map(([id, kind, bundesland, umbrella]) => ({
    id,
    kind,
    bundesland,
    umbrella,
  }));
  const edges = ((record?.get('edges') ?? []) as [string, string][]).map(([source, target]) => ({ source, target }));
  const positions = layoutLandscape(nodes, edges);
  const ids = [...positions.keys()];
  const round = (v: number) => Math.round(v * 10) / 10;
  await tx.run(cypher('derive/store-layout'), {
    ids,
    x: ids.map((id) => round(positions.get(id)![0])),
    y: ids.map((id) => round(positions.get(id)![1])),
  });
}

async function derive(tx: ManagedTransaction): Promise<void> {
  for (const statement of DERIVE_STATEMENTS) await tx.run(cypher(statement));
  await deriveMatrixRows(tx);
  await deriveCommunities(tx);
  await deriveLayout(tx);
  await tx.run(cypher('derive/stamp-version'));
}

/**
 * Rebuilds the derived data without loading anything, one transaction per step (for stores
 * whose derived data is older than the code that reads it). Returns how long it took.
 */
export async function rederive(
  driver: Driver,
  options: { database?: string; onProgress?: (step: string, done: number, total: number) => void } = {},
): Promise<number> {
  const started = performance.now();
  const session = driver.session({ database: options.database });
  try {
    for (const [i, statement] of DERIVE_STATEMENTS.entries()) {
      options.onProgress?.('derive', i, DERIVE_STEPS);
      // Clearing is batched: deleting everything in one transaction fails at germany-x5.
      if (statement === 'derive/clear-overlaps') await session.run(cypher('derive/clear-overlaps-batched'));
      else await session.executeWrite((tx) => tx.run(cypher(statement)));
    }
    options.onProgress?.('derive', DERIVE_STATEMENTS.length, DERIVE_STEPS);
    await session.executeWrite((tx) => deriveMatrixRows(tx));
    options.onProgress?.('derive', DERIVE_STATEMENTS.length + 1, DERIVE_STEPS);
    await session.executeWrite((tx) => deriveCommunities(tx));
    options.onProgress?.('derive', DERIVE_STATEMENTS.length + 2, DERIVE_STEPS);
    await session.executeWrite(async (tx) => {
      await deriveLayout(tx);
      await tx.run(cypher('derive/stamp-version'));
    });
  } finally {
    await session.close();
  }
  return performance.now() - started;
}

function* batches<T>(rows: T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** Writes the steps in order; returns how many rows and batches went in and how long it took. */
export async function load(driver: Driver, steps: LoadStep[], options: LoadOptions = {}): Promise<LoadReport> {
  const { database, batchSize = 5000, atomic = true, onProgress } = options;
  const withDerive = options.derive !== false;
  let deriveMs = 0;
  const started = performance.now();
  let rows = 0;
  let count = 0;
  const session = driver.session({ database });
  try {
    const runStep = async (tx: ManagedTransaction, step: LoadStep, batch: Row[]) => {
      await tx.run(cypher(step.statement), { rows: batch });
    };
    if (atomic) {
      await session.executeWrite(async (tx) => {
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
          onProgress?.('derive', 0, DERIVE_STEPS);
          await derive(tx);
          deriveMs = performance.now() - t;
        }
      });
    } else {
      for (const step of steps) {
        let done = 0;
        for (const batch of batches(step.rows, batchSize)) {
          await session.executeWrite((tx) => runStep(tx, step, batch));
          done += batch.length;
          count += 1;
          onProgress?.(step.statement, done, step.rows.length);
        }
        rows += step.rows.length;
      }
      if (withDerive) {
        // One transaction per statement: at germany-x5 the whole derivation in one transaction
        // exceeds Neo4j's transaction memory. Readers may see it half-rebuilt meanwhile, as they
        // see a non-atomic load half-written.
        deriveMs = await rederive(driver, { database, onProgress });
      }
    }
  } finally {
    await session.close();
  }
  return { rows, batches: count, ms: performance.now() - started, deriveMs };
}
