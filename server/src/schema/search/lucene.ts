// Builds a Lucene query for the full-text index from what a user typed: every word must match,
// exactly (boosted), as a prefix ("Vergabe" finds "Vergabenetzwerk"), or within one typo. Umlaut
// spellings ("Koeln" / "Köln") meet in the index's German analyzer.

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

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
  return words
    .map((w) => {
      const alternatives = [`${w}^3`, `${w}*`];
      if (w.length >= 4) alternatives.push(`${w}~1`);
      return `(${alternatives.join(' OR ')})`;
    })
    .join(' AND ');
}
