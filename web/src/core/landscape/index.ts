// Server data of the landscape (react-query): the landscape itself, which networks still run,
// and the clusters. Everything derived from it is computed by the pure functions in utils.ts.

import { useQuery } from '@tanstack/react-query';
import type { NetworkTermsQuery as NetworkTermsQueryResult } from '../../gql/graphql';
import { request } from '../api/client';
import { ClustersQuery, LandscapeQuery, NetworkTermsQuery } from '../api/operations';
import { fromApi } from './utils';

export function useLandscape() {
  return useQuery({
    queryKey: ['landscape'],
    queryFn: () => request(LandscapeQuery, { includeSynthetic: true }).then((d) => fromApi(d.landscape)),
    staleTime: 5 * 60_000,
  });
}

type NetworkTermsPage = NetworkTermsQueryResult['networks'];

/** Network id -> still running (Network.running), read a page (the API's largest) at a time. */
async function networkTerms(): Promise<Map<string, boolean>> {
  const running = new Map<string, boolean>();
  let after: string | null = null;
  do {
    const page: NetworkTermsPage = (await request(NetworkTermsQuery, { after })).networks;
    for (const { node } of page.edges) running.set(node.id, node.running);
    after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
  } while (after);
  return running;
}

export function useNetworkTerms() {
  return useQuery({ queryKey: ['network-terms'], queryFn: networkTerms, staleTime: 5 * 60_000 });
}

export function useClusters(enabled: boolean) {
  return useQuery({
    queryKey: ['clusters'],
    queryFn: () => request(ClustersQuery).then((d) => d.clusters),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export * from './types';
export * from './utils';
