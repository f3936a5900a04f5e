// Server data of what the store covers (react-query): per kind of node and relation, how much
// comes from the sources and how much is Beispieldaten, and the source documents. The first-
// visit notice, the guide and the "Über" page read it; it is asked only while one of them is
// shown (it counts the whole store), and once per page load.

import { useQuery } from '@tanstack/react-query';
import { request } from '../api/client';
import { CoverageQuery } from '../api/operations';
import { type Coverage, coverageOf } from './utils';

/** The query keys of this domain, defined here once. */
export const coverageKeys = {
  coverage: () => ['coverage'] as const,
};

export function useCoverage(enabled = true) {
  return useQuery({
    queryKey: coverageKeys.coverage(),
    enabled,
    queryFn: () => request(CoverageQuery).then((d): Coverage => coverageOf(d)),
    staleTime: 30 * 60_000,
  });
}

export * from './utils';
