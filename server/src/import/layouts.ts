// One column layout per kind of record that can be imported: the column names (English, and the
// German ones people write in their spreadsheets), and what each value must be. A row is checked
// here, cell by cell, before anything touches the database; every problem names its column.

import { z } from 'zod';
import { LAND_BY_KEY_PREFIX } from './keys.js';
import { fold } from './match.js';

export const KINDS = [
  'topics',
  'networks',
  'organisations',
  'memberships',
  'persons',
  'participations',
  'events',
  'attendance',
  'innovations',
  'adoptions',
] as const;
export type Kind = (typeof KINDS)[number];

/** German names of the kinds, for messages and the CLI's --kind. */
export const KIND_NAMES_DE: Record<Kind, string> = {
  topics: 'Themen',
  networks: 'Netzwerke',
  organisations: 'Organisationen',
  memberships: 'Mitgliedschaften',
  persons: 'Personen',
  participations: 'Teilnahmen',
  events: 'Veranstaltungen',
  attendance: 'Anwesenheit',
  innovations: 'Innovationen',
  adoptions: 'Übernahmen',
};

const LANDS = Object.values(LAND_BY_KEY_PREFIX) as [string, ...string[]];
const LEVELS = ['FEDERAL', 'STATE', 'MUNICIPAL', 'ACROSS_LEVELS'] as const;
const FORMATS = [
  'ONLINE_PLATFORM',
  'DIGITAL_MEETINGS',
  'IN_PERSON_MEETINGS',
  'HACKATHONS',
  'TRAININGS',
  'CONFERENCES',
  'WORKSHOPS',
  'BLOG',
  'NEWSLETTER',
  'MAILING_LIST',
  'PUBLICATIONS',
] as const;
export const PARTICIPATION_ROLES = ['COORDINATOR', 'ACTIVE', 'MEMBER', 'OBSERVER'] as const;
export const VISIBILITIES = ['PRIVATE', 'AUTHORITY', 'NETWORK', 'PUBLIC'] as const;
export const ORG_NETWORK_TYPES = ['MEMBER_OF', 'COORDINATES', 'HOSTS', 'FUNDS', 'PROVIDES_CONTENT'] as const;

/** German words accepted for enum values, folded (see match.ts `fold`). */
const GERMAN_VALUES: Record<string, string> = {
  bund: 'FEDERAL',
  land: 'STATE',
  kommune: 'MUNICIPAL',
  kommunal: 'MUNICIPAL',
  ebenenuebergreifend: 'ACROSS_LEVELS',
  koordination: 'COORDINATOR',
  koordinator: 'COORDINATOR',
  koordinatorin: 'COORDINATOR',
  aktiv: 'ACTIVE',
  mitglied: 'MEMBER',
  beobachtend: 'OBSERVER',
  beobachter: 'OBSERVER',
  beobachterin: 'OBSERVER',
  privat: 'PRIVATE',
  behoerde: 'AUTHORITY',
  netzwerk: 'NETWORK',
  oeffentlich: 'PUBLIC',
  mitgliedschaft: 'MEMBER_OF',
  koordiniert: 'COORDINATES',
  beherbergt: 'HOSTS',
  foerdert: 'FUNDS',
  inhalte: 'PROVIDES_CONTENT',
  behoerden: 'AUTHORITY',
  dachorganisation: 'UMBRELLA',
  produkt: 'PRODUCT',
  prozess: 'PROCESS',
  organisatorisch: 'ORGANISATIONAL',
  kommunikation: 'COMMUNICATION',
  wissenstransfer: 'KNOWLEDGE_TRANSFER',
};

const words = (value: string) => fold(value).replace(/[^a-z0-9]/g, '');

/** An enum cell: the API's value in any case, or its German word. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .transform((v) => {
      const upper = v
        .trim()
        .toUpperCase()
        .replace(/[\s-]+/g, '_');
      return (values as readonly string[]).includes(upper) ? upper : (GERMAN_VALUES[words(v)] ?? v.trim());
    })
    .pipe(z.enum(values, { error: () => `erlaubt: ${values.join(', ')}` }));
}

const text = (max = 500) => z.string().trim().min(1, 'ist leer').max(max, `ist länger als ${max} Zeichen`);
/** An id as the graph writes them: a prefix, a colon, lower-case words (network:dvnw). */
const id = (prefix: string) =>
  z
    .string()
    .trim()
    .regex(
      new RegExp(`^${prefix}:[a-z0-9][a-z0-9._-]{0,119}$`),
      `muss die Form ${prefix}:kurzname haben (Kleinbuchstaben, Ziffern, - . _)`,
    );
