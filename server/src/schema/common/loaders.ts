// Batched reads: one Cypher statement for a whole list of parents, answers in key order, so a
// list of fifty networks asking for their topics costs one statement, not fifty. Every read here
// is given the viewer's parameters (privacy.ts), so no statement that reads persons can be run
// without them. Nodes by id load through @pothos/plugin-dataloader (rowsById, used in refs.ts).
// Lists and pages keep a loader per statement for the request (ctx.loaders), not the plugin's
// per-field loaders: a statement serves several fields (a network's topics for Network.topics and
// NetworkSimilarity.sharedTopics) and pages are cut per parent in Cypher, not in memory.

import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { viewerParams } from '../../privacy.js';

export interface PageRequest {
  offset: number;
  limit: number;
}

export interface Page<T> {
  total: number;
  items: T[];
  /** Lists of persons: how many the viewer may not see (left out of total and items). */
  hidden?: number;
}

/** Runs a named statement with the viewer's parameters (see privacy.ts) added to `params`. */
export function readRows<T>(ctx: Context, statement: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return ctx.db.read<T>(statement, { ...params, ...viewerParams(ctx.viewer) });
}

function cached<L>(ctx: Context, key: string, create: () => L): L {
  let loader = ctx.loaders.get(key) as L | undefined;
  if (!loader) {
    loader = create();
    ctx.loaders.set(key, loader);
  }
  return loader;
}

/** The load of a node type by id (refs.ts): a statement taking `$ids` and returning rows `{ node }`. */
export function rowsById<T>(statement: string): (ids: string[], ctx: Context) => Promise<T[]> {
  return async (ids, ctx) => (await readRows<{ node: T }>(ctx, statement, { ids })).map((r) => r.node);
}

/** Item lists by parent id from a statement taking `$ids` and returning rows `{ key, items }`. */
export function grouped<T>(ctx: Context, statement: string): DataLoader<string, T[]> {
  return cached(
    ctx,
    statement,
    () =>
      new DataLoader<string, T[]>(async (ids) => {
        const rows = await readRows<{ key: string; items: T[] }>(ctx, statement, { ids: [...ids] });
        const found = new Map(rows.map((r) => [r.key, r.items]));
        return ids.map((id) => found.get(id) ?? []);
      }),
  );
}

/**
 * Pages of a relation by parent id, from a statement taking `$keys: [{ key, id, offset, limit }]`
 * and returning rows `{ key, total, items }`.
 */
export function paged<T>(ctx: Context, statement: string): DataLoader<{ id: string } & PageRequest, Page<T>, string> {
  return cached(
    ctx,
    statement,
    () =>
      new DataLoader<{ id: string } & PageRequest, Page<T>, string>(
        async (requests) => {
          const keys = requests.map((r) => ({ key: `${r.id}|${r.offset}|${r.limit}`, ...r }));
          const rows = await readRows<{ key: string } & Page<T>>(ctx, statement, { keys });
          const found = new Map(rows.map((r) => [r.key, { total: r.total, items: r.items, hidden: r.hidden ?? 0 }]));
          return keys.map((k) => found.get(k.key) ?? { total: 0, items: [] });
        },
        { cacheKeyFn: (r) => `${r.id}|${r.offset}|${r.limit}` },
      ),
  );
}

/** One page and the total count from a statement returning `{ total, items }`. */
export async function readPage<T>(ctx: Context, statement: string, params: Record<string, unknown>, page: PageRequest): Promise<Page<T>> {
  const [row] = await readRows<Page<T>>(ctx, statement, { ...params, offset: page.offset, limit: page.limit });
  return row ?? { total: 0, items: [] };
}
