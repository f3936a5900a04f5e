// The identity provider as this server sees it: its discovery document (read once, on first
// need), its keys (jose's remote key set: fetched on first use, again when a token names a key
// it does not know, at most every 30 s), bearer tokens verified against both, and the
// openid-client configuration that runs the browser's sign-in (bff.ts).

import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from 'jose';
import * as client from 'openid-client';
import { AuthenticationError, ProviderUnavailableError } from './errors.js';
import type { Identity } from './identity.js';

export interface OidcOptions {
  issuer: string;
  /** Where the discovery document is read (default: the issuer's well-known address). */
  discoveryUrl?: string;
  clientId: string;
  clientSecret?: string;
  /** The `aud` a bearer token must carry. */
  audience: string;
  clockToleranceS: number;
  /** The claim copied to Identity.email. */
  emailClaim: string;
}

export interface Oidc {
  readonly issuer: string;
  /** The provider's metadata and this client, for the authorization-code flow. */
  client(): Promise<client.Configuration>;
  /** A bearer token's identity, or an AuthenticationError saying what is wrong with it. */
  verifyBearer(token: string): Promise<Identity>;
  /** The identity in an ID token's (or userinfo's) claims, already verified by openid-client. */
  identityOf(claims: Record<string, unknown>, via: Identity['via']): Identity;
}

/** Asymmetric algorithms only: a shared-secret (HS*) or unsigned (`none`) token is never accepted. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

function wellKnown(issuer: string): string {
  return `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
}

/** A jose failure as the reason and message the client reads (never the token itself). */
function refusal(err: unknown): AuthenticationError | null {
  if (err instanceof errors.JWTExpired) return new AuthenticationError('The token has expired.', 'expired');
  if (err instanceof errors.JWTClaimValidationFailed) {
    if (err.claim === 'aud') return new AuthenticationError('The token is meant for another audience.', 'audience');
    if (err.claim === 'iss') return new AuthenticationError('The token was issued by another issuer.', 'issuer');
    if (err.claim === 'nbf' || err.claim === 'iat') return new AuthenticationError('The token is not valid yet.', 'notYetValid');
    return new AuthenticationError(`The token's "${err.claim}" claim is not acceptable.`, 'malformed');
  }
  if (err instanceof errors.JOSEAlgNotAllowed || err instanceof errors.JOSENotSupported) {
    return new AuthenticationError('The token is unsigned or signed with an algorithm that is not accepted.', 'algorithm');
  }
  if (
    err instanceof errors.JWKSNoMatchingKey ||
    err instanceof errors.JWSSignatureVerificationFailed ||
    err instanceof errors.JWKSMultipleMatchingKeys
  ) {
    return new AuthenticationError("The token's signature does not verify with the issuer's keys.", 'signature');
  }
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid) {
    return new AuthenticationError('The token is not a well-formed signed JWT.', 'malformed');
  }
  return null;
}

export function createOidc(options: OidcOptions): Oidc {
  const issuer = options.issuer;
  let discovered: Promise<{ metadata: client.ServerMetadata; keys: ReturnType<typeof createRemoteJWKSet> }> | undefined;

  const discover = () => {
    discovered ??= (async () => {
      const url = options.discoveryUrl ?? wellKnown(issuer);
      const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(10_000) });
      if (!response.ok) throw new Error(`discovery ${url}: HTTP ${response.status}`);
      const metadata = (await response.json()) as client.ServerMetadata;
      // The document must be the issuer's own (OpenID Connect Discovery 1.0, 4.3).
      if (metadata.issuer !== issuer) throw new Error(`discovery ${url}: issuer is ${metadata.issuer}, expected ${issuer}`);
      if (!metadata.jwks_uri) throw new Error(`discovery ${url}: no jwks_uri`);
      return { metadata, keys: createRemoteJWKSet(new URL(metadata.jwks_uri), { timeoutDuration: 10_000 }) };
    })();
    // A failed discovery is asked again at the next request, not remembered.
    discovered.catch(() => {
      discovered = undefined;
    });
    return discovered;
  };

  let configuration: Promise<client.Configuration> | undefined;

  const identityOf = (claims: Record<string, unknown>, via: Identity['via']): Identity => {
    const email = claims[options.emailClaim];
    return {
      issuer: String(claims.iss),
      subject: String(claims.sub),
      email: typeof email === 'string' && email !== '' ? email : null,
      emailVerified: claims.email_verified === true,
      name: typeof claims.name === 'string' && claims.name !== '' ? claims.name : null,
      via,
    };
  };

  return {
    issuer,
    identityOf,
    client() {
      configuration ??= discover().then(({ metadata }) => {
        const auth = options.clientSecret ? client.ClientSecretBasic(options.clientSecret) : client.None();
        const config = new client.Configuration(metadata, options.clientId, { [client.clockTolerance]: options.clockToleranceS }, auth);
        // Checked in config.ts: http only on loopback, outside production, or when allowed for a trial.
        if (new URL(issuer).protocol === 'http:' || (options.discoveryUrl && new URL(options.discoveryUrl).protocol === 'http:')) {
          client.allowInsecureRequests(config);
        }
        return config;
      });
      configuration.catch(() => {
        configuration = undefined;
      });
      return configuration;
    },
    async verifyBearer(token) {
      let keys: Awaited<ReturnType<typeof discover>>['keys'];
      try {
        ({ keys } = await discover());
      } catch {
        throw new ProviderUnavailableError();
      }
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, keys, {
          issuer,
          audience: options.audience,
          clockTolerance: options.clockToleranceS,
          algorithms: ALGORITHMS,
          requiredClaims: ['sub', 'exp'],
        }));
      } catch (err) {
        const refused = refusal(err);
        if (refused) throw refused;
        // The key set could not be fetched: the provider is away, the token is not judged.
        if (err instanceof errors.JWKSTimeout || err instanceof errors.JOSEError) throw new ProviderUnavailableError();
        throw err;
      }
      // An ID token proves a sign-in to the client that asked for it; it is no access token
      // (Keycloak marks it `typ: ID`; every provider puts the client's nonce into it).
      if (payload.typ === 'ID' || payload.nonce !== undefined) {
        throw new AuthenticationError('The token is an ID token; send an access token.', 'notAccessToken');
      }
      return identityOf(payload, 'bearer');
    },
  };
}
