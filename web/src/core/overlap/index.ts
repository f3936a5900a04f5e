// Server data of the overlap questions (react-query): the overlap matrix and the topic
// redundancy of the overlap view, and the overlaps the node panel shows for one network or
// authority. Everything derived from them is computed by the pure functions in utils.ts.

import { useQuery } from '@tanstack/react-query';
import type { MemberBasis } from '../../gql/graphql';
import { request } from '../api/client';
import {
  AuthorityDuplicatesQuery,
  NetworkSimilarityQuery,
  OverlapMatrixQuery,
  OverlapPairQuery,
  RecommendedNetworksQuery,
  TopicRedundancyQuery,
} from '../api/operations';
import { fromColumns } from './utils';

/** The query keys of this domain, defined here once. */
export const overlapKeys = {
  matrix: (by: MemberBasis) => ['overlap', 'matrix', by] as const,
  topicRedundancy: () => ['overlap', 'topic-redundancy'] as const,
  similarity: (network: string) => ['overlap', 'similarity', network] as const,
  pair: (a: string, b: string) => ['overlap', 'pair', a, b] as const,
  duplicates: (authority: string) => ['overlap', 'duplicates', authority] as const,
  recommended: (authority: string) => ['overlap', 'recommended', authority] as const,
};

/** The overlap matrix of all networks on one basis, as cells between network ids. */
export function useOverlapMatrix(by: MemberBasis) {
  return useQuery({
    queryKey: overlapKeys.matrix(by),
    queryFn: () => request(OverlapMatrixQuery, { by }).then((d) => fromColumns(d.overlapMatrix)),
  });
}

/** Two networks side by side: their measures and what they share (persons as far as the viewer may see them). */
export function useOverlapPair(a: string, b: string) {
  return useQuery({
    queryKey: overlapKeys.pair(a, b),
    queryFn: () => request(OverlapPairQuery, { network: a, other: b }).then((d) => d.networkSimilarity.edges[0]?.node ?? null),
  });
}

/** Pairs of networks on the same topics, most redundant first. */
export function useTopicRedundancy() {
  return useQuery({
    queryKey: overlapKeys.topicRedundancy(),
    queryFn: () => request(TopicRedundancyQuery).then((d) => d.topicRedundancy.edges.map((e) => e.node)),
  });
}

/** The networks most like this one. */
export function useNetworkSimilarity(network: string) {
  return useQuery({
    queryKey: overlapKeys.similarity(network),
    queryFn: () => request(NetworkSimilarityQuery, { network }).then((d) => d.networkSimilarity.edges.map((e) => e.node)),
  });
}

/** Where several persons of this authority meet: in networks and at events. */
export function useAuthorityDuplicates(authority: string) {
  return useQuery({
    queryKey: overlapKeys.duplicates(authority),
    queryFn: () => request(AuthorityDuplicatesQuery, { authority }).then((d) => d.duplicateParticipation),
  });
}

/** Networks the authority is not yet in: on the topics of its networks, where its peers take part. */
export function useRecommendedNetworks(authority: string) {
  return useQuery({
    queryKey: overlapKeys.recommended(authority),
    queryFn: () => request(RecommendedNetworksQuery, { authority }).then((d) => d.recommendedNetworks),
  });
}

export * from './utils';
