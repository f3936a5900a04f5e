// How derived data is written: each step is one statement of cypher/derive or a computation in
// Node on a projection read in one statement (matrix rows as text, Louvain communities). The
// table in questions.ts says which question needs which step; derive.ts runs them in order.

import neo4j from 'neo4j-driver';
import type { Store, Tx } from '../db/store.js';
import { pairsFromRanks, partition, type RankedPair, STORED_RESOLUTION } from './communities.js';
import { layoutLandscape } from './layout.js';
import { encodeMatrixPairs } from './matrixRows.js';

export interface DeriveStep {
  /** What progress reports call it. */
  name: string;
  /** The step inside a transaction (a whole atomic load, or a transaction of its own). */
  run(tx: Tx): Promise<void>;
  /** The step outside one transaction, where it differs (batched for Germany-scale stores). */
  alone?(store: Store): Promise<void>;
}

/** A step that is one statement of cypher/derive. */
const statement = (name: string, alone?: DeriveStep['alone']): DeriveStep => ({
  name,
  run: async (tx) => {
    await tx.run(name);
  },
  alone,
});

const numbers = (value: unknown) => ((value ?? []) as unknown[]).map(Number);

/**
 * Every step the questions need, in the order they run. The first ones (clearing, counts,
 * OVERLAPS, COLLEAGUES_IN/AT) are the base most questions read; the rest serve one question each.
 */
export const STEPS = {
  // Clearing in one transaction fails at germany-x5 (~1.8 million relationships): alone, batched.
  clear: statement('derive/clear-overlaps', async (store) => {
    await store.autoCommit('derive/clear-overlaps-batched');
  }),
  counts: statement('derive/count-members'),
  overlapsByAuthorities: statement('derive/overlaps-by-authorities'),
  overlapsByPersons: statement('derive/overlaps-by-persons'),
  overlapsByTopics: statement('derive/overlaps-by-topics'),
  colleagues: statement('derive/colleagues'),
  topicRedundancyRanks: statement('derive/topic-redundancy-ranks'),
  colleagueRanks: statement('derive/colleague-ranks'),

  /** Each network's overlap-matrix row, read as lists and stored as text (matrixRows.ts). */
  matrixRows: {
    name: 'derive/matrix-rows',
    run: async (tx) => {
      const read = await tx.run<Record<'network' | 'partnersA' | 'sharedA' | 'partnersP' | 'sharedP', unknown>>('derive/matrix-projection');
      const rows = read.map((r) => ({
        network: r.network as string,
        pairsA: encodeMatrixPairs(numbers(r.partnersA), numbers(r.sharedA)),
        pairsP: encodeMatrixPairs(numbers(r.partnersP), numbers(r.sharedP)),
      }));
      await tx.run('derive/store-matrix-rows', { rows });
    },
  },

  /** Louvain communities of all networks from their OVERLAPS, stored on the networks (communities.ts). */
  communities: {
    name: 'derive/communities',
    run: async (tx) => {
      const [record] = await tx.run<{ ids: string[] | null; pairs: unknown[][] | null }>('derive/community-projection');
      const ids = record?.ids ?? [];
      const rows = (record?.pairs ?? []).map((pair) => pair.map(Number) as RankedPair);
      const { communities, modularity } = partition(
        ids,
        pairsFromRanks((rank) => ids[rank], rows),
        STORED_RESOLUTION,
      );
      await tx.run('derive/store-communities', {
        rows: Object.entries(communities).map(([id, community]) => ({ id, community: neo4j.int(community) })),
        modularity,
        resolution: STORED_RESOLUTION,
      });
    },
  },

  /** The map's positions of every node the landscape draws (layout.ts), stored in one node. */
  layout: {
    name: 'derive/layout',
    run: async (tx) => {
      const [record] = await tx.run<{ nodes: [string, string, string | null, boolean][] | null; edges: [string, string][] | null }>(
        'derive/layout-projection',
      );
      const nodes = (record?.nodes ?? []).map(([id, kind, bundesland, umbrella]) => ({ id, kind, bundesland, umbrella }));
      const edges = (record?.edges ?? []).map(([source, target]) => ({ source, target }));
      const positions = layoutLandscape(nodes, edges);
      const ids = [...positions.keys()];
      const round = (v: number) => Math.round(v * 10) / 10;
      await tx.run('derive/store-layout', {
        ids,
        x: ids.map((id) => round(positions.get(id)?.[0] ?? 0)),
        y: ids.map((id) => round(positions.get(id)?.[1] ?? 0)),
      });
    },
  },
} satisfies Record<string, DeriveStep>;
