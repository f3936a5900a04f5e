// Server data of the path view (react-query): how two authorities are connected, and the names
// of the authorities chosen by id.

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { request } from '../api/client';
import { AuthorityNameQuery, ConnectionQuery } from '../api/operations';

/** The query keys of this domain, defined here once. */
export const pathKeys = {
  authorityName: (id: string | null) => ['path', 'authority-name', id] as const,
  connection: (from: string | null, to: string | null) => ['path', 'connection', from, to] as const,
};

/** The name of an authority chosen by id (from the URL or the node panel), for its search box; the id while unknown. */
export function useAuthorityName(id: string | null): string {
  const { data } = useQuery({
    queryKey: pathKeys.authorityName(id),
    queryFn: () => request(AuthorityNameQuery, { id: id! }).then((d) => d.authority.name),
    enabled: Boolean(id),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  return id ? (data ?? id) : '';
}

/** Keeps a name already known (a picked search hit), so that its box need not wait for the lookup. */
export function useRememberAuthorityName(): (id: string, name: string) => void {
  const queryClient = useQueryClient();
  return useCallback((id, name) => queryClient.setQueryData(pathKeys.authorityName(id), name), [queryClient]);
}

/** The shortest connection of two authorities through networks; not asked while `enabled` is false. */
export function useConnection(from: string | null, to: string | null, enabled: boolean) {
  return useQuery({
    queryKey: pathKeys.connection(from, to),
    queryFn: () => request(ConnectionQuery, { from: from!, to: to! }).then((d) => d.connection),
    enabled,
  });
}
