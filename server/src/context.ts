// Per-request context: the database handle (bound to the request's time budget and to a number
// of statements at once), who is asking, and this request's DataLoaders.

import pLimit, { type LimitFunction } from 'p-limit';
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
  /**
   * This request's statements running in Neo4j at once (STATEMENTS_AT_ONCE); the scheduler
   * narrows a heavy request's further, so that the aliases of one request do not each take a
   * Neo4j thread (guard/scheduler.ts).
   */
  statements: LimitFunction;
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

/**
 * Statements of one request in Neo4j at once: what the web app's widest question (a node's
 * details: some ten lists, each one batched statement) runs together.
 */
export const STATEMENTS_AT_ONCE = 8;

/**
 * The database as one request sees it: at most `statements` of its statements at once, and each
 * transaction gets what is left of the budget when it starts.
 */
function withDeadline(db: Db, deadline: number, statements: LimitFunction): Db {
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
    read: <T>(query: string | { text: string }, params?: Params) => statements(() => db.read<T>(query, params, left(query))),
    write: <T>(query: string | { text: string }, params?: Params) => statements(() => db.write<T>(query, params, left(query))),
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
  const statements = pLimit(STATEMENTS_AT_ONCE);
  return { db: withDeadline(db, deadline, statements), identity, viewer: ANONYMOUS, loaders: new Map(), deadline, statements, people };
}
