// The documents the real landscape is read from (shipped with the project brief). Every seeded
// node and relationship names one or more of these ids in `source`; the API serves them as
// SourceDocument. In the server, not in the seed, so that the API need not import the seed.

export const SOURCES = {
  'oefit-whitepaper': {
    title: 'Innovationsnetzwerke in der öffentlichen Verwaltung (ÖFIT-Whitepaper)',
    publisher: 'Kompetenzzentrum Öffentliche IT (ÖFIT), Fraunhofer FOKUS',
    url: 'https://www.oeffentliche-it.de/publikationen/innovationsnetzwerke-in-der-oeffentlichen-verwaltung/',
  },
  'oefit-summary': {
    title: 'Innovationsnetzwerke in der öffentlichen Verwaltung (Zusammenfassung)',
    publisher: 'Kompetenzzentrum Öffentliche IT (ÖFIT)',
    url: 'https://www.oeffentliche-it.de/publikationen/innovationsnetzwerke-in-der-oeffentlichen-verwaltung/',
  },
  'communities-overview': {
    title: 'Communities für eine agile und digitale Verwaltung – ein Überblick',
    publisher: null,
    url: null,
  },
  'innovators-club': {
    title: 'Der Innovators Club – ein Werkstattbericht (Beitrag im Sammelband »Kommunale Innovationen«)',
    publisher: null,
    url: null,
  },
  'wissenstransfer-modul': {
    title: 'Modul Wissenstransfer (datengetriebene Innovation in Kommunen)',
    publisher: null,
    url: null,
  },
} as const satisfies Record<string, { title: string; publisher: string | null; url: string | null }>;

export type SourceId = keyof typeof SOURCES;
