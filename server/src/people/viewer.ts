// From a verified identity to the viewer the privacy rule and the schema's scopes read
// (privacy.ts, builder.ts): the person the identity is (by the account stored at an earlier
// sign-in, else by the email the provider verified), their authority, the networks and events
// they share with others, and their roles. Administrators are named in the configuration.

import type { Identity } from '../auth/identity.js';
import type { Db } from '../db/index.js';
import { ANONYMOUS, type Viewer } from '../privacy.js';
import type { Pseudonymise } from './audit.js';

/** Who is an administrator (config.ts: ADMIN_SUBJECTS, ADMIN_EMAILS). */
export interface Admins {
  /** OIDC subjects, as `sub` (any issuer) or `issuer|sub`. */
  subjects: string[];
  /** Email addresses, lower case; they count only when the provider verified them. */
  emails: string[];
}

/** The identity's account as stored on its person: one issuer and subject. */
export const accountOf = (identity: Identity) => `${identity.issuer}|${identity.subject}`;

export function isAdmin(identity: Identity, admins: Admins): boolean {
  if (admins.subjects.includes(identity.subject) || admins.subjects.includes(accountOf(identity))) return true;
  return identity.emailVerified && identity.email !== null && admins.emails.includes(identity.email.toLowerCase());
}

interface ViewerRow {
  personId: string | null;
  account: string | null;
  authorityId: string | null;
  networks: string[] | null;
  coordinating: string[] | null;
  events: string[] | null;
  officeOf: string | null;
}

/** The viewer of a request: anonymous without an identity. Links the account to a person found by email. */
export async function viewerOf(db: Db, identity: Identity | null, admins: Admins, pseudonym: Pseudonymise): Promise<Viewer> {
  if (!identity) return ANONYMOUS;
  const account = accountOf(identity);
  const email = identity.emailVerified && identity.email ? identity.email.toLowerCase() : null;
  const [row] = await db.read<ViewerRow>('people/viewer-of-identity', { account, email, today: new Date().toISOString().slice(0, 10) });
  const admin = isAdmin(identity, admins);
  if (!row?.personId) return { ...ANONYMOUS, signedIn: true, admin };
  if (row.account !== account) {
    await db.write('people/link-account', {
      person: row.personId,
      account,
      actor: pseudonym(row.personId),
      subject: pseudonym(row.personId),
    });
  }
  return {
    personId: row.personId,
    authorityId: row.authorityId,
    networkIds: row.networks ?? [],
    coordinatedNetworkIds: row.coordinating ?? [],
    eventIds: row.events ?? [],
    officeOf: row.officeOf,
    admin,
    signedIn: true,
  };
}
