// The questions of the "Netzwerkgewirr" as top-level fields. Each is one Cypher statement from
// cypher/overlap (or one graph-library call on a projection fetched in one statement); every
// list is ordered with ties broken by id, so answers are stable.

import { pairsFromRanks, type RankedPair, STORED_RESOLUTION } from '@netzwerkatlas/seed/communities';
import { decodeMatrixPairs } from '@netzwerkatlas/seed/matrixRows';
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { SMALL_COUNT } from '../../privacy.js';
import { badInput, notFound } from '../common/errors.js';
import { today } from '../common/fields.js';
import { type PageRequest, readPage, readRankedPage, readRows } from '../common/loaders.js';
import { type ConnectionArgs, pagedConnection } from '../common/paging.js';
import { selectsOnly } from '../common/selection.js';
import { InnovationKindEnum, LevelEnum } from '../common/types.js';
import type { NetworkRow, TopicRow } from '../refs.js';
import { clusterNetworks, groupClusters } from './clusters.js';
import { buildMatrix, type MatrixNetworkRead, type MatrixRowRead } from './matrix.js';
import {
  AuthorityOverlapRef,
  type AuthorityOverlapRow,
  AuthorityPathRef,
  ClusterReportRef,
  DuplicateAtEventRef,
  type DuplicateAtEventRow,
  DuplicateInNetworkRef,
  type DuplicateInNetworkRow,
  MemberBasisEnum,
  OverlapMatrixRef,
  type OverlapMatrixRow,
  type PathRow,
  RecommendationRef,
  type RecommendationRow,
  SimilarityBasisEnum,
  SimilarNetworkRef,
  type SimilarNetworkRow,
  TopicRedundancyRef,
  type TopicRedundancyRow,
  TransferReportRef,
  type TransferRow,
} from './types.js';

type ClusterNetwork = NetworkRow & { rank: number; community?: number | null; topics: TopicRow[] };

/** A scope of networks: null means all; an empty list is an error, not "nothing". */
function scope(networks: readonly (string | number)[] | null | undefined): string[] | null {
  if (networks == null) return null;
  if (networks.length === 0) throw badInput('networks must not be empty (leave it out for all networks)', 'networks');
  return networks.map(String);
}

const NETWORKS_SCOPE = { description: 'Only among these networks (default: all networks).' };
/** The data switch of the overlap questions: for networks and for the relationships counted. */
const DATA_SCOPE = {
  description:
    'true: only Beispieldaten; false: only facts from the sources. Applies to the networks and to the memberships, participations and topic links counted (a relationship is Beispieldaten when it or the node at its other end is). Default: both.',
};

interface DuplicateArgs {
  authority: string | null;
  network: string | null;
  networks: string[] | null;
  synthetic: boolean | null;
  minPersons: number;
  maxPersons: number;
}

/** innovationTransfer: fields of innovations and adopters answered from a brief projection. */
const INNOVATION_BRIEF_FIELDS = ['id', 'title', 'kind', 'synthetic', 'emergedIn'];
const ADOPTER_BRIEF_FIELDS = ['id', 'name'];

/** What a person needs from the database when a query asks only for these fields. */
const PERSON_ID_FIELDS = ['id', 'authority'];

/**
 * One list of the duplicate report: without authority or network filters its groups are read
 * from the ranking derived at load, else ranked on the spot. Persons come with every property
 * only when the query asks for more than their id (a page holds up to 2,000 persons).
 */
const duplicateGroups =
  <T>(statements: { ranked: string; full: string }) =>
  (args: DuplicateArgs, page: ConnectionArgs, ctx: Context, info: GraphQLResolveInfo) => {
    const personDetails = !selectsOnly(info, ['edges', 'node', 'persons'], PERSON_ID_FIELDS);
    const ranked = args.authority === null && args.network === null && args.networks === null && args.synthetic === null;
    return pagedConnection(page, (p) => readRankedPage<T>(ctx, statements, ranked, { ...args, personDetails }, p));
  };

const DuplicateReportRef = builder.objectRef<DuplicateArgs>('DuplicateParticipationReport').implement({
  description: 'Persons of one authority who take part in the same network, or attended the same event.',
  fields: (t) => ({
    inNetworks: t.connection(
      {
        type: DuplicateInNetworkRef,
        resolve: duplicateGroups<DuplicateInNetworkRow>({
          ranked: 'overlap/duplicate-participation-ranked',
          full: 'overlap/duplicate-participation',
        }),
      },
      { name: 'DuplicateInNetworkConnection' },
    ),
    atEvents: t.connection(
      {
        type: DuplicateAtEventRef,
        resolve: duplicateGroups<DuplicateAtEventRow>({
          ranked: 'overlap/duplicate-attendance-ranked',
          full: 'overlap/duplicate-attendance',
        }),
      },
      { name: 'DuplicateAtEventConnection' },
    ),
  }),
});

