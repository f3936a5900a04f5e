// The memberships as W3C ORG (https://www.w3.org/TR/vocab-org/) in JSON-LD: each an
// org:Membership of a member (an authority or a person) in an organization (a network), with
// its role and its time as org:memberDuring.

import type { ExportData } from './data.js';

export function toOrgJsonLd(data: ExportData, base: string): Record<string, unknown> {
  const iri = (id: string) => `${base}${encodeURIComponent(id)}`;
  const during = (since?: string | null, until?: string | null) =>
    since || until
      ? {
          '@type': 'time:Interval',
          ...(since ? { 'time:hasBeginning': { '@type': 'time:Instant', 'time:inXSDDateTimeStamp': since } } : {}),
          ...(until ? { 'time:hasEnd': { '@type': 'time:Instant', 'time:inXSDDateTimeStamp': until } } : {}),
        }
      : undefined;
  const graph: Record<string, unknown>[] = [
    ...data.networks.map((n) => ({
      '@id': iri(n.id),
      '@type': 'org:Organization',
      'skos:prefLabel': n.name,
      'org:classification': 'network',
    })),
    ...data.organisations.map((o) => ({
      '@id': iri(o.id),
      '@type': o.authority ? ['org:Organization', 'org:FormalOrganization'] : 'org:Organization',
      'skos:prefLabel': o.name,
      ...(o.ags ? { 'org:identifier': o.ags } : {}),
    })),
    ...data.persons.map((p) => ({ '@id': iri(p.id), '@type': 'foaf:Person', 'foaf:name': p.name })),
    ...data.relations.map((r) => ({
      '@type': 'org:Membership',
      'org:member': { '@id': iri(r.from) },
      'org:organization': { '@id': iri(r.to) },
      'org:role': { '@type': 'org:Role', 'skos:prefLabel': r.type },
      ...(during(r.since, r.until) ? { 'org:memberDuring': during(r.since, r.until) } : {}),
      'dct:source': r.synthetic ? 'Beispieldaten (synthetic)' : (r.source ?? []),
    })),
    ...data.persons.flatMap((p) =>
      p.participations.map((m) => ({
        '@type': 'org:Membership',
        'org:member': { '@id': iri(p.id) },
        'org:organization': { '@id': iri(m.network) },
        'org:role': { '@type': 'org:Role', 'skos:prefLabel': m.role ?? 'MEMBER' },
        ...(during(m.since, m.until) ? { 'org:memberDuring': during(m.since, m.until) } : {}),
        'dct:source': m.synthetic ? 'Beispieldaten (synthetic)' : (m.source ?? []),
      })),
    ),
  ];
  return {
    '@context': {
      org: 'http://www.w3.org/ns/org#',
      skos: 'http://www.w3.org/2004/02/skos/core#',
      foaf: 'http://xmlns.com/foaf/0.1/',
      time: 'http://www.w3.org/2006/time#',
      dct: 'http://purl.org/dc/terms/',
    },
    '@graph': graph,
  };
}
