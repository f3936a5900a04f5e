// Test helpers: a Db on the run's Neo4j (counting statements, to catch per-row queries), and a
// GraphQL call through yoga.fetch in process.

import { createDb, createDriver, type Db } from '@netzwerkatlas/server/db/index';
import { DEFAULT_LIMITS } from '@netzwerkatlas/server/guard/limits';
import { createYogaServer } from '@netzwerkatlas/server/yoga';
import { inject } from 'vitest';
import { type RecordingDb, recordCalls } from './recording.js';

/** A Db on the run's Neo4j that records what it runs (see recording.ts). */
export type CountingDb = RecordingDb;

export function testDb(): CountingDb {
  const { uri, user, password, database } = inject('neo4j');
  return recordCalls(createDb(createDriver(uri, user, password), database ?? undefined));
}

export interface GqlResult<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; argument?: string } }[];
}

/**
 * GraphQL in process. The correctness tests read whole lists in one request (every person,
 * every similar network with what they share), beyond the public cost limit; the limits have
 * tests of their own (hardening.test.ts, webOperations.test.ts), which use the defaults.
 */
export function api(db: Db, limits = { ...DEFAULT_LIMITS, cost: 1_000_000, wholeLandscape: 100 }) {
  const yoga = createYogaServer(db, { limits });
  return async function gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GqlResult<T>, 'status'>;
    return { status: response.status, ...body };
  };
}
