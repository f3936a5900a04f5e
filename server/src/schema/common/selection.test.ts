import { buildSchema, type GraphQLResolveInfo, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedFields, selectsOnly } from './selection';

const schema = buildSchema(`
  interface Node { id: ID! }
  type Person implements Node { id: ID! name: String authority: Org }
  type Org implements Node { id: ID! }
  type Group { size: Int persons: [Person!]! }
  type Edge { node: Group }
  type Connection { totalCount: Int edges: [Edge!]! }
  type Query { groups: Connection }
`);

/** The fields at edges.node.persons as the resolver of `groups` sees them. */
async function personsOf(query: string): Promise<{ fields: string[]; idsOnly: boolean }> {
  let seen: GraphQLResolveInfo | undefined;
  const rootValue = {
    groups: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      seen = info;
      return { totalCount: 0, edges: [] };
    },
  };
  const result = await graphql({ schema, source: query, rootValue });
  expect(result.errors).toBeUndefined();
  const info = seen as GraphQLResolveInfo;
  return {
    fields: [...selectedFields(info, ['edges', 'node', 'persons'])].sort(),
    idsOnly: selectsOnly(info, ['edges', 'node', 'persons'], ['id', 'authority']),
  };
}

describe('selectedFields', () => {
  it('reads the fields at a path', async () => {
    expect(await personsOf('{ groups { edges { node { persons { id name } } } } }')).toEqual({ fields: ['id', 'name'], idsOnly: false });
    expect(await personsOf('{ groups { edges { node { persons { id authority { id } } } } } }')).toEqual({
      fields: ['authority', 'id'],
      idsOnly: true,
    });
  });

  it('follows aliases, fragments and inline fragments', async () => {
    expect(await personsOf('{ groups { e: edges { node { p: persons { id } } } edges { node { persons { n: name } } } } }')).toEqual({
      fields: ['id', 'name'],
      idsOnly: false,
    });
    expect(
      await personsOf('{ groups { edges { node { persons { ...P ... on Node { __typename } } } } } } fragment P on Person { id }'),
    ).toEqual({ fields: ['id'], idsOnly: true }); // __typename needs no property and is not listed
    expect(await personsOf('{ groups { edges { node { persons { ... on Person { name } } } } } }')).toEqual({
      fields: ['name'],
      idsOnly: false,
    });
  });

  it('is empty when the path is not selected', async () => {
    expect(await personsOf('{ groups { totalCount } }')).toEqual({ fields: [], idsOnly: true });
    expect(await personsOf('{ groups { edges { node { size } } } }')).toEqual({ fields: [], idsOnly: true });
  });
});
