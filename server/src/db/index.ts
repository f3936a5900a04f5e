// The one way the app (and the seed's load path) talks to Neo4j: read/write around
// executeRead/executeWrite, writeTransaction for several statements in one transaction (the
// load path's batches and derived data), sessions closed in `finally`, Neo4j values turned into
// plain JSON values at this boundary,
// Neo4j error codes mapped to our own errors, and what is known about whether Neo4j answers:
// while it is known to be down, statements fail at once instead of each waiting for the driver.

import { cypher } from '@netzwerkatlas/cypher';
import neo4j, {
  type Config,
  type Driver,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isNode,
  isRelationship,
  Neo4jError,
  type Session,
} from 'neo4j-driver';
import { logger } from '../logger.js';
import type { Params, Store, Tx } from './store.js';

export type { Params, Tx };

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

/** What the db layer knows about whether Neo4j answers. */
export interface Availability {
  /** False from a statement failing as UNAVAILABLE (or a failed probe) until one succeeds again. */
  available: boolean;
  /** When the current outage was first seen (ISO time); null while available. */
  downSince: string | null;
  /** Why it was marked down; null while available. */
  error: string | null;
}

export interface Db extends Store {
  driver: Driver;
  database: string | undefined;
  /** Runs a named statement from cypher/ (or raw text with `{ text }`) in a read transaction. */
  read<T>(query: string | { text: string }, params?: Params, options?: RunOptions): Promise<T[]>;
  write<T>(query: string | { text: string }, params?: Params, options?: RunOptions): Promise<T[]>;
  /** The known state, at once (no round trip). */
  availability(): Availability;
  /**
   * Whether Neo4j answers now. While it is known to be down and was asked less than
   * PROBE_INTERVAL_MS ago, answers from that at once; else asks with verifyConnectivity (one
   * probe at a time, bounded by PROBE_TIMEOUT_MS) and records the outcome.
   */
  probe(): Promise<boolean>;
  close(): Promise<void>;
}

/** A Neo4j known to be down is asked again at most this often. */
export const PROBE_INTERVAL_MS = 500;
/** A probe that gets no answer within this counts as failed. */
export const PROBE_TIMEOUT_MS = 2000;

/**
 * Driver settings that make requests fail within about a second while Neo4j is away (instead of
 * the driver's defaults: retries for 30 s, 30 s to connect, 60 s to get a connection).
 * `maxTransactionRetryTime` below the driver's first retry delay (1 s ± 20 % jitter) means a
 * transaction that fails transiently is retried exactly once, a second later, when it failed
 * fast (a dropped connection, a deadlock, a leader switch), and not at all when it had already
 * run longer than that.
 */
export const DRIVER_SETTINGS = {
  maxConnectionPoolSize: 50,
  /** TCP connect to Neo4j; on one machine or a LAN it takes milliseconds. */
  connectionTimeout: 2000,
  /** Waiting for a free connection of the pool, including connecting (at least connectionTimeout). */
  connectionAcquisitionTimeout: 3000,
  maxTransactionRetryTime: 500,
  // Counts and sizes fit in a double; plain numbers spare decoding every integer into an object.
  disableLosslessIntegers: true,
} satisfies Config;

export function createDriver(uri: string, user: string, password: string, overrides: Config = {}): Driver {
  // With auth disabled (the local runner), Neo4j ignores the credentials.
  const auth = neo4j.auth.basic(user, password);
  return neo4j.driver(uri, auth, { ...DRIVER_SETTINGS, ...overrides });
}

