// Server data of the innovation view (react-query): innovations by kind and the networks they
// emerged in, with the authorities that adopted them.

import { useQuery } from '@tanstack/react-query';
import type { InnovationKind } from '../../gql/graphql';
import { request } from '../api/client';
import { InnovationTransferQuery } from '../api/operations';

/** The query keys of this domain, defined here once. */
export const innovationKeys = {
  transfer: (kind: InnovationKind | null) => ['innovation', 'transfer', kind] as const,
};

/** Innovation transfer for one kind, or for all (null). */
export function useInnovationTransfer(kind: InnovationKind | null) {
  return useQuery({
    queryKey: innovationKeys.transfer(kind),
    queryFn: () => request(InnovationTransferQuery, { kind }).then((d) => d.innovationTransfer),
  });
}
