// The topics of the real landscape: a small hierarchy, German names first. Every topic is named
// (or, for the few grouping topics, used as a term) in the listed documents.

import type { TopicSeed } from '../types.js';

export const topics: TopicSeed[] = [
  // Vergabe und Beschaffung
  {
    id: 'topic:vergaberecht',
    name: 'Vergaberecht und Beschaffung',
    nameEn: 'Public procurement',
    source: ['oefit-whitepaper', 'communities-overview'],
  },
  {
    id: 'topic:nachhaltige-beschaffung',
    name: 'Nachhaltige Beschaffung',
    nameEn: 'Sustainable procurement',
    parent: 'topic:vergaberecht',
    source: ['communities-overview'],
  },

  // Wissen
  {
    id: 'topic:wissensmanagement',
    name: 'Wissensmanagement',
    nameEn: 'Knowledge management',
    source: ['oefit-whitepaper', 'oefit-summary', 'wissenstransfer-modul'],
  },
  {
    id: 'topic:wissenstransfer',
    name: 'Wissenstransfer',
    nameEn: 'Knowledge transfer',
    source: ['oefit-whitepaper', 'oefit-summary', 'communities-overview', 'wissenstransfer-modul'],
  },

  // Organisation und Führung
  {
    id: 'topic:organisationsentwicklung',
    name: 'Organisationsentwicklung',
    nameEn: 'Organisational development',
    source: ['oefit-whitepaper'],
  },
  {
    id: 'topic:agilitaet',
    name: 'Agilität',
    nameEn: 'Agility',
    parent: 'topic:organisationsentwicklung',
    source: ['oefit-whitepaper', 'oefit-summary', 'communities-overview'],
  },
  {
    id: 'topic:innovationsmanagement',
    name: 'Innovationsmanagement',
    nameEn: 'Innovation management',
    parent: 'topic:organisationsentwicklung',
    source: ['communities-overview'],
  },
  {
    id: 'topic:interne-beratung',
    name: 'Interne Beratung',
    nameEn: 'In-house consulting',
    parent: 'topic:organisationsentwicklung',
    source: ['communities-overview'],
  },
  {
    id: 'topic:fuehrung',
    name: 'Führung',
    nameEn: 'Leadership',
    parent: 'topic:organisationsentwicklung',
    source: ['oefit-whitepaper', 'communities-overview', 'innovators-club'],
  },

  // Digitalisierung
  {
    id: 'topic:digitalisierung-verwaltung',
    name: 'Digitalisierung der Verwaltung',
    nameEn: 'Digital transformation of public administration',
    source: ['oefit-whitepaper', 'communities-overview'],
  },
  {
    id: 'topic:ki',
    name: 'Künstliche Intelligenz',
    nameEn: 'Artificial intelligence',
    parent: 'topic:digitalisierung-verwaltung',
    source: ['oefit-whitepaper', 'communities-overview'],
  },
  {
    id: 'topic:digitale-ethik',
    name: 'Digitale Ethik',
    nameEn: 'Digital ethics',
    parent: 'topic:digitalisierung-verwaltung',
    source: ['communities-overview', 'oefit-whitepaper'],
  },
  {
    id: 'topic:cloud',
    name: 'Cloud',
    nameEn: 'Cloud',
    parent: 'topic:digitalisierung-verwaltung',
    source: ['communities-overview'],
  },
  {
    id: 'topic:ux-designsystem',
    name: 'UX und Designsystem',
    nameEn: 'UX and design system',
    parent: 'topic:digitalisierung-verwaltung',
    source: ['oefit-whitepaper'],
  },
  {
    id: 'topic:barrierefreiheit',
    name: 'Barrierefreiheit',
    nameEn: 'Accessibility',
    parent: 'topic:ux-designsystem',
    source: ['oefit-whitepaper'],
  },
  {
    id: 'topic:open-source',
    name: 'Open Source und digitale Souveränität',
    nameEn: 'Open source and digital sovereignty',
    parent: 'topic:digitalisierung-verwaltung',
    source: ['oefit-whitepaper'],
  },
  {
    id: 'topic:datengetriebene-verwaltung',
    name: 'Datengetriebene Verwaltung',
    nameEn: 'Data-driven administration',
    parent: 'topic:digitalisierung-verwaltung',
    source: ['wissenstransfer-modul'],
  },
  {
    id: 'topic:smart-city',
    name: 'Smart City',
    nameEn: 'Smart city',
    source: ['wissenstransfer-modul'],
  },

  // Sicherheit
  {
    id: 'topic:polizei',
    name: 'Polizei und Innere Sicherheit',
    nameEn: 'Police and internal security',
    source: ['oefit-whitepaper'],
  },

  // Personal
  {
    id: 'topic:personal',
    name: 'Personal',
    nameEn: 'Human resources',
    source: ['oefit-whitepaper'],
  },
  {
    id: 'topic:nachwuchs',
    name: 'Nachwuchs',
    nameEn: 'Young professionals',
    parent: 'topic:personal',
    source: ['communities-overview'],
  },

  // Unternehmertum im öffentlichen Dienst
  {
    id: 'topic:public-entrepreneurship',
    name: 'Public Entrepreneurship',
    nameEn: 'Public entrepreneurship',
    source: ['communities-overview'],
  },
];
