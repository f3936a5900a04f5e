// The overlap matrix as read from cypher/overlap/overlap-matrix.cypher, or decoded from the stored
// rows of overlap-matrix-all.cypher (one row per network with its partners' ranks and shared
// counts), turned into columns: entry k of each list is one pair
// i < j, ordered by i, then j. Columns are what a heat map of 400 networks wants (~80,000
// pairs); `cells` objects are built from them only when a client asks for that shape.

import type { MatrixNetworkRead, MatrixRowRead } from '../../../derived/matrixRows.js';

export type { MatrixNetworkRead, MatrixRowRead };

export interface MatrixNetwork extends Omit<MatrixNetworkRead, 'rank'> {
  index: number;
}

export interface MatrixColumns {
  i: number[];
  j: number[];
  shared: number[];
  jaccard: number[];
  overlap: number[];
}

/** Rounds to `digits` decimals; null leaves the value as computed. */
export function roundTo(digits: number | null): (x: number) => number {
  if (digits === null) return (x) => x;
  const f = 10 ** digits;
  return (x) => Math.round(x * f) / f;
}

/**
 * `networks` in matrix order (the statement orders them by id); their position is the index.
 * Jaccard and overlap are rounded to `digits` decimals (null: unrounded): a heat map needs a
 * few, and at 80,000 pairs full doubles are half the answer's bytes and its JSON time.
 */
export function buildMatrix(
  read: MatrixNetworkRead[],
  rows: MatrixRowRead[],
  digits: number | null = null,
): { networks: MatrixNetwork[]; columns: MatrixColumns } {
  const round = roundTo(digits);
  let maxRank = -1;
  for (const n of read) if (n.rank > maxRank) maxRank = n.rank;
  // Ranks are small non-negative integers (cypher/derive): a typed array maps them to indexes.
  const indexOfRank = new Int32Array(maxRank + 1).fill(-1);
  const networks = read.map(({ rank, ...n }, index) => {
    indexOfRank[rank] = index;
    return { ...n, index };
  });
  const sizes = networks.map((n) => n.size);
  const indexOf = (rank: number) => {
    const index = rank >= 0 && rank <= maxRank ? (indexOfRank[rank] as number) : -1;
    if (index < 0) throw new RangeError(`overlap matrix: rank ${rank} is not among the networks`);
    return index;
  };
  // ~80,000 pairs per request at Germany scale: plain loops over preallocated columns, no
  // object per pair, similarity inline (the same formulas as similarity.ts, checked there).
  const ordered = rows.map((row) => [indexOf(row[0]), row] as const).sort((x, y) => x[0] - y[0]);
  let total = 0;
  for (const [, [, partners]] of ordered) total += partners.length;
  const columns: MatrixColumns = {
    i: new Array<number>(total),
    j: new Array<number>(total),
    shared: new Array<number>(total),
    jaccard: new Array<number>(total),
    overlap: new Array<number>(total),
  };
  let k = 0;
  for (const [i, [, partners, counts]] of ordered) {
    const js = partners.map(indexOf);
    const order = js.map((_, x) => x);
    let sorted = true;
    for (let x = 1; x < js.length; x++) if ((js[x - 1] as number) >= (js[x] as number)) sorted = false;
    if (!sorted) order.sort((x, y) => (js[x] as number) - (js[y] as number));
    const sizeA = sizes[i] as number;
    for (const x of order) {
      const j = js[x] as number;
      const shared = counts[x] as number;
      const sizeB = sizes[j] as number;
      if (shared < 0 || shared > sizeA || shared > sizeB) {
        throw new RangeError(`overlap matrix: shared ${shared} does not fit sets of ${sizeA} and ${sizeB}`);
      }
      columns.i[k] = i;
      columns.j[k] = j;
      columns.shared[k] = shared;
      columns.jaccard[k] = shared === 0 ? 0 : round(shared / (sizeA + sizeB - shared));
      columns.overlap[k] = shared === 0 ? 0 : round(shared / Math.min(sizeA, sizeB));
      k += 1;
    }
  }
  return { networks, columns };
}
