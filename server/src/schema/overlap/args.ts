// Argument checks the overlap questions share.

import { badInput } from '../common/errors.js';

/** A scope of networks: null means all; an empty list is an error, not "nothing". */
export function scope(networks: readonly (string | number)[] | null | undefined): string[] | null {
  if (networks == null) return null;
  if (networks.length === 0) throw badInput('networks must not be empty (leave it out for all networks)', 'networks');
  return networks.map(String);
}

export const NETWORKS_SCOPE = { description: 'Only among these networks (default: all networks).' };
