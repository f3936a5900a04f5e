/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Access =
  | 'APPLICATION'
  | 'OPEN'
  | 'SELECTION';

/** The role a person declares for themselves; COORDINATOR is given by the network (the seed or an administrator). */
export type DeclarableRole =
  | 'ACTIVE'
  | 'MEMBER'
  | 'OBSERVER';

/** Network governance after Provan & Kenis (2007). */
export type Governance =
  | 'LEAD_ORGANISATION'
  | 'NETWORK_ADMINISTRATIVE_ORGANISATION'
  | 'SHARED';

/** Where an import from the app stands. */
export type ImportJobState =
  /** The file is being read and checked (nothing is written). */
  | 'CHECKING'
  /** Imported whole. */
  | 'DONE'
  /** Failed (the error says whether to try again); nothing was written. */
  | 'FAILED'
  /** Confirmed: the rows are being staged and published. */
  | 'IMPORTING'
  /** Checked: the preview is ready to confirm. */
  | 'PREVIEW'
  /** Refused: the problems say why; nothing was written. */
  | 'REFUSED';

/** What a file holds (docs/import.md has the column layout of each). */
export type ImportKind =
  | 'ADOPTIONS'
  | 'ATTENDANCE'
  | 'EVENTS'
  | 'INNOVATIONS'
  | 'MEMBERSHIPS'
  | 'NETWORKS'
  | 'ORGANISATIONS'
  | 'PARTICIPATIONS'
  | 'PERSONS'
  | 'TOPICS';

export type ImportReviewStatus =
  | 'ACCEPTED'
  | 'OPEN'
  | 'REJECTED'
  | 'UNDONE';

/** The five kinds of innovation the ÖFIT study distinguishes. */
export type InnovationKind =
  | 'COMMUNICATION'
  | 'KNOWLEDGE_TRANSFER'
  | 'ORGANISATIONAL'
  | 'PROCESS'
  | 'PRODUCT';

/** The kinds of node the map draws, named as their types. */
export type LandscapeNodeKind =
  | 'Authority'
  | 'Innovation'
  | 'Network'
  | 'Topic'
  | 'UmbrellaOrganisation';

export type Level =
  | 'ACROSS_LEVELS'
  | 'FEDERAL'
  | 'MUNICIPAL'
  | 'STATE';

export type MemberBasis =
  | 'AUTHORITIES'
  | 'PERSONS';

export type NetworkRelationType =
  | 'COORDINATES'
  | 'FUNDS'
  | 'HOSTS'
  | 'MEMBER_OF'
  | 'PROVIDES_CONTENT';

/** What a signed-in viewer may do and see beyond the anonymous (docs/privacy.md). */
export type Role =
  /** Reads the audit log; exports, corrects or erases a person on request; names innovation offices. */
  | 'ADMINISTRATOR'
  /** Coordinates a network (their authority coordinates it, or their role there is COORDINATOR). */
  | 'COORDINATOR'
  /** Innovation office of their authority: sees its staff as counts per network, never names. */
  | 'INNOVATION_OFFICE'
  /** Linked to a person record: declares participations, sets their visibility, exports and erases their data. */
  | 'PERSON'
  /** Works at an authority: sees colleagues' participations shown to colleagues, reports adoptions. */
  | 'STAFF';

export type SearchableType =
  | 'Authority'
  | 'Event'
  | 'Innovation'
  | 'Network'
  | 'Topic'
  | 'UmbrellaOrganisation';

/** Network typology after Lyytinen et al. (2016). */
export type Typology =
  | 'ANARCHIC'
  | 'CLAN'
  | 'FEDERATED'
  | 'PROJECT_BASED';

/** Who may see one participation in a network or attendance at an event (the person chooses; docs/privacy.md). Each level includes the ones before it. */
export type Visibility =
  /** Colleagues of the person's own authority (not its innovation office, which sees counts). */
  | 'AUTHORITY'
  /** Also fellow participants and coordinators of that network (for an event: its attendees and its network). */
  | 'NETWORK'
  /** Counted only: nobody sees the name (the default). */
  | 'PRIVATE'
  /** Everyone, also without signing in. */
  | 'PUBLIC';

export type ImportViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportViewerQuery = { me: { roles: Array<Role>, coordinates: Array<{ id: string, name: string }> } | null };

export type ImportOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportOptionsQuery = { importOptions: { maxBytes: number, kinds: Array<ImportKind> } };

export type ImportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportJobQuery = { importJob: { id: string, kind: ImportKind, fileName: string, state: ImportJobState, validOnly: boolean, rowsRead: number, published: number, batches: number, error: string | null, preview: { file: string, rows: number, accepted: number, rejected: number, problemCount: number, created: number, changed: number, links: number, partialCounts: boolean, problems: Array<{ line: number, column: string | null, text: string, textEn: string }>, uncertain: Array<{ line: number, name: string }> } | null, report: { file: string, rows: number, accepted: number, rejected: number, problemCount: number, created: number, changed: number, links: number, partialCounts: boolean, problems: Array<{ line: number, column: string | null, text: string, textEn: string }>, uncertain: Array<{ line: number, name: string }> } | null } };

export type PreviewImportMutationVariables = Exact<{
  upload: string | number;
  kind: ImportKind;
  validOnly?: boolean | null | undefined;
}>;


export type PreviewImportMutation = { previewImport: { id: string, kind: ImportKind, fileName: string, state: ImportJobState, validOnly: boolean, rowsRead: number, published: number, batches: number, error: string | null, preview: { file: string, rows: number, accepted: number, rejected: number, problemCount: number, created: number, changed: number, links: number, partialCounts: boolean, problems: Array<{ line: number, column: string | null, text: string, textEn: string }>, uncertain: Array<{ line: number, name: string }> } | null, report: { file: string, rows: number, accepted: number, rejected: number, problemCount: number, created: number, changed: number, links: number, partialCounts: boolean, problems: Array<{ line: number, column: string | null, text: string, textEn: string }>, uncertain: Array<{ line: number, name: string }> } | null } };

export type ConfirmImportMutationVariables = Exact<{
  job: string | number;
}>;


export type ConfirmImportMutation = { confirmImport: { id: string, kind: ImportKind, fileName: string, state: ImportJobState, validOnly: boolean, rowsRead: number, published: number, batches: number, error: string | null } };

export type ImportReviewQueryVariables = Exact<{
  status?: ImportReviewStatus | null | undefined;
}>;


