import { describe, expect, it } from 'vitest';
import { de, en } from './dictionary';
import type { Lang, MessageKey } from './types';
import { formatNumber, formatPercent, type PluralKey, translate, translatePlural, translateValue } from './utils';

describe('translate', () => {
  it.each([
    [['de', 'viewLandscape', {}], 'Landschaft'],
    [['en', 'viewLandscape', {}], 'Landscape'],
    [['de', 'visibleCount', { nodes: 3, edges: 4 }], '3 Knoten, 4 Kanten sichtbar'],
    [['en', 'threshold', { value: 2 }], 'At least shared: 2'],
    [['de', 'threshold', {}], 'Mindestens gemeinsam: {value}'],
  ] as [[Lang, MessageKey, Record<string, string | number>], string][])('%j -> %s', ([lang, key, params], expected) => {
    expect(translate(lang, key, params)).toBe(expected);
  });

  it('has an English entry for every German key', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });
});

describe('translateValue', () => {
  it.each([
    [['de', 'level', 'FEDERAL'], 'Bund'],
    [['en', 'level', 'MUNICIPAL'], 'Municipal'],
    [['de', 'authorityType', 'MUNICIPALITY'], 'Gemeinde / Stadt'],
    [['en', 'authorityType', 'FEDERAL_AGENCY'], 'Federal agency'],
    [['de', 'level', 'UNKNOWN'], 'UNKNOWN'],
    [['de', 'level', null], ''],
  ] as [[Lang, string, string | null], string][])('%j -> %s', ([lang, prefix, value], expected) => {
    expect(translateValue(lang, prefix, value)).toBe(expected);
  });
});

describe('numbers and plurals for the language', () => {
  it.each([
    [['de', 0.615], '0,615'],
    [['en', 0.615], '0.615'],
    [['de', 1234.5], '1.234,5'],
    [['en', 1234.5], '1,234.5'],
    [['de', 0.61549], '0,615'],
  ] as [[Lang, number], string][])('formatNumber %j -> %s', ([lang, value], expected) => {
    expect(formatNumber(lang, value)).toBe(expected);
  });

  it('writes percentages as the language does (German with a space before %)', () => {
    expect(formatPercent('de', 0.21).replace(/\s/g, ' ')).toBe('21 %');
    expect(formatPercent('en', 0.21)).toBe('21%');
  });

  it.each([
    [['de', 'nSharedAuthorities', 1], '1 gemeinsame Behörde'],
    [['de', 'nSharedAuthorities', 2], '2 gemeinsame Behörden'],
    [['de', 'nSharedAuthorities', 0], '0 gemeinsame Behörden'],
    [['en', 'nSharedAuthorities', 1], '1 shared authority'],
    [['en', 'nSharedAuthorities', 3], '3 shared authorities'],
    [['de', 'nSharedTopics', 1], '1 gemeinsames Thema'],
    [['de', 'nNetworks', 1200], '1.200 Netzwerke'],
  ] as [[Lang, PluralKey, number], string][])('translatePlural %j -> %s', ([lang, key, count], expected) => {
    expect(translatePlural(lang, key, count)).toBe(expected);
  });

  it('has both forms for every counted phrase, in both languages', () => {
    for (const dict of [de, en]) {
      const keys = Object.keys(dict);
      for (const key of keys.filter((k) => k.endsWith('_one'))) expect(keys).toContain(key.replace(/_one$/, '_other'));
    }
  });
});
