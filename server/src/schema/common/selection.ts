// What a query selects below the current field, for statements that can project less when
// less is asked (a person's id instead of every property of up to 2,000 persons per page).
// graphql-parse-resolve-info resolves aliases, fragments and inline fragments; this walks its
// tree along field names, across every alias and type condition.

import type { GraphQLResolveInfo } from 'graphql';
import { type FieldsByTypeName, parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

// A resolver that asks about several paths (innovationTransfer: innovations and adopters)
// parses its selection once.
const parsed = new WeakMap<GraphQLResolveInfo, ResolveTree | null>();

function resolveTree(info: GraphQLResolveInfo): ResolveTree | null {
  let tree = parsed.get(info);
  if (tree === undefined) {
    tree = (parseResolveInfo(info) as ResolveTree | null | undefined) ?? null;
    parsed.set(info, tree);
  }
  return tree;
}

function childrenNamed(trees: ResolveTree[], name: string): ResolveTree[] {
  const out: ResolveTree[] = [];
  for (const tree of trees) {
    for (const fields of Object.values(tree.fieldsByTypeName as FieldsByTypeName)) {
      for (const child of Object.values(fields)) if (child.name === name) out.push(child);
    }
  }
  return out;
}

/**
 * The names of the fields selected at `path` below the resolving field (e.g. ['edges', 'node',
 * 'persons']), over all aliases and fragments; empty when the path is not selected at all.
 * Introspection fields (__typename) are not listed: they need nothing from the database.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  const root = resolveTree(info);
  let trees = root ? [root] : [];
  for (const name of path) trees = childrenNamed(trees, name);
  const names = new Set<string>();
  for (const tree of trees) {
    for (const fields of Object.values(tree.fieldsByTypeName as FieldsByTypeName)) {
      for (const child of Object.values(fields)) names.add(child.name);
    }
  }
  return names;
}

/** True when every field selected at `path` is among `enough` (nothing selected counts too). */
export function selectsOnly(info: GraphQLResolveInfo, path: readonly string[], enough: readonly string[]): boolean {
  for (const name of selectedFields(info, path)) if (!enough.includes(name)) return false;
  return true;
}
