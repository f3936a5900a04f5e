// Pure functions of the search: the name a hit is shown by.

import type { Hit } from './types';

/** Title or name, with the short name where it differs ("Deutsches Vergabenetzwerk (DVNW)"). */
export function hitName(hit: Hit): string {
  const n = hit.node;
  if ('title' in n && n.title) return n.title;
  if ('name' in n && n.name) return 'shortName' in n && n.shortName && n.shortName !== n.name ? `${n.name} (${n.shortName})` : n.name;
  return n.id;
}
