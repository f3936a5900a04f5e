// Server data of one node (react-query): everything the API has about it, for the node panel.

import { useQuery } from '@tanstack/react-query';
import { request } from '../api/client';
import { NodeDetailsQuery } from '../api/operations';

/** The query keys of this domain, defined here once. */
export const nodeKeys = {
  details: (id: string) => ['node', 'details', id] as const,
};

/** The node's details; null when the API knows no such node. Not asked while `enabled` is false. */
export function useNodeDetails(id: string, enabled = true) {
  return useQuery({
    queryKey: nodeKeys.details(id),
    queryFn: () => request(NodeDetailsQuery, { id }).then((d) => d.node),
    enabled,
  });
}

export * from './types';
export * from './utils';
