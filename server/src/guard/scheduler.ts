// Fair scheduling: operations run in lanes by their cost and by whose they are, so that heavy
// questions (the whole landscape, every network pair) cannot hold the cheap ones, and no query
// written to cost as much as the limits allow can hold the web app's own questions about one node
// (its details, its colleagues), which the cost limit also counts as heavy; each request has a time
// budget, spent waiting for a slot and in Neo4j (whose transactions get the rest of it as their
// timeout, so Neo4j cancels the work when the budget runs out).

import type { ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import pLimit, { type LimitFunction } from 'p-limit';
import { busy } from './errors.js';
import { HEAVY_COST, requestCost } from './limits.js';

export interface SchedulerOptions {
  /** Cheap operations answered at once. */
  lightSlots: number;
  /**
   * Heavy operations answered at once (cost at or above HEAVY_COST). Each holds tens of
   * megabytes until its answer is built, so on two cores two is enough.
   */
  heavySlots: number;
  /**
   * The web app's own operations at or above HEAVY_COST that ask about one node, not the whole
   * landscape (persisted.ts marks them): their answers are a few kilobytes, their cost an upper
   * bound their page sizes set. Default 4.
   */
  appSlots?: number;
}

/**
 * Executions of the web app's own bounded operations (persisted.ts adds them before the
 * scheduler sees them), by their context.
 */
export const appOperation = new WeakSet<object>();

/**
 * What a request carries for the scheduler: when its budget ends (ms since the epoch), and its
 * statements in Neo4j at once (context.ts).
 */
export interface Budgeted {
  deadline: number;
  statements?: LimitFunction;
}

/**
 * A heavy request's statements in Neo4j at once. Its aliases would otherwise each take a Neo4j
 * thread: two clients looping a query of fifteen costly aliases kept thirty transactions running
 * on two cores, and every other request's statements waited behind them.
 */
export const HEAVY_STATEMENTS_AT_ONCE = 2;

/** What a slot waits for before it is freed: the HTTP response, or the answer cache's stand-in. */
export type Sending = Pick<ServerResponse, 'writableFinished' | 'destroyed' | 'once'>;

export interface Lanes {
  light: LimitFunction;
  heavy: LimitFunction;
  app: LimitFunction;
}

export function createLanes({ lightSlots, heavySlots, appSlots = 4 }: SchedulerOptions): Lanes {
  return { light: pLimit(lightSlots), heavy: pLimit(heavySlots), app: pLimit(appSlots) };
}

/** The lane of an execution: light below HEAVY_COST; above it, the app's lane for its bounded operations, else heavy. */
export function laneOf(lanes: Lanes, context: object): LimitFunction {
  const cost = requestCost.get(context) ?? 0;
  if (cost < HEAVY_COST) return lanes.light;
  return appOperation.has(context) ? lanes.app : lanes.heavy;
}

/**
 * Waits for a slot in the lane and resolves with the function that frees it, or fails with BUSY
 * when the budget ends while it still waits.
 */
export function acquire(lane: LimitFunction, deadline: number): Promise<() => void> {
  return new Promise((granted, refused) => {
    let started = false;
    let gaveUp = false;
    const timer = setTimeout(
      () => {
        if (started) return;
        gaveUp = true;
        refused(busy());
      },
      Math.max(0, deadline - Date.now()),
    );
    void lane(
      () =>
        new Promise<void>((free) => {
          if (gaveUp) return free(); // its slot is passed on at once
          started = true;
          clearTimeout(timer);
          let freed = false;
          granted(() => {
            if (freed) return;
            freed = true;
            free();
          });
        }),
    );
  });
}

/**
 * The yoga plugin: each execution waits for a slot in the lane its cost puts it in, and holds it
 * until its answer has been sent (the HTTP response closed), not only computed: a heavy answer
 * (the matrix, the landscape) is tens of megabytes while it is serialised and sent, and two
 * slots bound that memory only if they cover it. The answer cache hands its computations a
 * stand-in that closes once the answer is compressed and kept. Without either (yoga.fetch), the
 * slot is freed when the execution ends.
 */
export function useScheduler(lanes: Lanes): Plugin<Budgeted> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const context = args.contextValue as Budgeted & { res?: Sending };
      const lane = laneOf(lanes, args.contextValue as object);
      if (lane === lanes.heavy && context.statements) context.statements.concurrency = HEAVY_STATEMENTS_AT_ONCE;
      setExecuteFn(async (execArgs) => {
        let free: () => void;
        try {
          free = await acquire(lane, context.deadline);
        } catch (err) {
          if (err instanceof GraphQLError && err.extensions.code === 'BUSY') return { errors: [err] };
          throw err;
        }
        const res = context.res;
        const sending = res !== undefined && !res.writableFinished && !res.destroyed;
        if (sending) res.once('close', free);
        try {
          return await executeFn(execArgs);
        } finally {
          if (!sending) free();
        }
      });
    },
  };
}
