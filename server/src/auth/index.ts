// Sign-in, as the HTTP server uses it: the authenticator every GraphQL request passes (a bearer
// token, or the session behind the browser's cookie), and the backend-for-frontend routes of
// the browser under /auth (bff.ts); with no OIDC_ISSUER (never in production) also the embedded
// demo provider under /idp (embedded/provider.ts).

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../db/index.js';
import { type BffOptions, createBff } from './bff.js';
import { type CookieNames, cookieNames, readCookie } from './cookies.js';
import type { DemoAccount } from './embedded/accounts.js';
import { AuthenticationError } from './errors.js';
import type { Authenticate, Identity } from './identity.js';
import { createOidc, type Oidc } from './oidc.js';
import { createSessions, type Sessions } from './sessions.js';

export interface AuthOptions {
  /** This server's public origin (scheme, host, port). */
  publicUrl: string;
  trustProxy: boolean;
  clientId: string;
  clientSecret?: string;
  audience: string;
  clockToleranceS: number;
  emailClaim: string;
  scopes: string;
  sessionTtlMs: number;
  provider: { kind: 'external'; issuer: string; discoveryUrl?: string } | { kind: 'embedded'; dataDir: string };
}

export interface Auth {
  authenticate: Authenticate;
  /** Answers /auth/* and (embedded provider) /idp/*; false for a path it does not know. */
  handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean>;
  /** Whether a path is one of those handle() answers (the routes, not their existence). */
  owns(path: string): boolean;
  issuer: string;
  /** The embedded demo provider runs here. */
  embedded: boolean;
  oidc: Oidc;
  sessions: Sessions;
  cookies: CookieNames;
}

/** Where the embedded demo provider is mounted (embedded/provider.ts). */
const IDP_PATH = '/idp';

const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/;

export function createAuthenticate(oidc: Oidc, sessions: Sessions, cookies: CookieNames): Authenticate {
  return async (request) => {
    const authorization = request.headers.get('authorization');
    // An API client that sends credentials gets them checked: never silently anonymous.
    if (authorization !== null) {
      const token = BEARER.exec(authorization)?.[1];
      if (!token) throw new AuthenticationError('Send the access token as "Authorization: Bearer <token>".', 'scheme', 'invalid_request');
      return oidc.verifyBearer(token);
    }
    const id = readCookie(request, cookies.session);
    if (!id) return null;
    const session = await sessions.find(id);
    if (!session) return null;
    const identity: Identity = {
      issuer: session.issuer,
      subject: session.subject,
      email: session.email ?? null,
      emailVerified: session.emailVerified === true,
      name: session.name ?? null,
      via: 'session',
    };
    return identity;
  };
}

/** `demoAccounts`: the invented persons the embedded demo provider offers (unused with an external issuer). */
export async function createAuth(db: Db, options: AuthOptions, demoAccounts: () => DemoAccount[] = () => []): Promise<Auth> {
  // Loaded only when it runs (and oidc-provider only inside it): production never imports it.
  const embedded =
    options.provider.kind === 'embedded'
      ? await (await import('./embedded/provider.js')).createEmbeddedProvider({
          publicUrl: options.publicUrl,
          dataDir: options.provider.dataDir,
          clientId: options.clientId,
          clientSecret: options.clientSecret,
          audience: options.audience,
          trustProxy: options.trustProxy,
          accounts: demoAccounts,
        })
      : undefined;
  const issuer = embedded ? embedded.issuer : (options.provider as { issuer: string }).issuer;
  const oidc = createOidc({
    issuer,
    discoveryUrl: options.provider.kind === 'external' ? options.provider.discoveryUrl : undefined,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    audience: options.audience,
    clockToleranceS: options.clockToleranceS,
    emailClaim: options.emailClaim,
  });
  const sessions = createSessions(db);
  const secure = new URL(options.publicUrl).protocol === 'https:';
  const cookies = cookieNames(secure);
  const bffOptions: BffOptions = { ...options, oidc, sessions, cookies, secure };
  const bff = createBff(bffOptions);
  const isIdp = (path: string) => embedded !== undefined && (path === IDP_PATH || path.startsWith(`${IDP_PATH}/`));
  return {
    authenticate: createAuthenticate(oidc, sessions, cookies),
    owns: (path) => path === '/auth' || path.startsWith('/auth/') || isIdp(path),
    async handle(req, res, path) {
      if (isIdp(path) && embedded) {
        await embedded.handle(req, res, path);
        return true;
      }
      return bff(req, res, path);
    },
    issuer,
    embedded: embedded !== undefined,
    oidc,
    sessions,
    cookies,
  };
}
