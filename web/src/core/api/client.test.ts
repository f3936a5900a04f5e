import { describe, expect, it } from 'vitest';
import { postBody, queryUrl } from './client';

describe('queryUrl', () => {
  it('carries query and variables as URL parameters that decode to what was given', () => {
    const query = 'query($id: ID!) { node(id: $id) { id } }';
    const url = new URL(queryUrl({ query }, { id: 'network:kern & co' }), 'http://x');
    expect(url.pathname).toBe('/graphql');
    expect(url.searchParams.get('query')).toBe(query);
    expect(JSON.parse(url.searchParams.get('variables') ?? '')).toEqual({ id: 'network:kern & co' });
  });

  it('leaves out empty variables, so one query has one URL', () => {
    expect(queryUrl({ query: '{ sources { id } }' }, {})).toBe('/graphql?query=%7B+sources+%7B+id+%7D+%7D');
  });

  it('sends a persisted operation as its hash in the persisted-query extension, without the text', () => {
    const hash = 'a'.repeat(64);
    const url = new URL(queryUrl({ hash }, { by: 'Topic' }), 'http://x');
    expect(url.searchParams.get('query')).toBeNull();
    expect(JSON.parse(url.searchParams.get('extensions') ?? '')).toEqual({ persistedQuery: { version: 1, sha256Hash: hash } });
    expect(JSON.parse(url.searchParams.get('variables') ?? '')).toEqual({ by: 'Topic' });
  });

  it('gives every document of the app a hash that is a key of the manifest the server loads', async () => {
    const documents = Object.entries(await import('../../gql/graphql')).filter(([name]) => name.endsWith('Document'));
    const manifest = (await import('../../gql/persisted-documents.json')).default as Record<string, string>;
    expect(documents.length).toBeGreaterThanOrEqual(10);
    for (const [, document] of documents) {
      const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect(manifest[hash as string]).toBeTypeOf('string');
    }
  });
});

describe('postBody', () => {
  it('sends a persisted mutation as its hash, never its text, with its variables', () => {
    const hash = 'b'.repeat(64);
    expect(JSON.parse(postBody({ hash }, { network: 'network:dvnw' }))).toEqual({
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
      variables: { network: 'network:dvnw' },
    });
  });

  it('leaves out empty variables', () => {
    expect(JSON.parse(postBody({ query: 'mutation { exportMyData }' }, {}))).toEqual({ query: 'mutation { exportMyData }' });
  });
});
