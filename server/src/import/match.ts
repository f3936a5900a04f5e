// Matching an imported authority to one already in the graph: by official key first, then by
// normalised name. A certain match links; anything less goes to review, never merged silently.

import { distance } from 'fastest-levenshtein';

export interface AuthorityKeys {
  id: string;
  name: string;
  ags?: string | null;
  ars?: string | null;
  pvogId?: string | null;
  wikidataId?: string | null;
}

export type Match =
  | { kind: 'certain'; id: string; by: 'id' | 'ags' | 'ars' | 'pvogId' | 'wikidataId' | 'name' }
  | { kind: 'uncertain'; candidates: { id: string; name: string; reason: string }[] }
  | { kind: 'none' };

// Words that say what kind of body a name is, not which one. "Stadt Köln", "Köln, Stadt" and
// "Stadtverwaltung Köln" are one body; "Landkreis Köln" would be another, so the kind is kept.
const KIND_WORDS: Record<string, string> = {
  stadt: 'city',
  stadtverwaltung: 'city',
  hansestadt: 'city',
  landeshauptstadt: 'city',
  kreisfreie: 'city',
  gemeinde: 'municipality',
  gemeindeverwaltung: 'municipality',
  markt: 'municipality',
  landkreis: 'district',
  kreis: 'district',
  kreisverwaltung: 'district',
  landratsamt: 'district',
};
const FILLER = new Set(['der', 'die', 'das', 'des', 'verwaltung', 'am', 'an', 'im', 'in', 'i', 'd']);

/** Folds case, umlauts and ß as Germans type them without a German keyboard ("Koeln"). */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** A name as a comparable key: its kind (if it names one) and its other words, sorted. */
export function nameKey(name: string): { kind: string | null; core: string } {
  const words = fold(name)
    .replace(/-/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  let kind: string | null = null;
  const core: string[] = [];
  for (const w of words) {
    if (KIND_WORDS[w]) kind ??= KIND_WORDS[w];
    else if (!FILLER.has(w)) core.push(w);
  }
  return { kind, core: core.sort().join(' ') };
}

/**
 * Matches one imported authority against the graph's. Official keys decide when present (two
 * different AGS are two bodies, whatever their names); then the same normalised name and kind
 * is certain when exactly one authority has it; a near name (a typo, or the kind missing on one
 * side) is a candidate for review.
 */
export function matchAuthority(record: Omit<AuthorityKeys, 'id'> & { id?: string | null }, known: AuthorityKeys[]): Match {
  if (record.id) {
    const byId = known.find((k) => k.id === record.id);
    if (byId) return { kind: 'certain', id: byId.id, by: 'id' };
  }
  for (const key of ['ags', 'ars', 'pvogId', 'wikidataId'] as const) {
    const value = record[key];
    if (!value) continue;
    const hits = known.filter((k) => k[key] === value);
    if (hits.length === 1) return { kind: 'certain', id: (hits[0] as AuthorityKeys).id, by: key };
  }
  const mine = nameKey(record.name);
  if (mine.core === '') return { kind: 'none' };
  const keyConflict = (k: AuthorityKeys) =>
    (['ags', 'ars', 'pvogId', 'wikidataId'] as const).some((key) => record[key] && k[key] && record[key] !== k[key]);
  const same: AuthorityKeys[] = [];
  const near: { id: string; name: string; reason: string }[] = [];
  for (const k of known) {
    if (keyConflict(k)) continue;
    const theirs = nameKey(k.name);
    if (mine.kind !== null && theirs.kind !== null && mine.kind !== theirs.kind) continue;
    if (mine.core === theirs.core) same.push(k);
    else if (mine.core.length >= 5 && distance(mine.core, theirs.core) <= Math.min(2, Math.floor(mine.core.length / 5))) {
      near.push({ id: k.id, name: k.name, reason: 'nearly the same name' });
    }
  }
  // One body of that name (and kind, where both say it) is certain; a typo never is.
  const sameKind = same.filter((k) => nameKey(k.name).kind === mine.kind);
  if (same.length === 1) return { kind: 'certain', id: (same[0] as AuthorityKeys).id, by: 'name' };
  if (mine.kind !== null && sameKind.length === 1) return { kind: 'certain', id: (sameKind[0] as AuthorityKeys).id, by: 'name' };
  const candidates = [...same.map((k) => ({ id: k.id, name: k.name, reason: 'same name, several bodies' })), ...near];
  return candidates.length > 0 ? { kind: 'uncertain', candidates: candidates.slice(0, 5) } : { kind: 'none' };
}
