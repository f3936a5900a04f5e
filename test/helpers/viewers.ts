// Signed-in viewers for the tests, before (and beside) real tokens: an authenticator that takes
// the identity from an `Authorization: Test <base64url JSON>` header. It exists only here; the
// server gets it through the same parameter as the real authenticator (yoga.ts `authenticate`).
// Using the Authorization header keeps the HTTP server's rules for credentials in force (the
// answer cache never serves or keeps such a request).

import type { Authenticate, Identity } from '@netzwerkatlas/server/auth/identity';
import type { Db } from '@netzwerkatlas/server/db/index';
import { DEFAULT_LIMITS, type RequestLimits } from '@netzwerkatlas/server/guard/limits';
import type { HttpOptions } from '@netzwerkatlas/server/http';
import { createYogaServer, type PeopleOptions } from '@netzwerkatlas/server/yoga';

export const TEST_ISSUER = 'https://issuer.test.invalid';

/** What a test says about who signs in; the rest of the identity is filled in. */
export interface TestSignIn {
  subject: string;
  email?: string | null;
  emailVerified?: boolean;
  name?: string | null;
}

export function identityOf(s: TestSignIn): Identity {
  return {
    issuer: TEST_ISSUER,
    subject: s.subject,
    email: s.email ?? null,
    emailVerified: s.emailVerified ?? true,
    name: s.name ?? null,
    via: 'bearer',
  };
}

/** The Authorization header value for a test sign-in. */
export function testAuthorization(s: TestSignIn): string {
  return `Test ${Buffer.from(JSON.stringify(s)).toString('base64url')}`;
}

export const testAuthenticate: Authenticate = async (request) => {
  const header = request.headers.get('authorization');
  if (!header?.startsWith('Test ')) return null;
  return identityOf(JSON.parse(Buffer.from(header.slice(5), 'base64url').toString('utf8')) as TestSignIn);
};

/** Sign-in for a test's HTTP server: the test authenticator, and no routes under /auth. */
export const testAuth: HttpOptions['auth'] = { authenticate: testAuthenticate, handle: async () => false, owns: () => false };

export const TEST_PSEUDONYM_KEY = 'test-only-pseudonym-key-0123456789abcdef';

export interface ViewerCall {
  status: number;
  data?: any;
  errors?: { message: string; extensions?: Record<string, any> }[];
  /** The whole answer as sent (for searching it for names and ids). */
  text: string;
}

/** GraphQL in process as a given viewer (null: anonymous), by POST. */
export function apiAs(db: Db, options: { admins?: PeopleOptions['admins']; limits?: RequestLimits } = {}) {
  const yoga = createYogaServer(db, {
    limits: options.limits ?? { ...DEFAULT_LIMITS, cost: 1_000_000, wholeLandscape: 100 },
    authenticate: testAuthenticate,
    people: { admins: options.admins ?? { subjects: [], emails: [] }, pseudonymKey: TEST_PSEUDONYM_KEY },
  });
  return async function gql(viewer: TestSignIn | null, query: string, variables: Record<string, unknown> = {}): Promise<ViewerCall> {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(viewer ? { authorization: testAuthorization(viewer) } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    return { status: response.status, text, ...(JSON.parse(text) as Omit<ViewerCall, 'status' | 'text'>) };
  };
}
