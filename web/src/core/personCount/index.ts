// Counts of persons as the API tells them (PersonCount): exact, or withheld where so small a
// number could single out persons who did not consent ("weniger als 3"). Shown, summed, sorted.

import type { Translate } from '../i18n/types';

export interface PersonCount {
  exact: number | null;
  fewerThan3: boolean;
  /** The least it can be, where a sum of withheld counts knows more than "at least 3". */
  atLeast?: number;
}

/** The least the count can be: the exact number, 1 for "fewer than 3", else 3 (or what a sum knows). */
export function lowerBound(count: PersonCount): number {
  return count.exact ?? count.atLeast ?? (count.fewerThan3 ? 1 : 3);
}

/** "7", "weniger als 3" or "mindestens 3". */
export function formatPersonCount(count: PersonCount, t: Translate): string {
  if (count.exact !== null) return String(count.exact);
  if (count.fewerThan3) return t('personCountFewerThan3');
  return t('personCountAtLeast', { count: lowerBound(count) });
}

/** The sum of counts (a Land node stands for many authorities): exact only when every part is. */
export function sumPersonCounts(counts: readonly PersonCount[]): PersonCount {
  if (counts.every((c) => c.exact !== null)) return { exact: counts.reduce((s, c) => s + (c.exact as number), 0), fewerThan3: false };
  const withheld = counts.filter((c) => c.exact === null);
  const known = counts.reduce((s, c) => s + (c.exact ?? 0), 0);
  // One withheld "fewer than 3" and nothing else: still fewer than 3.
  const fewerThan3 = known === 0 && withheld.length === 1 && (withheld[0] as PersonCount).fewerThan3;
  return { exact: null, fewerThan3, atLeast: counts.reduce((s, c) => s + lowerBound(c), 0) };
}

/** A list's size: the persons it shows, plus those it only counts. */
export function formatListTotal(shown: number, hidden: PersonCount, t: Translate): string {
  if (hidden.exact !== null) return String(shown + hidden.exact);
  return t('personCountPlusHidden', { count: shown, hidden: formatPersonCount(hidden, t) });
}
