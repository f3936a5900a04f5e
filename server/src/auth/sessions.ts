// Browser sessions, kept in Neo4j so that every replica knows them (docs/operations.md, "More
// than one server"): a random 256-bit id in the browser's cookie, only its sha256 in the
// database, with an absolute expiry. A replica that signs someone out ends the session for all.

import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/index.js';
import type { Identity } from './identity.js';

export interface SessionRecord {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  expiresAt: number;
}

export interface Sessions {
  /** Starts a session; returns the id for the cookie (never stored). */
  create(identity: Identity, idToken: string | null, ttlMs: number): Promise<string>;
  /** The live session behind an id from a cookie, or null. */
  find(id: string): Promise<SessionRecord | null>;
  /** Ends a session; returns its ID token (for the provider's logout), or null if there was none. */
  remove(id: string): Promise<{ idToken: string | null } | null>;
}

/** Ids look like this: 43 base64url characters; anything else is not looked up. */
const ID_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export function hashSessionId(id: string): string {
  return createHash('sha256').update(id).digest('base64url');
}

export function createSessions(db: Db): Sessions {
  return {
    async create(identity, idToken, ttlMs) {
      const now = Date.now();
      // Expired sessions go at each sign-in: a bounded batch, so a sign-in never waits long.
      await db.write('auth/delete-expired-sessions', { now });
      const id = randomBytes(32).toString('base64url');
      await db.write('auth/create-session', {
        idHash: hashSessionId(id),
        now,
        expiresAt: now + ttlMs,
        issuer: identity.issuer,
        subject: identity.subject,
        email: identity.email,
        emailVerified: identity.emailVerified,
        name: identity.name,
        idToken,
      });
      return id;
    },
    async find(id) {
      if (!ID_FORMAT.test(id)) return null;
      const [row] = await db.read<{ session: SessionRecord }>('auth/find-session', { idHash: hashSessionId(id), now: Date.now() });
      return row?.session ?? null;
    },
    async remove(id) {
      if (!ID_FORMAT.test(id)) return null;
      const [row] = await db.write<{ idToken: string | null }>('auth/delete-session', { idHash: hashSessionId(id) });
      return row ? { idToken: row.idToken ?? null } : null;
    },
  };
}
