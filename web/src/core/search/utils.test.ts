import { describe, expect, it } from 'vitest';
import type { Hit } from './types';
import { hitName, suggestionQuery } from './utils';

const hit = (node: Record<string, unknown>) => ({ score: 1, node: { id: 'x:1', __typename: 'Network', ...node } }) as Hit;

describe('search hits', () => {
  it('names a hit by title, else by name with a differing short name, else by id', () => {
    expect(hitName(hit({ title: 'Vergabe-Wiki' }))).toBe('Vergabe-Wiki');
    expect(hitName(hit({ name: 'Deutsches Vergabenetzwerk', shortName: 'DVNW' }))).toBe('Deutsches Vergabenetzwerk (DVNW)');
    expect(hitName(hit({ name: 'KGSt', shortName: 'KGSt' }))).toBe('KGSt');
    expect(hitName(hit({}))).toBe('x:1');
  });
});

describe('suggestionQuery', () => {
  it.each([
    ['Vergxbe netzwrk', 'Verg'],
    ['KI Campuss', 'Camp'],
    ['Vergxbe', 'Verg'],
    ['KI', null],
    ['Verg', null],
  ] as [string, string | null][])('%j -> %j', (text, expected) => {
    expect(suggestionQuery(text)).toBe(expected);
  });
});
