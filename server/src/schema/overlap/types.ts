// Object types of the overlap answers: similarity figures, similar networks with their shared
// members, the overlap matrix, duplicate participation, redundancy candidates, paths,
// recommendations, innovation transfer and clusters.

import { builder } from '../../builder.js';
import { byId, grouped, paged } from '../common/loaders.js';
import { pagedConnection } from '../common/paging.js';
import { hiddenCountFields, PersonCountRef, personCount } from '../common/privacy.js';
import { NodeRef } from '../common/types.js';
import {
  AuthorityRef,
  EventRef,
  type EventRow,
  InnovationRef,
  type InnovationRow,
  NetworkRef,
  type NetworkRow,
  type OrganisationRow,
  PersonRef,
  type PersonRow,
  TopicRef,
  type TopicRow,
} from '../refs.js';
import type { MatrixColumns, MatrixNetwork } from './matrix.js';
import type { Similarity } from './similarity.js';

export const SimilarityBasisEnum = builder.enumType('SimilarityBasis', {
  description: 'What two networks are compared by.',
  values: {
    AUTHORITIES: { description: 'Authorities that are members of both.' },
    PERSONS: { description: 'Persons who take part in both (fewer than 3 count as none, see SimilarNetwork.persons).' },
    TOPICS: { description: 'Topics both cover.' },
    ALL: { description: 'The mean of the three Jaccard indexes.' },
  } as const,
});

export const MemberBasisEnum = builder.enumType('MemberBasis', {
  values: { AUTHORITIES: {}, PERSONS: {} } as const,
});

export const SimilarityRef = builder.objectRef<Similarity>('Similarity').implement({
  description: 'How much two sets overlap.',
  fields: (t) => ({
    shared: t.exposeInt('shared', { description: 'Size of the intersection.' }),
    jaccard: t.exposeFloat('jaccard', { description: '|A∩B| / |A∪B|, 0 to 1.' }),
    overlap: t.exposeFloat('overlap', { description: 'Overlap coefficient |A∩B| / min(|A|, |B|), 0 to 1.' }),
  }),
});

export interface SimilarNetworkRow {
  source: string;
  network: NetworkRow;
  score: number;
  authorities: Similarity;
  persons: Similarity;
  topics: Similarity;
}

export const SimilarNetworkRef = builder.objectRef<SimilarNetworkRow>('SimilarNetwork').implement({
  fields: (t) => ({
    network: t.field({ type: NetworkRef, resolve: (s) => s.network }),
    score: t.exposeFloat('score', { description: 'The Jaccard index of the chosen basis (the mean for ALL).' }),
    authorities: t.field({ type: SimilarityRef, resolve: (s) => s.authorities }),
    persons: t.field({
      type: SimilarityRef,
      description:
        'Shared persons, including persons the viewer may not see; fewer than 3 count as none, since so few could single out persons who did not consent.',
      resolve: (s) => s.persons,
    }),
    topics: t.field({ type: SimilarityRef, resolve: (s) => s.topics }),
    sharedAuthorities: t.connection(
      {
        type: AuthorityRef,
        resolve: (s, args, ctx) =>
          pagedConnection(args, (page) =>
            paged<OrganisationRow>(ctx, 'overlap/shared-members').load({ id: `${s.source}|${s.network.id}|AUTHORITIES`, ...page }),
          ),
      },
      { name: 'SharedAuthorityConnection' },
    ),
    sharedPersons: t.connection(
      {
        type: PersonRef,
        description: 'Persons in both networks: those the viewer may see; hiddenCount counts the others.',
        resolve: (s, args, ctx) =>
          pagedConnection(args, (page) =>
            paged<PersonRow>(ctx, 'overlap/shared-members').load({ id: `${s.source}|${s.network.id}|PERSONS`, ...page }),
          ),
      },
      { name: 'SharedPersonConnection', fields: hiddenCountFields },
    ),
    sharedTopics: t.field({
      type: [TopicRef],
      resolve: async (s, _args, ctx) => {
        const [mine, theirs] = await Promise.all([
          grouped<TopicRow>(ctx, 'network/topics-of-networks').load(s.source),
          grouped<TopicRow>(ctx, 'network/topics-of-networks').load(s.network.id),
        ]);
        const ids = new Set(theirs.map((x) => x.id));
        return mine.filter((x) => ids.has(x.id));
      },
    }),
  }),
});

