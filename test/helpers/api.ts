// Test helpers: a Db on the run's Neo4j (counting statements, to catch per-row queries), and a
// GraphQL call through yoga.fetch in process.

import { createDb, createDriver, type Db } from '@netzwerkatlas/server/db/index';
import { createYogaServer } from '@netzwerkatlas/server/yoga';
import { inject } from 'vitest';

export interface CountingDb extends Db {
  statements: string[];
}

export function testDb(): CountingDb {
  const { uri, user, password, database } = inject('neo4j');
  const db = createDb(createDriver(uri, user, password), database ?? undefined);
  const statements: string[] = [];
  return {
    ...db,
    statements,
    read: (query, params) => {
      statements.push(typeof query === 'string' ? query : query.text);
      return db.read(query, params);
    },
    write: (query, params) => {
      statements.push(typeof query === 'string' ? query : query.text);
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
