// A template per kind: the header as Germans write it and one example row, as CSV for a German
// Excel. docs/import/vorlagen/ holds them (a test keeps them equal to this), and docs/import.md
// lists the columns from the same layouts.

import { KIND_NAMES_DE, type Kind, LAYOUTS } from './layouts.js';
import { fold } from './match.js';

const EXAMPLES: Record<Kind, Record<string, string>> = {
  topics: {
    id: 'topic:open-data',
    name: 'Open Data',
    nameEn: 'Open data',
    parent: 'topic:digitalisierung',
    source: 'Themenliste des Netzwerks 2026',
  },
  networks: {
    id: 'network:beispielnetz',
    name: 'Beispielnetzwerk Verwaltung',
    shortName: 'BNV',
    website: 'https://example.org',
    level: 'Kommune',
    bundesland: 'DE-NW',
    formats: 'DIGITAL_MEETINGS|WORKSHOPS',
    topics: 'topic:vergaberecht',
    source: 'Selbstauskunft des Netzwerks 2026',
  },
  organisations: {
    id: 'org:stadt-musterstadt',
    name: 'Stadt Musterstadt',
    roles: 'Behörde',
    level: 'Kommune',
    bundesland: 'DE-NW',
    ags: '05999001',
    ars: '059990000001',
    wikidataId: 'Q365',
    emailDomains: 'musterstadt.example',
    source: 'Gemeindeverzeichnis 2026',
  },
  memberships: {
    organisation: 'Stadt Musterstadt',
    network: 'network:beispielnetz',
    type: 'Mitgliedschaft',
    since: '01.03.2025',
    source: 'Mitgliederliste 2026',
  },
  persons: {
    id: 'person:erika-muster',
    name: 'Erika Muster',
    jobTitle: 'Innovationsmanagerin',
    email: 'erika.muster@musterstadt.example',
    authority: 'org:stadt-musterstadt',
    source: 'Anmeldung beim Netzwerk 2026',
  },
  participations: {
    person: 'person:erika-muster',
    network: 'network:beispielnetz',
    role: 'aktiv',
    since: '01.03.2025',
    visibility: 'Behörde',
    source: 'Teilnahmeerklärung mit Einwilligung, 2026',
  },
  events: {
    id: 'event:beispieltreffen-2026',
    name: 'Netzwerktreffen Frühjahr 2026',
    network: 'network:beispielnetz',
    date: '12.03.2026',
    format: 'DIGITAL_MEETINGS',
    source: 'Einladung 2026',
  },
  attendance: { person: 'person:erika-muster', event: 'event:beispieltreffen-2026', visibility: 'privat', source: 'Teilnehmerliste 2026' },
  innovations: {
    id: 'innovation:digitale-akte',
    title: 'Digitale Vergabeakte',
    description: 'Vorlage für eine digitale Vergabeakte',
    kind: 'Prozess',
    emergedIn: 'network:beispielnetz',
    topics: 'topic:vergaberecht',
    source: 'Ergebnisbericht 2026',
  },
  adoptions: {
    innovation: 'innovation:digitale-akte',
    authority: 'Stadt Musterstadt',
    note: 'seit 2026 im Einsatz',
    source: 'Rückmeldung der Stadt 2026',
  },
};

/** The column names a template uses: the first German name, else the key. */
export function templateHeader(kind: Kind): string[] {
  return LAYOUTS[kind].map((c) => c.aliases[0] ?? c.key);
}

/** One example row per kind, by column key. */
export function templateExample(kind: Kind): Record<string, string> {
  return Object.fromEntries(Object.entries(EXAMPLES[kind]).filter(([, v]) => v !== ''));
}

const quote = (v: string) => (/[";\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The template as CSV for a German Excel (BOM, semicolons, CRLF). */
export function templateCsv(kind: Kind): string {
  const example = templateExample(kind);
  const header = templateHeader(kind);
  const row = LAYOUTS[kind].map((c) => example[c.key] ?? '');
  return `\ufeff${header.map(quote).join(';')}\r\n${row.map(quote).join(';')}\r\n`;
}

/** The template's file name in docs/import/vorlagen/ (German, without umlauts). */
export const templateFile = (kind: Kind) => `${fold(KIND_NAMES_DE[kind])}.csv`;

/** The column tables of docs/import.md, one per kind (a test keeps the document equal to this). */
export function columnsMarkdown(): string {
  return (Object.keys(LAYOUTS) as Kind[])
    .map((kind) =>
      [
        `### ${KIND_NAMES_DE[kind]} (\`--kind ${kind}\`, Vorlage \`vorlagen/${templateFile(kind)}\`)`,
        '',
        '| Spalte | auch | Pflicht | Inhalt |',
        '| --- | --- | --- | --- |',
        ...LAYOUTS[kind].map(
          (c) =>
            `| ${c.aliases[0] ?? c.key} | ${[c.key, ...c.aliases.slice(1)].join(', ')} | ${c.required ? 'ja' : ''} | ${c.help.replace(/\|/g, '\\|')} |`,
        ),
      ].join('\n'),
    )
    .join('\n\n');
}
