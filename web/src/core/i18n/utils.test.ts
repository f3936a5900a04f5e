import { describe, expect, it } from 'vitest';
import { de, en } from './dictionary';
import type { Lang, MessageKey } from './types';
import { translate, translateValue } from './utils';

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
