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
export function useSearch(query: string, kinds?: SearchableType[], enabled = true, first = 10) {
  return useQuery({
    queryKey: [...searchKeys.hits(query, kinds), first],
    queryFn: () => request(SearchQuery, { query, first, ...(kinds ? { types: kinds } : {}) }).then((d) => d.search),
    enabled: enabled && query.length >= 2,
    staleTime: 60_000,
  });
}

export * from './types';
export * from './utils';