builder.queryFields((t) => ({
  authorityOverlaps: t.connection(
    {
      type: AuthorityOverlapRef,
      description: 'Authorities that are members of at least minNetworks networks, most networks first.',
      args: {
        minNetworks: t.arg.int({ required: true }),
        level: t.arg({ type: LevelEnum }),
        bundesland: t.arg.string(),
        topic: t.arg.id({ description: 'Count only networks covering this topic (or a subtopic).' }),
        networks: t.arg.idList(NETWORKS_SCOPE),
      },
      resolve: (_root, args, ctx) => {
        if (args.minNetworks < 1) throw badInput('minNetworks must be at least 1', 'minNetworks');
        const params = {
          minNetworks: args.minNetworks,
          level: args.level ?? null,
          bundesland: args.bundesland ?? null,
          topic: args.topic ?? null,
          networks: scope(args.networks),
        };
        // Without a topic or network scope the derived network count per authority answers it.
        const statement =
          params.topic === null && params.networks === null ? 'overlap/authority-overlaps-all' : 'overlap/authority-overlaps';
        return pagedConnection(args, (page) => readPage<AuthorityOverlapRow>(ctx, statement, params, page));
      },
    },
    { name: 'AuthorityOverlapConnection' },
  ),

  networkSimilarity: t.connection(
    {
      type: SimilarNetworkRef,
      description: 'The networks most similar to one network, with shared authorities, persons and topics.',
      args: {
        network: t.arg.id({ required: true }),
        by: t.arg({ type: SimilarityBasisEnum, defaultValue: 'ALL' }),
        networks: t.arg.idList(NETWORKS_SCOPE),
        synthetic: t.arg.boolean(DATA_SCOPE),
      },
      resolve: async (_root, args, ctx) => {
        const network = String(args.network);
        const synthetic = args.synthetic ?? null;
        const params = { network, by: args.by ?? 'ALL', networks: scope(args.networks), smallCount: SMALL_COUNT, synthetic };
        // One data scope is counted on the spot; both together are read from the derived counts.
        const statement = synthetic === null ? 'overlap/network-similarity' : 'overlap/network-similarity-scoped';
        let found = true;
        const connection = await pagedConnection(args, async (page) => {
          const result = await readPage<Omit<SimilarNetworkRow, 'source'>>(ctx, statement, params, page);
          found = (result as { found?: boolean }).found !== false;
          return { total: result.total, items: result.items.map((item) => ({ ...item, source: network })) };
        });
        if (!found) throw notFound('Network', network);
        return connection;
      },
    },
    { name: 'SimilarNetworkConnection' },
  ),

  overlapMatrix: t.field({
    type: OverlapMatrixRef,
    description: 'Pairwise similarity of networks (all, a list, or filtered) by shared authorities or persons.',
    args: {
      by: t.arg({ type: MemberBasisEnum, defaultValue: 'AUTHORITIES' }),
      networks: t.arg.idList(NETWORKS_SCOPE),
      level: t.arg({ type: LevelEnum }),
      topic: t.arg.id(),
      synthetic: t.arg.boolean(DATA_SCOPE),
      minShared: t.arg.int({
        defaultValue: 1,
        description:
          'Only pairs sharing at least this many (the threshold). By PERSONS at least 3, and only networks with at least 3 participants: smaller counts could single out persons who did not consent.',
      }),
      digits: t.arg.int({
        defaultValue: 4,
        description: 'Decimals of jaccard and overlap (0 to 15; null: unrounded). Exact values follow from shared and the sizes.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const basis = args.by ?? 'AUTHORITIES';
      if ((args.minShared ?? 1) < 1) throw badInput('minShared must be at least 1', 'minShared');
      // By persons, counts below 3 are withheld (server/src/privacy.ts): pairs sharing fewer are
      // left out, and so are networks with fewer participants (they could share no more).
      const minShared = basis === 'PERSONS' ? Math.max(args.minShared ?? 1, SMALL_COUNT) : (args.minShared ?? 1);
      const digits = args.digits === undefined ? 4 : args.digits;
      if (digits !== null && !(digits >= 0 && digits <= 15)) throw badInput('digits must be between 0 and 15 (or null)', 'digits');
      const params = {
        by: basis,
        networks: scope(args.networks),
        level: args.level ?? null,
        topic: args.topic ?? null,
        synthetic: args.synthetic ?? null,
        minShared,
      };
      type Read = { networks: MatrixNetworkRead[]; rows: MatrixRowRead[] };
      type Stored = { networks: MatrixNetworkRead[]; rows: [number, string][]; complete: boolean };
      const unfiltered = params.networks === null && params.level === null && params.topic === null && params.synthetic === null;
      // All networks: the matrix rows derived at load time (as text), unless the store predates them.
      const [stored] = unfiltered ? await readRows<Stored>(ctx, 'overlap/overlap-matrix-all', params) : [];
      let read: Read | undefined;
      if (stored?.complete) {
        const rows = stored.rows.map(([rank, text]): MatrixRowRead => {
          const { partners, shared } = decodeMatrixPairs(text, minShared);
          return [rank, partners, shared];
        });
        read = { networks: stored.networks, rows };
      } else {
        [read] = await readRows<Read>(ctx, 'overlap/overlap-matrix', params);
      }
      let networks = read?.networks ?? [];
      let rows = read?.rows ?? [];
      if (basis === 'PERSONS') {
        networks = networks.filter((n) => n.size >= SMALL_COUNT);
        const kept = new Set(networks.map((n) => n.rank));
        rows = rows.filter(([rank, partners]) => kept.has(rank) && partners.length > 0);
      }
      return { basis, ...buildMatrix(networks, rows, digits) } satisfies OverlapMatrixRow;
    },
  }),

  duplicateParticipation: t.field({
    type: DuplicateReportRef,
    description: 'Several persons of one authority in the same network or at the same event (possibly uncoordinated).',
    args: {
      authority: t.arg.id(),
      network: t.arg.id(),
      networks: t.arg.idList(NETWORKS_SCOPE),
      synthetic: t.arg.boolean(DATA_SCOPE),
      minPersons: t.arg.int({ defaultValue: 2 }),
      maxPersons: t.arg.int({
        defaultValue: 100,
        description:
          'At most this many persons listed per group, by id (only persons the viewer may see; personCount counts them all); up to 1000.',
      }),
    },
    resolve: (_root, args) => {
      const minPersons = args.minPersons ?? 2;
      if (minPersons < 2) throw badInput('minPersons must be at least 2', 'minPersons');
      const maxPersons = args.maxPersons ?? 100;
      if (maxPersons < 1 || maxPersons > 1000) throw badInput('maxPersons must be between 1 and 1000', 'maxPersons');
      return {
        authority: args.authority == null ? null : String(args.authority),
        network: args.network == null ? null : String(args.network),
        networks: scope(args.networks),
        synthetic: args.synthetic ?? null,
        minPersons,
        maxPersons,
      };
    },
  }),

  topicRedundancy: t.connection(
    {
      type: TopicRedundancyRef,
      description: 'Pairs of networks on the same topics that share members: candidates for cooperation or merging.',
      args: {
        minSharedTopics: t.arg.int({ defaultValue: 1 }),
        minSharedMembers: t.arg.int({ defaultValue: 0 }),
        includeRelated: t.arg.boolean({ defaultValue: false, description: 'Also pairs where one is part of the other, or siblings.' }),
        networks: t.arg.idList(NETWORKS_SCOPE),
      },
      resolve: (_root, args, ctx) => {
        if ((args.minSharedTopics ?? 1) < 1) throw badInput('minSharedTopics must be at least 1', 'minSharedTopics');
        if ((args.minSharedMembers ?? 0) < 0) throw badInput('minSharedMembers must not be negative', 'minSharedMembers');
        const params = {
          minSharedTopics: args.minSharedTopics ?? 1,
          minSharedMembers: args.minSharedMembers ?? 0,
          includeRelated: args.includeRelated ?? false,
          networks: scope(args.networks),
        };
        // The default question reads its page of the ranking derived at load time.
        const ranked = params.minSharedTopics === 1 && params.minSharedMembers === 0 && !params.includeRelated && params.networks === null;
        return pagedConnection(args, (page) =>
          readRankedPage<TopicRedundancyRow>(
            ctx,
            { ranked: 'overlap/topic-redundancy-ranked', full: 'overlap/topic-redundancy' },
            ranked,
            params,
            page,
          ),
        );
      },
    },
    { name: 'TopicRedundancyConnection' },
  ),

  connection: t.field({
    type: AuthorityPathRef,
    nullable: true,
    description:
      'The shortest way from one authority to another through shared networks (and, with viaPersons, persons the viewer may see): who could introduce whom. Null when there is none within maxHops.',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      viaPersons: t.arg.boolean({ defaultValue: false }),
      maxHops: t.arg.int({ defaultValue: 8 }),
    },
    resolve: async (_root, args, ctx) => {
      const [from, to] = [String(args.from), String(args.to)];
      const maxHops = args.maxHops ?? 8;
      if (from === to) throw badInput('from and to must be different authorities', 'to');
      if (maxHops < 1 || maxHops > 12) throw badInput('maxHops must be between 1 and 12', 'maxHops');
      const statement = args.viaPersons ? 'overlap/connection-via-persons' : 'overlap/connection';
      const [row] = await readRows<{ fromFound: boolean; toFound: boolean } & Partial<PathRow>>(ctx, statement, { from, to, maxHops });
      if (!row?.fromFound) throw notFound('Authority', from);
      if (!row.toFound) throw notFound('Authority', to);
      return row.nodes && row.relations ? { nodes: row.nodes, relations: row.relations } : null;
    },
  }),

  recommendedNetworks: t.connection(
    {
      type: RecommendationRef,
      description:
        'Networks for an authority (or a set of topics): on its topics, where similar authorities take part, and it does not yet.',
      args: {
        authority: t.arg.id(),
        topics: t.arg.idList(),
        networks: t.arg.idList(NETWORKS_SCOPE),
        synthetic: t.arg.boolean(DATA_SCOPE),
      },
      resolve: async (_root, args, ctx) => {
        if (args.authority == null && args.topics == null) throw badInput('give an authority or topics', 'authority');
        if (args.topics != null && args.topics.length === 0) throw badInput('topics must not be empty', 'topics');
        const params = {
          authority: args.authority == null ? null : String(args.authority),
          topics: args.topics?.map(String) ?? null,
          networks: scope(args.networks),
          synthetic: args.synthetic ?? null,
          today: today(),
        };
        let found = true;
        const connection = await pagedConnection(args, async (page: PageRequest) => {
          const result = await readPage<RecommendationRow>(ctx, 'overlap/recommended-networks', params, page);
          found = (result as { found?: boolean }).found !== false;
          return result;
        });
        if (!found) throw notFound('Authority', String(args.authority));
        return connection;
      },
    },
    { name: 'NetworkRecommendationConnection' },
  ),

  innovationTransfer: t.field({
    type: TransferReportRef,
    description: 'Innovations by kind and network, the authorities that adopted them, and adoption shares.',
    args: { kind: t.arg({ type: InnovationKindEnum }), networks: t.arg.idList(NETWORKS_SCOPE) },
    resolve: async (_root, args, ctx, info) => {
      const networks = await readRows<TransferRow>(ctx, 'overlap/innovation-transfer', {
        kind: args.kind ?? null,
        networks: scope(args.networks),
        // Every property only when the query asks for more (byKind needs the kind either way).
        innovationDetails: !selectsOnly(info, ['networks', 'innovations', 'innovation'], INNOVATION_BRIEF_FIELDS),
        adopterDetails: !selectsOnly(info, ['networks', 'innovations', 'adopters'], ADOPTER_BRIEF_FIELDS),
      });
      const byKind = new Map<string, { kind: string; innovations: number; adopted: number }>();
      for (const n of networks) {
        for (const { innovation, adopters } of n.innovations) {
          const kind = innovation.kind ?? 'UNKNOWN';
          const entry = byKind.get(kind) ?? { kind, innovations: 0, adopted: 0 };
          entry.innovations += 1;
          if (adopters.length > 0) entry.adopted += 1;
          byKind.set(kind, entry);
        }
      }
      return { networks, byKind: [...byKind.values()].sort((a, b) => b.innovations - a.innovations || a.kind.localeCompare(b.kind)) };
    },
  }),

  clusters: t.field({
    type: ClusterReportRef,
    description:
      'Communities of the landscape (Louvain on networks linked by shared authorities, persons and topics). For all networks at resolution 1 this is the partition computed when the landscape was last loaded; other scopes and resolutions are computed on request.',
    args: { networks: t.arg.idList(NETWORKS_SCOPE), resolution: t.arg.float({ defaultValue: 1 }) },
    resolve: async (_root, args, ctx) => {
      const resolution = args.resolution ?? 1;
      if (!(resolution > 0 && resolution <= 10)) throw badInput('resolution must be in (0, 10]', 'resolution');
      const networksScope = scope(args.networks);
      // The whole landscape at the default resolution: the partition the last load stored.
      if (networksScope === null && resolution === STORED_RESOLUTION) {
        const [stored] = await readRows<{
          networks: Omit<ClusterNetwork, 'rank'>[];
          modularity: number | null;
          resolution: number | null;
          complete: boolean;
        }>(ctx, 'overlap/clusters-stored');
        if (stored?.complete && stored.resolution === resolution) {
          const communities = Object.fromEntries(stored.networks.map((n) => [n.id, n.community as number]));
          return groupClusters(stored.networks, { communities, modularity: stored.modularity ?? 0 });
        }
      }
      const [row] = await readRows<{ networks: ClusterNetwork[]; pairs: RankedPair[] }>(ctx, 'overlap/cluster-projection', {
        networks: networksScope,
      });
      const networks = row?.networks ?? [];
      const idOf = new Map(networks.map((n) => [n.rank, n.id]));
      return clusterNetworks(
        networks,
        pairsFromRanks((rank) => idOf.get(rank), row?.pairs ?? []),
        resolution,
      );
    },
  }),
}));
