// The shape of Germany the generator scales from: the 16 Länder with their AGS codes, their
// Regierungsbezirke and (real, rounded) counts of districts and municipalities, plus word lists
// for invented names. Only the proportions are real; every generated name is invented.

import type { Bundesland } from '../landscape/types.js';

export interface Land {
  /** First two digits of the AGS. */
  code: string;
  iso: Bundesland;
  name: string;
  /** Third AGS digit of each Regierungsbezirk ('0' where a Land has none). */
  regierungsbezirke: string[];
  districts: number;
  municipalities: number;
}

export const LAENDER: Land[] = [
  { code: '01', iso: 'DE-SH', name: 'Schleswig-Holstein', regierungsbezirke: ['0'], districts: 15, municipalities: 1106 },
  { code: '02', iso: 'DE-HH', name: 'Hamburg', regierungsbezirke: ['0'], districts: 1, municipalities: 1 },
  { code: '03', iso: 'DE-NI', name: 'Niedersachsen', regierungsbezirke: ['1', '2', '3', '4'], districts: 45, municipalities: 941 },
  { code: '04', iso: 'DE-HB', name: 'Bremen', regierungsbezirke: ['0'], districts: 2, municipalities: 2 },
  {
    code: '05',
    iso: 'DE-NW',
    name: 'Nordrhein-Westfalen',
    regierungsbezirke: ['1', '3', '5', '7', '9'],
    districts: 53,
    municipalities: 396,
  },
  { code: '06', iso: 'DE-HE', name: 'Hessen', regierungsbezirke: ['4', '5', '6'], districts: 26, municipalities: 421 },
  { code: '07', iso: 'DE-RP', name: 'Rheinland-Pfalz', regierungsbezirke: ['1', '2', '3'], districts: 36, municipalities: 2301 },
  { code: '08', iso: 'DE-BW', name: 'Baden-Württemberg', regierungsbezirke: ['1', '2', '3', '4'], districts: 44, municipalities: 1101 },
  {
    code: '09',
    iso: 'DE-BY',
    name: 'Bayern',
    regierungsbezirke: ['1', '2', '3', '4', '5', '6', '7'],
    districts: 96,
    municipalities: 2056,
  },
  { code: '10', iso: 'DE-SL', name: 'Saarland', regierungsbezirke: ['0'], districts: 6, municipalities: 52 },
  { code: '11', iso: 'DE-BE', name: 'Berlin', regierungsbezirke: ['0'], districts: 1, municipalities: 1 },
  { code: '12', iso: 'DE-BB', name: 'Brandenburg', regierungsbezirke: ['0'], districts: 18, municipalities: 413 },
  { code: '13', iso: 'DE-MV', name: 'Mecklenburg-Vorpommern', regierungsbezirke: ['0'], districts: 8, municipalities: 726 },
  { code: '14', iso: 'DE-SN', name: 'Sachsen', regierungsbezirke: ['0'], districts: 13, municipalities: 418 },
  { code: '15', iso: 'DE-ST', name: 'Sachsen-Anhalt', regierungsbezirke: ['0'], districts: 14, municipalities: 218 },
  { code: '16', iso: 'DE-TH', name: 'Thüringen', regierungsbezirke: ['0'], districts: 22, municipalities: 605 },
];

export const PLACE_PREFIXES = [
  'Alt',
  'Neu',
  'Ober',
  'Unter',
  'Groß',
  'Klein',
  'Hohen',
  'Nieder',
  'Wald',
  'Berg',
  'Bad ',
  'Sankt ',
  'Lind',
  'Eich',
  'Buch',
  'Rosen',
  'Stein',
  'Sonnen',
  'Wester',
  'Oster',
];
export const PLACE_ROOTS = ['bach', 'feld', 'au', 'brunn', 'berg', 'burg', 'wald', 'see', 'tal', 'furt', 'hof', 'horst', 'wiesen', 'mark'];
export const PLACE_SUFFIXES = ['', 'dorf', 'hausen', 'heim', 'ingen', 'stadt', 'stedt', 'leben', 'rode', 'weiler', 'hagen', 'kirchen'];

export const FIRST_NAMES = [
  'Anna',
  'Ben',
  'Clara',
  'David',
  'Elif',
  'Felix',
  'Greta',
  'Hannes',
  'Ines',
  'Jonas',
  'Katrin',
  'Lukas',
  'Mara',
  'Niklas',
  'Olga',
  'Paul',
  'Rita',
  'Sven',
  'Tanja',
  'Uwe',
  'Vera',
  'Wolfgang',
  'Yasemin',
  'Zoe',
];
export const LAST_NAMES = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Braun',
  'Zimmermann',
  'Krüger',
  'Hartmann',
  'Lange',
  'Yılmaz',
  'Kowalski',
];
export const JOB_TITLES = [
  'Sachbearbeitung Digitalisierung',
  'Referentin Organisation',
  'Referent Vergabe',
  'Leitung Innovationsmanagement',
  'CDO',
  'Projektleitung OZG',
  'Wissensmanagement',
  'Personalentwicklung',
  'IT-Koordination',
  'Amtsleitung',
];

/** Top-level topics (German, English) with subtopics: the generator's topic hierarchy. */
export const TOPIC_TREE: [string, string, string[]][] = [
  ['Vergaberecht', 'Procurement law', ['Nachhaltige Beschaffung', 'E-Vergabe', 'Innovative Beschaffung']],
  ['Wissensmanagement', 'Knowledge management', ['Wissenstransfer', 'Communities of Practice', 'Lessons Learned']],
  ['Agilität', 'Agility', ['Scrum', 'Rollenbasiertes Arbeiten', 'Agile Führung']],
  ['Künstliche Intelligenz', 'Artificial intelligence', ['Sprachmodelle', 'KI in der Polizei', 'Digitale Ethik', 'Datenkompetenz']],
  ['UX und Designsysteme', 'UX and design systems', ['Barrierefreiheit', 'Nutzerforschung', 'Designsystem']],
  ['Cloud', 'Cloud', ['Souveräne Cloud', 'Open Source', 'Betrieb']],
  ['Innovationsmanagement', 'Innovation management', ['Innovationslabore', 'Ideenmanagement', 'Experimentierräume']],
  ['Interne Beratung', 'Internal consulting', ['Prozessberatung', 'Organisationsentwicklung']],
  ['Smart City', 'Smart city', ['Urbane Datenplattformen', 'Mobilität', 'Klimaanpassung']],
  ['OZG-Umsetzung', 'Online access act', ['Registermodernisierung', 'Once Only', 'Portalverbund']],
  ['Personal', 'Human resources', ['Nachwuchsgewinnung', 'Führung', 'Neue Arbeit']],
  ['Informationssicherheit', 'Information security', ['IT-Grundschutz', 'Notfallmanagement']],
];

export const NETWORK_WORDS = [
  'Netzwerk',
  'Community',
  'Arbeitskreis',
  'Innovationsring',
  'Forum',
  'Plattform',
  'Lab',
  'Werkstatt',
  'Kompetenzzentrum',
  'Austauschrunde',
];
