// The one way the app talks to Neo4j: readQuery/writeQuery around executeRead/executeWrite,
// sessions closed in `finally`, Neo4j values turned into plain JSON values at this boundary,
// and Neo4j error codes mapped to our own errors.

import { cypher } from '@netzwerkatlas/cypher';
import neo4j, {
  type Driver,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isNode,
  isRelationship,
  Neo4jError,
} from 'neo4j-driver';

export type Params = Record<string, unknown>;

export class DbError extends Error {
  override name = 'DbError';
  constructor(
    message: string,
    readonly code: 'CONSTRAINT' | 'UNAVAILABLE' | 'TIMEOUT' | 'CLIENT' | 'UNKNOWN',
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export interface RunOptions {
  /** Neo4j cancels the transaction after this many milliseconds (the request's time budget). */
  timeoutMs?: number;
}

export interface Db {
  driver: Driver;
  database: string | undefined;
  /** Runs a named statement from cypher/ (or raw text with `{ text }`) in a read transaction. */
  read<T>(query: string | { text: string }, params?: Params, options?: RunOptions): Promise<T[]>;
  write<T>(query: string | { text: string }, params?: Params, options?: RunOptions): Promise<T[]>;
  close(): Promise<void>;
}

export function createDriver(uri: string, user: string, password: string): Driver {
  // With auth disabled (the local runner), Neo4j ignores the credentials.
  const auth = neo4j.auth.basic(user, password);
  return neo4j.driver(uri, auth, {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
    // Counts and sizes fit in a double; plain numbers spare decoding every integer into an object.
    disableLosslessIntegers: true,
  });
}

export function createDb(driver: Driver, database?: string): Db {
  const run =
    (mode: 'READ' | 'WRITE') =>
    async <T>(query: string | { text: string }, params: Params = {}, options: RunOptions = {}): Promise<T[]> => {
      const text = typeof query === 'string' ? cypher(query) : query.text;
      const session = driver.session({ database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
      try {
        const work = async (tx: { run: (t: string, p: Params) => PromiseLike<{ records: { toObject(): Record<string, unknown> }[] }> }) => {
          const result = await tx.run(text, toParams(params) as Params);
          return result.records.map((r) => toNative(r.toObject()) as T);
        };
        const config = options.timeoutMs === undefined ? undefined : { timeout: Math.max(1, Math.floor(options.timeoutMs)) };
        return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
      } catch (err) {
        throw mapError(err, typeof query === 'string' ? query : 'inline statement');
      } finally {
        await session.close();
      }
    };
  return { driver, database, read: run('READ'), write: run('WRITE'), close: () => driver.close() };
}

function mapError(err: unknown, name: string): Error {
  if (!(err instanceof Neo4jError)) return err instanceof Error ? err : new Error(String(err));
  const code = err.code ?? '';
  const message = `${name}: ${err.message}`;
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return new DbError(message, 'CONSTRAINT', { cause: err });
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') return new DbError(message, 'UNAVAILABLE', { cause: err });
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return new DbError(message, 'TIMEOUT', { cause: err });
  if (code.startsWith('Neo.ClientError')) return new DbError(message, 'CLIENT', { cause: err });
  return new DbError(message, 'UNKNOWN', { cause: err });
}

/**
 * JS numbers reach Neo4j as floats; integral ones become Neo4j integers here, so that LIMIT,
 * SKIP, list slices and integer comparisons get the type they need.
 */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toParams(v);
    return out;
  }
  return value;
}

/** Turns Neo4j driver values (Integer, temporal, Node, …) into plain JSON-able values. */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value === 'bigint') return Number(value);
  // Numbers, strings and booleans are already plain (integers arrive as numbers: see createDriver).
  if (typeof value !== 'object') return value;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (Array.isArray(value)) {
    // Lists of plain values (the overlap matrix reads lists of ~80,000 numbers) stay as they are.
    for (const item of value) if (item !== null && (typeof item === 'object' || typeof item === 'bigint')) return value.map(toNative);
    return value;
  }
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isDuration(value)) return value.toString();
  if (isNode(value)) return toNative(value.properties);
  if (isRelationship(value)) return toNative(value.properties);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toNative(v);
  return out;
}
