import { describe, expect, it } from 'vitest';
import { toLuceneQuery } from './lucene.js';

describe('toLuceneQuery', () => {
  it.each([
    ['KERN', '(kern^3 OR kern* OR kern~1)'],
    ['KI Campus', '(ki^3 OR ki*) AND (campus^3 OR campus* OR campus~1)'],
    ['  Vergabe  ', '(vergabe^3 OR vergabe* OR vergabe~1)'],
    ['KI-Campus', '(ki^3 OR ki*) AND (campus^3 OR campus* OR campus~1)'],
    ['a:b (c)', '(a^3 OR a*) AND (b^3 OR b*) AND (c^3 OR c*)'],
    ['NOT', null],
    ['***', null],
    ['', null],
  ] as [string, string | null][])('%j -> %j', (input, expected) => {
    expect(toLuceneQuery(input)).toBe(expected);
  });

  it('keeps at most eight words', () => {
    expect(toLuceneQuery('a b c d e f g h i j')?.split(' AND ')).toHaveLength(8);
  });
});
