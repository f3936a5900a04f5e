// The part of the db layer that the load path (seed/src/load.ts) and the derived data
// (server/src/derived) need: reads, writes in one transaction, statements that commit on their
// own. createDb (./index.ts) is its one implementation; they are handed a Db and write through it.

export type Params = Record<string, unknown>;

/** A transaction in progress: named statements from cypher/ run in it, rows come back as plain values. */
export interface Tx {
  run<T = Record<string, unknown>>(statement: string, params?: Params): Promise<T[]>;
}

export interface Store {
  /** A named statement in a read transaction. */
  read<T = Record<string, unknown>>(statement: string, params?: Params): Promise<T[]>;
  /**
   * Several statements in one write transaction (the load path's batches). Parameters are passed
   * as given: JS numbers stay floats unless the caller makes them Neo4j integers.
   */
  writeTransaction<T>(work: (tx: Tx) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
  /** A statement that commits on its own (CALL { … } IN TRANSACTIONS), outside a managed transaction. */
  autoCommit<T = Record<string, unknown>>(statement: string, params?: Params): Promise<T[]>;
}
