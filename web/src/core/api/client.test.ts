import { describe, expect, it } from 'vitest';
import { queryUrl } from './client';

describe('queryUrl', () => {
  it('carries query and variables as URL parameters that decode to what was given', () => {
    const query = 'query($id: ID!) { node(id: $id) { id } }';
    const url = new URL(queryUrl(query, { id: 'network:kern & co' }), 'http://x');
    expect(url.pathname).toBe('/graphql');
    expect(url.searchParams.get('query')).toBe(query);
    expect(JSON.parse(url.searchParams.get('variables') ?? '')).toEqual({ id: 'network:kern & co' });
  });

  it('leaves out empty variables, so one query has one URL', () => {
    expect(queryUrl('{ sources { id } }', {})).toBe('/graphql?query=%7B+sources+%7B+id+%7D+%7D');
  });
});
