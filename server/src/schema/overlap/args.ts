// The argument the overlap questions share: a scope of networks.

import { z } from 'zod';

/** A scope of networks: null means all; an empty list is refused (NETWORKS_SCOPE), not "nothing". */
export function scope(networks: readonly (string | number)[] | null | undefined): string[] | null {
  return networks == null ? null : networks.map(String);
}

/** The data switch of the overlap questions: for networks and for the relationships counted. */
export const DATA_SCOPE = {
  description:
    'true: only Beispieldaten; false: only facts from the sources. Applies to the networks and to the memberships, participations and topic links counted (a relationship is Beispieldaten when it or the node at its other end is). Default: both.',
};

export const NETWORKS_SCOPE = {
  description: 'Only among these networks (default: all networks).',
  validate: z.array(z.union([z.string(), z.number()])).min(1, 'networks must not be empty (leave it out for all networks)'),
};
