// The overlap questions that have a stored answer: per question the statement that reads what
// was derived at load (stored), the statement that computes it on the spot (live), when the
// stored one answers the arguments asked, how a stored row becomes the answer (undefined where
// the store lacks it: derived by an older version), the steps that derive it, and its version.
// `ask` decides stored or live; a resolver only says which question and with which arguments.
//
// Changing the shape of one derived fact: its statements, its steps and its version, here.

import type { Params } from '../db/store.js';
import { shownGroupSize } from '../privacy.js';
import { type Partition, pairsFromRanks, partition, type RankedPair, STORED_RESOLUTION } from './communities.js';
import { decodeMatrixPairs, type MatrixRead, type MatrixRowRead } from './matrixRows.js';
import { type ShownGroup, shownGroupsPage } from './shownGroups.js';
import { type DeriveStep, STEPS } from './steps.js';

/** One page of a list and its total (`hidden`: persons the viewer may not see). */
export interface StoredPage {
  total: number;
  items: unknown[];
  hidden?: number;
}

export interface Question<P, A> {
  stored: string;
  live: string;
  /** Whether the stored data answers these arguments; else only the live statement is asked. */
  storedAnswers(params: P): boolean;
  /**
   * The answer from the stored statement's first row; undefined where the store lacks it. It may
   * read more (the groups of a page chosen from the first row).
   */
  fromStored(row: Record<string, unknown> | undefined, params: P, read: Read): A | undefined | Promise<A | undefined>;
  /** The answer from the live statement's first row. */
  fromLive(row: Record<string, unknown> | undefined, params: P): A;
  /** The steps that write what `stored` reads, beyond the base steps (steps.ts). */
  derive: DeriveStep[];
  /** Raise it whenever what `derive` writes changes shape: stores of another version are derived anew. */
  version: number;
}

const question = <P, A>(q: Question<P, A>) => q;

/** Pages: the stored statement tells with `complete` whether the store has its ranking. */
const storedPage = (row: Record<string, unknown> | undefined): StoredPage | undefined =>
  row?.complete ? { total: row.total as number, items: row.items as unknown[], hidden: row.hidden as number | undefined } : undefined;
const livePage = (row: Record<string, unknown> | undefined) => (row ?? { total: 0, items: [] }) as unknown as StoredPage;

export interface DuplicateParams {
  authority: string | null;
  network: string | null;
  networks: string[] | null;
  /** The data switch: the stored ranking counts both, so one scope is counted on the spot. */
  synthetic: boolean | null;
  minPersons: number;
  offset: number;
  limit: number;
}

/** A group as the statements read it: its rank, its persons, and how many of them the viewer may not see. */
interface GroupRead {
  rank: number;
  personCount: number;
  hiddenCount: number;
}

/**
 * Duplicate groups: the stored statement gives the ranking's tiers and the groups this viewer
 * sees otherwise (shownGroups.ts chooses the page's ranks), then the page's groups are read by
 * rank. Read in a second statement, a group can have changed in between (a consent narrowed
 * before the ranking is derived anew): one that is then below the size asked is left out.
 */
const duplicates = (stored: string, byRank: string, live: string) =>
  question<DuplicateParams, StoredPage>({
    stored,
    live,
    storedAnswers: (p) => p.authority === null && p.network === null && p.networks === null && p.synthetic === null,
    fromStored: async (row, p, read) => {
      if (!row?.complete) return undefined;
      const { total, page } = shownGroupsPage({
        sizes: row.sizes as number[],
        partly: row.partly as boolean[],
        ends: row.ends as number[],
        moved: row.moved as ShownGroup[],
        minPersons: p.minPersons,
        offset: p.offset,
        limit: p.limit,
      });
      if (page.length === 0) return { total, items: [] };
      const [groups] = await read(byRank, { ...p, ranks: page.map((g) => g.rank) });
      const found = new Map(((groups?.items ?? []) as GroupRead[]).map((g) => [g.rank, g]));
      const items = page
        .map((planned) => found.get(planned.rank))
        .filter(
          (g): g is GroupRead =>
            g !== undefined && shownGroupSize(g.personCount, g.personCount - g.hiddenCount) >= Math.max(p.minPersons, 2),
        );
      return { total, items };
    },
    fromLive: livePage,
    derive: [STEPS.colleagueRanks],
    // 2: the ranking by what anyone may learn of a group (size, partly), in tiers.
    // 3: each group keeps the ids of its persons who take part publicly.
    version: 3,
  });

/** A network as the cluster statements read it, with its community where one is stored. */
export interface ClusterNetworkRead {
  id: string;
  rank?: number;
  community?: number | null;
  topics: { id: string }[];
}

