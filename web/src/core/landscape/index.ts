// Server data of the landscape (react-query): the landscape itself, which networks still run and
// which are Beispieldaten, and the clusters; and the model the map and the table share: the landscape with small
// authorities aggregated into their Land, and the node ids the filters leave visible.
// Everything derived is computed by the pure functions in utils.ts.

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { NetworkFactsQuery as NetworkFactsQueryResult } from '../../gql/graphql';
import { request } from '../api/client';
import { ClustersQuery, LandscapeQuery, NetworkFactsQuery } from '../api/operations';
import type { DataScope, ViewState } from '../urlState/types';
import { aggregateSmallAuthorities, fromApi, visibleNodeIds } from './utils';

/** The query keys of this domain, defined here once. */
export const landscapeKeys = {
  landscape: (includeSynthetic: boolean) => ['landscape', 'graph', includeSynthetic] as const,
  networkFacts: () => ['landscape', 'network-facts'] as const,
  clusters: () => ['landscape', 'clusters'] as const,
};

/**
 * The landscape with its Beispieldaten, or (includeSynthetic false, the data switch on "nur
 * Quellen") only what the sources say: without invented nodes and relations, and weighed by
 * real relations only.
 */
export function useLandscape(includeSynthetic = true) {
  return useQuery({
    queryKey: landscapeKeys.landscape(includeSynthetic),
    queryFn: () => request(LandscapeQuery, { includeSynthetic }).then((d) => fromApi(d.landscape)),
    // The map stays while the other scope loads.
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

type NetworkFactsPage = NetworkFactsQueryResult['networks'];

/** Of every network: whether it still runs (Network.running), and whether it is invented. */
export interface NetworkFacts {
  running: Map<string, boolean>;
  synthetic: Set<string>;
}

/** The facts of every network, read a page (the API's largest) at a time. */
async function networkFacts(): Promise<NetworkFacts> {
  const facts: NetworkFacts = { running: new Map(), synthetic: new Set() };
  let after: string | null = null;
  do {
    const page: NetworkFactsPage = (await request(NetworkFactsQuery, { after })).networks;
    for (const { node } of page.edges) {
      facts.running.set(node.id, node.running);
      if (node.synthetic) facts.synthetic.add(node.id);
    }
    after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
  } while (after);
  return facts;
}

export function useNetworkFacts() {
  return useQuery({ queryKey: landscapeKeys.networkFacts(), queryFn: networkFacts, staleTime: 5 * 60_000 });
}

export function useClusters(enabled: boolean) {
  return useQuery({
    queryKey: landscapeKeys.clusters(),
    queryFn: () => request(ClustersQuery).then((d) => d.clusters),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/**
 * The landscape with its small authorities aggregated into their Land, except in the Länder
 * expanded and the one the Land filter chose; null while the landscape loads.
 */
export function useAggregatedLandscape(expand: readonly string[], land: string | null, data: DataScope = 'all') {
  const landscape = useLandscape(data !== 'real');
  const expandKey = [...expand, land ?? ''].join(',');
  const aggregated = useMemo(
    () => (landscape.data ? aggregateSmallAuthorities(landscape.data, new Set(expandKey.split(',').filter(Boolean))) : null),
    [landscape.data, expandKey],
  );
  return { landscape, aggregated };
}

const NO_TERMS: ReadonlyMap<string, boolean> = new Map();

/** The aggregated landscape and the visible node ids for a view state (the map's and the table's). */
export function useLandscapeModel(state: ViewState) {
  const { landscape, aggregated } = useAggregatedLandscape(state.expand, state.filters.land, state.filters.data);
  const facts = useNetworkFacts();
  // Which networks still run matters only to the term filter: without it, their arrival changes
  // nothing visible (and makes the map set its reducers and draw again for nothing).
  const running = state.filters.term === 'all' ? NO_TERMS : (facts.data?.running ?? NO_TERMS);
  const visible = useMemo(
    () => (aggregated ? visibleNodeIds(aggregated, state.filters, running) : null),
    [aggregated, state.filters, running],
  );
  return { landscape, aggregated, visible };
}

export * from './types';
export * from './utils';
