// Runs the derivation: the base steps, then each question's steps (questions.ts) in table order,
// then a new data version (answers the server keeps for the previous one are no longer served)
// and the versions of what was derived. In one transaction at the end of an atomic load, else
// one transaction per step; `staleDerivations` tells which parts of a kept store are of another
// version than this code, and `rederive` with `only` rebuilds just those.

import type { Store, Tx } from '../db/store.js';
import { QUESTIONS, type QuestionName } from './questions.js';
import { type DeriveStep, STEPS } from './steps.js';

/** What most questions read (member counts, OVERLAPS, COLLEAGUES_IN/AT): rebuilt in full when this changes. */
const BASE = {
  steps: [STEPS.clear, STEPS.counts, STEPS.overlapsByAuthorities, STEPS.overlapsByPersons, STEPS.overlapsByTopics, STEPS.colleagues],
  version: 1,
};

/** A part of the derived data: the base, one question's own steps, or the map's positions. */
export type DerivedPart = 'base' | QuestionName | 'layout';

const PARTS: { part: DerivedPart; steps: DeriveStep[]; version: number }[] = [
  { part: 'base', ...BASE },
  ...Object.entries(QUESTIONS).map(([name, q]) => ({ part: name as QuestionName, steps: q.derive, version: q.version })),
  // Not a question: the landscape reads the positions as they are (none: the browser lays out).
  { part: 'layout', steps: [STEPS.layout], version: 1 },
];

/** Each part's version as stored, e.g. "topicRedundancy:1". */
const VERSIONS = PARTS.map((p) => `${p.part}:${p.version}`);

/** The steps of these parts in order, each once (questions may share one). */
function stepsOf(parts: readonly DerivedPart[]): DeriveStep[] {
  const steps: DeriveStep[] = [];
  for (const p of PARTS) if (parts.includes(p.part)) for (const s of p.steps) if (!steps.includes(s)) steps.push(s);
  return steps;
}

const ALL = PARTS.map((p) => p.part);

/** How many steps a full derivation reports (the last one stamps the version). */
export const DERIVE_STEP_COUNT = stepsOf(ALL).length;

type Progress = (step: string, done: number, total: number) => void;

const stamp = async (tx: Tx) => {
  await tx.run('derive/stamp-version', { versions: VERSIONS });
};

/**
 * Marks every part stale inside a transaction that changed the graph, for a rebuild after it
 * commits (`rederive`): a rebuild cut short leaves the store marked, and the next start finishes it.
 */
export async function markStale(tx: Tx): Promise<void> {
  await tx.run('derive/mark-stale');
}

/** Every step inside the transaction of an atomic load. */
export async function deriveInTransaction(tx: Tx): Promise<void> {
  for (const step of stepsOf(ALL)) await step.run(tx);
  await stamp(tx);
}

/** The ranking of duplicate groups alone, inside a transaction: after a consent changed (no count did). */
export async function rankInTransaction(tx: Tx): Promise<void> {
  await STEPS.colleagueRanks.run(tx);
}

/**
 * Rebuilds derived data without loading anything, one transaction per step (large loads, and
 * stores whose derived data is of another version): all of it, or only the parts named (a
 * change to the base rebuilds everything). Returns how long it took.
 */
export async function rederive(store: Store, options: { only?: readonly DerivedPart[]; onProgress?: Progress } = {}): Promise<number> {
  const started = performance.now();
  const parts = !options.only || options.only.includes('base') ? ALL : options.only;
  const steps = stepsOf(parts);
  for (const [i, step] of steps.entries()) {
    options.onProgress?.('derive', i, steps.length);
    if (step.alone) await step.alone(store);
    else await store.writeTransaction((tx) => step.run(tx));
  }
  await store.writeTransaction(stamp);
  return performance.now() - started;
}

/** The parts of the stored derived data whose version differs from this code's (all, for a store without versions). */
export async function staleDerivations(store: Store): Promise<DerivedPart[]> {
  const [row] = await store.read<{ versions: string[] | null }>('derive/read-versions');
  const stored = new Set(row?.versions ?? []);
  return PARTS.filter((p) => !stored.has(`${p.part}:${p.version}`)).map((p) => p.part);
}
