// The refusal of a request whose credentials do not verify: HTTP 401 with the challenge of RFC
// 6750 (`WWW-Authenticate: Bearer error="invalid_token", error_description="…"`) and a typed
// GraphQL error, never data. Thrown by the authenticator, answered before any resolver runs.

import { GraphQLError } from 'graphql';

/** Why a token was refused; `extensions.reason` of the error. */
export type TokenProblem = 'expired' | 'notYetValid' | 'audience' | 'issuer' | 'signature' | 'algorithm' | 'malformed' | 'notAccessToken';

/** RFC 6750 error codes: a token that does not verify, or a request that is not a bearer request. */
export type ChallengeError = 'invalid_token' | 'invalid_request';

/** A quoted-string of the challenge: no quotes or backslashes, printable ASCII only. */
function quoted(text: string): string {
  return text.replace(/["\\]/g, "'").replace(/[^\x20-\x7e]/g, '?');
}

export class AuthenticationError extends GraphQLError {
  readonly challenge: string;
  constructor(description: string, reason: TokenProblem | 'scheme', error: ChallengeError = 'invalid_token') {
    const challenge = `Bearer error="${error}", error_description="${quoted(description)}"`;
    super(description, {
      extensions: { code: 'UNAUTHENTICATED', reason, http: { status: 401, headers: { 'www-authenticate': challenge } } },
    });
    this.challenge = challenge;
  }
}

/** The provider could not be asked (discovery or keys unreachable): the token is not refused, only not checked now. */
export class ProviderUnavailableError extends GraphQLError {
  constructor() {
    super('Sign-in cannot be checked right now (the identity provider does not answer); try again shortly.', {
      extensions: { code: 'AUTH_UNAVAILABLE', http: { status: 503, headers: { 'retry-after': '5' } } },
    });
  }
}