export type ImportReviewQuery = { importReview: Array<{ id: string, kind: ImportKind, file: string, line: number, name: string, at: string, status: ImportReviewStatus, choice: string | null, decidedAt: string | null, decidedBy: string | null, decidedByMe: boolean, undoneAt: string | null, candidates: Array<{ id: string, name: string, reason: string }> }> };

export type AcceptImportReviewMutationVariables = Exact<{
  id: string | number;
  choice: string;
}>;


export type AcceptImportReviewMutation = { acceptImportReview: { id: string, kind: ImportKind, file: string, line: number, name: string, at: string, status: ImportReviewStatus, choice: string | null, decidedAt: string | null, decidedBy: string | null, decidedByMe: boolean, undoneAt: string | null, candidates: Array<{ id: string, name: string, reason: string }> } };

export type RejectImportReviewMutationVariables = Exact<{
  id: string | number;
}>;


export type RejectImportReviewMutation = { rejectImportReview: { id: string, kind: ImportKind, file: string, line: number, name: string, at: string, status: ImportReviewStatus, choice: string | null, decidedAt: string | null, decidedBy: string | null, decidedByMe: boolean, undoneAt: string | null, candidates: Array<{ id: string, name: string, reason: string }> } };

export type UndoImportReviewMutationVariables = Exact<{
  id: string | number;
}>;


export type UndoImportReviewMutation = { undoImportReview: { id: string, kind: ImportKind, file: string, line: number, name: string, at: string, status: ImportReviewStatus, choice: string | null, decidedAt: string | null, decidedBy: string | null, decidedByMe: boolean, undoneAt: string | null, candidates: Array<{ id: string, name: string, reason: string }> } };

export type LandscapeQueryVariables = Exact<{
  includeSynthetic?: boolean | null | undefined;
}>;


export type LandscapeQuery = { landscape: { nodes: Array<{ id: string, kind: LandscapeNodeKind, label: string, name: string, members: number, level: Level | null, bundesland: string | null, typology: Typology | null, governance: Governance | null, synthetic: boolean, umbrella: boolean, x: number | null, y: number | null, persons: { exact: number | null, fewerThan3: boolean, atLeast: number } }>, edges: Array<{ source: string, target: string, type: string, synthetic: boolean }>, landPositions: Array<{ bundesland: string, x: number, y: number }> } };

export type NetworkFactsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type NetworkFactsQuery = { networks: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, running: boolean, synthetic: boolean } }> } };

export type SearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  types?: Array<SearchableType> | SearchableType | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, node:
      | { __typename: 'Authority', name: string, shortName: string | null, synthetic: boolean, id: string }
      | { __typename: 'Event', name: string, synthetic: boolean, id: string }
      | { __typename: 'Innovation', title: string, synthetic: boolean, id: string }
      | { __typename: 'Network', name: string, shortName: string | null, synthetic: boolean, id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'Topic', name: string, synthetic: boolean, id: string }
      | { __typename: 'UmbrellaOrganisation', name: string, shortName: string | null, synthetic: boolean, id: string }
     }> };

export type NodeDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeDetailsQuery = { node:
    | { __typename: 'Authority', name: string, shortName: string | null, description: string | null, website: string | null, authorityType: string | null, level: Level | null, bundesland: string | null, ags: string | null, isUmbrella: boolean, synthetic: boolean, id: string, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null }>, parent: { id: string, name: string } | null, subordinates: Array<{ id: string, name: string }>, networkRelations: Array<{ type: NetworkRelationType, note: string | null, synthetic: boolean, sources: Array<{ title: string }>, network: { id: string, name: string, synthetic: boolean } | null }>, adoptedInnovations: Array<{ id: string, title: string, synthetic: boolean }>, employees: { totalCount: number, hiddenCount: { exact: number | null, fewerThan3: boolean }, edges: Array<{ node: { id: string, name: string | null, jobTitle: string | null, synthetic: boolean, participations: Array<{ role: string | null, synthetic: boolean, network: { id: string, name: string } }> } }> } }
    | { __typename: 'Event', name: string, date: string | null, format: string | null, description: string | null, synthetic: boolean, id: string, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null }>, network: { id: string, name: string } | null, attendees: { totalCount: number, hiddenCount: { exact: number | null, fewerThan3: boolean } } }
    | { __typename: 'Innovation', title: string, description: string | null, kind: InnovationKind | null, synthetic: boolean, id: string, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null }>, emergedIn: { id: string, name: string } | null, topics: Array<{ id: string, name: string }>, adoptions: Array<{ note: string | null, synthetic: boolean, sources: Array<{ title: string }>, authority: { id: string, name: string, synthetic: boolean } }> }
    | { __typename: 'Network', name: string, shortName: string | null, description: string | null, website: string | null, founded: string | null, cadence: string | null, funding: string | null, access: Access | null, continuousIntake: boolean | null, formats: Array<string>, level: Level | null, bundesland: string | null, typology: Typology | null, governance: Governance | null, running: boolean, termEnd: string | null, termNote: string | null, memberCount: number | null, memberCountNote: string | null, synthetic: boolean, id: string, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null }>, parent: { id: string, name: string } | null, parts: Array<{ id: string, name: string }>, topics: Array<{ id: string, name: string, nameEn: string | null }>, organisations: Array<{ type: NetworkRelationType, note: string | null, synthetic: boolean, sources: Array<{ title: string }>, organisation:
          | { id: string, name: string }
          | { id: string, name: string }
         | null }>, innovations: Array<{ id: string, title: string, kind: InnovationKind | null, synthetic: boolean }>, events: Array<{ id: string, name: string, date: string | null, format: string | null, synthetic: boolean }>, members: { totalCount: number, edges: Array<{ node: { synthetic: boolean, sources: Array<{ title: string }>, authority: { id: string, name: string, synthetic: boolean } } }> }, participants: { totalCount: number, hiddenCount: { exact: number | null, fewerThan3: boolean }, edges: Array<{ node: { role: string | null, synthetic: boolean, person: { id: string, name: string | null, synthetic: boolean, authority: { id: string, name: string } | null } } }> } }
    | { __typename: 'Person', id: string }
    | { __typename: 'Topic', name: string, nameEn: string | null, synthetic: boolean, id: string, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null }>, parent: { id: string, name: string } | null, subtopics: Array<{ id: string, name: string }>, networks: Array<{ id: string, name: string, synthetic: boolean }>, innovations: Array<{ id: string, title: string, synthetic: boolean }> }
    | { __typename: 'UmbrellaOrganisation', name: string, shortName: string | null, description: string | null, website: string | null, isAuthority: boolean, synthetic: boolean, id: string, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null }>, networkRelations: Array<{ type: NetworkRelationType, note: string | null, synthetic: boolean, sources: Array<{ title: string }>, network: { id: string, name: string, synthetic: boolean } | null }> }
   | null };