export interface AuthorityOverlapRow {
  authority: OrganisationRow;
  networkCount: number;
  networks: NetworkRow[];
}

export const AuthorityOverlapRef = builder.objectRef<AuthorityOverlapRow>('AuthorityOverlap').implement({
  description: 'An authority that is a member of several networks.',
  fields: (t) => ({
    authority: t.field({ type: AuthorityRef, resolve: (r) => r.authority }),
    networkCount: t.exposeInt('networkCount'),
    networks: t.field({ type: [NetworkRef], resolve: (r) => r.networks }),
  }),
});

export interface MatrixCellRow extends Similarity {
  a: string;
  b: string;
  i: number;
  j: number;
}

export const MatrixNetworkRef = builder.objectRef<MatrixNetwork>('MatrixNetwork').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName', { nullable: true }),
    size: t.exposeInt('size', { description: 'Members (authorities or persons, by the basis).' }),
    index: t.exposeInt('index', { description: 'Row and column of this network in the matrix.' }),
  }),
});

export const MatrixCellRef = builder.objectRef<MatrixCellRow>('MatrixCell').implement({
  description: 'One pair of networks that shares members (i < j); pairs that share nothing are left out.',
  fields: (t) => ({
    a: t.exposeID('a'),
    b: t.exposeID('b'),
    i: t.exposeInt('i'),
    j: t.exposeInt('j'),
    shared: t.exposeInt('shared'),
    jaccard: t.exposeFloat('jaccard'),
    overlap: t.exposeFloat('overlap'),
  }),
});

export interface OverlapMatrixRow {
  basis: 'AUTHORITIES' | 'PERSONS';
  networks: MatrixNetwork[];
  columns: MatrixColumns;
}

export const MatrixColumnsRef = builder.objectRef<MatrixColumns>('MatrixColumns').implement({
  description: 'The same cells column by column (entry k of each list is one pair): compact for matrices of hundreds of networks.',
  fields: (t) => ({
    i: t.exposeIntList('i'),
    j: t.exposeIntList('j'),
    shared: t.exposeIntList('shared'),
    jaccard: t.exposeFloatList('jaccard'),
    overlap: t.exposeFloatList('overlap'),
  }),
});

export const OverlapMatrixRef = builder.objectRef<OverlapMatrixRow>('OverlapMatrix').implement({
  description: 'Pairwise similarity of networks, ready for a heat map.',
  fields: (t) => ({
    basis: t.field({ type: MemberBasisEnum, resolve: (m) => m.basis }),
    networks: t.field({ type: [MatrixNetworkRef], resolve: (m) => m.networks }),
    cells: t.field({
      type: [MatrixCellRef],
      resolve: ({ networks, columns: c }) =>
        c.i.map((i, k) => {
          const j = c.j[k] as number;
          return {
            a: (networks[i] as MatrixNetwork).id,
            b: (networks[j] as MatrixNetwork).id,
            i,
            j,
            shared: c.shared[k] as number,
            jaccard: c.jaccard[k] as number,
            overlap: c.overlap[k] as number,
          };
        }),
    }),
    columns: t.field({ type: MatrixColumnsRef, resolve: (m) => m.columns }),
  }),
});

/**
 * A group of colleagues as the statements read it (cypher/overlap/duplicate-*.cypher): the
 * persons the viewer may see (with every property only when the query asks for more than their
 * ids), how many the group has, and how many of those the viewer may not see.
 */
interface DuplicateGroupRow {
  authority: OrganisationRow;
  personCount: number;
  hiddenCount: number;
  persons: PersonRow[];
}

export interface DuplicateInNetworkRow extends DuplicateGroupRow {
  network: NetworkRow;
}

export interface DuplicateAtEventRow extends DuplicateGroupRow {
  event: EventRow;
}

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** What a group of persons of one authority shows, in a network or at an event alike. */
function groupFields<T extends DuplicateGroupRow>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, T>) {
  return {
    personCount: t.field({
      type: PersonCountRef,
      description: 'All persons of the group, including those the viewer may not see.',
      resolve: (d) => personCount(d.personCount, d.hiddenCount),
    }),
    hiddenCount: t.field({
      type: PersonCountRef,
      description: 'Persons of the group the viewer may not see: counted, never listed.',
      resolve: (d) => personCount(d.hiddenCount, d.hiddenCount),
    }),
    persons: t.field({
      type: [PersonRef],
      description: 'The persons of the group the viewer may see, by id (at most maxPersons).',
      resolve: (d) => d.persons,
    }),
  };
}

