// One page of duplicate groups (several persons of one authority in one network or at one event)
// as a viewer may see them, from the ranking derived at load and the groups this viewer sees
// otherwise.
//
// The ranking (cypher/derive/colleague-ranks.cypher) orders the groups as seen without signing
// in: by size (shownGroupSize in server/src/privacy.ts, largest first), partly (1 or 2 persons
// hidden; false first), then a tie order. Its tiers, one per size and partly, are runs of ranks.
// A signed-in viewer may see more in a few groups (colleagues of their authority, fellow
// participants of their networks), which can give such a group another size or partly: it
// leaves its tier and joins the one of its new size and partly. Within a tier the order is by
// rank, and a group from another tier has its rank outside the tier's run, so it goes before or
// after the whole run. The list is therefore ordered by size, partly and rank for every viewer,
// as the live statements order it. The page is made of ranks only, read afterwards.

/** A group the viewer sees otherwise than the ranking: its rank, and its size and partly for the viewer. */
export interface ShownGroup {
  rank: number;
  size: number;
  partly: boolean;
}

/** The ranking's tiers: per tier its size, partly, and the rank after its last group. */
export interface Tiers {
  sizes: number[];
  partly: boolean[];
  ends: number[];
}

export interface ShownGroupsInput extends Tiers {
  /** Groups this viewer sees with another size or partly than the ranking. */
  moved: ShownGroup[];
  minPersons: number;
  offset: number;
  limit: number;
}

/** A run of the list: ranks of one tier without the groups moved away, or one moved group. */
type Run =
  | { size: number; partly: boolean; key: number; kind: 'tier'; from: number; to: number; away: number[] }
  | { size: number; partly: boolean; key: number; kind: 'moved'; group: ShownGroup };

const runLength = (run: Run) => (run.kind === 'tier' ? run.to - run.from - run.away.length : 1);

/** The k-th rank (from 0) of [from, to) that is not in `away` (ascending). */
function nthKept(from: number, k: number, away: number[]): number {
  let j = 0;
  while (j < away.length && (away[j] as number) <= from + k + j) j++;
  return from + k + j;
}

/** The total of the list for this viewer and the groups of the requested page, in order. */
export function shownGroupsPage(input: ShownGroupsInput): { total: number; page: ShownGroup[] } {
  const { sizes, partly, ends, moved, minPersons, offset, limit } = input;
  // A group is listed from two persons on: "at least 2" at the least.
  const least = Math.max(minPersons, 2);
  const away = moved.map((g) => g.rank).sort((x, y) => x - y);
  const runs: Run[] = [];
  sizes.forEach((size, i) => {
    if (size < least) return;
    const from = i === 0 ? 0 : (ends[i - 1] as number);
    const to = ends[i] as number;
    runs.push({ size, partly: partly[i] === true, key: from, kind: 'tier', from, to, away: away.filter((r) => r >= from && r < to) });
  });
  for (const group of moved)
    if (group.size >= least) runs.push({ size: group.size, partly: group.partly, key: group.rank, kind: 'moved', group });
  runs.sort((x, y) => y.size - x.size || Number(x.partly) - Number(y.partly) || x.key - y.key);

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
      page.push(run.group);
    } else {
      const gone = new Set(run.away);
      for (let rank = nthKept(run.from, skip, run.away); page.length < limit && rank < run.to; rank++) {
        if (!gone.has(rank)) page.push({ rank, size: run.size, partly: run.partly });
      }
    }
    skip = 0;
  }
  return { total, page };
}
