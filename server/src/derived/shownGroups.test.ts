import { describe, expect, it } from 'vitest';
import { shownGroupSize } from '../privacy.js';
import { type GroupException, shownGroupsPage } from './shownGroups.js';

interface Group {
  key: number;
  persons: number;
  shown: number;
}

/** A deterministic pseudo-random sequence (no dependency on the run). */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** What the stored data holds of these groups: the ranking, its levels, and the exceptions as the statement finds them. */
function stored(groups: Group[]) {
  const ranked = [...groups].sort((a, b) => b.persons - a.persons || a.key - b.key);
  const rankOf = new Map(ranked.map((g, i) => [g.key, i]));
  const levels = [...new Set(ranked.map((g) => g.persons))];
  const atLeast = levels.map((l) => ranked.filter((g) => g.persons >= l).length);
  const exceptions: GroupException[] = [...groups]
    .sort((a, b) => a.key - b.key)
    .filter((g) => g.shown > 0 && ([1, 2].includes(g.persons - g.shown) || g.persons === 2))
    .map((g) => ({ rank: rankOf.get(g.key) as number, persons: g.persons, shown: g.shown }));
  return { ranked, rankOf, levels, atLeast, exceptions };
}

/** The list as the rule says it, computed for every group at once: the reference. */
function expected(groups: Group[], minPersons: number) {
  return groups
    .map((g) => ({ g, size: shownGroupSize(g.persons, g.shown), partly: g.persons > g.shown && g.persons - g.shown < 3 }))
    .filter((x) => x.size >= minPersons && x.size >= 2)
    .sort((a, b) => b.size - a.size || Number(a.partly) - Number(b.partly) || a.g.key - b.g.key);
}

describe('a page of duplicate groups as the viewer may see them', () => {
  it('equals the list ranked on the spot, page by page, for many landscapes and viewers', () => {
    const next = random(7);
    for (let trial = 0; trial < 200; trial++) {
      const count = Math.floor(next() * 40);
      const groups: Group[] = Array.from({ length: count }, (_, key) => {
        const persons = 2 + Math.floor(next() ** 2 * 8);
        const shown = next() < 0.4 ? 0 : Math.floor(next() * (persons + 1));
        return { key, persons, shown };
      });
      const { levels, atLeast, exceptions, rankOf } = stored(groups);
      for (const minPersons of [2, 3, 4, 6]) {
        const want = expected(groups, minPersons).map((x) => ({ rank: rankOf.get(x.g.key), size: x.size, partly: x.partly }));
        for (const limit of [1, 3, 50]) {
          for (let offset = 0; offset <= want.length + 1; offset += limit) {
            const { total, page } = shownGroupsPage({ levels, atLeast, exceptions, minPersons, offset, limit });
            expect(total).toBe(want.length);
            expect(page).toEqual(want.slice(offset, offset + limit));
          }
        }
      }
    }
  });

  it('never lists a pair the viewer sees neither of, and lists one seen half as "at least two"', () => {
    const groups: Group[] = [
      { key: 0, persons: 2, shown: 0 },
      { key: 1, persons: 2, shown: 1 },
      { key: 2, persons: 3, shown: 1 },
      { key: 3, persons: 3, shown: 0 },
    ];
    const { levels, atLeast, exceptions, rankOf } = stored(groups);
    const { total, page } = shownGroupsPage({ levels, atLeast, exceptions, minPersons: 2, offset: 0, limit: 10 });
    expect(total).toBe(3);
    // Three hidden: told as three. Two and three with hidden persons beside one shown: alike, in tie order.
    expect(page).toEqual([
      { rank: rankOf.get(3), size: 3, partly: false },
      { rank: rankOf.get(1), size: 2, partly: true },
      { rank: rankOf.get(2), size: 2, partly: true },
    ]);
  });
});