export const DuplicateInNetworkRef = builder.objectRef<DuplicateInNetworkRow>('DuplicateInNetwork').implement({
  description: 'Several persons of one authority who take part in the same network.',
  fields: (t) => ({
    authority: t.field({ type: AuthorityRef, resolve: (d) => d.authority }),
    network: t.field({ type: NetworkRef, resolve: (d) => d.network }),
    ...groupFields(t),
  }),
});

export const DuplicateAtEventRef = builder.objectRef<DuplicateAtEventRow>('DuplicateAtEvent').implement({
  description: 'Several persons of one authority who attended the same event.',
  fields: (t) => ({
    authority: t.field({ type: AuthorityRef, resolve: (d) => d.authority }),
    event: t.field({ type: EventRef, resolve: (d) => d.event }),
    ...groupFields(t),
  }),
});

export interface TopicRedundancyRow {
  a: NetworkRow;
  b: NetworkRow;
  sharedTopics: TopicRow[];
  sharedAuthorities: number;
  topicJaccard: number;
  memberJaccard: number;
  score: number;
  related: boolean;
}

export const TopicRedundancyRef = builder.objectRef<TopicRedundancyRow>('TopicRedundancy').implement({
  description: 'Two networks on the same topics: a candidate for cooperation or merging.',
  fields: (t) => ({
    a: t.field({ type: NetworkRef, resolve: (r) => r.a }),
    b: t.field({ type: NetworkRef, resolve: (r) => r.b }),
    sharedTopics: t.field({ type: [TopicRef], resolve: (r) => r.sharedTopics }),
    sharedAuthorities: t.exposeInt('sharedAuthorities'),
    topicJaccard: t.exposeFloat('topicJaccard'),
    memberJaccard: t.exposeFloat('memberJaccard', { description: 'Jaccard index of their member authorities.' }),
    score: t.exposeFloat('score', { description: 'topicJaccard + memberJaccard.' }),
    related: t.exposeBoolean('related', { description: 'One is part of the other, or both are parts of one network.' }),
  }),
});

export interface PathRow {
  nodes: { id: string; isAuthority?: boolean }[];
  relations: string[];
}

export const PathStepRef = builder.objectRef<{ node: PathRow['nodes'][number]; via: string | null }>('PathStep').implement({
  fields: (t) => ({
    node: t.field({
      type: NodeRef,
      description: 'An Authority, Network or Person (with viaPersons: only persons the viewer may see).',
      resolve: (s) => s.node,
    }),
    via: t.exposeString('via', { nullable: true, description: 'The relation to the next step (null on the last).' }),
  }),
});

export const AuthorityPathRef = builder.objectRef<PathRow>('AuthorityPath').implement({
  description: 'How two authorities are connected: who could introduce whom.',
  fields: (t) => ({
    hops: t.int({ description: 'Relations on the way.', resolve: (p) => p.relations.length }),
    steps: t.field({
      type: [PathStepRef],
      resolve: (p) => p.nodes.map((node, i) => ({ node, via: p.relations[i] ?? null })),
    }),
  }),
});

export interface RecommendationRow {
  network: NetworkRow;
  topicMatches: number;
  peers: number;
}

export const RecommendationRef = builder.objectRef<RecommendationRow>('NetworkRecommendation').implement({
  fields: (t) => ({
    network: t.field({ type: NetworkRef, resolve: (r) => r.network }),
    topicMatches: t.exposeInt('topicMatches', { description: 'How many of the topics the network covers.' }),
    peers: t.exposeInt('peers', { description: 'Authorities sharing a network with this one that are members there.' }),
  }),
});

export interface ReportRow {
  authorityId: string;
  reportedBy: string | null;
  reportedAt: string;
}

export interface TransferRow {
  network: NetworkRow;
  innovations: { innovation: InnovationRow; adopters: OrganisationRow[]; reports?: ReportRow[] }[];
  memberCount: number;
  memberAdopterCount: number;
  adoptedCount: number;
  reportedAdoptionCount?: number;
}

