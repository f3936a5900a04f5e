// The few real events the documents describe. Dates only where a document gives them (month
// precision where only the month is known); recurring formats carry their rhythm in the text.

import type { EventSeed } from '../types.js';

export const events: EventSeed[] = [
  {
    id: 'event:piazza-2024-netzwerke-vernetzen',
    name: 'Workshop »Netzwerke vernetzen für die digitale Transformation der Verwaltung« (PIAZZA-Konferenz 2024)',
    network: 'network:next',
    date: '2024-11',
    format: 'WORKSHOPS',
    description:
      'Online-Workshop von ÖFIT und dem NExT-Netzwerk auf der PIAZZA-Konferenz im November 2024: mit Vertreter:innen aus Verwaltung, Zivilgesellschaft und Wissenschaft wurden die Netzwerklandschaft der deutschen Verwaltung zusammengestellt sowie Herausforderungen, fördernde Rahmenbedingungen, Good Practices und Werkzeuge der Netzwerkarbeit gesammelt.',
    source: ['oefit-whitepaper'],
  },
  {
    id: 'event:ki-campus-ethik-workshop-kirapol-5g',
    name: 'Ethik-Workshop zu KIRaPol.5G',
    network: 'network:ki-campus-polizei',
    date: '2024-04',
    format: 'WORKSHOPS',
    description:
      'Begleitender Ethik-Workshop des KI-Campus der Polizei zu den gesellschaftlichen und rechtlichen Implikationen der Radartechnologie zur Gewalterkennung im öffentlichen Raum.',
    source: ['oefit-whitepaper'],
  },
  {
    id: 'event:ki-polizeikonvention',
    name: 'KI-Polizeikonvention',
    network: 'network:ki-campus-polizei',
    format: 'CONFERENCES',
    description: 'Zweitägige Konvention des KI-Campus der Polizei in Präsenz.',
    source: ['oefit-whitepaper'],
  },
  {
    id: 'event:innovators-club-deutschlandforum',
    name: 'Deutschlandforum des Innovators Club',
    network: 'network:innovators-club',
    format: 'CONFERENCES',
    description:
      'Herzstück des Innovators Club: einmal im Jahr eine zweitägige Veranstaltung für die Mitglieder:innen und externe Referent:innen, jeweils unter einem Leitgedanken, der sich durch Vorträge, Workshops und Diskussionen zieht; bisher fanden 22 Deutschlandforen statt.',
    source: ['innovators-club'],
  },
  {
    id: 'event:dvnw-dialogkreise',
    name: 'DVNW-Dialogkreise',
    network: 'network:dvnw',
    format: 'IN_PERSON_MEETINGS',
    description:
      'Vierteljährliche Dialogkreise in Präsenz, in denen sich Expert:innen vertieft über Themen des öffentlichen Vergaberechts austauschen, oft mit dem Ziel, Positionspapiere rund um die Beschaffungspraxis zu erarbeiten.',
    source: ['oefit-whitepaper'],
  },
];
