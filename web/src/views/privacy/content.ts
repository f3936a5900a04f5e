// The text of the "Datenschutz" page, German first, English second. It says what docs/privacy.md
// says (the operator's reference) for the people whose data it is; content.test.ts keeps the
// two in step: every place the document's table names as storing personal data is on this
// page, and nothing else, and the four visibility levels and the legal bases are the same.

import type { Lang } from '../../core/i18n';

type Text = Record<Lang, string>;

export interface StoredItem {
  /** Where it is stored, as docs/privacy.md's table names it (labels, relationships, properties). */
  where: string[];
  what: Text;
  why: Text;
}

export const INTRO: Text = {
  de: 'Netzwerkatlas zeigt Innovationsnetzwerke der Verwaltung. Über Personen – Beschäftigte von Behörden, die in Netzwerken mitarbeiten – speichert er nur, was für „Meine Behörde“ nötig ist, und zeigt es nur so weit, wie die Person zugestimmt hat. Verantwortlich ist die Behörde, die diesen Netzwerkatlas betreibt; sie nennt ihre Datenschutzbeauftragte oder ihren Datenschutzbeauftragten im Verzeichnis der Verarbeitungstätigkeiten.',
  en: 'Netzwerkatlas shows innovation networks of the public administration. About persons – staff of authorities who work in networks – it stores only what "Meine Behörde" needs, and shows it only as far as the person consented. The controller is the authority that runs this Netzwerkatlas; it names its data protection officer in its record of processing activities.',
};

export const NOT_PERSONAL: Text = {
  de: 'Netzwerke, Organisationen, Themen, Innovationen und Veranstaltungen stammen aus öffentlichen Quellen (jeweils mit Quelle) oder sind erfundene Beispieldaten; das sind keine personenbezogenen Daten.',
  en: 'Networks, organisations, topics, innovations and events come from public sources (each with its source) or are invented sample data; none of it is personal data.',
};

/** What is stored about a person: docs/privacy.md, "What is stored". */
export const STORED: StoredItem[] = [
  {
    where: ['Person'],
    what: { de: 'Name, Dienstbezeichnung', en: 'Name, job title' },
    why: {
      de: 'damit Kolleginnen, Kollegen und Mitwirkende Sie finden – nur die, die Sie sehen dürfen',
      en: 'so that colleagues and fellow participants who may see you find you',
    },
  },
  {
    where: ['Person', 'email', 'account'],
    what: { de: 'E-Mail-Adresse, Anmeldekonto (Aussteller und Kennung)', en: 'Email address, sign-in account (issuer and subject)' },
    why: {
      de: 'um Sie bei der Anmeldung wiederzuerkennen; wird niemandem außer Ihnen gezeigt',
      en: 'to recognise you at sign-in; never shown to anyone but you',
    },
  },
  {
    where: ['WORKS_AT'],
    what: { de: 'Ihre Behörde', en: 'Your employer' },
    why: { de: '„Wer von uns ist wo dabei?“', en: '"Who of us takes part where?"' },
  },
  {
    where: ['PARTICIPATES_IN'],
    what: { de: 'Teilnahme an einem Netzwerk: Rolle, seit, bis', en: 'Participation in a network: role, since, until' },
    why: {
      de: 'der Zweck des Werkzeugs: Kolleginnen und Kollegen finden einander, Doppelarbeit wird sichtbar',
      en: 'the purpose of the tool: colleagues find each other, duplicates become visible',
    },
  },
  {
    where: ['ATTENDED'],
    what: { de: 'Teilnahme an einer Veranstaltung', en: 'Attendance at an event' },
    why: {
      de: 'mehrere aus einer Behörde beim selben Treffen, ohne voneinander zu wissen',
      en: 'several colleagues at one meeting without knowing',
    },
  },
  {
    where: ['visibility', 'consentLog'],
    what: {
      de: 'Sichtbarkeit jeder Teilnahme (Ihre Einwilligung) mit dem Protokoll ihrer Änderungen: Zeitpunkt, neuer Wert, von Ihnen oder von der Administration',
      en: 'The visibility of each participation and attendance (your consent), with the log of its changes: time, new value, by you or by the administration',
    },
    why: { de: 'die Einwilligung und ihr Nachweis (Art. 7 Abs. 1 DSGVO)', en: 'the consent and its proof (Art. 7(1) GDPR)' },
  },
  {
    where: ['reportedBy', 'reportedAt', 'ADOPTED_BY'],
    what: { de: 'Übernahmen von Innovationen, die Sie gemeldet haben', en: 'Adoptions of innovations you reported' },
    why: {
      de: 'Koordinierende verfolgen, was aus ihrem Netzwerk geworden ist',
      en: 'coordinators follow up on what came of their network',
    },
  },
  {
    where: ['roles', 'Person'],
    what: { de: 'Rolle Innovationsbüro', en: 'Innovation office role' },
    why: {
      de: 'das Innovationsbüro sieht seine Behörde nur als Anzahlen, nie einzelne Personen',
      en: 'the innovation office sees its authority as counts only, never single persons',
    },
  },
  {
    where: ['AuditEntry'],
    what: {
      de: 'Protokoll jeder Änderung: wer (als Pseudonym), welche Art, wann, welcher Eintrag – nie der Inhalt von Personendaten (bei Änderungen an Netzwerken der alte und neue Wert, nur Netzwerkdaten)',
      en: 'Log of every change: who (as a pseudonym), what kind, when, which record – never the content of person data (for changes to networks the old and new value, network data only)',
    },
    why: { de: 'Rechenschaftspflicht (Art. 5 Abs. 2 DSGVO)', en: 'accountability (Art. 5(2) GDPR)' },
  },
  {
    where: ['Session'],
    what: { de: 'Anmeldesitzungen (Name, E-Mail-Adresse, Ablaufzeit)', en: 'Sign-in sessions (name, email address, expiry)' },
    why: { de: 'damit Ihr Browser angemeldet bleibt', en: 'to keep your browser signed in' },
  },
];

