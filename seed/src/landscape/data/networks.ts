// The networks and communities the documents name: the five networks the ÖFIT study examined,
// the NExT network with its communities, the KGSt circles, the communities of the overview and
// the networks the documents mention in passing. Classifications only where a source states or
// clearly implies them; the typology and governance of the five studied networks are read from
// the white paper's descriptions (its table 2 is not part of the text), see classificationNote.

import type { NetworkSeed } from '../types.js';

export const networks: NetworkSeed[] = [
  // The five networks of the ÖFIT study
  {
    id: 'network:dvnw',
    name: 'Deutsches Vergabenetzwerk',
    shortName: 'DVNW',
    description:
      'Themenbasiertes Netzwerk zum öffentlichen Vergaberecht, von verwaltungsexternen Betroffenen als GmbH mit eigener Geschäftsstelle gegründet, um den Austausch zwischen Mitarbeiter:innen im Bereich des Vergaberechts, u. a. in öffentlichen Verwaltungen und Rechtskanzleien, zu fördern. Kern ist ein Online-Forum; Themen entstehen überwiegend durch Beobachtungen und Kontakte der Leitung, ergänzt durch Vorschläge aus der Mitgliedschaft.',
    typology: 'FEDERATED',
    governance: 'NETWORK_ADMINISTRATIVE_ORGANISATION',
    classificationNote:
      'Aus der Beschreibung abgeleitet: heterogene Teilnehmende aus Verwaltung, Wirtschaft, Recht und Politik, Themen überwiegend durch die Leitung gesetzt (föderiert); koordiniert von einer eigens gegründeten GmbH mit Geschäftsstelle außerhalb der Verwaltung (netzwerkadministrative Organisation).',
    formats: ['ONLINE_PLATFORM', 'BLOG', 'IN_PERSON_MEETINGS', 'CONFERENCES', 'TRAININGS', 'PUBLICATIONS'],
    cadence:
      'Online-Forum laufend, ergänzt durch den DVNW-Vergabeblog; vierteljährliche »Dialogkreise« in Präsenz; dazu kostenpflichtige Veranstaltungen und Fortbildungen',
    access: 'APPLICATION',
    continuousIntake: true,
    funding:
      'Teilnahme an sich kostenlos, die eigenen Netzwerk-Aktivitäten (Personal- und ggf. Reisekosten) tragen die Mitglieder bzw. ihre Organisationen; das Netzwerk wird finanziell von verschiedenen Förderern aus dem Privatsektor unterstützt.',
    topics: ['topic:vergaberecht'],
    source: ['oefit-whitepaper', 'oefit-summary'],
  },
  {
    id: 'network:kern-community',
    name: 'KERN-Community',
    shortName: 'KERN',
    description:
      'Online-Community um den offenen UX-Standard und das Designsystem KERN für die deutsche Verwaltung, den Hamburg und Schleswig-Holstein als Antwort auf die fehlende Einheitlichkeit und Wiedererkennbarkeit von Verwaltungswebseiten ins Leben gerufen haben (Vorbild u. a. Gov.uk). Die Community gehört fest zum Designsystem und soll das Produkt maßgeblich mitprägen; KERN ist kein Akronym, sondern steht für den Zellkern, aus dem alles erwächst.',
    website: 'https://www.kern-ux.de/',
    typology: 'FEDERATED',
    governance: 'NETWORK_ADMINISTRATIVE_ORGANISATION',
    classificationNote:
      'Aus der Beschreibung abgeleitet: heterogene Teilnehmende (Designer:innen, Entwickler:innen, Projektverantwortliche), Ziel und Produkt zentral durch das Vorhaben der Länder gesetzt, Fokus auf einem Standard als architektureller Grundlage (föderiert); gesteuert von einem eigenen Community-Management-Team (netzwerkadministrative Organisation).',
    level: 'ACROSS_LEVELS',
    formats: ['ONLINE_PLATFORM', 'WORKSHOPS', 'DIGITAL_MEETINGS'],
    cadence:
      'Austausch laufend in thematischen Kanälen einer Online-Plattform; einmal im Monat eine offene Sprechstunde und ein Onboarding; Workshops punktuell, oft an bestehende Veranstaltungen angedockt',
    access: 'OPEN',
    continuousIntake: true,
    termNote:
      'Unbefristet angelegt; 2025 von Hamburg und Schleswig-Holstein getragen, ab 2026 übernimmt voraussichtlich die FITKO. Die Anschlussfinanzierung war zum Untersuchungszeitpunkt noch nicht gesichert, der Community-Manager rechnet mit einer nahtlosen Fortsetzung.',
    funding:
      'Teilnahme kostenlos; 2025 vom Projekt der Länder Hamburg und Schleswig-Holstein getragen, ab 2026 voraussichtlich von der FITKO.',
    topics: ['topic:ux-designsystem', 'topic:barrierefreiheit', 'topic:open-source'],
    source: ['oefit-whitepaper', 'oefit-summary'],
  },
  {
    id: 'network:kgst-innovationszirkel-agilitaet',
    name: 'KGSt-Innovationszirkel »Agilität in der Kommunalverwaltung«',
    shortName: 'KGSt-Innovationszirkel Agilität',
    description:
      'Innovationszirkel der KGSt für kommunale Verwaltungsmitarbeiter:innen, die sich mit Agilität beschäftigen; der Impuls zur Gründung entstand in der Ideenwerkstatt der KGSt. Die Gruppe arbeitet sehr interaktiv, Themen und Formate werden gemeinsam festgelegt, und es gibt keine »stille Teilhaberschaft«: alle Teilnehmenden sollen sich aktiv einbringen.',
    partOf: 'network:kgst-innovationszirkel',
    typology: 'CLAN',
    governance: 'NETWORK_ADMINISTRATIVE_ORGANISATION',
    classificationNote:
      'Aus der Beschreibung abgeleitet: homogene Teilnehmende aus Kommunalverwaltungen, dezentral und vertrauensbasiert arbeitend, inkrementelle organisatorische Innovationen (Clan); koordiniert von der KGSt als Stelle außerhalb der teilnehmenden Kommunen (netzwerkadministrative Organisation), deren Koordinatorin sich als Teil der Gruppe versteht.',
    level: 'MUNICIPAL',
    formats: ['IN_PERSON_MEETINGS', 'WORKSHOPS', 'DIGITAL_MEETINGS', 'ONLINE_PLATFORM'],
    cadence:
      'Vier zweitägige Präsenztreffen und drei bis fünf digitale Workshops über eine Laufzeit von circa zwei Jahren; dazu ein Online-Portal mit virtuellen Arbeitsräumen',
    access: 'SELECTION',
    continuousIntake: false,
    termEnd: '2026-04-30',
    termNote:
      'Innovationszirkel laufen in der Regel zwei Jahre; dieser ist zunächst bis April 2026 befristet. Eine Verlängerung wäre bei weiterem Interesse an diesem oder einem neuen Thema möglich.',
    funding:
      'Teilnahme kostenlos; die Kommunen verpflichten sich zu Beginn zur Kostenübernahme (Personal- und ggf. Reisekosten) und stellen die Räume für die Präsenztreffen, die KGSt trägt etwa die Verpflegungskosten.',
    topics: ['topic:agilitaet'],
    source: ['oefit-whitepaper', 'oefit-summary'],
  },
  {
    id: 'network:ki-campus-polizei',
    name: 'KI-Campus der Polizei',
    shortName: 'KI-Campus',
    description:
      'Ende 2022 im Zuge der KI-Strategie der Bundesregierung (2019) ins Leben gerufen und in das BMI-Programm P20 eingebettet. Antwortet auf die drei Handlungsfelder einer Bedarfsumfrage unter Polizist:innen (2021): Wissen & Wissenstransfer, Raum & Austauschformate sowie Unterstützung bei der Entwicklung von KI-Produkten. Richtet sich vor allem an Entwickler:innen und Techniker:innen in den Polizeien aller 16 Länder und den vier Polizeien des Bundes.',
    partOf: 'network:programm-p20',
    typology: 'PROJECT_BASED',
    governance: 'LEAD_ORGANISATION',
    classificationNote:
      'Aus der Beschreibung abgeleitet: weitgehend festgelegter, homogener Kreis aus den Polizeien, zentral gesteuert, Fokus auf gemeinsam erarbeiteten Ergebnissen wie Tools und Machbarkeitsstudien (projektbasiert); Koordination beim BMI, unterstützt von BKA, ZITiS und einem externen Dienstleister (führende Organisation).',
    level: 'ACROSS_LEVELS',
    formats: ['DIGITAL_MEETINGS', 'TRAININGS', 'HACKATHONS', 'WORKSHOPS', 'CONFERENCES', 'NEWSLETTER', 'ONLINE_PLATFORM'],
    cadence:
      'Digitale Tech-Talks alle 6–8 Wochen; KI-Grundlagenschulungen als vierstündige Online-Sessions; virtuelle Hackathons; Bewertungsworkshops und eine zweitägige KI-Polizeikonvention in Präsenz',
    continuousIntake: false,
    termEnd: '2026-12-31',
    termNote:
      'Feste Laufzeit; zum Untersuchungszeitpunkt war aufgrund politischer Änderungen offen, ob das Projekt über 2026 hinaus fortgesetzt wird, wenngleich weiterhin Bedarf besteht.',
    funding: 'Teilnahme kostenlos; die Organisationen der Teilnehmenden tragen Personal- und ggf. Reisekosten.',
    founded: '2022',
    topics: ['topic:ki', 'topic:polizei', 'topic:wissenstransfer'],
    source: ['oefit-whitepaper', 'oefit-summary'],
  },
  {
    id: 'network:next-community-wissensmanagement',
    name: 'NExT-Community »Wissensmanagement«',
    shortName: 'NExT-Community WM',
    description:
      'Ursprünglich vom BSI unter dem Dach des BMI-Netzwerks »Personal in der digitalen Verwaltung« (PersDiV) gegründete Community, die zwischen zehn und dreißig Teilnehmende auf Bundesebene zusammenbrachte und mit dem Beitritt zum NExT-Netzwerk im Januar 2024 erweitert wurde. Die NExT-Geschäftsstelle organisiert Treffen und Kommunikation, die inhaltliche Gestaltung liegt weiterhin beim BSI; die Community richtet sich an den gesamten öffentlichen Dienst, zieht aber besonders IT-affine Behörden an.',
    partOf: 'network:next',
    typology: 'CLAN',
    governance: 'LEAD_ORGANISATION',
    classificationNote:
      'Aus der Beschreibung abgeleitet: vor allem Beschäftigte ähnlicher, IT-affiner Behörden im informellen Erfahrungsaustausch (Clan); inhaltlich geführt vom gründenden BSI, das selbst teilnimmt (führende Organisation), während die NExT-Geschäftsstelle Organisation und Kommunikation übernimmt.',
    level: 'ACROSS_LEVELS',
    formats: ['DIGITAL_MEETINGS', 'ONLINE_PLATFORM'],
    cadence:
      'Vollständig digital: zweistündige Treffen im Durchschnitt fünfmal pro Jahr (Impulsvortrag, Kleingruppenphase, Plenumsdiskussion); Ergebnisse und Kontaktdaten auf einem gemeinsamen digitalen Board',
    access: 'OPEN',
    continuousIntake: true,
    termNote:
      'Unbefristet; die Community würde sich laut den Koordinatoren nur auflösen, »wenn keiner dann weitermacht« – Wissensmanagement bleibt ein Dauerthema.',
    funding:
      'Teilnahme kostenlos; Personal- und ggf. Reisekosten tragen die Organisationen der Teilnehmenden. Die Communities of Practice des NExT e.V. werden ab 2025 durch den IT-Planungsrat gefördert.',
    memberCountNote:
      'Anfangs zehn bis dreißig Teilnehmende auf Bundesebene; nach jedem Treffen beantworten im Durchschnitt 20 Personen die Befragung, etwa ein Viertel bis ein Drittel der Teilnehmenden.',
    topics: ['topic:wissensmanagement'],
    source: ['oefit-whitepaper', 'oefit-summary', 'communities-overview'],
  },

  // NExT
  {
    id: 'network:next',
    name: 'NExT Netzwerk',
    shortName: 'NExT',
    description:
      'Parteipolitisch unabhängiges Netzwerk im öffentlichen Dienst (NExT e.V.) für alle Beschäftigten, die sich vernetzen und gemeinsam die digitale Transformation der Verwaltung vorantreiben wollen; bringt Beschäftigte aus Bund, Ländern und Kommunen sowie deren nachgeordneten Behörden, Anstalten und Körperschaften über Hierarchien, Ressorts und föderale Grenzen hinweg zusammen – offline wie online. Es besteht aus fünfzehn Communities of Practice (NExTcommunities) und hat 76 Netzwerke in der oder für die Verwaltung ermittelt.',
    level: 'ACROSS_LEVELS',
    formats: ['DIGITAL_MEETINGS', 'IN_PERSON_MEETINGS', 'PUBLICATIONS'],
    funding: 'Die Communities of Practice des NExT e.V. werden ab 2025 durch den IT-Planungsrat gefördert.',
    topics: ['topic:digitalisierung-verwaltung'],
    source: ['oefit-whitepaper', 'oefit-summary', 'communities-overview'],
  },
  {
    id: 'network:next-community-agilitaet',
    name: 'NExT-Community Agilität',
    description:
      'Community of Practice (NExTcommunity) des NExT-Netzwerks zum Thema Agilität; die NExT-Geschäftsstelle organisiert Treffen und Kommunikation.',
    partOf: 'network:next',
    funding: 'Ab 2025 durch den IT-Planungsrat gefördert.',
    topics: ['topic:agilitaet'],
    source: ['communities-overview', 'oefit-whitepaper'],
  },
  {
    id: 'network:next-community-cloud',
    name: 'NExT-Community Cloud',
    description:
      'Community of Practice (NExTcommunity) des NExT-Netzwerks zum Thema Cloud; die NExT-Geschäftsstelle organisiert Treffen und Kommunikation.',
    partOf: 'network:next',
    funding: 'Ab 2025 durch den IT-Planungsrat gefördert.',
    topics: ['topic:cloud'],
    source: ['communities-overview', 'oefit-whitepaper'],
  },
  {
    id: 'network:next-community-ki-digitale-ethik',
    name: 'NExT-Community KI & Digitale Ethik',
    description:
      'Community of Practice (NExTcommunity) des NExT-Netzwerks zu Künstlicher Intelligenz und digitaler Ethik; die NExT-Geschäftsstelle organisiert Treffen und Kommunikation.',
    partOf: 'network:next',
    funding: 'Ab 2025 durch den IT-Planungsrat gefördert.',
    topics: ['topic:ki', 'topic:digitale-ethik'],
    source: ['communities-overview', 'oefit-whitepaper'],
  },
  {
    id: 'network:next-community-innovationsmanagement',
    name: 'NExT-Community Innovationsmanagement',
    description:
      'Community of Practice (NExTcommunity) des NExT-Netzwerks zum Thema Innovationsmanagement; die NExT-Geschäftsstelle organisiert Treffen und Kommunikation.',
    partOf: 'network:next',
    funding: 'Ab 2025 durch den IT-Planungsrat gefördert.',
    topics: ['topic:innovationsmanagement'],
    source: ['communities-overview', 'oefit-whitepaper'],
  },
  {
    id: 'network:next-community-interne-beratung',
    name: 'NExT-Community Interne Beratung',
    description:
      'Community of Practice (NExTcommunity) des NExT-Netzwerks zum Thema interne Beratung; die NExT-Geschäftsstelle organisiert Treffen und Kommunikation.',
    partOf: 'network:next',
    funding: 'Ab 2025 durch den IT-Planungsrat gefördert.',
    topics: ['topic:interne-beratung'],
    source: ['communities-overview', 'oefit-whitepaper'],
  },
  {
    id: 'network:persdiv',
    name: 'Personal in der digitalen Verwaltung',
    shortName: 'PersDiV',
    description:
      'Netzwerk des Bundesministeriums des Innern (BMI), unter dessen Dach das BSI die heutige NExT-Community »Wissensmanagement« gründete, bevor diese im Januar 2024 dem NExT-Netzwerk beitrat.',
    topics: ['topic:personal', 'topic:digitalisierung-verwaltung'],
    source: ['oefit-whitepaper'],
  },

  // KGSt
  {
    id: 'network:kgst-innovationszirkel',
    name: 'Innovationszirkel der KGSt',
    shortName: 'KGSt-Innovationszirkel',
    description:
      'Die Kommunale Gemeinschaftsstelle für Verwaltungsmanagement (KGSt) unterhält elf Innovationszirkel für Kommunalverwaltungen. Impulse für neue Zirkel entstehen u. a. in der Ideenwerkstatt der KGSt, in der zweimal jährlich neue Projektideen besprochen werden.',
    level: 'MUNICIPAL',
    termNote: 'Innovationszirkel haben in der Regel eine Laufzeit von zwei Jahren.',
    topics: [],
    source: ['oefit-whitepaper'],
  },

  // Polizei
  {
    id: 'network:programm-p20',
    name: 'Programm P20',
    shortName: 'P20',
    description:
      'Programm des Bundesministeriums des Innern (BMI) im Themenfeld Sicherheit, in das der KI-Campus der Polizei eingebettet ist.',
    website: 'https://www.bmi.bund.de/DE/themen/sicherheit/programm-p20/programm-p20-node.html',
    topics: ['topic:polizei'],
    source: ['oefit-whitepaper'],
  },

  // Communities des Überblicks (bundesweit)
  {
    id: 'network:negz',
    name: 'NEGZ – Nationales E-Government Kompetenzzentrum',
    shortName: 'NEGZ',
    description:
      'Fachnetzwerk und Denkfabrik für die digitale Verwaltung: der NEGZ e.V. vernetzt Expert:innen aus Verwaltung, Wirtschaft und Wissenschaft und fördert als transdisziplinäres Kompetenzzentrum über thematische Arbeitskreise den Aufbau einer wissenschaftlichen Faktenbasis und den Wissenstransfer. Ein Positionspapier des NEGZ betont, dass Vernetzung im Mittelpunkt fast aller Innovationsinitiativen steht.',
    formats: ['BLOG', 'MAILING_LIST', 'PUBLICATIONS', 'DIGITAL_MEETINGS', 'WORKSHOPS', 'IN_PERSON_MEETINGS'],
    cadence: 'Blog-Beiträge, offene Mailinglisten, Publikationsprojekte, Online-Formate, Workshops und regionale Stammtische',
    topics: ['topic:digitalisierung-verwaltung', 'topic:wissenstransfer'],
    source: ['communities-overview', 'oefit-whitepaper'],
  },
  {
    id: 'network:n3gz',
    name: 'N3GZ',
    shortName: 'N3GZ',
    description: 'Selbstorganisiertes Nachwuchsnetzwerk des NEGZ mit eigener Website.',
    partOf: 'network:negz',
    governance: 'SHARED',
    classificationNote: 'Laut Überblick selbstorganisiert, also von den Teilnehmenden selbst verwaltet (geteilt/partizipativ).',
    topics: ['topic:nachwuchs', 'topic:digitalisierung-verwaltung'],
    source: ['communities-overview'],
  },
  {
    id: 'network:staat-up',
    name: 'Staat-up',
    shortName: 'Staat-up',
    description:
      'Netzwerk für sogenannte Public Entrepreneurs: der Verein adressiert innovative Führungskräfte und Gestalter:innen des öffentlichen Dienstes, auch »Querwechsler« zwischen Privatsektor und öffentlichem Sektor sind aktiv. Staat-up organisiert Erfahrungsgruppen für den Wandel, Hospitationen und Besuche von Start-ups und setzt sich für die Zusammenarbeit zwischen öffentlichem Dienst und Start-ups ein.',
    formats: ['IN_PERSON_MEETINGS'],
    topics: ['topic:public-entrepreneurship', 'topic:fuehrung'],
    source: ['communities-overview'],
  },

  // Communities des Überblicks (regional und thematisch)
  {
    id: 'network:baykonet',
    name: 'BayKoNet',
    shortName: 'BayKoNet',
    description:
      'Durch die BayKommun eingerichtetes Netzwerk für Mitarbeiter:innen der kommunalen Ebene: eine sicher gehostete Umgebung, in der sich Kommunen, Landkreise und Gemeinden aus ganz Bayern ebenenübergreifend vernetzen, Fragen stellen, Best Practices teilen und mit Akteuren aus anderen Bundesländern an den Herausforderungen der Digitalisierung arbeiten.',
    level: 'MUNICIPAL',
    bundesland: 'DE-BY',
    formats: ['ONLINE_PLATFORM'],
    topics: ['topic:digitalisierung-verwaltung'],
    source: ['communities-overview'],
  },
  {
    id: 'network:rudi',
    name: 'RUDI – RUHR DIGITAL',
    shortName: 'RUDI',
    description:
      'Vernetzungsplattform und soziales Netzwerk für übergreifende Verwaltungsarbeit mit Untergruppen, Events und Austauschbörsen, auch über die regionalen Grenzen des Ruhrgebiets hinaus. NExT e.V. arbeitet eng mit RUDI zusammen.',
    website: 'https://www.rvr.ruhr/daten-digitales/rudi/',
    bundesland: 'DE-NW',
    formats: ['ONLINE_PLATFORM'],
    topics: ['topic:digitalisierung-verwaltung'],
    source: ['communities-overview'],
  },
  {
    id: 'network:vubn',
    name: 'Verwaltungs- und Beschaffernetzwerk',
    shortName: 'VUBN',
    description:
      'Netzwerk für Vergabe- und Beschaffungsverantwortliche aus etwa 7.500 Kommunen und öffentlichen Einrichtungen; fördert nachhaltige öffentliche Beschaffung und bietet eine Plattform für Austausch und Zusammenarbeit zu Vergabeverfahren. Mitglieder können Themenvorschläge für virtuelle Events einreichen und in einer geschützten Community Angebotsstrategien, Best-Practice-Beispiele und Leistungsbeschreibungen diskutieren.',
    formats: ['ONLINE_PLATFORM', 'DIGITAL_MEETINGS'],
    memberCount: 7500,
    memberCountNote:
      'Vergabe- und Beschaffungsverantwortliche aus etwa 7.500 Kommunen und öffentlichen Einrichtungen (Organisationen, nicht Personen).',
    topics: ['topic:vergaberecht', 'topic:nachhaltige-beschaffung'],
    source: ['communities-overview'],
  },
  {
    id: 'network:innovators-club',
    name: 'Innovators Club',
    description:
      'Dialograum für kommunale Führungskräfte, der über den Tellerrand der Tagespolitik hinausdenkt und den Austausch mit Wissenschaft, Wirtschaft und Zivilgesellschaft in den Vordergrund stellt. Versteht sich nicht nur als kommunale »Ideenschmiede«, sondern will neue Ideen und Konzepte auch in die Fläche bringen und unterstützt Pilotprojekte; Herzstück sind die jährlichen Deutschlandforen.',
    level: 'MUNICIPAL',
    formats: ['CONFERENCES', 'WORKSHOPS'],
    cadence: 'Einmal im Jahr ein zweitägiges Deutschlandforum mit Vorträgen, Workshops und Diskussionen (bisher 22)',
    continuousIntake: true,
    memberCount: 100,
    memberCountNote:
      'Gestartet als kleine Gruppe mit 35 kommunalen Führungskräften, inzwischen über 100 Mitglieder:innen; Ziel ist, stetig neue »Köpfe« zu gewinnen.',
    topics: ['topic:fuehrung', 'topic:innovationsmanagement'],
    source: ['innovators-club'],
  },

  // Im White Paper und im Modul Wissenstransfer genannt
  {
    id: 'network:govlab-arnsberg',
    name: 'GovLab Arnsberg',
    description: 'Im ÖFIT-White-Paper als Beispiel für ein lokales Verwaltungsnetzwerk genannt.',
    level: 'MUNICIPAL',
    bundesland: 'DE-NW',
    topics: [],
    source: ['oefit-whitepaper'],
  },
  {
    id: 'network:gesellschaft-fuer-wissensmanagement',
    name: 'Gesellschaft für Wissensmanagement',
    description:
      'Richtet regelmäßige Präsenztreffen aus; dort knüpfen u. a. die Koordinatoren der NExT-Community »Wissensmanagement« Kontakte zu Behörden, die sie zu Impulsvorträgen einladen.',
    formats: ['IN_PERSON_MEETINGS'],
    cadence: 'Regelmäßige Präsenztreffen',
    topics: ['topic:wissensmanagement'],
    source: ['oefit-whitepaper'],
  },
  {
    id: 'network:modellprojekte-smart-cities',
    name: 'Modellprojekte Smart Cities',
    shortName: 'MPSC',
    description:
      'Die Smart-City-Modellprojekte teilen einen Wissensspeicher mit Best-Practice-Beispielen, Lösungsansätzen, einer Übersicht aller MPSC-Maßnahmen und einer Skalierungsroadmap für Skalierung und Transfer von Maßnahmen.',
    level: 'MUNICIPAL',
    formats: ['ONLINE_PLATFORM', 'PUBLICATIONS'],
    topics: ['topic:smart-city', 'topic:wissenstransfer'],
    source: ['wissenstransfer-modul'],
  },
];
