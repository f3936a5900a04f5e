// A Db that records every statement it runs, with its parameters: the API tests count them (one
// statement per field, no per-row queries) and the benchmark replays them as raw Cypher.

import type { Db } from '@netzwerkatlas/server/db/index';

export interface RecordedCall {
  statement: string;
  params: Record<string, unknown>;
}

export interface RecordingDb extends Db {
  /** Every statement run so far, in order; empty it to start counting anew. */
  calls: RecordedCall[];
  /** The statements of `calls` (named ones by name, inline ones by text). */
  readonly statements: string[];
}

export function recordCalls(db: Db): RecordingDb {
  const calls: RecordedCall[] = [];
  const record = (query: string | { text: string }, params: Record<string, unknown> | undefined) => {
    calls.push({ statement: typeof query === 'string' ? query : query.text, params: { ...params } });
  };
  return {
    ...db,
    calls,
    get statements() {
      return calls.map((c) => c.statement);
    },
    read: (query, params, options) => {
      record(query, params);
      return db.read(query, params, options);
    },
    write: (query, params, options) => {
      record(query, params);
      return db.write(query, params, options);
    },
  };
}