export const QUESTIONS = {
  authorityOverlaps: question<{ topic: string | null; networks: string[] | null }, StoredPage>({
    stored: 'overlap/authority-overlaps-all',
    live: 'overlap/authority-overlaps',
    storedAnswers: (p) => p.topic === null && p.networks === null,
    fromStored: livePage,
    fromLive: livePage,
    // The network count per authority: a base step.
    derive: [],
    version: 1,
  }),

  topicRedundancy: question<
    { minSharedTopics: number; minSharedMembers: number; includeRelated: boolean; networks: string[] | null },
    StoredPage
  >({
    stored: 'overlap/topic-redundancy-ranked',
    live: 'overlap/topic-redundancy',
    storedAnswers: (p) => p.minSharedTopics === 1 && p.minSharedMembers === 0 && !p.includeRelated && p.networks === null,
    fromStored: storedPage,
    fromLive: livePage,
    derive: [STEPS.topicRedundancyRanks],
    version: 1,
  }),

  duplicateParticipation: duplicates(
    'overlap/duplicate-participation-groups',
    'overlap/duplicate-participation-ranked',
    'overlap/duplicate-participation',
  ),
  duplicateAttendance: duplicates(
    'overlap/duplicate-attendance-groups',
    'overlap/duplicate-attendance-ranked',
    'overlap/duplicate-attendance',
  ),

  overlapMatrix: question<
    { networks: string[] | null; level: string | null; topic: string | null; synthetic: boolean | null; minShared: number },
    MatrixRead
  >({
    stored: 'overlap/overlap-matrix-all',
    live: 'overlap/overlap-matrix',
    storedAnswers: (p) => p.networks === null && p.level === null && p.topic === null && p.synthetic === null,
    // Each network's row as text "rank:shared,…"; `complete` is false where a row is missing.
    fromStored: (row, p) => {
      if (!row?.complete) return undefined;
      const rows = (row.rows as [number, string][]).map(([rank, text]): MatrixRowRead => {
        const { partners, shared } = decodeMatrixPairs(text, p.minShared);
        return [rank, partners, shared];
      });
      return { networks: row.networks as MatrixRead['networks'], rows };
    },
    fromLive: (row) => ({ networks: [], rows: [], ...row }) as MatrixRead,
    derive: [STEPS.matrixRows],
    version: 1,
  }),

  clusters: question<{ networks: string[] | null; resolution: number }, { networks: ClusterNetworkRead[]; partition: Partition }>({
    stored: 'overlap/clusters-stored',
    live: 'overlap/cluster-projection',
    storedAnswers: (p) => p.networks === null && p.resolution === STORED_RESOLUTION,
    fromStored: (row, p) => {
      if (!row?.complete || row.resolution !== p.resolution) return undefined;
      const networks = row.networks as ClusterNetworkRead[];
      const communities = Object.fromEntries(networks.map((n) => [n.id, n.community as number]));
      return { networks, partition: { communities, modularity: (row.modularity as number | null) ?? 0 } };
    },
    // Louvain on the spot: the networks in scope and, for each pair sharing anything, its counts.
    fromLive: (row, p) => {
      const networks = (row?.networks ?? []) as ClusterNetworkRead[];
      if (networks.length === 0) return { networks, partition: { communities: {}, modularity: 0 } };
      const idOf = new Map(networks.map((n) => [n.rank, n.id]));
      const pairs = pairsFromRanks((rank) => idOf.get(rank), (row?.pairs ?? []) as RankedPair[]);
      return {
        networks,
        partition: partition(
          networks.map((n) => n.id),
          pairs,
          p.resolution,
        ),
      };
    },
    derive: [STEPS.communities],
    version: 1,
  }),
};

export type QuestionName = keyof typeof QUESTIONS;
export type ParamsOf<Q extends QuestionName> = Parameters<(typeof QUESTIONS)[Q]['storedAnswers']>[0];
export type AnswerOf<Q extends QuestionName> = ReturnType<(typeof QUESTIONS)[Q]['fromLive']>;

/** Runs a named statement with parameters and returns its rows (the server adds the viewer's). */
export type Read = (statement: string, params: Params) => Promise<Record<string, unknown>[]>;

/**
 * The answer to a question: from the stored data where it answers these arguments and the store
 * has it, else computed on the spot. `params` go to both statements as they are.
 */
export async function ask<Q extends QuestionName>(read: Read, name: Q, params: ParamsOf<Q>): Promise<AnswerOf<Q>> {
  const q = QUESTIONS[name] as unknown as Question<ParamsOf<Q>, AnswerOf<Q>>;
  if (q.storedAnswers(params)) {
    const [row] = await read(q.stored, params as Params);
    const answer = await q.fromStored(row, params, read);
    if (answer !== undefined) return answer;
  }
  const [row] = await read(q.live, params as Params);
  return q.fromLive(row, params);
}
