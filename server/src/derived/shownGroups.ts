// One page of duplicate groups (several persons of one authority in one network or at one event)
// as a viewer may see them, from the ranking derived at load and what the viewer changes in it.
//
// The ranking orders the groups by their number of persons (then by a tie order); `levels` are
// the distinct numbers, largest first, and `atLeast[i]` how many groups have at least
// `levels[i]` persons, so the groups of one level are one run of ranks. For a viewer, a group
// has the size shownGroupSize gives (server/src/privacy.ts): a group with 1 or 2 hidden persons
// moves to the level of the persons shown plus one, after that level's other groups, and a pair
// is shown only where the viewer sees at least one of the two. Such groups (the exceptions) are
// few, found from the participations the viewer may see; every other group of three and more
// keeps its rank. The page is made of ranks only, read afterwards.

import { shownGroupSize } from '../privacy.js';

/** A group the viewer's participations touch, where the viewer changes its place: as the statement reads it. */
export interface GroupException {
  rank: number;
  persons: number;
  shown: number;
}

/** A group of the page: its rank in the ranking, and the size it has for the viewer. */
export interface ShownGroup {
  rank: number;
  size: number;
  /** 1 or 2 of its persons are hidden from the viewer. */
  partly: boolean;
}

export interface ShownGroupsInput {
  levels: number[];
  atLeast: number[];
  /** In the ranking's tie order. */
  exceptions: GroupException[];
  minPersons: number;
  offset: number;
  limit: number;
}

/** Groups of this size and more keep their rank unless the viewer sees all but 1 or 2 of them. */
const RANKED_FROM = 3;

/** One run of the page's list: ranks of one level that keep their place, or the moved groups of one size. */
type Run =
  | { size: number; kind: 'ranked'; from: number; to: number; skipped: number[] }
  | { size: number; kind: 'moved'; groups: ShownGroup[] };

function runLength(run: Run): number {
  return run.kind === 'ranked' ? run.to - run.from - run.skipped.length : run.groups.length;
}

/** The k-th rank (from 0) of [from, to) that is not in `skipped` (ascending). */
function nthKept(from: number, k: number, skipped: number[]): number {
  let j = 0;
  while (j < skipped.length && (skipped[j] as number) <= from + k + j) j++;
  return from + k + j;
}

/** The total of the list and the groups of the requested page, in order. */
export function shownGroupsPage(input: ShownGroupsInput): { total: number; page: ShownGroup[] } {
  const { levels, atLeast, exceptions, minPersons, offset, limit } = input;
  const lowest = Math.max(minPersons, RANKED_FROM);
  const moved: ShownGroup[] = [];
  const skippedByLevel = new Map<number, number[]>();
  for (const e of exceptions) {
    const size = shownGroupSize(e.persons, e.shown);
    const partly = e.persons > e.shown; // by 1 or 2: the statement reads no others
    if (e.persons >= RANKED_FROM && !partly) continue; // keeps its rank
    if (e.persons >= RANKED_FROM) {
      const skipped = skippedByLevel.get(e.persons) ?? [];
      skipped.push(e.rank);
      skippedByLevel.set(e.persons, skipped);
    }
    if (size >= minPersons && size >= 2) moved.push({ rank: e.rank, size, partly });
  }
  // Stable: within a size, the groups shown whole first, then the others, each in tie order.
  moved.sort((x, y) => y.size - x.size || Number(x.partly) - Number(y.partly));

  const runs: Run[] = [];
  let m = 0;
  const pushMoved = (above: number) => {
    while (m < moved.length && (moved[m] as ShownGroup).size > above) {
      const size = (moved[m] as ShownGroup).size;
      const groups: ShownGroup[] = [];
      while (m < moved.length && (moved[m] as ShownGroup).size === size) groups.push(moved[m++] as ShownGroup);
      runs.push({ size, kind: 'moved', groups });
    }
  };
  levels.forEach((size, i) => {
    if (size < lowest) return;
    pushMoved(size);
    const from = i === 0 ? 0 : (atLeast[i - 1] as number);
    const skipped = (skippedByLevel.get(size) ?? []).sort((x, y) => x - y);
    runs.push({ size, kind: 'ranked', from, to: atLeast[i] as number, skipped });
    pushMoved(size - 1);
  });
  pushMoved(0);

  const total = runs.reduce((sum, run) => sum + runLength(run), 0);
  const page: ShownGroup[] = [];
  let skip = offset;
  for (const run of runs) {
    if (page.length >= limit) break;
    const length = runLength(run);
    if (skip >= length) {
      skip -= length;
      continue;
    }
    if (run.kind === 'moved') {
      for (const g of run.groups.slice(skip, skip + limit - page.length)) page.push(g);
    } else {
      let rank = nthKept(run.from, skip, run.skipped);
      const skipped = new Set(run.skipped);
      while (page.length < limit && rank < run.to) {
        if (!skipped.has(rank)) page.push({ rank, size: run.size, partly: false });
        rank++;
      }
    }
    skip = 0;
  }
  return { total, page };
}
