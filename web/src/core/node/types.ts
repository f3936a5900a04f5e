// The node as the panel receives it (Query.node), and its shape for each kind.

import type { NodeDetailsQuery } from '../../gql/graphql';

export type DetailNode = NonNullable<NodeDetailsQuery['node']>;

/** The details of one kind of node, e.g. `NodeOfKind<'Network'>`. */
export type NodeOfKind<K extends DetailNode['__typename']> = Extract<DetailNode, { __typename: K }>;

/** A node another one links to: named, or titled (innovations). */
export type NodeRef = { id: string; name?: string | null; title?: string | null };
