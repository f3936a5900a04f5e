// Who may see a person: the one rule of privacy by default, for the scope in builder.ts, the
// parameters every Cypher statement gets, and the counts that stand in for hidden persons.

/** What the rule needs to know about a person. */
export interface PersonSubject {
  consent?: boolean | null;
  authorityId?: string | null;
}

/** What the rule needs to know about the viewer (sign-in will add more; anonymous has nothing). */
export interface ViewerSubject {
  authorityId: string | null;
}

/**
 * A viewer may see a person who consented to public display, or who works at the viewer's own
 * authority. Everyone else is hidden: no id, authority, role, date or attendance, only counts.
 * The Cypher statements hold the same rule, over the parameters of `viewerParams`, as
 * `(p.consent = true OR EXISTS { (p)-[:WORKS_AT]->(:Authority {id: $viewerAuthority}) })`
 * (test/api/privacy.test.ts checks that every statement reading persons says exactly that).
 */
export function mayViewPerson(viewer: ViewerSubject, person: PersonSubject): boolean {
  return person.consent === true || (viewer.authorityId !== null && viewer.authorityId === person.authorityId);
}

/** The parameters the Cypher form of `mayViewPerson` reads; every statement is given them. */
export function viewerParams(viewer: ViewerSubject): { viewerAuthority: string | null } {
  return { viewerAuthority: viewer.authorityId };
}

/** Counts of persons below this are not told exactly ("weniger als 3"). */
export const SMALL_COUNT = 3;
