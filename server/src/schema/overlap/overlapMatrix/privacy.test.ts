import { describe, expect, it } from 'vitest';
import type { MatrixNetworkRead, MatrixRowRead } from '../../../derived/matrixRows.js';
import { type MemberBasis, sharedThreshold, shownMatrix } from './privacy.js';

describe('sharedThreshold', () => {
  it.each<[[MemberBasis, number], number]>([
    [['AUTHORITIES', 1], 1],
    [['AUTHORITIES', 5], 5],
    [['PERSONS', 1], 3],
    [['PERSONS', 3], 3],
    [['PERSONS', 7], 7],
  ])('%j with small count 3 is %d', ([basis, minShared], expected) => {
    expect(sharedThreshold(basis, minShared, 3)).toBe(expected);
  });
});

describe('shownMatrix', () => {
  const net = (rank: number, size: number): MatrixNetworkRead => ({ id: `network:${rank}`, rank, name: `N${rank}`, shortName: null, size });
  const networks = [net(0, 5), net(1, 2), net(2, 3)];
  const rows: MatrixRowRead[] = [
    [0, [2], [3]],
    [1, [2], [2]],
    [2, [], []],
  ];

  it.each<[MemberBasis, number[], number[]]>([
    ['AUTHORITIES', [0, 1, 2], [0, 1, 2]],
    ['PERSONS', [0, 2], [0]],
  ])('by %s keeps networks %j and rows %j', (basis, keptNetworks, keptRows) => {
    const shown = shownMatrix(basis, networks, rows, 3);
    expect(shown.networks.map((n) => n.rank)).toEqual(keptNetworks);
    expect(shown.rows.map(([rank]) => rank)).toEqual(keptRows);
  });
});