export const LOGS: Text = {
  de: 'Die Protokolle und Messwerte des Servers enthalten keine personenbezogenen Daten (keine Abfragen, keine Variablen, keine Adressen).',
  en: "The server's request logs and metrics hold no personal data (no query text, no variables, no addresses).",
};

/** On which basis: docs/privacy.md, "On which basis". */
export const BASES: { law: string; cites: string[]; text: Text }[] = [
  {
    law: 'Art. 6 Abs. 1 lit. a DSGVO, § 26 Abs. 2 BDSG',
    cites: ['Art. 6(1)(a) GDPR', '§ 26(2) BDSG'],
    text: {
      de: 'Einwilligung, für jede Teilnahme einzeln, elektronisch erteilt, mit Zeitpunkt gespeichert und jederzeit widerruflich. Voreingestellt ist „privat“ (nur gezählt), denn viele Netzwerke arbeiten unter der Chatham-House-Regel.',
      en: 'Consent, for each participation separately, given electronically, stored with its time and revocable at any moment. The default is "private" (counted only), since many networks work under the Chatham House Rule.',
    },
  },
  {
    law: 'Art. 6 Abs. 1 lit. c, Art. 5 Abs. 2, Art. 30 DSGVO',
    cites: ['Art. 6(1)(c)', 'Art. 5(2)', 'Art. 30 GDPR'],
    text: {
      de: 'Das Änderungsprotokoll: die gesetzliche Rechenschaftspflicht der Behörde, nur mit Pseudonymen.',
      en: "The audit log: the controller's legal obligation of accountability, with pseudonyms only.",
    },
  },
];

/** Who sees a participation: the four levels, each including the ones before it. */
export const LEVELS: { visibility: 'PRIVATE' | 'AUTHORITY' | 'NETWORK' | 'PUBLIC'; text: Text }[] = [
  {
    visibility: 'PRIVATE',
    text: { de: 'niemand außer Ihnen; alle anderen sehen eine Anzahl', en: 'nobody but you; everyone else sees a count' },
  },
  {
    visibility: 'AUTHORITY',
    text: {
      de: 'auch Kolleginnen und Kollegen Ihrer Behörde (nicht ihr Innovationsbüro)',
      en: 'also colleagues at your authority (not its innovation office)',
    },
  },
  {
    visibility: 'NETWORK',
    text: {
      de: 'auch Mitwirkende und Koordinierende dieses Netzwerks',
      en: 'also fellow participants and coordinators of that network',
    },
  },
  { visibility: 'PUBLIC', text: { de: 'alle, auch ohne Anmeldung', en: 'everyone, also without signing in' } },
];

