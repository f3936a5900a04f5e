// The organisations the documents name: umbrella and coordinating organisations, and public
// authorities that coordinate, carry or take part in networks. No persons. Official keys (AGS)
// and parent authorities are common official facts, not read from the documents (see README).

import type { OrganisationSeed } from '../types.js';

export const organisations: OrganisationSeed[] = [
  // Umbrella and coordinating organisations
  {
    id: 'org:next-ev',
    name: 'NExT e.V.',
    shortName: 'NExT',
    description:
      'Verein hinter dem NExT Netzwerk. Die NExT-Geschäftsstelle organisiert Treffen und Kommunikation der NExT-Communities; NExT betreibt eigene Kommunikationskanäle, etwa auf LinkedIn, und sendet nach jedem Community-Treffen eine Befragung an die Teilnehmenden. NExT arbeitet eng mit der Vernetzungsplattform RUDI zusammen.',
    roles: ['UMBRELLA'],
    level: 'ACROSS_LEVELS',
    source: ['oefit-whitepaper', 'oefit-summary', 'communities-overview'],
  },
  {
    id: 'org:kgst',
    name: 'Kommunale Gemeinschaftsstelle für Verwaltungsmanagement',
    shortName: 'KGSt',
    description:
      'Unterhält elf Innovationszirkel und eine Ideenwerkstatt, in der zweimal jährlich neue Projektideen besprochen werden. Veröffentlicht gelegentlich Updates aus den Zirkeln, etwa auf ihrer Website oder beim kommunalen Kongress mit rund 5.000 Teilnehmenden.',
    roles: ['UMBRELLA'],
    level: 'MUNICIPAL',
    source: ['oefit-whitepaper', 'oefit-summary'],
  },
  {
    id: 'org:dvnw-gmbh',
    name: 'Deutsches Vergabenetzwerk GmbH',
    shortName: 'DVNW GmbH',
    description:
      'Von verwaltungsexternen Betroffenen gegründete GmbH mit eigener Geschäftsstelle, die das Deutsche Vergabenetzwerk betreibt; sie wird von verschiedenen Förderern aus dem Privatsektor finanziell unterstützt.',
    roles: ['UMBRELLA'],
    source: ['oefit-whitepaper'],
  },
  {
    id: 'org:negz-ev',
    name: 'NEGZ e.V. – Nationales E-Government Kompetenzzentrum',
    shortName: 'NEGZ e.V.',
    description:
      'Verein, der als Fachnetzwerk und Denkfabrik Expert:innen aus Verwaltung, Wirtschaft und Wissenschaft vernetzt, um die Digitalisierung der deutschen Verwaltung voranzutreiben.',
    roles: ['UMBRELLA'],
    source: ['communities-overview', 'oefit-whitepaper'],
  },
  {
    id: 'org:staat-up-ev',
    name: 'Staat-up e.V.',
    shortName: 'Staat-up',
    description: 'Verein hinter dem Netzwerk Staat-up für Public Entrepreneurs im öffentlichen Dienst.',
    roles: ['UMBRELLA'],
    source: ['communities-overview'],
  },
  {
    id: 'org:baykommun',
    name: 'BayKommun',
    shortName: 'BayKommun',
    description: 'Hat das Netzwerk BayKoNet für Mitarbeiter:innen der kommunalen Ebene in Bayern eingerichtet.',
    roles: ['UMBRELLA'],
    bundesland: 'DE-BY',
    source: ['communities-overview'],
  },
  {
    id: 'org:regionalverband-ruhr',
    name: 'Regionalverband Ruhr',
    shortName: 'RVR',
    description: 'Auf seiner Website (rvr.ruhr) wird die Vernetzungsplattform RUDI – RUHR DIGITAL geführt.',
    website: 'https://www.rvr.ruhr/',
    roles: ['UMBRELLA'],
    bundesland: 'DE-NW',
    source: ['communities-overview'],
  },
  {
    id: 'org:it-planungsrat',
    name: 'IT-Planungsrat',
    description:
      'Fördert ab 2025 die Communities of Practice des NExT e.V. und hat die »digitale Dachmarke für Deutschland« beschlossen, in die KERN eingebunden ist.',
    roles: ['UMBRELLA'],
    level: 'ACROSS_LEVELS',
    source: ['communities-overview', 'oefit-whitepaper'],
  },
  {
    id: 'org:fitko',
    name: 'Föderale IT-Kooperation',
    shortName: 'FITKO',
    description: 'Übernimmt ab 2026 voraussichtlich das Vorhaben KERN von Hamburg und Schleswig-Holstein.',
    roles: ['UMBRELLA'],
    source: ['oefit-whitepaper'],
  },
  {
    id: 'org:gesellschaft-fuer-wissensmanagement',
    name: 'Gesellschaft für Wissensmanagement',
    description: 'Richtet regelmäßige Präsenztreffen zum Wissensmanagement aus.',
    roles: ['UMBRELLA'],
    source: ['oefit-whitepaper'],
  },
  {
    id: 'org:oefit',
    name: 'Kompetenzzentrum Öffentliche IT',
    shortName: 'ÖFIT',
    description:
      'Hat die Studie zu fünf Innovationsnetzwerken der Verwaltung durchgeführt und gemeinsam mit NExT im November 2024 auf der PIAZZA-Konferenz einen Workshop ausgerichtet, in dem die Netzwerklandschaft der deutschen Verwaltung zusammengestellt wurde.',
    website: 'https://www.oeffentliche-it.de/',
    roles: ['UMBRELLA'],
    source: ['oefit-whitepaper', 'oefit-summary'],
  },

  // Federal authorities
  {
    id: 'org:bundesregierung',
    name: 'Bundesregierung',
    description: 'Im Zuge ihrer KI-Strategie (2019) wurde der KI-Campus der Polizei geschaffen.',
    roles: ['AUTHORITY'],
    level: 'FEDERAL',
    authorityType: 'PUBLIC_BODY',
    source: ['oefit-whitepaper'],
  },
  {
    id: 'org:bmi',
    name: 'Bundesministerium des Innern',
    shortName: 'BMI',
    description:
      'Prüfte im Themenfeld »KI für Verwaltung und Sicherheit« die Potenziale von KI für die Polizei und koordiniert den KI-Campus der Polizei, unterstützt durch BKA, ZITiS und einen externen Dienstleister; der KI-Campus ist in das BMI-Programm P20 eingebettet. Unter dem Dach des BMI-Netzwerks »Personal in der digitalen Verwaltung« entstand die heutige NExT-Community »Wissensmanagement«.',
    website: 'https://www.bmi.bund.de/',
    roles: ['AUTHORITY', 'UMBRELLA'],
    level: 'FEDERAL',
    authorityType: 'FEDERAL_MINISTRY',
    source: ['oefit-whitepaper'],
  },
  {
    id: 'org:bka',
    name: 'Bundeskriminalamt',
    shortName: 'BKA',
    description: 'Unterstützt das BMI bei der Koordination des KI-Campus der Polizei.',
    roles: ['AUTHORITY', 'UMBRELLA'],
    level: 'FEDERAL',
    authorityType: 'FEDERAL_AGENCY',
    parent: 'org:bmi',
    source: ['oefit-whitepaper'],
  },
  {
    id: 'org:zitis',
    name: 'Zentrale Stelle für Informationstechnik im Sicherheitsbereich',
    shortName: 'ZITiS',
    description: 'Unterstützt das BMI bei der Koordination des KI-Campus der Polizei.',
    roles: ['AUTHORITY', 'UMBRELLA'],
    level: 'FEDERAL',
    authorityType: 'FEDERAL_AGENCY',
    parent: 'org:bmi',
    source: ['oefit-whitepaper'],
  },
  {
    id: 'org:bsi',
    name: 'Bundesamt für Sicherheit in der Informationstechnik',
    shortName: 'BSI',
    description:
      'Gründete die heutige NExT-Community »Wissensmanagement« und verantwortet weiterhin ihre inhaltliche Gestaltung; das Koordinationsteam sitzt beim BSI. Der Geschäftsverteilungsplan des BSI nennt die Vernetzung mit anderen Behörden zu Themen der digitalen Transformation, auf dieser Basis fördert und priorisiert das BSI die Netzwerkarbeit.',
    roles: ['AUTHORITY', 'UMBRELLA'],
    level: 'FEDERAL',
    authorityType: 'FEDERAL_AGENCY',
    parent: 'org:bmi',
    source: ['oefit-whitepaper'],
  },

  // Länder
  {
    id: 'org:freie-und-hansestadt-hamburg',
    name: 'Freie und Hansestadt Hamburg',
    shortName: 'Hamburg',
    description: 'Hat gemeinsam mit Schleswig-Holstein den UX-Standard KERN ins Leben gerufen und das Vorhaben 2025 getragen.',
    roles: ['AUTHORITY', 'UMBRELLA'],
    level: 'STATE',
    bundesland: 'DE-HH',
    authorityType: 'STATE',
    ags: '02000000',
    source: ['oefit-whitepaper'],
  },
  {
    id: 'org:land-schleswig-holstein',
    name: 'Land Schleswig-Holstein',
    shortName: 'Schleswig-Holstein',
    description: 'Hat gemeinsam mit Hamburg den UX-Standard KERN ins Leben gerufen und das Vorhaben 2025 getragen.',
    roles: ['AUTHORITY', 'UMBRELLA'],
    level: 'STATE',
    bundesland: 'DE-SH',
    authorityType: 'STATE',
    ags: '01000000',
    source: ['oefit-whitepaper'],
  },

  // Kommunen
  {
    id: 'org:rhein-kreis-neuss',
    name: 'Rhein-Kreis Neuss',
    description:
      'Mitarbeiter:innen wurden ausdrücklich aufgefordert, sich eine NExT-Community auszusuchen und sich dort aktiv einzubringen; in der Folge wurde das Koordinationsteam der NExT-Community »Wissensmanagement« beim BSI um einen Mitarbeiter aus Neuss erweitert.',
    roles: ['AUTHORITY'],
    level: 'MUNICIPAL',
    bundesland: 'DE-NW',
    authorityType: 'DISTRICT',
    source: ['oefit-whitepaper'],
  },
  {
    id: 'org:stadt-arnsberg',
    name: 'Stadt Arnsberg',
    description: 'Ort des GovLab Arnsberg, das das ÖFIT-White-Paper als Beispiel für ein lokales Verwaltungsnetzwerk nennt.',
    roles: ['AUTHORITY'],
    level: 'MUNICIPAL',
    bundesland: 'DE-NW',
    authorityType: 'MUNICIPALITY',
    ags: '05958004',
    source: ['oefit-whitepaper'],
  },
];
