// Who may see a person: the one rule of privacy by default, for the scope in builder.ts, the
// parameters every Cypher statement gets, and the counts that stand in for hidden persons.
//
// Consent is given per participation: every PARTICIPATES_IN (person → network) and ATTENDED
// (person → event) carries a `visibility` the person chose (docs/privacy.md):
//
//   PRIVATE    counted only (the default, and what a missing value means)
//   AUTHORITY  colleagues of the person's own authority
//   NETWORK    colleagues, and fellow participants of that network (for an event: its attendees
//              and the participants and coordinators of the network that organised it)
//   PUBLIC     everyone, anonymous viewers included
//
// Each level includes the ones before it, so "wider" is well defined (nobody but the person may
// widen it). A person is seen by a viewer where at least one of their participations is; then
// the viewer sees their name, job title and authority, and only the participations and
// attendances each of which admits the viewer. The person always sees themselves.

/** The four levels, narrowest first. */
export const VISIBILITIES = ['PRIVATE', 'AUTHORITY', 'NETWORK', 'PUBLIC'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** True when `to` shows the participation to more viewers than `from`. */
export function widens(from: Visibility | null | undefined, to: Visibility): boolean {
  return VISIBILITIES.indexOf(to) > VISIBILITIES.indexOf(from ?? 'PRIVATE');
}

/** The roles a viewer can hold (the schema's scopes in builder.ts are made of these). */
export interface Viewer {
  /** The viewer's own person record, when signed in and linked to one. */
  personId: string | null;
  /** The authority the viewer works at (through WORKS_AT). */
  authorityId: string | null;
  /** Networks the viewer takes part in now, or coordinates (their authority coordinates it, or their role is COORDINATOR). */
  networkIds: string[];
  /** Networks the viewer coordinates (a subset of networkIds). */
  coordinatedNetworkIds: string[];
  /** Events the viewer attended, and the events of the networks in networkIds. */
  eventIds: string[];
  /** The authority whose innovation office the viewer is (counts for that authority only). */
  officeOf: string | null;
  /** Administrator (ADMIN_SUBJECTS / ADMIN_EMAILS, see config.ts). */
  admin: boolean;
  /** Signed in at all (an identity, with or without a person record). */
  signedIn: boolean;
}

export const ANONYMOUS: Viewer = Object.freeze({
  personId: null,
  authorityId: null,
  networkIds: [],
  coordinatedNetworkIds: [],
  eventIds: [],
  officeOf: null,
  admin: false,
  signedIn: false,
}) as Viewer;

/**
 * The parameters the Cypher form of the rule reads; every statement is given them (loaders.ts).
 *
 * - `$viewer`: the viewer's person id (a person always sees themselves).
 * - `$viewerAuthority`: the authority whose AUTHORITY-visible participations the viewer sees as a
 *   colleague. Null for an innovation office: the office sees its colleagues as counts only
 *   (§ 80(1) Nr. 21 BPersVG), never one person's attendance.
 * - `$viewerScopes`: the networks and events whose NETWORK-visible participations the viewer sees
 *   as a fellow participant or coordinator. Empty for an innovation office, for the same reason.
 */
export function viewerParams(viewer: Viewer): { viewer: string | null; viewerAuthority: string | null; viewerScopes: string[] } {
  const office = viewer.officeOf !== null;
  return {
    viewer: viewer.personId,
    viewerAuthority: office ? null : viewer.authorityId,
    viewerScopes: office ? [] : [...viewer.networkIds, ...viewer.eventIds],
  };
}

/**
 * The rule for one participation or attendance `r` of person `p` in network or event `s`, as
 * every Cypher statement writes it (test/api/privacy.test.ts checks each statement that reads
 * persons says exactly this, or PERSON_RULE, with its own variable names):
 */
export function participationRule(p: string, r: string, s: string): string {
  return (
    `(${p}.id = $viewer OR ${r}.visibility = 'PUBLIC'` +
    ` OR (${r}.visibility IN ['AUTHORITY', 'NETWORK'] AND EXISTS { (${p})-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) })` +
    ` OR (${r}.visibility = 'NETWORK' AND ${s}.id IN $viewerScopes))`
  );
}

/** The rule for a person `p`: themselves, or at least one participation or attendance admits the viewer. */
export function personRule(p: string): string {
  return `(${p}.id = $viewer OR EXISTS { (${p})-[r:PARTICIPATES_IN|ATTENDED]->(s) WHERE ${participationRule(p, 'r', 's')} })`;
}

/** Whether the viewer is shown the names of colleagues in the overview of their authority (not as innovation office). */
export function namesOfColleagues(viewer: Viewer): boolean {
  return viewer.authorityId !== null && viewer.officeOf === null;
}

/** Counts of persons below this are not told exactly ("weniger als 3"). */
export const SMALL_COUNT = 3;

/**
 * The size a group of `total` persons, `shown` of whom the viewer may see, has for that viewer.
 * Where 1 or 2 of them are hidden, telling `total` would tell exactly how many are hidden (the
 * viewer counts the persons listed), so the group counts as what the viewer may learn: the
 * persons shown plus one ("and fewer than 3 others"). Otherwise it is `total`. Lists of groups
 * filter on this size (minPersons) and order by it, so that neither reveals what it withholds.
 */
export function shownGroupSize(total: number, shown: number): number {
  const hidden = total - shown;
  return hidden > 0 && hidden < SMALL_COUNT ? shown + 1 : total;
}

/**
 * Several of the staff in one place, as far as the viewer may learn it: a group of at least two
 * by shownGroupSize. Two persons both hidden stay unsaid (that would tell "exactly 2"); one
 * shown with one or two hidden is "at least 2", as true of two as of three.
 */
export function isShownDuplicate(r: { total: number; shown: unknown[] }): boolean {
  return shownGroupSize(r.total, r.shown.length) >= 2;
}