export type NetworkSimilarityQueryVariables = Exact<{
  network: string | number;
  synthetic?: boolean | null | undefined;
}>;


export type NetworkSimilarityQuery = { networkSimilarity: { edges: Array<{ node: { score: number, network: { id: string, name: string, shortName: string | null }, authorities: { shared: number, jaccard: number, overlap: number }, persons: { shared: number, jaccard: number, overlap: number }, topics: { shared: number, jaccard: number, overlap: number }, sharedTopics: Array<{ id: string, name: string }> } }> } };

export type AuthorityDuplicatesQueryVariables = Exact<{
  authority: string | number;
  synthetic?: boolean | null | undefined;
}>;


export type AuthorityDuplicatesQuery = { duplicateParticipation: { inNetworks: { totalCount: number, edges: Array<{ node: { personCount: { exact: number | null, fewerThan3: boolean, atLeast: number }, hiddenCount: { exact: number | null, fewerThan3: boolean }, network: { id: string, name: string, synthetic: boolean }, persons: Array<{ id: string, name: string | null, synthetic: boolean }> } }> }, atEvents: { totalCount: number, edges: Array<{ node: { personCount: { exact: number | null, fewerThan3: boolean, atLeast: number }, hiddenCount: { exact: number | null, fewerThan3: boolean }, event: { id: string, name: string, date: string | null, synthetic: boolean }, persons: Array<{ id: string, name: string | null, synthetic: boolean }> } }> } } };

export type RecommendedNetworksQueryVariables = Exact<{
  authority: string | number;
  synthetic?: boolean | null | undefined;
}>;


export type RecommendedNetworksQuery = { recommendedNetworks: { totalCount: number, edges: Array<{ node: { topicMatches: number, peers: number, network: { id: string, name: string } } }> } };

export type OverlapMatrixQueryVariables = Exact<{
  by?: MemberBasis | null | undefined;
  synthetic?: boolean | null | undefined;
}>;


export type OverlapMatrixQuery = { overlapMatrix: { basis: MemberBasis, networks: Array<{ id: string, index: number, name: string, shortName: string | null, size: number }>, columns: { i: Array<number>, j: Array<number>, shared: Array<number>, jaccard: Array<number>, overlap: Array<number> } } };

export type OverlapPairQueryVariables = Exact<{
  network: string | number;
  other: string | number;
  synthetic?: boolean | null | undefined;
}>;


export type OverlapPairQuery = { networkSimilarity: { edges: Array<{ node: { network: { id: string, name: string, shortName: string | null }, authorities: { shared: number, jaccard: number, overlap: number }, persons: { shared: number, jaccard: number, overlap: number }, sharedAuthorities: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> }, sharedPersons: { totalCount: number, hiddenCount: { exact: number | null, fewerThan3: boolean }, edges: Array<{ node: { id: string, name: string | null } }> } } }> } };

export type TopicRedundancyQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicRedundancyQuery = { topicRedundancy: { totalCount: number, edges: Array<{ node: { score: number, topicJaccard: number, memberJaccard: number, sharedAuthorities: number, related: boolean, a: { id: string, name: string, shortName: string | null }, b: { id: string, name: string, shortName: string | null }, sharedTopics: Array<{ id: string, name: string }> } }> } };

export type ClustersQueryVariables = Exact<{ [key: string]: never; }>;


export type ClustersQuery = { clusters: { modularity: number, clusters: Array<{ id: number, size: number, networks: Array<{ id: string }>, dominantTopics: Array<{ id: string, name: string, nameEn: string | null }> }> } };

export type AuthorityNameQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthorityNameQuery = { authority: { id: string, name: string } };

export type ConnectionQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type ConnectionQuery = { connection: { hops: number, steps: Array<{ via: string | null, node:
        | { __typename: 'Authority', name: string, id: string }
        | { __typename: 'Event', id: string }
        | { __typename: 'Innovation', id: string }
        | { __typename: 'Network', name: string, id: string }
        | { __typename: 'Person', id: string, personName: string | null }
        | { __typename: 'Topic', id: string }
        | { __typename: 'UmbrellaOrganisation', id: string }
       }> } | null };

export type InnovationTransferQueryVariables = Exact<{
  kind?: InnovationKind | null | undefined;
}>;


export type InnovationTransferQuery = { innovationTransfer: { byKind: Array<{ kind: string, innovations: number, adopted: number }>, networks: Array<{ innovationCount: number, adoptedCount: number, adoptionShare: number, memberCount: number, memberAdopterCount: number, memberAdoptionShare: number, network: { id: string, name: string, shortName: string | null }, innovations: Array<{ innovation: { id: string, title: string, kind: InnovationKind | null, synthetic: boolean }, adopters: Array<{ id: string, name: string }> }> }> } };

export type CoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type CoverageQuery = { coverage: { nodes: Array<{ kind: string, real: number, synthetic: number }>, relations: Array<{ kind: string, real: number, synthetic: number }>, persons: Array<{ kind: string, real: { exact: number | null, fewerThan3: boolean, atLeast: number }, synthetic: { exact: number | null, fewerThan3: boolean, atLeast: number } }> }, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { name: string | null, roles: Array<Role>, person: { id: string, name: string | null, jobTitle: string | null, synthetic: boolean } | null, authority: { id: string, name: string, synthetic: boolean } | null, participations: Array<{ role: string | null, since: string | null, until: string | null, visibility: Visibility | null, synthetic: boolean, network: { id: string, name: string, shortName: string | null, synthetic: boolean } }>, attendances: Array<{ visibility: Visibility, event: { id: string, name: string, date: string | null, synthetic: boolean } }>, linkableAuthorities: Array<{ id: string, name: string }> } | null };