export function createDb(driver: Driver, database?: string): Db {
  const state: Availability = { available: true, downSince: null, error: null };
  let lastProbeAt = 0;
  let probing: Promise<boolean> | undefined;

  const markDown = (message: string) => {
    lastProbeAt = Date.now();
    state.error = message;
    if (!state.available) return;
    state.available = false;
    state.downSince = new Date().toISOString();
    logger.warn(`neo4j: unavailable (${message}); failing requests at once until it answers again`);
  };
  const markUp = () => {
    if (state.available) return;
    const seconds = state.downSince ? ((Date.now() - Date.parse(state.downSince)) / 1000).toFixed(1) : '?';
    Object.assign(state, { available: true, downSince: null, error: null });
    logger.info(`neo4j: available again after ${seconds} s`);
  };

  const probe = (): Promise<boolean> => {
    if (probing) return probing;
    if (!state.available && Date.now() - lastProbeAt < PROBE_INTERVAL_MS) return Promise.resolve(false);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
    });
    probing = Promise.race([driver.verifyConnectivity({ database }), timeout])
      .then(
        () => {
          markUp();
          return true;
        },
        (err: Error) => {
          markDown(err.message);
          return false;
        },
      )
      .finally(() => {
        clearTimeout(timer);
        probing = undefined;
      });
    return probing;
  };

  const run =
    (mode: 'READ' | 'WRITE') =>
    async <T>(query: string | { text: string }, params: Params = {}, options: RunOptions = {}): Promise<T[]> => {
      const name = typeof query === 'string' ? query : 'inline statement';
      if (!state.available && !(await probe())) {
        throw new DbError(`${name}: Neo4j is unavailable (${state.error})`, 'UNAVAILABLE');
      }
      const text = typeof query === 'string' ? cypher(query) : query.text;
      const session = driver.session({ database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
      try {
        const work = async (tx: { run: (t: string, p: Params) => PromiseLike<{ records: { toObject(): Record<string, unknown> }[] }> }) => {
          const result = await tx.run(text, toParams(params) as Params);
          return result.records.map((r) => toNative(r.toObject()) as T);
        };
        const config = options.timeoutMs === undefined ? undefined : { timeout: Math.max(1, Math.floor(options.timeoutMs)) };
        const rows = mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
        markUp();
        return rows;
      } catch (err) {
        const mapped = mapError(err, name);
        if (mapped instanceof DbError && mapped.code === 'UNAVAILABLE') markDown((err as Error).message);
        throw mapped;
      } finally {
        await session.close();
      }
    };

  /** A session for the load path: its errors mapped and counted like those of read and write. */
  const withSession = async <T>(name: string, work: (session: Session) => Promise<T>): Promise<T> => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const result = await work(session);
      markUp();
      return result;
    } catch (err) {
      const mapped = mapError(err, name);
      if (mapped instanceof DbError && mapped.code === 'UNAVAILABLE') markDown((err as Error).message);
      throw mapped;
    } finally {
      await session.close();
    }
  };
  const rowsOf = <T>(result: { records: { toObject(): Record<string, unknown> }[] }) =>
    result.records.map((r) => toNative(r.toObject()) as T);

  return {
    driver,
    database,
    read: run('READ'),
    write: run('WRITE'),
    writeTransaction: <T>(work: (tx: Tx) => Promise<T>, options: { timeoutMs?: number } = {}) =>
      withSession('write transaction', (session) =>
        session.executeWrite(
          (tx) =>
            work({
              run: async <R>(statement: string, params: Params = {}) => {
                // The driver keeps every result of a transaction, with its parameters, until the
                // transaction ends, so a long one (an import writing a large file in batches)
                // would hold every batch it wrote. The parameters go in an object of their own,
                // emptied once the result is read: each batch can be freed when it is written.
                const own: Params = { ...params };
                try {
                  return rowsOf<R>(await tx.run(cypher(statement), own));
                } finally {
                  for (const key of Object.keys(own)) delete own[key];
                }
              },
            }),
          options.timeoutMs === undefined ? undefined : { timeout: options.timeoutMs },
        ),
      ),
    autoCommit: <T>(statement: string, params: Params = {}) =>
      withSession(statement, async (session) => rowsOf<T>(await session.run(cypher(statement), params))),
    availability: () => ({ ...state }),
    probe,
    close: () => driver.close(),
  };
}

function mapError(err: unknown, name: string): Error {
  if (!(err instanceof Neo4jError)) return err instanceof Error ? err : new Error(String(err));
  const code = err.code ?? '';
  const message = `${name}: ${err.message}`;
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return new DbError(message, 'CONSTRAINT', { cause: err });
  // Unreachable, connection lost, or the database itself stopping or starting.
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code === 'Neo.TransientError.General.DatabaseUnavailable') {
    return new DbError(message, 'UNAVAILABLE', { cause: err });
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return new DbError(message, 'TIMEOUT', { cause: err });
  // Every connection of the pool busy for connectionAcquisitionTimeout: Neo4j is overloaded, not gone.
  if (err.message.startsWith('Connection acquisition timed out')) return new DbError(message, 'TIMEOUT', { cause: err });
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
