// Per-request context: the database handle (bound to the request's time budget), who is asking,
// and this request's DataLoaders.

import type { Identity } from './auth/identity.js';
import { type Db, DbError, type Params, type RunOptions } from './db/index.js';

/**
 * Who is asking. Until sign-in exists every viewer is anonymous: person names are then shown
 * only where the person consented to public display.
 */
export interface Viewer {
  authorityId: string | null;
}

export interface Context {
  db: Db;
  /** The verified sign-in behind this request, or null (anonymous). */
  identity: Identity | null;
  viewer: Viewer;
  /** Per-request DataLoaders, by statement name (see schema/common/loaders.ts). */
  loaders: Map<string, unknown>;
  /** When this request's time budget ends (ms since the epoch); see guard/scheduler.ts. */
  deadline: number;
}

/** The database as one request sees it: each transaction gets what is left of the budget. */
function withDeadline(db: Db, deadline: number): Db {
  const left = (query: string | { text: string }): RunOptions => {
    const timeoutMs = deadline - Date.now();
    if (timeoutMs <= 0) {
      const name = typeof query === 'string' ? query : 'inline statement';
      throw new DbError(`${name}: the request's time budget ran out`, 'TIMEOUT');
    }
    return { timeoutMs };
  };
  return {
    ...db,
    read: async <T>(query: string | { text: string }, params?: Params) => db.read<T>(query, params, left(query)),
    write: async <T>(query: string | { text: string }, params?: Params) => db.write<T>(query, params, left(query)),
  };
}

export function createContext(db: Db, budgetMs: number, identity: Identity | null = null): Context {
  const deadline = Date.now() + budgetMs;
  return { db: withDeadline(db, deadline), identity, viewer: { authorityId: null }, loaders: new Map(), deadline };
}
