// Popolo (popoloproject.com): organizations, persons and memberships with start and end dates,
// out and in. Networks and authorities are both Popolo organizations, told apart by their
// classification; a membership of an authority in a network names it as `member`.

import type { ImportRecord } from '../import/check.js';
import type { ExportData } from './data.js';

const CLASS = { network: 'network', authority: 'authority', umbrella: 'umbrella organisation' } as const;

type Json = Record<string, unknown>;

const clean = (o: Json): Json =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)));
const sources = (s: string[] | null | undefined) =>
  (s ?? []).map((url) => ({ url: /^https?:\/\//.test(url) ? url : undefined, note: url })).map(clean);

export function toPopolo(data: ExportData): Json {
  const organizations = [
    ...data.networks.map((n) =>
      clean({
        id: n.id,
        name: n.name,
        other_names: n.shortName ? [{ name: n.shortName, note: 'short name' }] : [],
        classification: CLASS.network,
        parent_id: n.partOf,
        links: n.website ? [{ url: n.website }] : [],
        sources: sources(n.source),
        synthetic: n.synthetic || undefined,
      }),
    ),
    ...data.organisations.map((o) =>
      clean({
        id: o.id,
        name: o.name,
        other_names: o.shortName ? [{ name: o.shortName, note: 'short name' }] : [],
        classification: o.authority ? CLASS.authority : CLASS.umbrella,
        identifiers: [
          o.ags ? { scheme: 'AGS', identifier: o.ags } : null,
          o.ars ? { scheme: 'ARS', identifier: o.ars } : null,
          o.pvogId ? { scheme: 'PVOG', identifier: o.pvogId } : null,
          o.wikidataId ? { scheme: 'wikidata', identifier: o.wikidataId } : null,
        ].filter(Boolean),
        area: o.bundesland ? { id: o.bundesland, classification: 'Bundesland' } : undefined,
        links: o.website ? [{ url: o.website }] : [],
        sources: sources(o.source),
        synthetic: o.synthetic || undefined,
      }),
    ),
  ];
  const memberships = [
    ...data.relations.map((r) =>
      clean({
        id: `${r.from}|${r.type}|${r.to}`,
        member: { '@type': 'Organization', id: r.from },
        organization_id: r.to,
        role: r.type,
        start_date: r.since,
        end_date: r.until,
        sources: sources(r.source),
        synthetic: r.synthetic || undefined,
      }),
    ),
    ...data.persons.flatMap((p) =>
      p.participations.map((m) =>
        clean({
          id: `${p.id}|${m.network}`,
          person_id: p.id,
          organization_id: m.network,
          role: m.role,
          start_date: m.since,
          end_date: m.until,
          visibility: m.visibility,
          sources: sources(m.source),
          synthetic: m.synthetic || undefined,
        }),
      ),
    ),
    ...data.persons
      .filter((p) => p.authority)
      .map((p) =>
        clean({
          id: `${p.id}|WORKS_AT|${p.authority}`,
          person_id: p.id,
          organization_id: p.authority,
          role: 'WORKS_AT',
          synthetic: p.synthetic || undefined,
        }),
      ),
  ];
  const persons = data.persons.map((p) =>
    clean({ id: p.id, name: p.name, sources: sources(p.source), synthetic: p.synthetic || undefined }),
  );
  return { organizations, persons, memberships };
}

/** Records to import from a Popolo file, by kind, in the order they must be imported. */
export function fromPopolo(popolo: Json): {
  networks: ImportRecord[];
  organisations: ImportRecord[];
  persons: ImportRecord[];
  memberships: ImportRecord[];
  participations: ImportRecord[];
} {
  const list = (key: string) => (Array.isArray(popolo[key]) ? (popolo[key] as Json[]) : []);
  const src = (o: Json): Partial<ImportRecord> =>
    o.synthetic === true
      ? { synthetic: true }
      : { source: ((o.sources as Json[] | undefined) ?? []).map((s) => String(s.note ?? s.url)).filter(Boolean) };
  const orgs = list('organizations');
  const networks = orgs
    .filter((o) => o.classification === CLASS.network)
    .map(
      (o) =>
        clean({
          id: o.id,
          name: o.name,
          shortName: (o.other_names as Json[] | undefined)?.[0]?.name,
          partOf: o.parent_id,
          website: (o.links as Json[] | undefined)?.[0]?.url,
          ...src(o),
        }) as ImportRecord,
    );
  const organisations = orgs
    .filter((o) => o.classification !== CLASS.network)
    .map((o) => {
      const key = (scheme: string) => (o.identifiers as Json[] | undefined)?.find((i) => i.scheme === scheme)?.identifier;
      return clean({
        id: o.id,
        name: o.name,
        shortName: (o.other_names as Json[] | undefined)?.[0]?.name,
        roles: [o.classification === CLASS.umbrella ? 'UMBRELLA' : 'AUTHORITY'],
        bundesland: (o.area as Json | undefined)?.id,
        ags: key('AGS'),
        ars: key('ARS'),
        pvogId: key('PVOG'),
        wikidataId: key('wikidata'),
        website: (o.links as Json[] | undefined)?.[0]?.url,
        ...src(o),
      }) as ImportRecord;
    });
  const all = list('memberships');
  const works = new Map(all.filter((m) => m.role === 'WORKS_AT').map((m) => [m.person_id as string, m.organization_id as string]));
  const persons = list('persons').map(
    (p) => clean({ id: p.id, name: p.name, authority: works.get(p.id as string), ...src(p) }) as ImportRecord,
  );
  const memberships = all
    .filter((m) => (m.member as Json | undefined)?.['@type'] === 'Organization')
    .map(
      (m) =>
        clean({
          organisation: (m.member as Json).id,
          network: m.organization_id,
          type: m.role,
          since: m.start_date,
          until: m.end_date,
          ...src(m),
        }) as ImportRecord,
    );
  const participations = all
    .filter((m) => m.person_id && m.role !== 'WORKS_AT')
    .map(
      (m) =>
        clean({
          person: m.person_id,
          network: m.organization_id,
          role: m.role,
          since: m.start_date,
          until: m.end_date,
          visibility: m.visibility,
          ...src(m),
        }) as ImportRecord,
    );
  return { networks, organisations, persons, memberships, participations };
}
