import { describe, expect, it } from 'vitest';
import { shownGroupSize } from '../privacy.js';
import { type ShownGroup, shownGroupsPage, type Tiers } from './shownGroups.js';

/** A group: its persons, how many show their participation publicly, how many the viewer sees (at least those). */
interface Group {
  key: number;
  persons: number;
  public: number;
  seen: number;
}

/** A deterministic pseudo-random sequence. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const partlyOf = (persons: number, shown: number) => persons - shown > 0 && persons - shown < 3;

/** What the derivation stores (the order without signing in, its tiers) and what the statement finds for the viewer. */
function stored(groups: Group[]): Tiers & { rankOf: Map<number, number>; moved: ShownGroup[] } {
  const ranked = groups
    .map((g) => ({ g, size: shownGroupSize(g.persons, g.public), partly: partlyOf(g.persons, g.public) }))
    .sort((a, b) => b.size - a.size || Number(a.partly) - Number(b.partly) || a.g.key - b.g.key);
  const rankOf = new Map(ranked.map((x, i) => [x.g.key, i]));
  const tiers: Tiers = { sizes: [], partly: [], ends: [] };
  ranked.forEach((x, i) => {
    const last = tiers.sizes.length - 1;
    if (last >= 0 && tiers.sizes[last] === x.size && tiers.partly[last] === x.partly) tiers.ends[last] = i + 1;
    else {
      tiers.sizes.push(x.size);
      tiers.partly.push(x.partly);
      tiers.ends.push(i + 1);
    }
  });
  const moved = ranked
    .map((x, rank) => ({ rank, size: shownGroupSize(x.g.persons, x.g.seen), partly: partlyOf(x.g.persons, x.g.seen), was: x }))
    .filter((m) => m.size !== m.was.size || m.partly !== m.was.partly)
    .map(({ rank, size, partly }) => ({ rank, size, partly }));
  return { ...tiers, rankOf, moved };
}

/** The list as the rule says it, every group at once: the reference. */
function expected(groups: Group[], rankOf: Map<number, number>, minPersons: number): ShownGroup[] {
  return groups
    .map((g) => ({ rank: rankOf.get(g.key) as number, size: shownGroupSize(g.persons, g.seen), partly: partlyOf(g.persons, g.seen) }))
    .filter((x) => x.size >= Math.max(minPersons, 2))
    .sort((a, b) => b.size - a.size || Number(a.partly) - Number(b.partly) || a.rank - b.rank);
}

describe('a page of duplicate groups as the viewer may see them', () => {
  it('equals the list ordered on the spot, page by page, for many landscapes and viewers', () => {
    const next = random(7);
    for (let trial = 0; trial < 300; trial++) {
      const count = Math.floor(next() * 40);
      const anonymous = trial % 3 === 0;
      const groups: Group[] = Array.from({ length: count }, (_, key) => {
        const persons = 2 + Math.floor(next() ** 2 * 8);
        const pub = next() < 0.5 ? 0 : Math.floor(next() * (persons + 1));
        const seen = anonymous || next() < 0.7 ? pub : pub + Math.floor(next() * (persons - pub + 1));
        return { key, persons, public: pub, seen };
      });
      const { rankOf, moved, ...tiers } = stored(groups);
      if (anonymous) expect(moved).toEqual([]);
      for (const minPersons of [2, 3, 4, 6]) {
        const want = expected(groups, rankOf, minPersons);
        for (const limit of [1, 3, 50]) {
          for (let offset = 0; offset <= want.length + 1; offset += limit) {
            const { total, page } = shownGroupsPage({ ...tiers, moved, minPersons, offset, limit });
            expect(total).toBe(want.length);
            expect(page).toEqual(want.slice(offset, offset + limit));
          }
        }
      }
    }
  });

  it('never lists a pair the viewer sees neither of, and lists one seen half as "at least two"', () => {
    const groups: Group[] = [
      { key: 0, persons: 2, public: 0, seen: 0 },
      { key: 1, persons: 2, public: 1, seen: 1 },
      { key: 2, persons: 3, public: 1, seen: 1 },
      { key: 3, persons: 3, public: 0, seen: 0 },
    ];
    const { rankOf, moved, ...tiers } = stored(groups);
    const { total, page } = shownGroupsPage({ ...tiers, moved, minPersons: 2, offset: 0, limit: 10 });
    expect(total).toBe(3);
    // Three hidden: told as three. Two and three with hidden persons beside one shown: alike, in rank order.
    expect(page).toEqual([
      { rank: rankOf.get(3), size: 3, partly: false },
      { rank: rankOf.get(1), size: 2, partly: true },
      { rank: rankOf.get(2), size: 2, partly: true },
    ]);
  });
});
