import { describe, expect, it } from 'vitest';
import type { ViewState } from './types';
import { decodeViewState, encodeViewState, getEmptyFilters, getEmptyViewState } from './utils';

const base = getEmptyViewState();
const shared: ViewState = {
  ...base,
  view: 'overlap',
  lang: 'en',
  node: 'network:kern-community',
  filters: { ...getEmptyFilters(), kinds: ['Network', 'Topic'], topics: ['topic:ki'], land: 'DE-NW', term: 'running', data: 'real' },
  expand: ['DE-BY'],
  by: 'PERSONS',
  min: 3,
  order: 'name',
};

describe('encodeViewState', () => {
  it.each([
    [base, ''],
    [{ ...base, view: 'table' }, 'view=table'],
    [{ ...base, node: 'org:bmi', lang: 'en' }, 'lang=en&node=org:bmi'],
    [{ ...base, filters: { ...base.filters, kinds: [] } }, 'kinds=-'],
    [{ ...base, view: 'path', from: 'org:bmi', to: 'org:stadt-koeln' }, 'view=path&from=org:bmi&to=org:stadt-koeln'],
    [{ ...base, view: 'myAuthority', authority: 'org:stadt-koeln' }, 'view=myAuthority&authority=org:stadt-koeln'],
    [{ ...base, view: 'privacy' }, 'view=privacy'],
  ] as [ViewState, string][])('%# -> %s', (state, expected) => {
    expect(encodeViewState(state)).toBe(expected);
  });
});

describe('decodeViewState', () => {
  it.each([
    ['', base],
    ['?view=nonsense&lang=fr&min=abc', base],
    ['min=0&depth=99', { ...base, min: 1, depth: 5 }],
    ['order=name', { ...base, order: 'name' }],
    ['order=random', base],
    ['kinds=Network,Bogus', { ...base, filters: { ...base.filters, kinds: ['Network'] } }],
    ['kinds=-', { ...base, filters: { ...base.filters, kinds: [] } }],
  ] as [string, ViewState][])('%s', (search, expected) => {
    expect(decodeViewState(search)).toEqual(expected);
  });

  it('round-trips a shared view', () => {
    expect(decodeViewState(encodeViewState(shared))).toEqual(shared);
  });
});
