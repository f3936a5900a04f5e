// The innovation examples the documents give, classified in the study's five kinds (product,
// process, organisational, communication/marketing, knowledge transfer). No document names an
// authority that adopted one of them, so adoptedBy stays empty throughout.

import type { InnovationSeed } from '../types.js';

export const innovations: InnovationSeed[] = [
  // KI-Campus der Polizei
  {
    id: 'innovation:ki-anwendungslandkarte',
    title: 'KI-Anwendungslandkarte',
    description:
      'Visualisiert bestehende KI-Anwendungsfälle in den Polizeien und macht sie über die Plattform Extrapol, auf die alle Polizeien Zugang haben, zur Nachnutzung verfügbar. Offen ist noch, wer die Anwendung langfristig administriert und weiterentwickelt.',
    kind: 'PRODUCT',
    emergedIn: 'network:ki-campus-polizei',
    topics: ['topic:ki', 'topic:polizei'],
    source: ['oefit-whitepaper'],
  },
  {
    id: 'innovation:kirapol-5g',
    title: 'KIRaPol.5G',
    description:
      'Interdisziplinäres Projekt des KI-Campus mit Partnern aus Wissenschaft und öffentlichen Unternehmen, das den Einsatz von Radartechnologie zur Gewalterkennung im öffentlichen Raum erforscht; ein begleitender Ethik-Workshop im April 2024 thematisierte die gesellschaftlichen und rechtlichen Implikationen.',
    kind: 'PRODUCT',
    emergedIn: 'network:ki-campus-polizei',
    topics: ['topic:ki', 'topic:polizei', 'topic:digitale-ethik'],
    source: ['oefit-whitepaper'],
  },
  {
    id: 'innovation:ki-campus-e-learning',
    title: 'E-Learning-Module und KI-Grundlagenschulungen',
    description:
      'E-Learning-Module und Anwendungsfälle, die in interdisziplinären Teams entwickelt, getestet und in die Praxis überführt werden, ergänzt durch vierstündige KI-Grundlagenschulungen online; Vortragsfolien und Informationen zum E-Learning-Angebot werden zentral bereitgestellt.',
    kind: 'KNOWLEDGE_TRANSFER',
    emergedIn: 'network:ki-campus-polizei',
    topics: ['topic:ki', 'topic:polizei', 'topic:wissenstransfer'],
    source: ['oefit-whitepaper'],
  },
  {
    id: 'innovation:ki-campus-hackathons-generative-ki',
    title: 'Virtuelle Hackathons zur Anwendungsentwicklung für generative KI',
    description:
      'Hackathon-Format des KI-Campus, das die methodische Innovation bei der Entwicklung von KI-Anwendungen für die Polizei fördert.',
    kind: 'PROCESS',
    emergedIn: 'network:ki-campus-polizei',
    topics: ['topic:ki', 'topic:polizei'],
    source: ['oefit-whitepaper'],
  },
  {
    id: 'innovation:marktschau-predictive-policing',
    title: 'Marktschau zu »Predictive Policing«',
    description: 'Format des KI-Campus zur Bewertung neuer Technologien für den Polizeieinsatz.',
    kind: 'KNOWLEDGE_TRANSFER',
    emergedIn: 'network:ki-campus-polizei',
    topics: ['topic:ki', 'topic:polizei'],
    source: ['oefit-whitepaper'],
  },

  // KERN-Community
  {
    id: 'innovation:kern-ux-standard',
    title: 'KERN UX-Standard und Designsystem',
    description:
      'Offener UX-Standard für die deutsche Verwaltung, gemeinsam mit der Community entwickelt; er soll als Fundament Umsetzende befähigen, einen barrierefreien digitalen Staat zu schaffen. KERN ist in die vom IT-Planungsrat beschlossene »digitale Dachmarke für Deutschland« eingebunden.',
    kind: 'PRODUCT',
    emergedIn: 'network:kern-community',
    topics: ['topic:ux-designsystem', 'topic:barrierefreiheit', 'topic:open-source'],
    source: ['oefit-whitepaper', 'oefit-summary'],
  },
  {
    id: 'innovation:kern-beitragsprozess',
    title: 'Regelungsprozess für Community-Beiträge zu KERN',
    description:
      'Das Community-Management-Team definiert einen Prozess zur Prüfung und Integration von GitLab-Beiträgen (Commits) aus der Community.',
    kind: 'PROCESS',
    emergedIn: 'network:kern-community',
    topics: ['topic:ux-designsystem', 'topic:open-source'],
    source: ['oefit-whitepaper'],
  },

  // NExT-Community Wissensmanagement
  {
    id: 'innovation:next-best-practices-wissensmanagement',
    title: 'Best Practices zur Einführung von Wissensmanagement',
    description:
      'Dokument, das eine eigens gegründete Unterarbeitsgruppe der NExT-Community »Wissensmanagement« erarbeitet und das anschließend allen Netzwerkteilnehmenden zur Verfügung steht.',
    kind: 'KNOWLEDGE_TRANSFER',
    emergedIn: 'network:next-community-wissensmanagement',
    topics: ['topic:wissensmanagement'],
    source: ['oefit-whitepaper'],
  },

  // KGSt-Innovationszirkel Agilität
  {
    id: 'innovation:rollenbasiertes-arbeiten',
    title: 'Rollenbasiertes Arbeiten',
    description:
      'Der Innovationszirkel zielt auf veränderte Arbeitsstrukturen, etwa durch rollenbasiertes Arbeiten als Methode zur Steigerung der Agilität einer Organisation; nach dem Ansatz »Einfach mal ausprobieren« tragen Teilnehmende als Multiplikator:innen Ideen und Methoden in ihre Organisationen.',
    kind: 'ORGANISATIONAL',
    emergedIn: 'network:kgst-innovationszirkel-agilitaet',
    topics: ['topic:agilitaet'],
    source: ['oefit-whitepaper'],
  },

  // Deutsches Vergabenetzwerk
  {
    id: 'innovation:dvnw-forum-vergabefragen',
    title: 'Vergaberechtliche Fragen und Antworten im DVNW-Forum',
    description:
      'Mitglieder stellen vergaberechtliche Fragen im Online-Forum, andere beantworten sie mit Begründung und Verweis auf Paragrafen; das Wissen fließt in laufende Vergabeentscheidungen ein, so sparen die Mitgliedsorganisationen Bearbeitungszeit.',
    kind: 'KNOWLEDGE_TRANSFER',
    emergedIn: 'network:dvnw',
    topics: ['topic:vergaberecht'],
    source: ['oefit-whitepaper'],
  },
  {
    id: 'innovation:dvnw-positionspapiere',
    title: 'Positionspapiere zur Beschaffungspraxis',
    description:
      'In den vierteljährlichen »Dialogkreisen« tauschen sich Expert:innen vertieft über Themen des öffentlichen Vergaberechts aus, oft mit dem Ziel, Positionspapiere rund um die Beschaffungspraxis zu erarbeiten.',
    kind: 'KNOWLEDGE_TRANSFER',
    emergedIn: 'network:dvnw',
    topics: ['topic:vergaberecht'],
    source: ['oefit-whitepaper'],
  },

  // Modellprojekte Smart Cities
  {
    id: 'innovation:mpsc-wissensspeicher',
    title: 'Wissensspeicher und Skalierungsroadmap der Modellprojekte Smart Cities',
    description:
      'Repositorium mit Best-Practice-Beispielen, Lösungsansätzen, einer Übersicht aller MPSC-Maßnahmen und einer Skalierungsroadmap, die Faktoren für Skalierung und Transfer einer Maßnahme aufzeigt.',
    kind: 'KNOWLEDGE_TRANSFER',
    emergedIn: 'network:modellprojekte-smart-cities',
    topics: ['topic:smart-city', 'topic:wissenstransfer'],
    source: ['wissenstransfer-modul'],
  },
];
