// Who signed in, as the identity provider vouched for it. Produced by the authenticator (a
// verified bearer token, or the session behind the browser's cookie) and read by the mapping
// from identity to a person of the graph; nothing else in the server looks at tokens.

/** A verified sign-in. Anonymous requests have none. */
export interface Identity {
  /** The issuer (`iss`) that vouched for this identity. */
  issuer: string;
  /** The subject (`sub`), stable per issuer. */
  subject: string;
  /** The claim used to find the person (`email` unless configured otherwise). */
  email: string | null;
  /** Whether the provider verified that email (`email_verified`). */
  emailVerified: boolean;
  /** Display name, when the provider sends one. */
  name: string | null;
  /** How the request proved it: a bearer token (API clients) or the session cookie (the app). */
  via: 'bearer' | 'session';
}

/**
 * Finds the identity of a request: null when it carries none, an `AuthenticationError` (401)
 * when it carries one that does not verify. Never returns an unverified identity.
 */
export type Authenticate = (request: Request) => Promise<Identity | null>;