export type MyAuthorityQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAuthorityQuery = { myAuthority: { countsOnly: boolean, authority: { id: string, name: string, synthetic: boolean }, networks: Array<{ includesMe: boolean, duplicate: boolean, count: { exact: number | null, fewerThan3: boolean, atLeast: number }, hiddenCount: { exact: number | null, fewerThan3: boolean }, network: { id: string, name: string, shortName: string | null, synthetic: boolean }, colleagues: Array<{ role: string | null, synthetic: boolean, person: { id: string, name: string | null, jobTitle: string | null, synthetic: boolean } }> }>, duplicateParticipation: { atEvents: Array<{ includesMe: boolean, count: { exact: number | null, fewerThan3: boolean, atLeast: number }, hiddenCount: { exact: number | null, fewerThan3: boolean }, event: { id: string, name: string, date: string | null, synthetic: boolean }, colleagues: Array<{ id: string, name: string | null, synthetic: boolean }> }> }, absentNetworks: Array<{ sharedTopics: number, network: { id: string, name: string, shortName: string | null, synthetic: boolean } }>, adoptions: Array<{ innovation: { id: string, title: string, synthetic: boolean, emergedIn: { id: string, name: string } | null }, adoption: { reported: boolean, reportedAt: string | null, synthetic: boolean, note: string | null, reportedBy: { id: string, name: string | null } | null, sources: Array<{ id: string, title: string }> } }> } };

export type DeclareParticipationMutationVariables = Exact<{
  network: string | number;
  role?: DeclarableRole | null | undefined;
  since?: string | null | undefined;
  visibility?: Visibility | null | undefined;
}>;


export type DeclareParticipationMutation = { declareParticipation: { changed: boolean, participation: { visibility: Visibility | null, network: { id: string, name: string } } } };

export type EndParticipationMutationVariables = Exact<{
  network: string | number;
}>;


export type EndParticipationMutation = { endParticipation: { changed: boolean, participation: { until: string | null } } };

export type SetVisibilityMutationVariables = Exact<{
  network?: string | number | null | undefined;
  event?: string | number | null | undefined;
  visibility: Visibility;
}>;


export type SetVisibilityMutation = { setVisibility: { changed: boolean, visibility: Visibility } };

export type ReportAdoptionMutationVariables = Exact<{
  innovation: string | number;
  note?: string | null | undefined;
}>;


export type ReportAdoptionMutation = { reportAdoption: { created: boolean } };

export type JoinAuthorityMutationVariables = Exact<{
  authority: string | number;
}>;


export type JoinAuthorityMutation = { joinAuthority: { roles: Array<Role> } };

export type ExportMyDataMutationVariables = Exact<{ [key: string]: never; }>;


export type ExportMyDataMutation = { exportMyData: unknown };

export type EraseMeMutationVariables = Exact<{
  confirm: boolean;
}>;


export type EraseMeMutation = { eraseMe: { erased: boolean } };

export type CorrectMyDataMutationVariables = Exact<{
  name?: string | null | undefined;
  jobTitle?: string | null | undefined;
}>;


export type CorrectMyDataMutation = { correctMyData: { changed: boolean, person: { id: string, name: string | null, jobTitle: string | null } } };

export type NetworkCurationQueryVariables = Exact<{
  id: string | number;
}>;


export type NetworkCurationQuery = { network: { id: string, version: number, editable: boolean, synthetic: boolean, name: string, shortName: string | null, description: string | null, website: string | null, cadence: string | null, funding: string | null, topics: Array<{ id: string }>, members: { totalCount: number, edges: Array<{ node: { synthetic: boolean, sources: Array<{ title: string }>, authority: { id: string, name: string } } }> } } };

export type TopicChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicChoicesQuery = { topics: { edges: Array<{ node: { id: string, name: string, nameEn: string | null } }> } };

export type UpdateNetworkMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  name?: string | null | undefined;
  shortName?: string | null | undefined;
  description?: string | null | undefined;
  website?: string | null | undefined;
  cadence?: string | null | undefined;
  funding?: string | null | undefined;
}>;


export type UpdateNetworkMutation = { updateNetwork: { id: string, version: number } };

export type SetNetworkTopicsMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  topics: Array<string | number> | string | number;
}>;


export type SetNetworkTopicsMutation = { setNetworkTopics: { id: string, version: number } };

export type AddNetworkMemberMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  authority: string | number;
  source?: string | null | undefined;
}>;


export type AddNetworkMemberMutation = { addNetworkMember: { id: string, version: number } };

export type RemoveNetworkMemberMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  authority: string | number;
}>;


