// Test helpers: a Db on the run's Neo4j (counting statements, to catch per-row queries), and a
// GraphQL call through yoga.fetch in process.

import { createDb, createDriver, type Db } from '@netzwerkatlas/server/db/index';
import { createYogaServer } from '@netzwerkatlas/server/yoga';
import { inject } from 'vitest';

export interface CountingDb extends Db {
  statements: string[];
  /** The same statements with their parameters. */
  calls: { statement: string; params: Record<string, unknown> }[];
}

export function testDb(): CountingDb {
  const { uri, user, password, database } = inject('neo4j');
  const db = createDb(createDriver(uri, user, password), database ?? undefined);
  const statements: string[] = [];
  const calls: CountingDb['calls'] = [];
  const count = (query: string | { text: string }, params: Record<string, unknown> | undefined) => {
    const statement = typeof query === 'string' ? query : query.text;
    statements.push(statement);
    calls.push({ statement, params: { ...params } });
  };
  return {
    ...db,
    statements,
    calls,
    read: (query, params) => {
      count(query, params);
      return db.read(query, params);
    },
    write: (query, params) => {
      count(query, params);
      return db.write(query, params);
    },
  };
}

export interface GqlResult<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; argument?: string } }[];
}

export function api(db: Db) {
  const yoga = createYogaServer(db);
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
