// Server data of the landscape (react-query): the landscape itself, which networks still run,
// and the clusters. Everything derived from it is computed by the pure functions in utils.ts.

import { useQuery } from '@tanstack/react-query';
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

/** Network id -> still running (Network.running). */
export function useNetworkTerms() {
  return useQuery({
    queryKey: ['network-terms'],
    queryFn: () => request(NetworkTermsQuery).then((d) => new Map(d.networks.edges.map((e) => [e.node.id, e.node.running]))),
    staleTime: 5 * 60_000,
  });
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
