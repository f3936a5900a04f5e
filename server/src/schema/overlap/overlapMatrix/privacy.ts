// The overlap matrix by persons withholds counts below SMALL_COUNT (server/src/privacy.ts):
// pairs sharing fewer persons are left out, and so are networks with fewer participants (they
// could share no more).

import type { MatrixNetworkRead, MatrixRowRead } from '../../../derived/matrixRows.js';

export type MemberBasis = 'AUTHORITIES' | 'PERSONS';

/** The threshold the statements apply: by persons at least `smallCount`. */
export function sharedThreshold(basis: MemberBasis, minShared: number, smallCount: number): number {
  return basis === 'PERSONS' ? Math.max(minShared, smallCount) : minShared;
}

/** By persons, the networks of at least `smallCount` participants and their rows with partners; else all. */
export function shownMatrix(
  basis: MemberBasis,
  networks: MatrixNetworkRead[],
  rows: MatrixRowRead[],
  smallCount: number,
): { networks: MatrixNetworkRead[]; rows: MatrixRowRead[] } {
  if (basis !== 'PERSONS') return { networks, rows };
  const shown = networks.filter((n) => n.size >= smallCount);
  const kept = new Set(shown.map((n) => n.rank));
  return { networks: shown, rows: rows.filter(([rank, partners]) => kept.has(rank) && partners.length > 0) };
}
