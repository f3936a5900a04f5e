// Per-request context: the database handle (bound to the request's time budget), who is asking,
// and this request's DataLoaders.

import type { Identity } from './auth/identity.js';
import { type Db, DbError, type Params, type RunOptions } from './db/index.js';
import type { Pseudonymise } from './people/audit.js';
import type { Rebuild } from './people/changes.js';
import { ANONYMOUS, type Viewer } from './privacy.js';

export type { Viewer };

export interface Context {
  db: Db;
  /** The verified sign-in behind this request, or null (anonymous). */
  identity: Identity | null;
  /**
   * Who is asking, as the graph knows them (privacy.ts): anonymous until the identity has been
   * mapped to a person, an authority and roles (viewer.ts, before any resolver runs).
   */
  viewer: Viewer;
  /** Per-request DataLoaders, by statement name (see schema/common/loaders.ts). */
  loaders: Map<string, unknown>;
  /** When this request's time budget ends (ms since the epoch); see guard/scheduler.ts. */
  deadline: number;
  /** What the person mutations need besides the database (people/). */
  people: PeopleContext;
}

/** What changes to person data need: the audit log's pseudonyms, and what follows a change. */
export interface PeopleContext {
  /** The keyed pseudonym the audit log names persons by (people/audit.ts). */
  pseudonym: Pseudonymise;
  /**
   * Called after every change to person data or consent: a new data version, so that no answer
   * kept for the old one (with a name, a visibility, an erased person) is served again, and what
   * derived data it touches rebuilt (people/changes.ts).
   */
  changed: (rebuild: Rebuild) => Promise<void>;
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

/** Without people options (tools, unit tests): pseudonyms that name no key, changes that notify no one. */
const NO_PEOPLE: PeopleContext = {
  pseudonym: () => {
    throw new Error('context: no pseudonym key configured for changes to person data');
  },
  changed: async () => undefined,
};

export function createContext(db: Db, budgetMs: number, identity: Identity | null = null, people: PeopleContext = NO_PEOPLE): Context {
  const deadline = Date.now() + budgetMs;
  return { db: withDeadline(db, deadline), identity, viewer: ANONYMOUS, loaders: new Map(), deadline, people };
}