/** A date as ISO (2025-03-01) or as Germans write it (01.03.2025); a year alone for "since". */
const date = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
    const iso = german ? `${german[3]}-${german[2]?.padStart(2, '0')}-${german[1]?.padStart(2, '0')}` : v;
    if (/^\d{4}$/.test(iso)) return iso;
    const d = new Date(`${iso}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) {
      ctx.addIssue({ code: 'custom', message: `„${v}“ ist kein Datum (erwartet 2025-03-01 oder 01.03.2025)` });
      return z.NEVER;
    }
    return iso;
  });
/** A list in one cell, separated by "|" (commas and semicolons separate the columns). */
const list = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((v) =>
      v
        .split('|')
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    )
    .pipe(z.array(item).max(100, 'mehr als 100 Einträge'));
const yes = z
  .string()
  .trim()
  .transform((v) => ['ja', 'yes', 'true', 'wahr', '1', 'x'].includes(v.toLowerCase()));

export interface Column {
  key: string;
  /** Other names this column may have in a file, German first. */
  aliases: string[];
  required?: boolean;
  schema: z.ZodType<unknown, string>;
  /** One line for the template and the docs. */
  help: string;
}

const SOURCE_COLUMNS: Column[] = [
  { key: 'source', aliases: ['Quelle', 'Quellen'], schema: list(text(200)), help: 'Quelle(n) dieser Angabe, getrennt durch |' },
  { key: 'synthetic', aliases: ['Beispieldaten', 'erfunden'], schema: yes, help: '„ja“, wenn die Zeile erfunden ist (Beispieldaten)' },
];

export const LAYOUTS: Record<Kind, Column[]> = {
  topics: [
    { key: 'id', aliases: ['Kennung', 'ID'], required: true, schema: id('topic'), help: 'topic:kurzname' },
    { key: 'name', aliases: ['Name', 'Thema'], required: true, schema: text(200), help: 'deutscher Name' },
    { key: 'nameEn', aliases: ['Name englisch', 'Name (englisch)'], schema: text(200), help: 'englischer Name' },
    { key: 'parent', aliases: ['Oberthema'], schema: id('topic'), help: 'Kennung des Oberthemas' },
    ...SOURCE_COLUMNS,
  ],
  networks: [
    { key: 'id', aliases: ['Kennung', 'ID'], required: true, schema: id('network'), help: 'network:kurzname' },
    { key: 'name', aliases: ['Name', 'Netzwerk'], required: true, schema: text(300), help: 'voller Name' },
    { key: 'shortName', aliases: ['Kurzname', 'Abkürzung'], schema: text(60), help: 'Kurzname' },
    { key: 'description', aliases: ['Beschreibung'], schema: text(5000), help: 'Beschreibung' },
    {
      key: 'website',
      aliases: ['Webseite', 'Website', 'URL'],
      schema: z.url({ protocol: /^https?$/, error: 'ist keine http(s)-Adresse' }),
      help: 'https://…',
    },
    {
      key: 'partOf',
      aliases: ['Teil von', 'Übergeordnetes Netzwerk'],
      schema: id('network'),
      help: 'Kennung des übergeordneten Netzwerks',
    },
    { key: 'level', aliases: ['Ebene'], schema: oneOf(LEVELS), help: 'Bund, Land, Kommune oder ebenenübergreifend' },
    {
      key: 'bundesland',
      aliases: ['Bundesland', 'Land'],
      schema: z.enum(LANDS, { error: () => 'erwartet DE-BY, DE-NW …' }),
      help: 'ISO-Code, z. B. DE-NW',
    },
    { key: 'formats', aliases: ['Formate'], schema: list(oneOf(FORMATS)), help: `Formate, getrennt durch | (${FORMATS.join(', ')})` },
    { key: 'topics', aliases: ['Themen'], schema: list(id('topic')), help: 'Themen-Kennungen, getrennt durch |' },
    ...SOURCE_COLUMNS,
  ],
  organisations: [
    {
      key: 'id',
      aliases: ['Kennung', 'ID'],
      schema: id('org'),
      help: 'org:kurzname (leer: aus dem Namen gebildet oder über Schlüssel/Namen gefunden)',
    },
    { key: 'name', aliases: ['Name', 'Behörde', 'Organisation'], required: true, schema: text(300), help: 'voller Name' },
    { key: 'shortName', aliases: ['Kurzname', 'Abkürzung'], schema: text(60), help: 'Kurzname' },
    {
      key: 'roles',
      aliases: ['Rollen', 'Art'],
      schema: list(oneOf(['AUTHORITY', 'UMBRELLA'] as const)),
      help: 'Behörde und/oder Dachorganisation, getrennt durch |',
    },
    { key: 'level', aliases: ['Ebene'], schema: oneOf(LEVELS), help: 'Bund, Land oder Kommune' },
    {
      key: 'bundesland',
      aliases: ['Bundesland', 'Land'],
      schema: z.enum(LANDS, { error: () => 'erwartet DE-BY, DE-NW …' }),
      help: 'ISO-Code, z. B. DE-NW',
    },
    { key: 'ags', aliases: ['AGS', 'Gemeindeschlüssel', 'Amtlicher Gemeindeschlüssel'], schema: z.string().trim(), help: '8 Ziffern' },
    { key: 'ars', aliases: ['ARS', 'Regionalschlüssel', 'Amtlicher Regionalschlüssel'], schema: z.string().trim(), help: '12 Ziffern' },
    {
      key: 'pvogId',
      aliases: ['PVOG', 'PVOG-Kennung', 'Organisationseinheit'],
      schema: z.string().trim(),
      help: 'z. B. L100012.OE.225060530',
    },
    { key: 'wikidataId', aliases: ['Wikidata'], schema: z.string().trim(), help: 'z. B. Q365' },
    { key: 'parent', aliases: ['Übergeordnete Behörde'], schema: id('org'), help: 'Kennung der übergeordneten Behörde' },
    {
      key: 'emailDomains',
      aliases: ['E-Mail-Domänen', 'Maildomänen'],
      schema: list(
        z
          .string()
          .trim()
          .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'ist keine Domäne'),
      ),
      help: 'z. B. stadt-koeln.de, getrennt durch |',
    },
    {
      key: 'website',
      aliases: ['Webseite', 'Website', 'URL'],
      schema: z.url({ protocol: /^https?$/, error: 'ist keine http(s)-Adresse' }),
      help: 'https://…',
    },
    ...SOURCE_COLUMNS,
  ],
  memberships: [
    {
      key: 'organisation',
      aliases: ['Organisation', 'Behörde', 'Mitglied'],
      required: true,
      schema: text(300),
      help: 'Kennung (org:…) oder Name der Behörde',
    },
    { key: 'network', aliases: ['Netzwerk'], required: true, schema: id('network'), help: 'Kennung des Netzwerks' },
    {
      key: 'type',
      aliases: ['Art', 'Beziehung'],
      schema: oneOf(ORG_NETWORK_TYPES),
      help: 'Mitgliedschaft (Vorgabe), koordiniert, beherbergt, fördert, Inhalte',
    },
    { key: 'since', aliases: ['seit', 'Beginn', 'start_date'], schema: date, help: 'Datum' },
    { key: 'until', aliases: ['bis', 'Ende', 'end_date'], schema: date, help: 'Datum' },
    ...SOURCE_COLUMNS,
  ],
  persons: [
    { key: 'id', aliases: ['Kennung', 'ID'], required: true, schema: id('person'), help: 'person:kurzname' },
    { key: 'name', aliases: ['Name'], required: true, schema: text(200), help: 'Vor- und Nachname' },
    { key: 'jobTitle', aliases: ['Funktion', 'Stelle', 'Berufsbezeichnung'], schema: text(200), help: 'Funktion' },
    {
      key: 'email',
      aliases: ['E-Mail', 'Mail'],
      schema: z.email({ error: 'ist keine E-Mail-Adresse' }),
      help: 'dienstliche E-Mail (für die Anmeldung)',
    },
    {
      key: 'authority',
      aliases: ['Behörde', 'Arbeitgeber'],
      required: true,
      schema: text(300),
      help: 'Kennung (org:…) oder Name der Behörde',
    },
    ...SOURCE_COLUMNS,
  ],
  participations: [
    { key: 'person', aliases: ['Person'], required: true, schema: id('person'), help: 'Kennung der Person' },
    { key: 'network', aliases: ['Netzwerk'], required: true, schema: id('network'), help: 'Kennung des Netzwerks' },
    { key: 'role', aliases: ['Rolle'], schema: oneOf(PARTICIPATION_ROLES), help: 'Koordination, aktiv, Mitglied (Vorgabe), beobachtend' },
    { key: 'since', aliases: ['seit', 'Beginn', 'start_date'], schema: date, help: 'Datum' },
    { key: 'until', aliases: ['bis', 'Ende', 'end_date'], schema: date, help: 'Datum' },
    {
      key: 'visibility',
      aliases: ['Sichtbarkeit'],
      schema: oneOf(VISIBILITIES),
      help: 'privat (Vorgabe), Behörde, Netzwerk, öffentlich – nur mit Einwilligung der Person',
    },
    ...SOURCE_COLUMNS,
  ],
  events: [
    { key: 'id', aliases: ['Kennung', 'ID'], required: true, schema: id('event'), help: 'event:kurzname' },
    { key: 'name', aliases: ['Name', 'Titel'], required: true, schema: text(300), help: 'Name' },
    { key: 'network', aliases: ['Netzwerk'], required: true, schema: id('network'), help: 'Kennung des Netzwerks' },
    { key: 'date', aliases: ['Datum'], schema: date, help: 'Datum' },
    { key: 'format', aliases: ['Format'], required: true, schema: oneOf(FORMATS), help: FORMATS.join(', ') },
    { key: 'description', aliases: ['Beschreibung'], schema: text(5000), help: 'Beschreibung' },
    ...SOURCE_COLUMNS,
  ],
  attendance: [
    { key: 'person', aliases: ['Person'], required: true, schema: id('person'), help: 'Kennung der Person' },
    { key: 'event', aliases: ['Veranstaltung', 'Termin'], required: true, schema: id('event'), help: 'Kennung der Veranstaltung' },
    { key: 'visibility', aliases: ['Sichtbarkeit'], schema: oneOf(VISIBILITIES), help: 'privat (Vorgabe), Behörde, Netzwerk, öffentlich' },
    ...SOURCE_COLUMNS,
  ],
  innovations: [
    { key: 'id', aliases: ['Kennung', 'ID'], required: true, schema: id('innovation'), help: 'innovation:kurzname' },
    { key: 'title', aliases: ['Titel', 'Name'], required: true, schema: text(300), help: 'Titel' },
    { key: 'description', aliases: ['Beschreibung'], schema: text(5000), help: 'Beschreibung' },
    {
      key: 'kind',
      aliases: ['Art'],
      required: true,
      schema: oneOf(['PRODUCT', 'PROCESS', 'ORGANISATIONAL', 'COMMUNICATION', 'KNOWLEDGE_TRANSFER'] as const),
      help: 'Produkt, Prozess, organisatorisch, Kommunikation, Wissenstransfer',
    },
    { key: 'emergedIn', aliases: ['entstanden in', 'Netzwerk'], required: true, schema: id('network'), help: 'Kennung des Netzwerks' },
    { key: 'topics', aliases: ['Themen'], schema: list(id('topic')), help: 'Themen-Kennungen, getrennt durch |' },
    ...SOURCE_COLUMNS,
  ],
  adoptions: [
    { key: 'innovation', aliases: ['Innovation'], required: true, schema: id('innovation'), help: 'Kennung der Innovation' },
    { key: 'authority', aliases: ['Behörde'], required: true, schema: text(300), help: 'Kennung (org:…) oder Name der Behörde' },
    { key: 'note', aliases: ['Anmerkung', 'Notiz'], schema: text(1000), help: 'Anmerkung' },
    ...SOURCE_COLUMNS,
  ],
};

/** A header cell as compared: folded, without spaces and punctuation ("E-Mail" = "email"). */
export const headerKey = (name: string) => words(name);

/** Which column of the layout a header names, or undefined. */
export function columnFor(kind: Kind, header: string): Column | undefined {
  const h = headerKey(header);
  return LAYOUTS[kind].find((c) => headerKey(c.key) === h || c.aliases.some((a) => headerKey(a) === h));
}

/** The kind a file's name says (teilnahmen-2026.csv, participations.xlsx), if any. */
export function kindFromName(file: string): Kind | undefined {
  const name = fold(file.split(/[\\/]/).pop() ?? file);
  return KINDS.find((k) => name.includes(k) || name.includes(fold(KIND_NAMES_DE[k])));
}