export type RemoveNetworkMemberMutation = { removeNetworkMember: { id: string, version: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ImportViewerDocument = new TypedDocumentString(`
    query ImportViewer {
  me {
    roles
    coordinates {
      id
      name
    }
  }
}
    `, {"hash":"f0d46bac11404d057249b1c5c377b98c66ee00a42752e87243347ae7a6d8f763"}) as unknown as TypedDocumentString<ImportViewerQuery, ImportViewerQueryVariables>;
export const ImportOptionsDocument = new TypedDocumentString(`
    query ImportOptions {
  importOptions {
    maxBytes
    kinds
  }
}
    `, {"hash":"492c92d28812b15673b9ad46a6252489ba7d25c49192765fc00302b492798d43"}) as unknown as TypedDocumentString<ImportOptionsQuery, ImportOptionsQueryVariables>;
export const ImportJobDocument = new TypedDocumentString(`
    query ImportJob($id: ID!) {
  importJob(id: $id) {
    id
    kind
    fileName
    state
    validOnly
    rowsRead
    published
    batches
    error
    preview {
      file
      rows
      accepted
      rejected
      problemCount
      created
      changed
      links
      partialCounts
      problems {
        line
        column
        text
        textEn
      }
      uncertain {
        line
        name
      }
    }
    report {
      file
      rows
      accepted
      rejected
      problemCount
      created
      changed
      links
      partialCounts
      problems {
        line
        column
        text
        textEn
      }
      uncertain {
        line
        name
      }
    }
  }
}
    `, {"hash":"ae4e80ce2269626750d2d332cee93825b7077e132e8e09b9b535835fb0f84e7f"}) as unknown as TypedDocumentString<ImportJobQuery, ImportJobQueryVariables>;
export const PreviewImportDocument = new TypedDocumentString(`
    mutation PreviewImport($upload: ID!, $kind: ImportKind!, $validOnly: Boolean) {
  previewImport(upload: $upload, kind: $kind, validOnly: $validOnly) {
    id
    kind
    fileName
    state
    validOnly
    rowsRead
    published
    batches
    error
    preview {
      file
      rows
      accepted
      rejected
      problemCount
      created
      changed
      links
      partialCounts
      problems {
        line
        column
        text
        textEn
      }
      uncertain {
        line
        name
      }
    }
    report {
      file
      rows
      accepted
      rejected
      problemCount
      created
      changed
      links
      partialCounts
      problems {
        line
        column
        text
        textEn
      }
      uncertain {
        line
        name
      }
    }
  }
}
    `, {"hash":"28d5b0f1ef3bcf6a779a87a0158db323ce276cd0ef76f217398540ce67171ebd"}) as unknown as TypedDocumentString<PreviewImportMutation, PreviewImportMutationVariables>;
export const ConfirmImportDocument = new TypedDocumentString(`
    mutation ConfirmImport($job: ID!) {
  confirmImport(job: $job) {
    id
    kind
    fileName
    state
    validOnly
    rowsRead
    published
    batches
    error
  }
}
    `, {"hash":"389e711449be93fbd98e7a3a73d69b61ceb201fc8e043829b9cba764ecafa87b"}) as unknown as TypedDocumentString<ConfirmImportMutation, ConfirmImportMutationVariables>;
export const ImportReviewDocument = new TypedDocumentString(`
    query ImportReview($status: ImportReviewStatus) {
  importReview(status: $status) {
    id
    kind
    file
    line
    name
    at
    status
    choice
    decidedAt
    decidedBy
    decidedByMe
    undoneAt
    candidates {
      id
      name
      reason
    }
  }
}
    `, {"hash":"3397d1166de2daa21d0ed2f573aa4d95dc415788e495a9f64e49651ea0e36c84"}) as unknown as TypedDocumentString<ImportReviewQuery, ImportReviewQueryVariables>;
export const AcceptImportReviewDocument = new TypedDocumentString(`
    mutation AcceptImportReview($id: ID!, $choice: String!) {
  acceptImportReview(id: $id, choice: $choice) {
    id
    kind
    file
    line
    name
    at
    status
    choice
    decidedAt
    decidedBy
    decidedByMe
    undoneAt
    candidates {
      id
      name
      reason
    }
  }
}
    `, {"hash":"10652766486ef1962f9fab4d59e044879461a89cb331113c132f064626cb9ce7"}) as unknown as TypedDocumentString<AcceptImportReviewMutation, AcceptImportReviewMutationVariables>;
export const RejectImportReviewDocument = new TypedDocumentString(`
    mutation RejectImportReview($id: ID!) {
  rejectImportReview(id: $id) {
    id
    kind
    file
    line
    name
    at
    status
    choice
    decidedAt
    decidedBy
    decidedByMe
    undoneAt
    candidates {
      id
      name
      reason
    }
  }
}
    `, {"hash":"753f9f1865c46e3c38d55174a84293ab48dacec7bdcd7849c54530ef02de8734"}) as unknown as TypedDocumentString<RejectImportReviewMutation, RejectImportReviewMutationVariables>;
export const UndoImportReviewDocument = new TypedDocumentString(`
    mutation UndoImportReview($id: ID!) {
  undoImportReview(id: $id) {
    id
    kind
    file
    line
    name
    at
    status
    choice
    decidedAt
    decidedBy
    decidedByMe
    undoneAt
    candidates {
      id
      name
      reason
    }
  }
}
    `, {"hash":"cc31bdcc2fd0ef4b5b35aceae0dfd32aa84bb3f2c555b58e917dba360fa9243a"}) as unknown as TypedDocumentString<UndoImportReviewMutation, UndoImportReviewMutationVariables>;
export const LandscapeDocument = new TypedDocumentString(`
    query Landscape($includeSynthetic: Boolean) {
  landscape(includeSynthetic: $includeSynthetic) {
    nodes {
      id
      kind
      label
      name
      members
      persons {
        exact
        fewerThan3
        atLeast
      }
      level
      bundesland
      typology
      governance
      synthetic
      umbrella
      x
      y
    }
    edges {
      source
      target
      type
      synthetic
    }
    landPositions {
      bundesland
      x
      y
    }
  }
}
    `, {"hash":"741a6fbe224349cf929687974da6741aed1f84b03750850c0b30638671900282"}) as unknown as TypedDocumentString<LandscapeQuery, LandscapeQueryVariables>;
export const NetworkFactsDocument = new TypedDocumentString(`
    query NetworkFacts($after: String) {
  networks(first: 500, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        running
        synthetic
      }
    }
  }
}
    `, {"hash":"990825b87fe13da559cffc261c300dfec1716481508851e5c0dd70b31f8bbd46"}) as unknown as TypedDocumentString<NetworkFactsQuery, NetworkFactsQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $first: Int, $types: [SearchableType!] = [Network, Authority, UmbrellaOrganisation, Topic, Innovation]) {
  search(query: $query, first: $first, types: $types) {
    score
    node {
      __typename
      id
      ... on Network {
        name
        shortName
        synthetic
      }
      ... on Authority {
        name
        shortName
        synthetic
      }
      ... on UmbrellaOrganisation {
        name
        shortName
        synthetic
      }
      ... on Topic {
        name
        synthetic
      }
      ... on Innovation {
        title
        synthetic
      }
      ... on Event {
        name
        synthetic
      }
    }
  }
}
    `, {"hash":"eddfda721625097cf083edd3eaaa56fc94bb1c802c59a8731317c8ac27d1361b"}) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NodeDetailsDocument = new TypedDocumentString(`
    query NodeDetails($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Network {
      name
      shortName
      description
      website
      founded
      cadence
      funding
      access
      continuousIntake
      formats
      level
      bundesland
      typology
      governance
      running
      termEnd
      termNote
      memberCount
      memberCountNote
      synthetic
      sources {
        id
        title
        publisher
        url
      }
      parent {
        id
        name
      }
      parts {
        id
        name
      }
      topics {
        id
        name
        nameEn
      }
      organisations {
        type
        note
        synthetic
        sources {
          title
        }
        organisation {
          id
          name
        }
      }
      innovations {
        id
        title
        kind
        synthetic
      }
      events {
        id
        name
        date
        format
        synthetic
      }
      members(first: 100) {
        totalCount
        edges {
          node {
            synthetic
            sources {
              title
            }
            authority {
              id
              name
              synthetic
            }
          }
        }
      }
      participants(first: 100) {
        totalCount
        hiddenCount {
          exact
          fewerThan3
        }
        edges {
          node {
            role
            synthetic
            person {
              id
              name
              synthetic
              authority {
                id
                name
              }
            }
          }
        }
      }
    }
    ... on Authority {
      name
      shortName
      description
      website
      authorityType
      level
      bundesland
      ags
      isUmbrella
      synthetic
      sources {
        id
        title
        publisher
        url
      }
      parent {
        id
        name
      }
      subordinates {
        id
        name
      }
      networkRelations {
        type
        note
        synthetic
        sources {
          title
        }
        network {
          id
          name
          synthetic
        }
      }
      adoptedInnovations {
        id
        title
        synthetic
      }
      employees(first: 100) {
        totalCount
        hiddenCount {
          exact
          fewerThan3
        }
        edges {
          node {
            id
            name
            jobTitle
            synthetic
            participations {
              role
              synthetic
              network {
                id
                name
              }
            }
          }
        }
      }
    }
    ... on UmbrellaOrganisation {
      name
      shortName
      description
      website
      isAuthority
      synthetic
      sources {
        id
        title
        publisher
        url
      }
      networkRelations {
        type
        note
        synthetic
        sources {
          title
        }
        network {
          id
          name
          synthetic
        }
      }
    }
    ... on Topic {
      name
      nameEn
      synthetic
      sources {
        id
        title
        publisher
        url
      }
      parent {
        id
        name
      }
      subtopics {
        id
        name
      }
      networks {
        id
        name
        synthetic
      }
      innovations {
        id
        title
        synthetic
      }
    }
    ... on Innovation {
      title
      description
      kind
      synthetic
      sources {
        id
        title
        publisher
        url
      }
      emergedIn {
        id
        name
      }
      topics {
        id
        name
      }
      adoptions {
        note
        synthetic
        sources {
          title
        }
        authority {
          id
          name
          synthetic
        }
      }
    }
    ... on Event {
      name
      date
      format
      description
      synthetic
      sources {
        id
        title
        publisher
        url
      }
      network {
        id
        name
      }
      attendees(first: 100) {
        totalCount
        hiddenCount {
          exact
          fewerThan3
        }
      }
    }
  }
}
    `, {"hash":"ada612b4a24a07e4eab119864009865f80d742ae01eef872ddcd8d68eb2436fb"}) as unknown as TypedDocumentString<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const NetworkSimilarityDocument = new TypedDocumentString(`
    query NetworkSimilarity($network: ID!, $synthetic: Boolean) {
  networkSimilarity(network: $network, first: 8, synthetic: $synthetic) {
    edges {
      node {
        score
        network {
          id
          name
          shortName
        }
        authorities {
          shared
          jaccard
          overlap
        }
        persons {
          shared
          jaccard
          overlap
        }
        topics {
          shared
          jaccard
          overlap
        }
        sharedTopics {
          id
          name
        }
      }
    }
  }
}
    `, {"hash":"c94b4ef74de59ffa0a7933be9b0af6003301786411770dc498d6a93274d05be1"}) as unknown as TypedDocumentString<NetworkSimilarityQuery, NetworkSimilarityQueryVariables>;
export const AuthorityDuplicatesDocument = new TypedDocumentString(`
    query AuthorityDuplicates($authority: ID!, $synthetic: Boolean) {
  duplicateParticipation(authority: $authority, synthetic: $synthetic) {
    inNetworks(first: 50) {
      totalCount
      edges {
        node {
          personCount {
            exact
            fewerThan3
            atLeast
          }
          hiddenCount {
            exact
            fewerThan3
          }
          network {
            id
            name
            synthetic
          }
          persons {
            id
            name
            synthetic
          }
        }
      }
    }
    atEvents(first: 50) {
      totalCount
      edges {
        node {
          personCount {
            exact
            fewerThan3
            atLeast
          }
          hiddenCount {
            exact
            fewerThan3
          }
          event {
            id
            name
            date
            synthetic
          }
          persons {
            id
            name
            synthetic
          }
        }
      }
    }
  }
}
    `, {"hash":"452115b6f268d220de81b832a634c3a2a192ce449543d78b81b70e5be41e2120"}) as unknown as TypedDocumentString<AuthorityDuplicatesQuery, AuthorityDuplicatesQueryVariables>;
export const RecommendedNetworksDocument = new TypedDocumentString(`
    query RecommendedNetworks($authority: ID!, $synthetic: Boolean) {
  recommendedNetworks(authority: $authority, first: 5, synthetic: $synthetic) {
    totalCount
    edges {
      node {
        network {
          id
          name
        }
        topicMatches
        peers
      }
    }
  }
}
    `, {"hash":"e54fae03211992242adecc592f5b2a2344108f665b245e74703a73eb920f9bad"}) as unknown as TypedDocumentString<RecommendedNetworksQuery, RecommendedNetworksQueryVariables>;
export const OverlapMatrixDocument = new TypedDocumentString(`
    query OverlapMatrix($by: MemberBasis, $synthetic: Boolean) {
  overlapMatrix(by: $by, synthetic: $synthetic) {
    basis
    networks {
      id
      index
      name
      shortName
      size
    }
    columns {
      i
      j
      shared
      jaccard
      overlap
    }
  }
}
    `, {"hash":"041ad49398ee695de705d46ab0dc73021ea3af5095f0fa8e48f16fbaa05d3eb3"}) as unknown as TypedDocumentString<OverlapMatrixQuery, OverlapMatrixQueryVariables>;
export const OverlapPairDocument = new TypedDocumentString(`
    query OverlapPair($network: ID!, $other: ID!, $synthetic: Boolean) {
  networkSimilarity(
    network: $network
    networks: [$other]
    first: 1
    synthetic: $synthetic
  ) {
    edges {
      node {
        network {
          id
          name
          shortName
        }
        authorities {
          shared
          jaccard
          overlap
        }
        persons {
          shared
          jaccard
          overlap
        }
        sharedAuthorities(first: 30) {
          totalCount
          edges {
            node {
              id
              name
            }
          }
        }
        sharedPersons(first: 30) {
          totalCount
          hiddenCount {
            exact
            fewerThan3
          }
          edges {
            node {
              id
              name
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"e331dbcd725d047abb01de4329f75215fb0a6475a0542223ffd343c9eb371910"}) as unknown as TypedDocumentString<OverlapPairQuery, OverlapPairQueryVariables>;
export const TopicRedundancyDocument = new TypedDocumentString(`
    query TopicRedundancy {
  topicRedundancy(first: 50, minSharedTopics: 1) {
    totalCount
    edges {
      node {
        score
        topicJaccard
        memberJaccard
        sharedAuthorities
        related
        a {
          id
          name
          shortName
        }
        b {
          id
          name
          shortName
        }
        sharedTopics {
          id
          name
        }
      }
    }
  }
}
    `, {"hash":"4dd2df5274a5e7e8d7fcf247afb51ad768ce4c1ddc4521d061e9e1ae595c05de"}) as unknown as TypedDocumentString<TopicRedundancyQuery, TopicRedundancyQueryVariables>;
export const ClustersDocument = new TypedDocumentString(`
    query Clusters {
  clusters {
    modularity
    clusters {
      id
      size
      networks {
        id
      }
      dominantTopics {
        id
        name
        nameEn
      }
    }
  }
}
    `, {"hash":"e5a00fd3f7bb7c6848e37e84e49b9ae6e1c208ec311d5b4d2746539b802fbd26"}) as unknown as TypedDocumentString<ClustersQuery, ClustersQueryVariables>;
export const AuthorityNameDocument = new TypedDocumentString(`
    query AuthorityName($id: ID!) {
  authority(id: $id) {
    id
    name
  }
}
    `, {"hash":"25ec513bfa2d2bbccd56e4ec9fe54596764e61232fc29fc98a0cd843f1f60407"}) as unknown as TypedDocumentString<AuthorityNameQuery, AuthorityNameQueryVariables>;
export const ConnectionDocument = new TypedDocumentString(`
    query Connection($from: ID!, $to: ID!) {
  connection(from: $from, to: $to) {
    hops
    steps {
      via
      node {
        __typename
        id
        ... on Authority {
          name
        }
        ... on Network {
          name
        }
        ... on Person {
          personName: name
        }
      }
    }
  }
}
    `, {"hash":"88b95b4a37336c159a62b126ca5ce0c6693410c65440f39c686a81803e709763"}) as unknown as TypedDocumentString<ConnectionQuery, ConnectionQueryVariables>;
export const InnovationTransferDocument = new TypedDocumentString(`
    query InnovationTransfer($kind: InnovationKind) {
  innovationTransfer(kind: $kind) {
    byKind {
      kind
      innovations
      adopted
    }
    networks {
      innovationCount
      adoptedCount
      adoptionShare
      memberCount
      memberAdopterCount
      memberAdoptionShare
      network {
        id
        name
        shortName
      }
      innovations {
        innovation {
          id
          title
          kind
          synthetic
        }
        adopters {
          id
          name
        }
      }
    }
  }
}
    `, {"hash":"ef8d5c371e0a85f3b546c585ee45aee05221897af54c070f438055e8cc82795f"}) as unknown as TypedDocumentString<InnovationTransferQuery, InnovationTransferQueryVariables>;
export const CoverageDocument = new TypedDocumentString(`
    query Coverage {
  coverage {
    nodes {
      kind
      real
      synthetic
    }
    relations {
      kind
      real
      synthetic
    }
    persons {
      kind
      real {
        exact
        fewerThan3
        atLeast
      }
      synthetic {
        exact
        fewerThan3
        atLeast
      }
    }
  }
  sources {
    id
    title
    publisher
    url
  }
}
    `, {"hash":"5bb4cc540e91ffbcdc03a3d33027e21f021322fb762934274717c5dbb078079c"}) as unknown as TypedDocumentString<CoverageQuery, CoverageQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    name
    roles
    person {
      id
      name
      jobTitle
      synthetic
    }
    authority {
      id
      name
      synthetic
    }
    participations {
      role
      since
      until
      visibility
      synthetic
      network {
        id
        name
        shortName
        synthetic
      }
    }
    attendances {
      visibility
      event {
        id
        name
        date
        synthetic
      }
    }
    linkableAuthorities {
      id
      name
    }
  }
}
    `, {"hash":"39a74f6975fd07cd6e9df65ba8a6bb9f1393044ca957ed9047eacc26b9c53ba0"}) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const MyAuthorityDocument = new TypedDocumentString(`
    query MyAuthority {
  myAuthority {
    countsOnly
    authority {
      id
      name
      synthetic
    }
    networks {
      includesMe
      duplicate
      count {
        exact
        fewerThan3
        atLeast
      }
      hiddenCount {
        exact
        fewerThan3
      }
      network {
        id
        name
        shortName
        synthetic
      }
      colleagues {
        role
        synthetic
        person {
          id
          name
          jobTitle
          synthetic
        }
      }
    }
    duplicateParticipation {
      atEvents {
        includesMe
        count {
          exact
          fewerThan3
          atLeast
        }
        hiddenCount {
          exact
          fewerThan3
        }
        event {
          id
          name
          date
          synthetic
        }
        colleagues {
          id
          name
          synthetic
        }
      }
    }
    absentNetworks {
      sharedTopics
      network {
        id
        name
        shortName
        synthetic
      }
    }
    adoptions {
      innovation {
        id
        title
        synthetic
        emergedIn {
          id
          name
        }
      }
      adoption {
        reported
        reportedAt
        synthetic
        note
        reportedBy {
          id
          name
        }
        sources {
          id
          title
        }
      }
    }
  }
}
    `, {"hash":"bcbc9e0ed4121ab64d69ee3297e635ff409285adf9b996eb5b8d95fa8e756da6"}) as unknown as TypedDocumentString<MyAuthorityQuery, MyAuthorityQueryVariables>;
export const DeclareParticipationDocument = new TypedDocumentString(`
    mutation DeclareParticipation($network: ID!, $role: DeclarableRole, $since: String, $visibility: Visibility) {
  declareParticipation(
    network: $network
    role: $role
    since: $since
    visibility: $visibility
  ) {
    changed
    participation {
      visibility
      network {
        id
        name
      }
    }
  }
}
    `, {"hash":"fae609557342641627679f6326a8b5cdb58048d6900c69660526c4ae2910b20b"}) as unknown as TypedDocumentString<DeclareParticipationMutation, DeclareParticipationMutationVariables>;
export const EndParticipationDocument = new TypedDocumentString(`
    mutation EndParticipation($network: ID!) {
  endParticipation(network: $network) {
    changed
    participation {
      until
    }
  }
}
    `, {"hash":"3386510bd133ae73c8a2809abd5ed83ef749224542db51b1cfed02f11c9a13e4"}) as unknown as TypedDocumentString<EndParticipationMutation, EndParticipationMutationVariables>;
export const SetVisibilityDocument = new TypedDocumentString(`
    mutation SetVisibility($network: ID, $event: ID, $visibility: Visibility!) {
  setVisibility(network: $network, event: $event, visibility: $visibility) {
    changed
    visibility
  }
}
    `, {"hash":"431c7d64f4066e2d82c4389ccdd4df2bcbbe8aeb9e89202676d9f351b803dfa5"}) as unknown as TypedDocumentString<SetVisibilityMutation, SetVisibilityMutationVariables>;
export const ReportAdoptionDocument = new TypedDocumentString(`
    mutation ReportAdoption($innovation: ID!, $note: String) {
  reportAdoption(innovation: $innovation, note: $note) {
    created
  }
}
    `, {"hash":"4053241aa0df91257235f4248f32e22e217edd4af3b80b7c4cbfa914c864135d"}) as unknown as TypedDocumentString<ReportAdoptionMutation, ReportAdoptionMutationVariables>;
export const JoinAuthorityDocument = new TypedDocumentString(`
    mutation JoinAuthority($authority: ID!) {
  joinAuthority(authority: $authority) {
    roles
  }
}
    `, {"hash":"2f941d3866d46c1c22d84962f83849debc3cc554e5d5aef3f1d8363f99147c02"}) as unknown as TypedDocumentString<JoinAuthorityMutation, JoinAuthorityMutationVariables>;
export const ExportMyDataDocument = new TypedDocumentString(`
    mutation ExportMyData {
  exportMyData
}
    `, {"hash":"928e76ffee6fab39008d3097f971d05bb543bac1ace3a34c7f1443cfe958a4e5"}) as unknown as TypedDocumentString<ExportMyDataMutation, ExportMyDataMutationVariables>;
export const EraseMeDocument = new TypedDocumentString(`
    mutation EraseMe($confirm: Boolean!) {
  eraseMe(confirm: $confirm) {
    erased
  }
}
    `, {"hash":"790684f4632dc4f4abca6b7ba26e3a6f6ca26a9e8729e738800313d9192228fc"}) as unknown as TypedDocumentString<EraseMeMutation, EraseMeMutationVariables>;
export const CorrectMyDataDocument = new TypedDocumentString(`
    mutation CorrectMyData($name: String, $jobTitle: String) {
  correctMyData(name: $name, jobTitle: $jobTitle) {
    changed
    person {
      id
      name
      jobTitle
    }
  }
}
    `, {"hash":"64a234ee81331b3a1cc2f706eaf7c341a4f549f624ae035cbe3ccdaa902781bb"}) as unknown as TypedDocumentString<CorrectMyDataMutation, CorrectMyDataMutationVariables>;
export const NetworkCurationDocument = new TypedDocumentString(`
    query NetworkCuration($id: ID!) {
  network(id: $id) {
    id
    version
    editable
    synthetic
    name
    shortName
    description
    website
    cadence
    funding
    topics {
      id
    }
    members(first: 100) {
      totalCount
      edges {
        node {
          synthetic
          sources {
            title
          }
          authority {
            id
            name
          }
        }
      }
    }
  }
}
    `, {"hash":"2f851270b173ae78576eb3853f207cdecdf3275cbc37f117f992faf58f1d7eca"}) as unknown as TypedDocumentString<NetworkCurationQuery, NetworkCurationQueryVariables>;
export const TopicChoicesDocument = new TypedDocumentString(`
    query TopicChoices {
  topics(first: 100) {
    edges {
      node {
        id
        name
        nameEn
      }
    }
  }
}
    `, {"hash":"214661ef90d3be4d2fd5947eaf1bf2a2c5d33a329ac041dc413de0d646e1a94b"}) as unknown as TypedDocumentString<TopicChoicesQuery, TopicChoicesQueryVariables>;
export const UpdateNetworkDocument = new TypedDocumentString(`
    mutation UpdateNetwork($id: ID!, $expectedVersion: Int!, $name: String, $shortName: String, $description: String, $website: String, $cadence: String, $funding: String) {
  updateNetwork(
    id: $id
    expectedVersion: $expectedVersion
    name: $name
    shortName: $shortName
    description: $description
    website: $website
    cadence: $cadence
    funding: $funding
  ) {
    id
    version
  }
}
    `, {"hash":"6c81e81ea4d1577170c74b464fe3eb4398d71a5ccd6b75e3fbe2ce42e6e5840d"}) as unknown as TypedDocumentString<UpdateNetworkMutation, UpdateNetworkMutationVariables>;
export const SetNetworkTopicsDocument = new TypedDocumentString(`
    mutation SetNetworkTopics($id: ID!, $expectedVersion: Int!, $topics: [ID!]!) {
  setNetworkTopics(id: $id, expectedVersion: $expectedVersion, topics: $topics) {
    id
    version
  }
}
    `, {"hash":"19aa821977b25cab4ae60cdb079c6f483d0f186067ea1b470b669323465b8eb7"}) as unknown as TypedDocumentString<SetNetworkTopicsMutation, SetNetworkTopicsMutationVariables>;
export const AddNetworkMemberDocument = new TypedDocumentString(`
    mutation AddNetworkMember($id: ID!, $expectedVersion: Int!, $authority: ID!, $source: String) {
  addNetworkMember(
    id: $id
    expectedVersion: $expectedVersion
    authority: $authority
    source: $source
  ) {
    id
    version
  }
}
    `, {"hash":"c06a6bc8b5a181ef387cc84c2eef73bbbe78cb8e93d954394e1189931f2d9bc8"}) as unknown as TypedDocumentString<AddNetworkMemberMutation, AddNetworkMemberMutationVariables>;
export const RemoveNetworkMemberDocument = new TypedDocumentString(`
    mutation RemoveNetworkMember($id: ID!, $expectedVersion: Int!, $authority: ID!) {
  removeNetworkMember(
    id: $id
    expectedVersion: $expectedVersion
    authority: $authority
  ) {
    id
    version
  }
}
    `, {"hash":"1d5bd982d40d7e86dc1625983965f5f14d96fd6a191d46423c3f3e0ea080321d"}) as unknown as TypedDocumentString<RemoveNetworkMemberMutation, RemoveNetworkMemberMutationVariables>;