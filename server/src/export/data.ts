// The landscape as the exchange formats see it, read in one statement (cypher/export/landscape).

import type { Store } from '../db/store.js';

export interface ExportOrganisation {
  id: string;
  name: string;
  shortName?: string | null;
  bundesland?: string | null;
  level?: string | null;
  ags?: string | null;
  ars?: string | null;
  pvogId?: string | null;
  wikidataId?: string | null;
  website?: string | null;
  source?: string[] | null;
  synthetic?: boolean | null;
  authority: boolean;
  umbrella: boolean;
}

export interface ExportNetwork {
  id: string;
  name: string;
  shortName?: string | null;
  website?: string | null;
  level?: string | null;
  bundesland?: string | null;
  partOf?: string | null;
  source?: string[] | null;
  synthetic?: boolean | null;
}

export interface ExportRelation {
  from: string;
  type: 'MEMBER_OF' | 'COORDINATES' | 'HOSTS' | 'FUNDS' | 'PROVIDES_CONTENT';
  to: string;
  since?: string | null;
  until?: string | null;
  source?: string[] | null;
  synthetic?: boolean | null;
}

export interface ExportPerson {
  id: string;
  name: string;
  authority?: string | null;
  source?: string[] | null;
  synthetic?: boolean | null;
  participations: {
    network: string;
    role?: string | null;
    since?: string | null;
    until?: string | null;
    visibility?: string | null;
    source?: string[] | null;
    synthetic?: boolean | null;
  }[];
}

export interface ExportData {
  organisations: ExportOrganisation[];
  networks: ExportNetwork[];
  relations: ExportRelation[];
  persons: ExportPerson[];
}

/** Which persons an export carries: none, those whose participations are public, or all (administrators). */
export type PersonScope = 'NONE' | 'PUBLIC' | 'ALL';

export async function exportData(store: Store, persons: PersonScope = 'NONE'): Promise<ExportData> {
  const [row] = await store.read<ExportData>('export/landscape', { persons });
  const byId = <T extends { id: string }>(list: T[] = []) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  return {
    organisations: byId(row?.organisations),
    networks: byId(row?.networks),
    relations: [...(row?.relations ?? [])].sort((a, b) => `${a.from}|${a.type}|${a.to}`.localeCompare(`${b.from}|${b.type}|${b.to}`)),
    persons: persons === 'NONE' ? [] : byId(row?.persons).filter((p) => p.participations.length > 0),
  };
}
