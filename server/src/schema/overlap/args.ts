// The argument the overlap questions share: a scope of networks.

import { z } from 'zod';

/** A scope of networks: null means all; an empty list is refused (NETWORKS_SCOPE), not "nothing". */
export function scope(networks: readonly (string | number)[] | null | undefined): string[] | null {
  return networks == null ? null : networks.map(String);
}

export const NETWORKS_SCOPE = {
  description: 'Only among these networks (default: all networks).',
  validate: z.array(z.union([z.string(), z.number()])).min(1, 'networks must not be empty (leave it out for all networks)'),
};