const ReportedAdoptionRef = builder.objectRef<ReportRow>('ReportedAdoption').implement({
  description: 'An adoption reported through the app (reportAdoption): by whom and when.',
  fields: (t) => ({
    authority: t.field({
      type: AuthorityRef,
      nullable: true,
      resolve: (r, _args, ctx) => byId<OrganisationRow>(ctx, 'organisation/get-authorities').load(r.authorityId),
    }),
    reportedAt: t.exposeString('reportedAt'),
    reportedBy: t.field({
      type: PersonRef,
      nullable: true,
      description: 'Who reported it: only where the viewer may see that person (else null; also once the person is erased).',
      resolve: (r, _args, ctx) => (r.reportedBy ? byId<PersonRow>(ctx, 'person/get-persons').load(r.reportedBy) : null),
    }),
  }),
});

export const TransferredInnovationRef = builder.objectRef<TransferRow['innovations'][number]>('TransferredInnovation').implement({
  fields: (t) => ({
    innovation: t.field({ type: InnovationRef, resolve: (r) => r.innovation }),
    adopters: t.field({ type: [AuthorityRef], resolve: (r) => r.adopters }),
    reportedAdoptions: t.field({ type: [ReportedAdoptionRef], resolve: (r) => r.reports ?? [] }),
  }),
});

export const NetworkTransferRef = builder.objectRef<TransferRow>('NetworkInnovationTransfer').implement({
  fields: (t) => ({
    network: t.field({ type: NetworkRef, resolve: (r) => r.network }),
    innovations: t.field({ type: [TransferredInnovationRef], resolve: (r) => r.innovations }),
    innovationCount: t.int({ resolve: (r) => r.innovations.length }),
    adoptedCount: t.exposeInt('adoptedCount', { description: 'Innovations adopted by at least one authority.' }),
    reportedAdoptionCount: t.int({
      description: 'Adoptions of its innovations reported through the app (reportAdoption), among all adoptions.',
      resolve: (r) => r.reportedAdoptionCount ?? 0,
    }),
    adoptionShare: t.float({
      description: 'adoptedCount / innovationCount.',
      resolve: (r) => (r.innovations.length === 0 ? 0 : r.adoptedCount / r.innovations.length),
    }),
    memberCount: t.exposeInt('memberCount'),
    memberAdopterCount: t.exposeInt('memberAdopterCount', {
      description: 'Member authorities that adopted an innovation of this network.',
    }),
    memberAdoptionShare: t.float({
      description: 'memberAdopterCount / memberCount.',
      resolve: (r) => (r.memberCount === 0 ? 0 : r.memberAdopterCount / r.memberCount),
    }),
  }),
});

export interface KindCountRow {
  kind: string;
  innovations: number;
  adopted: number;
}

export const KindCountRef = builder.objectRef<KindCountRow>('InnovationKindCount').implement({
  fields: (t) => ({
    kind: t.exposeString('kind'),
    innovations: t.exposeInt('innovations'),
    adopted: t.exposeInt('adopted'),
  }),
});

export const TransferReportRef = builder
  .objectRef<{ networks: TransferRow[]; byKind: KindCountRow[] }>('InnovationTransferReport')
  .implement({
    fields: (t) => ({
      networks: t.field({ type: [NetworkTransferRef], resolve: (r) => r.networks }),
      byKind: t.field({ type: [KindCountRef], resolve: (r) => r.byKind }),
    }),
  });

export interface ClusterRow {
  id: number;
  networks: NetworkRow[];
  dominantTopics: (TopicRow & { count: number })[];
}

export const ClusterRef = builder.objectRef<ClusterRow>('Cluster').implement({
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'Clusters are numbered by size, largest first.' }),
    size: t.int({ resolve: (c) => c.networks.length }),
    networks: t.field({ type: [NetworkRef], resolve: (c) => c.networks }),
    dominantTopics: t.field({
      type: [TopicRef],
      description: 'Up to three topics most networks of the cluster cover.',
      resolve: (c) => c.dominantTopics,
    }),
  }),
});

export const ClusterReportRef = builder.objectRef<{ modularity: number; clusters: ClusterRow[] }>('ClusterReport').implement({
  fields: (t) => ({
    modularity: t.exposeFloat('modularity'),
    clusters: t.field({ type: [ClusterRef], resolve: (r) => r.clusters }),
  }),
});
