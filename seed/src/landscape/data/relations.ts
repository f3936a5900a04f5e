// Who coordinates, hosts, funds, provides content to or takes part in which network, as the
// documents state it. The NExT communities named in the overview share two facts: the NExT office
// organises them all (white paper) and the IT-Planungsrat funds them from 2025 (overview).

import type { OrgNetworkRelationSeed } from '../types.js';

const nextCommunities = [
  'network:next-community-wissensmanagement',
  'network:next-community-agilitaet',
  'network:next-community-cloud',
  'network:next-community-ki-digitale-ethik',
  'network:next-community-innovationsmanagement',
  'network:next-community-interne-beratung',
];

export const relations: OrgNetworkRelationSeed[] = [
  // NExT
  {
    from: 'org:next-ev',
    type: 'COORDINATES',
    to: 'network:next',
    source: ['communities-overview', 'oefit-whitepaper'],
  },
  {
    from: 'org:next-ev',
    type: 'COORDINATES',
    to: 'network:next-community-wissensmanagement',
    since: '2024-01',
    note: 'Seit dem Beitritt zum NExT-Netzwerk im Januar 2024 organisiert die NExT-Geschäftsstelle die Treffen und die Kommunikation.',
    source: ['oefit-whitepaper'],
  },
  ...nextCommunities
    .filter((community) => community !== 'network:next-community-wissensmanagement')
    .map(
      (community): OrgNetworkRelationSeed => ({
        from: 'org:next-ev',
        type: 'COORDINATES',
        to: community,
        note: 'Die NExT-Geschäftsstelle organisiert die Treffen und die Kommunikation der NExT-Communities.',
        source: ['oefit-whitepaper', 'communities-overview'],
      }),
    ),
  ...nextCommunities.map(
    (community): OrgNetworkRelationSeed => ({
      from: 'org:it-planungsrat',
      type: 'FUNDS',
      to: community,
      since: '2025',
      note: 'Die Communities of Practice des NExT e.V. werden ab 2025 durch den IT-Planungsrat gefördert.',
      source: ['communities-overview'],
    }),
  ),
  {
    from: 'org:bsi',
    type: 'PROVIDES_CONTENT',
    to: 'network:next-community-wissensmanagement',
    note: 'Das BSI hat die Community gegründet; die inhaltliche Gestaltung liegt weiterhin beim BSI, wo auch das Koordinationsteam sitzt.',
    source: ['oefit-whitepaper'],
  },
  {
    from: 'org:bsi',
    type: 'MEMBER_OF',
    to: 'network:persdiv',
    note: 'Das BSI gründete die heutige NExT-Community »Wissensmanagement« unter dem Dach von PersDiV.',
    source: ['oefit-whitepaper'],
  },
  {
    from: 'org:rhein-kreis-neuss',
    type: 'MEMBER_OF',
    to: 'network:next',
    note: 'Mitarbeiter:innen wurden ausdrücklich aufgefordert, sich eine NExT-Community auszusuchen und sich dort aktiv einzubringen.',
    source: ['oefit-whitepaper'],
  },
  {
    from: 'org:rhein-kreis-neuss',
    type: 'MEMBER_OF',
    to: 'network:next-community-wissensmanagement',
    note: 'Das Koordinationsteam beim BSI wurde um einen Mitarbeiter aus Neuss erweitert.',
    source: ['oefit-whitepaper'],
  },

  // BMI and the KI-Campus der Polizei
  {
    from: 'org:bmi',
    type: 'COORDINATES',
    to: 'network:ki-campus-polizei',
    since: '2022',
    note: 'Die Koordination liegt beim BMI, unterstützt durch BKA, ZITiS und einen externen Dienstleister.',
    source: ['oefit-whitepaper'],
  },
  {
    from: 'org:bka',
    type: 'COORDINATES',
    to: 'network:ki-campus-polizei',
    note: 'Unterstützt das BMI bei der Koordination.',
    source: ['oefit-whitepaper'],
  },
  {
    from: 'org:zitis',
    type: 'COORDINATES',
    to: 'network:ki-campus-polizei',
    note: 'Unterstützt das BMI bei der Koordination.',
    source: ['oefit-whitepaper'],
  },
  {
    from: 'org:bmi',
    type: 'COORDINATES',
    to: 'network:programm-p20',
    note: 'BMI-Programm P20.',
    source: ['oefit-whitepaper'],
  },
  {
    from: 'org:bmi',
    type: 'COORDINATES',
    to: 'network:persdiv',
    note: 'Netzwerk »Personal in der digitalen Verwaltung« des BMI.',
    source: ['oefit-whitepaper'],
  },

  // KGSt
  {
    from: 'org:kgst',
    type: 'COORDINATES',
    to: 'network:kgst-innovationszirkel',
    source: ['oefit-whitepaper'],
  },
  {
    from: 'org:kgst',
    type: 'COORDINATES',
    to: 'network:kgst-innovationszirkel-agilitaet',
    note: 'Die Koordinatorin bei der KGSt versteht sich selbst als Teil der Gruppe; die KGSt wählte die Teilnehmenden anhand einer kurzen Umfrage aus.',
    source: ['oefit-whitepaper'],
  },
  {
    from: 'org:kgst',
    type: 'FUNDS',
    to: 'network:kgst-innovationszirkel-agilitaet',
    note: 'Die KGSt trägt etwa die Verpflegungskosten; die Kommunen verpflichten sich zu Beginn zur Übernahme ihrer eigenen Kosten.',
    source: ['oefit-whitepaper'],
  },

  // DVNW
  {
    from: 'org:dvnw-gmbh',
    type: 'COORDINATES',
    to: 'network:dvnw',
    note: 'Eigene Geschäftsstelle; Themen entstehen überwiegend durch Beobachtungen und Kontakte der Leitung.',
    source: ['oefit-whitepaper'],
  },

  // KERN
  {
    from: 'org:freie-und-hansestadt-hamburg',
    type: 'COORDINATES',
    to: 'network:kern-community',
    note: 'Hamburg und Schleswig-Holstein haben KERN ins Leben gerufen; die Gründungsorganisationen üben eine koordinierende Rolle aus.',
    source: ['oefit-whitepaper'],
  },
  {
    from: 'org:land-schleswig-holstein',
    type: 'COORDINATES',
    to: 'network:kern-community',
    note: 'Hamburg und Schleswig-Holstein haben KERN ins Leben gerufen; die Gründungsorganisationen üben eine koordinierende Rolle aus.',
    source: ['oefit-whitepaper'],
  },
  {
    from: 'org:freie-und-hansestadt-hamburg',
    type: 'FUNDS',
    to: 'network:kern-community',
    since: '2025',
    note: '2025 wurde das Projekt noch von Hamburg und Schleswig-Holstein getragen.',
    source: ['oefit-whitepaper'],
  },
  {
    from: 'org:land-schleswig-holstein',
    type: 'FUNDS',
    to: 'network:kern-community',
    since: '2025',
    note: '2025 wurde das Projekt noch von Hamburg und Schleswig-Holstein getragen.',
    source: ['oefit-whitepaper'],
  },
  {
    from: 'org:fitko',
    type: 'FUNDS',
    to: 'network:kern-community',
    since: '2026',
    note: 'Übernimmt ab 2026 voraussichtlich; die Anschlussfinanzierung war zum Untersuchungszeitpunkt noch nicht gesichert.',
    source: ['oefit-whitepaper'],
  },

  // Communities of the overview
  {
    from: 'org:negz-ev',
    type: 'COORDINATES',
    to: 'network:negz',
    source: ['communities-overview'],
  },
  {
    from: 'org:staat-up-ev',
    type: 'COORDINATES',
    to: 'network:staat-up',
    source: ['communities-overview'],
  },
  {
    from: 'org:baykommun',
    type: 'HOSTS',
    to: 'network:baykonet',
    note: 'Das Netzwerk wurde durch die BayKommun eingerichtet und ist eine sicher gehostete Umgebung.',
    source: ['communities-overview'],
  },
  {
    from: 'org:regionalverband-ruhr',
    type: 'HOSTS',
    to: 'network:rudi',
    note: 'Die Plattform wird auf der Website des RVR (rvr.ruhr) geführt.',
    source: ['communities-overview'],
  },

  // Gesellschaft für Wissensmanagement
  {
    from: 'org:gesellschaft-fuer-wissensmanagement',
    type: 'COORDINATES',
    to: 'network:gesellschaft-fuer-wissensmanagement',
    note: 'Regelmäßige Präsenztreffen der Gesellschaft für Wissensmanagement.',
    source: ['oefit-whitepaper'],
  },
];
