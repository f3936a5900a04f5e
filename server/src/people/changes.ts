// What follows a change to person data or consent (a declared or ended participation, a changed
// visibility, a correction, an erasure): a new data version at once, so that cached answers of
// the old one are neither served nor kept (answerCache.ts listens), and the derived data rebuilt
// in the background (the counts of colleagues per network and event, shared persons), in one
// transaction so readers never see it half-built. Rebuilds are coalesced: changes arriving while
// one runs are covered by one more run after it.

import type { Db } from '../db/index.js';
import { deriveInTransaction } from '../derived/derive.js';
import { logger } from '../logger.js';

export interface Changes {
  /**
   * Records a change: the new data version is written before this resolves. `counts`: the change
   * adds or removes participations, attendances or persons, so the derived counts are rebuilt
   * after it (a visibility or a name changes no count).
   */
  changed(counts: boolean): Promise<void>;
  /** Called with every change (the answer cache drops what it holds). */
  subscribe(listener: () => void): void;
}

export function createChanges(db: Db): Changes {
  const listeners: (() => void)[] = [];
  let running: Promise<void> | null = null;
  let again = false;

  const rebuild = async (): Promise<void> => {
    do {
      again = false;
      try {
        await db.writeTransaction((tx) => deriveInTransaction(tx));
      } catch (err) {
        logger.error({ err: (err as Error).message }, 'derived data: rebuild after a change to person data failed');
      }
    } while (again);
  };

  const schedule = () => {
    if (running) {
      again = true;
      return;
    }
    running = rebuild().finally(() => {
      running = null;
    });
  };

  return {
    async changed(counts) {
      await db.write('people/bump-version');
      for (const listener of listeners) listener();
      if (counts) schedule();
    },
    subscribe(listener) {
      listeners.push(listener);
    },
  };
}