export const COUNTS: Text = {
  de: 'Wo Personen gezählt werden, die Sie nicht sehen dürfen, wird eine Anzahl von 1 oder 2 nur als „weniger als 3“ genannt – überall: in „Meine Behörde“, der Landschaft, den Überschneidungen und den Exporten. Stehen 1 oder 2 Verborgene neben genannten Personen, heißt es „mindestens“ (die Genannten und eine weitere Person), ob es zwei oder drei sind.',
  en: 'Where persons are counted whom the viewer may not see, a count of 1 or 2 is told only as "fewer than 3" – everywhere: in "Meine Behörde", the landscape, the overlaps and the exports. Where 1 or 2 hidden persons stand beside persons named, it reads "at least" (those named and one more), whether they are two or three.',
};

/** How long: docs/privacy.md, "How long". */
export const RETENTION: Text[] = [
  {
    de: 'Eine Teilnahme, bis Sie sie beenden (sie bleibt dann als Verlauf mit ihrer Sichtbarkeit) oder sich löschen. Die Behörde kann festlegen, dass beendete Teilnahmen nach einer Frist gelöscht werden.',
    en: 'A participation until you end it (it then stays as history, with its visibility) or erase yourself. The authority may set a period after which ended participations are deleted.',
  },
  {
    de: 'Ihr Personeneintrag, bis Sie (oder auf Ihren Antrag die Administration) ihn löschen.',
    en: 'Your person record until you (or an administrator on your request) erase it.',
  },
  {
    de: 'Einträge des Änderungsprotokolls so lange, wie die Behörde festlegt (vorgeschlagen: 3 Jahre); sie enthalten nur Pseudonyme.',
    en: 'Audit entries as long as the authority sets (suggested: 3 years); they hold pseudonyms only.',
  },
  {
    de: 'Anmeldesitzungen, bis sie ablaufen oder Sie sich abmelden oder löschen.',
    en: 'Sessions until they expire or you sign out or erase yourself.',
  },
  {
    de: 'Beispieldaten (erfundene Personen) werden bei jedem Start eines Entwicklungsservers neu geschrieben; sie sind keine Daten echter Personen.',
    en: 'Sample data (invented persons) is written again at every start of a development server; it is not data of real persons.',
  },
];

/** The rights of the person: docs/privacy.md, "The rights of the person". */
export const RIGHTS: Text[] = [
  {
    de: 'Auskunft und Datenübertragbarkeit (Art. 15, 20 DSGVO): „Meine Daten herunterladen“ in „Meine Behörde“ liefert alles, was über Sie gespeichert ist, als eine JSON-Datei.',
    en: 'Access and portability (Art. 15, 20 GDPR): "Download my data" in "Meine Behörde" gives everything stored about you as one JSON file.',
  },
  {
    de: 'Berichtigung (Art. 16 DSGVO): Name und Dienstbezeichnung berichtigen Sie unter „Meine Daten“; Teilnahmen tragen Sie selbst ein, beenden sie und ändern ihre Sichtbarkeit.',
    en: 'Rectification (Art. 16 GDPR): you correct your name and job title under "My data"; you declare, end and change the visibility of your participations yourself.',
  },
  {
    de: 'Widerruf der Einwilligung: Sichtbarkeit einer Teilnahme jederzeit auf „privat“ setzen.',
    en: 'Withdrawing consent: set the visibility of a participation to "private" at any time.',
  },
  {
    de: 'Löschung (Art. 17 DSGVO): „Mich löschen“ entfernt Ihren Personeneintrag mit allen Teilnahmen, Ihren Namen an gemeldeten Übernahmen, Ihre Anmeldesitzungen und jede zwischengespeicherte Antwort. Danach hält kein Eintrag mehr Ihre Kennung, Ihren Namen oder Ihre E-Mail-Adresse.',
    en: 'Erasure (Art. 17 GDPR): "Erase me" removes your person record with all participations, your name on reported adoptions, your sign-in sessions and every cached answer. Afterwards no record holds your id, name or email.',
  },
  {
    de: 'Die Administration kann all das auf Ihren Antrag für Sie tun.',
    en: 'An administrator can do each of these on your request.',
  },
];
