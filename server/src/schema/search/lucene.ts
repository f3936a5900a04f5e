// Builds a Lucene query for the full-text index from what a user typed: every word must match,
// exactly (boosted), as a prefix ("Vergabe" finds "Vergabenetzwerk"), within one typo, or as a
// prefix within one typo ("Vergbe" finds "Vergabenetzwerk": the German analyzer keeps compounds
// whole, so a typo in a compound's first part is only found this way). Words typed apart that a
// name writes as one compound ("Vergabe netz") also match joined. Umlaut spellings ("Koeln" /
// "Köln") meet in the index's German analyzer; prefix and wildcard terms skip the analyzer, so
// they are folded here the way it folds them.

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** As Lucene's GermanNormalizationFilter folds a term: umlauts, ß, and ae/oe/ue (not after q). */
export function foldGerman(word: string): string {
  return word
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/ß/g, 'ss')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/(^|[^q])ue/g, '$1u');
}

/**
 * Prefixes one edit away from `word` (an inserted, replaced or left-out letter; the first letter
 * is taken as typed, so that no pattern starts with a wildcard), as wildcard terms.
 */
export function typoPrefixes(word: string): string[] {
  const w = foldGerman(word);
  if (w.length < 4) return [];
  const patterns = new Set<string>();
  for (let i = 1; i <= w.length; i++) patterns.add(`${w.slice(0, i)}?${w.slice(i)}*`);
  for (let i = 1; i < w.length; i++) patterns.add(`${w.slice(0, i)}?${w.slice(i + 1)}*`);
  for (let i = 1; i < w.length; i++) patterns.add(`${w.slice(0, i)}${w.slice(i + 1)}*`);
  patterns.delete(`${w}*`);
  return [...patterns];
}

function wordQuery(w: string): string {
  const alternatives = [`${w}^3`, `${foldGerman(w)}*`];
  if (w.length >= 4) alternatives.push(`${w}~1`, ...typoPrefixes(w));
  return `(${[...new Set(alternatives)].join(' OR ')})`;
}

/** The Lucene query for `text`, or null when nothing searchable is left. */
export function toLuceneQuery(text: string): string | null {
  const words = text
    .normalize('NFC')
    .replace(SPECIAL, ' ')
    .split(/\s+/)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length > 0 && !['and', 'or', 'not', 'to'].includes(w))
    .slice(0, 8);
  if (words.length === 0) return null;
  const each = words.map(wordQuery).join(' AND ');
  if (words.length === 1 || words.length > 3) return each;
  // Two or three words may be one compound typed apart: "Vergabe netz" for "Vergabenetzwerk".
  const joined = foldGerman(words.join(''));
  return `(${each}) OR ${joined}^2 OR ${joined}*`;
}
