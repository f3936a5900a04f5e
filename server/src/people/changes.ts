// What follows a change to person data or consent (a declared or ended participation, a changed
// visibility, a correction, an erasure): a new data version at once, so that cached answers of
// the old one are neither served nor kept (answerCache.ts listens), and the derived data rebuilt
// in the background, in one transaction so readers never see it half-built: all of it where
// counts changed (colleagues per network and event, shared persons), the ranking of duplicate
// groups where only a consent did (it orders them by what anyone may learn of each). Rebuilds are
// coalesced: changes arriving while one runs are covered by one more run after it.

import type { Db } from '../db/index.js';
import { deriveInTransaction, rankInTransaction } from '../derived/derive.js';
import { logger } from '../logger.js';

/**
 * What a change to person data needs rebuilt: `derived` where it adds or removes participations,
 * attendances or persons; `ranks` where it changes a consent (a visibility); `nothing` else (a
 * name, a job title).
 */
export type Rebuild = 'derived' | 'ranks' | 'nothing';

export interface Changes {
  /** Records a change: the new data version is written before this resolves, the rebuild follows. */
  changed(rebuild: Rebuild): Promise<void>;
  /** Called with every change (the answer cache drops what it holds). */
  subscribe(listener: () => void): void;
}

export function createChanges(db: Db): Changes {
  const listeners: (() => void)[] = [];
  let running: Promise<void> | null = null;
  // What the next run rebuilds (null: nothing is waiting).
  let waiting: Exclude<Rebuild, 'nothing'> | null = null;

  const rebuild = async (): Promise<void> => {
    while (waiting) {
      const what = waiting;
      waiting = null;
      try {
        await db.writeTransaction((tx) => (what === 'derived' ? deriveInTransaction(tx) : rankInTransaction(tx)));
      } catch (err) {
        logger.error({ err: (err as Error).message }, 'derived data: rebuild after a change to person data failed');
      }
    }
  };

  const schedule = (what: Exclude<Rebuild, 'nothing'>) => {
    waiting = waiting === 'derived' || what === 'derived' ? 'derived' : 'ranks';
    if (running) return;
    running = rebuild().finally(() => {
      running = null;
    });
  };

  return {
    async changed(rebuild) {
      await db.write('people/bump-version');
      for (const listener of listeners) listener();
      if (rebuild !== 'nothing') schedule(rebuild);
    },
    subscribe(listener) {
      listeners.push(listener);
    },
  };
}
