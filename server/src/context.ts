// Per-request context: the database handle, who is asking, and this request's DataLoaders.

import type { Db } from './db/index.js';

/**
 * Who is asking. Until sign-in exists every viewer is anonymous: person names are then shown
 * only where the person consented to public display.
 */
export interface Viewer {
  authorityId: string | null;
}

export interface Context {
  db: Db;
  viewer: Viewer;
  /** Per-request DataLoaders, by statement name (see schema/common/loaders.ts). */
  loaders: Map<string, unknown>;
}

export function createContext(db: Db): Context {
  return { db, viewer: { authorityId: null }, loaders: new Map() };
}
