// Pure functions of the search: the name a hit is shown by.

import type { Hit } from './types';

/** Title or name, with the short name where it differs ("Deutsches Vergabenetzwerk (DVNW)"). */
export function hitName(hit: Hit): string {
  const n = hit.node;
  if ('title' in n && n.title) return n.title;
  if ('name' in n && n.name) return 'shortName' in n && n.shortName && n.shortName !== n.name ? `${n.name} (${n.shortName})` : n.name;
  return n.id;
}

/** The longest a search may be: the box stops there, before the API has to refuse it. */
export const MAX_QUERY_LENGTH = 100;

/**
 * A looser query for suggestions when nothing was found: the beginning (four letters) of the
 * longest word typed, which still finds "Vergabenetzwerk" after "Vergxbe netzwrk". Null when
 * that would be the query itself or too short to mean anything.
 */
export function suggestionQuery(text: string): string | null {
  const words = text
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean);
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length < 4) return null;
  const stem = longest.slice(0, 4);
  return stem === text.trim() ? null : stem;
}
