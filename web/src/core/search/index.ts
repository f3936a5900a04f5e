// Server data of the search box (react-query): the hits for what was typed.

import { useQuery } from '@tanstack/react-query';
import type { SearchableType } from '../../gql/graphql';
import { request } from '../api/client';
import { SearchQuery } from '../api/operations';

/** The query keys of this domain, defined here once. */
export const searchKeys = {
  hits: (query: string, kinds: readonly SearchableType[] | undefined) => ['search', query, kinds] as const,
};

/**
 * The best ten hits for `query`, of these kinds only where given; asked from two characters on.
 */
export function useSearch(query: string, kinds?: SearchableType[]) {
  return useQuery({
    queryKey: searchKeys.hits(query, kinds),
    queryFn: () => request(SearchQuery, { query, first: 10, ...(kinds ? { types: kinds } : {}) }).then((d) => d.search),
    enabled: query.length >= 2,
    staleTime: 60_000,
  });
}

export * from './types';
export * from './utils';
