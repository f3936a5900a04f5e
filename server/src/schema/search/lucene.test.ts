import { describe, expect, it } from 'vitest';
import { foldGerman, toLuceneQuery, typoPrefixes } from './lucene.js';

describe('toLuceneQuery', () => {
  it.each([
    ['KI', '(ki^3 OR ki*)'],
    ['a:b (c)', '((a^3 OR a*) AND (b^3 OR b*) AND (c^3 OR c*)) OR abc^2 OR abc*'],
    ['NOT', null],
    ['***', null],
    ['', null],
  ] as [string, string | null][])('%j -> %j', (input, expected) => {
    expect(toLuceneQuery(input)).toBe(expected);
  });

  it('asks each word exactly, as a prefix, within one typo, and as a prefix within one typo', () => {
    const q = toLuceneQuery('Vergbe')!;
    expect(q.startsWith('(vergbe^3 OR vergbe* OR vergbe~1 OR ')).toBe(true);
    // "verg?be*" is how "vergabenetzwerk" is found with one letter left out.
    expect(q).toContain('verg?be*');
  });

  it('joins two or three words into one compound as an alternative', () => {
    expect(toLuceneQuery('Vergabe netz')).toContain(' OR vergabenetz^2 OR vergabenetz*');
    expect(toLuceneQuery('KI Campus')).toContain('(ki^3 OR ki*) AND (campus^3 OR campus* OR campus~1');
  });

  it('folds umlauts in prefix terms as the German analyzer folds the index', () => {
    expect(foldGerman('köln')).toBe('koln');
    expect(foldGerman('koeln')).toBe('koln');
    expect(foldGerman('straße')).toBe('strasse');
    expect(foldGerman('quelle')).toBe('quelle');
    expect(toLuceneQuery('Münster')).toContain('munster*');
  });

  it('never starts a pattern with a wildcard', () => {
    for (const p of typoPrefixes('vergabe')) expect(p[0]).toBe('v');
    expect(typoPrefixes('abc')).toEqual([]);
  });

  it('keeps at most eight words', () => {
    expect(toLuceneQuery('a b c d e f g h i j')?.split(' AND ')).toHaveLength(8);
  });
});
