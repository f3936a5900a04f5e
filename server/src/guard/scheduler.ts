// Fair scheduling: operations run in two lanes sized by their cost, so that heavy questions (the
// whole landscape, every network pair) cannot hold the cheap ones; each request has a time
// budget, spent waiting for a slot and in Neo4j (whose transactions get the rest of it as their
// timeout, so Neo4j cancels the work when the budget runs out).

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
}

/** What a request carries for the scheduler: when its budget ends (ms since the epoch). */
export interface Budgeted {
  deadline: number;
}

export interface Lanes {
  light: LimitFunction;
  heavy: LimitFunction;
}

export function createLanes({ lightSlots, heavySlots }: SchedulerOptions): Lanes {
  return { light: pLimit(lightSlots), heavy: pLimit(heavySlots) };
}

/**
 * Runs `work` in its lane once a slot is free, or fails with BUSY when the budget ends while it
 * still waits. Once started, the work's own budget applies through the database timeout.
 */
export function inLane<T>(lane: LimitFunction, deadline: number, work: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let started = false;
    let gaveUp = false;
    const timer = setTimeout(
      () => {
        if (started) return;
        gaveUp = true;
        reject(busy());
      },
      Math.max(0, deadline - Date.now()),
    );
    void lane(async () => {
      if (gaveUp) return; // its slot is passed on at once
      started = true;
      clearTimeout(timer);
      try {
        resolve(await work());
      } catch (err) {
        reject(err);
      }
    });
  });
}

/** The yoga plugin: each execution waits for a slot in the lane its cost puts it in. */
export function useScheduler(lanes: Lanes): Plugin<Budgeted> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const context = args.contextValue as Budgeted;
      const cost = requestCost.get(args.contextValue as object) ?? 0;
      const lane = cost >= HEAVY_COST ? lanes.heavy : lanes.light;
      setExecuteFn((execArgs) =>
        inLane(lane, context.deadline, async () => executeFn(execArgs)).catch((err: unknown) => {
          if (err instanceof GraphQLError && err.extensions.code === 'BUSY') return { errors: [err] };
          throw err;
        }),
      );
    },
  };
}
