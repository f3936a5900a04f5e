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
import { type DataScope, useViewState } from '../urlState';
import { fromColumns } from './utils';

/** The query keys of this domain, defined here once. */
export const overlapKeys = {
  matrix: (by: MemberBasis, data: DataScope) => ['overlap', 'matrix', by, data] as const,
  topicRedundancy: () => ['overlap', 'topic-redundancy'] as const,
  similarity: (network: string, data: DataScope) => ['overlap', 'similarity', network, data] as const,
  pair: (a: string, b: string, data: DataScope) => ['overlap', 'pair', a, b, data] as const,
  duplicates: (authority: string, data: DataScope) => ['overlap', 'duplicates', authority, data] as const,
  recommended: (authority: string, data: DataScope) => ['overlap', 'recommended', authority, data] as const,
};

/** The API's data switch for a data scope: null both, false only the sources, true only Beispieldaten. */
export const syntheticArg = (data: DataScope): boolean | null => (data === 'all' ? null : data === 'synthetic');

/**
 * The overlap matrix of all networks on one basis, as cells between network ids, for the data
 * scope given or else the one the page's data switch chose (networks and the memberships counted).
 */
export function useOverlapMatrix(by: MemberBasis, data?: DataScope, enabled = true) {
  const [state] = useViewState();
  const scope = data ?? state.filters.data;
  return useQuery({
    queryKey: overlapKeys.matrix(by, scope),
    queryFn: () => request(OverlapMatrixQuery, { by, synthetic: syntheticArg(scope) }).then((d) => fromColumns(d.overlapMatrix)),
    enabled,
  });
}

/**
 * Two networks side by side: their measures and what they share (persons as far as the viewer may
 * see them), counted in the data scope of the page's data switch, like the heat map's cell.
 */
export function useOverlapPair(a: string, b: string, data?: DataScope) {
  const [state] = useViewState();
  const scope = data ?? state.filters.data;
  return useQuery({
    queryKey: overlapKeys.pair(a, b, scope),
    queryFn: () =>
      request(OverlapPairQuery, { network: a, other: b, synthetic: syntheticArg(scope) }).then(
        (d) => d.networkSimilarity.edges[0]?.node ?? null,
      ),
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
export function useNetworkSimilarity(network: string, data: DataScope = 'all') {
  return useQuery({
    queryKey: overlapKeys.similarity(network, data),
    queryFn: () =>
      request(NetworkSimilarityQuery, { network, synthetic: syntheticArg(data) }).then((d) => d.networkSimilarity.edges.map((e) => e.node)),
  });
}

/** Where several persons of this authority meet: in networks and at events. */
export function useAuthorityDuplicates(authority: string, data: DataScope = 'all') {
  return useQuery({
    queryKey: overlapKeys.duplicates(authority, data),
    queryFn: () => request(AuthorityDuplicatesQuery, { authority, synthetic: syntheticArg(data) }).then((d) => d.duplicateParticipation),
  });
}

/** Networks the authority is not yet in: on the topics of its networks, where its peers take part. */
export function useRecommendedNetworks(authority: string, data: DataScope = 'all') {
  return useQuery({
    queryKey: overlapKeys.recommended(authority, data),
    queryFn: () => request(RecommendedNetworksQuery, { authority, synthetic: syntheticArg(data) }).then((d) => d.recommendedNetworks),
  });
}

export * from './utils';
