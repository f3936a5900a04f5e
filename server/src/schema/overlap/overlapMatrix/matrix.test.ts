import { describe, expect, it } from 'vitest';
import { buildMatrix, type MatrixNetworkRead, type MatrixRowRead } from './matrix';

const nets: MatrixNetworkRead[] = [
  { id: 'network:a', rank: 7, name: 'A', shortName: null, size: 4 },
  { id: 'network:b', rank: 2, name: 'B', shortName: 'b', size: 2 },
  { id: 'network:c', rank: 5, name: 'C', shortName: null, size: 3 },
];

describe('buildMatrix', () => {
  it('indexes networks by position and orders pairs by i, then j, whatever order they were read in', () => {
    const { networks, columns } = buildMatrix(nets, [
      [2, [5], [1]],
      [7, [5, 2], [3, 2]],
    ]);
    expect(networks.map((n) => [n.id, n.index])).toEqual([
      ['network:a', 0],
      ['network:b', 1],
      ['network:c', 2],
    ]);
    expect(networks[0]).not.toHaveProperty('rank');
    expect(columns.i).toEqual([0, 0, 1]);
    expect(columns.j).toEqual([1, 2, 2]);
    expect(columns.shared).toEqual([2, 3, 1]);
    // a∩b = 2 of |a| 4, |b| 2: Jaccard 2/4, overlap 2/2; a∩c = 3: 3/4, 3/3; b∩c = 1: 1/4, 1/2.
    expect(columns.jaccard).toEqual([0.5, 0.75, 0.25]);
    expect(columns.overlap).toEqual([1, 1, 0.5]);
  });

  it('is empty without pairs, and refuses a partner that is not in the matrix', () => {
    expect(buildMatrix(nets, []).columns.i).toEqual([]);
    expect(() => buildMatrix(nets, [[7, [99], [1]]])).toThrow(/rank 99/);
    expect(() => buildMatrix(nets, [[2, [5], [3]]])).toThrow(/shared 3 does not fit sets of 2 and 3/);
  });

  it('rounds Jaccard and overlap to the digits asked for, and leaves them as computed with null', () => {
    // a∩c = 1 of |a| 4 (rank 7), |c| 3 (rank 5): Jaccard 1/6, overlap 1/3.
    const row: MatrixRowRead = [7, [5], [1]];
    expect(buildMatrix(nets, [row], 4).columns.jaccard).toEqual([0.1667]);
    expect(buildMatrix(nets, [row], 4).columns.overlap).toEqual([0.3333]);
    expect(buildMatrix(nets, [row], 2).columns.overlap).toEqual([0.33]);
    expect(buildMatrix(nets, [row], null).columns.jaccard).toEqual([1 / 6]);
  });
});
