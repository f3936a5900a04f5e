// The overlap matrix as read from cypher/overlap/overlap-matrix.cypher (one row per network with
// its partners' ranks and shared counts) turned into columns: entry k of each list is one pair
// i < j, ordered by i, then j. Columns are what a heat map of 400 networks wants (~80,000
// pairs); `cells` objects are built from them only when a client asks for that shape.

import { similarity } from './similarity.js';

export interface MatrixNetworkRead {
  id: string;
  rank: number;
  name: string;
  shortName: string | null;
  size: number;
}

/** [rank of network a, ranks of its partners b (b's id > a's id), shared count with each]. */
export type MatrixRowRead = [number, number[], number[]];

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

/** `networks` in matrix order (the statement orders them by id); their position is the index. */
export function buildMatrix(read: MatrixNetworkRead[], rows: MatrixRowRead[]): { networks: MatrixNetwork[]; columns: MatrixColumns } {
  const indexOfRank = new Map<number, number>();
  const networks = read.map(({ rank, ...n }, index) => {
    indexOfRank.set(rank, index);
    return { ...n, index };
  });
  const sizes = networks.map((n) => n.size);
  const indexOf = (rank: number) => {
    const index = indexOfRank.get(rank);
    if (index === undefined) throw new RangeError(`overlap matrix: rank ${rank} is not among the networks`);
    return index;
  };
  // ~80,000 pairs per request at Germany scale: plain loops, no object per pair.
  const ordered = rows.map((row) => [indexOf(row[0]), row] as const).sort((x, y) => x[0] - y[0]);
  const columns: MatrixColumns = { i: [], j: [], shared: [], jaccard: [], overlap: [] };
  for (const [i, [, partners, counts]] of ordered) {
    const js = partners.map(indexOf);
    const order = js.map((_, k) => k);
    if (!js.every((j, k) => k === 0 || (js[k - 1] as number) < j)) order.sort((x, y) => (js[x] as number) - (js[y] as number));
    const sizeA = sizes[i] as number;
    for (const k of order) {
      const j = js[k] as number;
      const shared = counts[k] as number;
      const sim = similarity(shared, sizeA, sizes[j] as number);
      columns.i.push(i);
      columns.j.push(j);
      columns.shared.push(shared);
      columns.jaccard.push(sim.jaccard);
      columns.overlap.push(sim.overlap);
    }
  }
  return { networks, columns };
}
