// The browser's sign-in (backend-for-frontend): the server runs the authorization-code flow with
// PKCE through openid-client, keeps what it learns on the server (sessions.ts), and gives the
// browser only an httpOnly session cookie; the browser never holds a token.
//
//   GET  /auth/login?returnTo=/path  → the provider's login, state/nonce/verifier in a 10-minute cookie
//   GET  /auth/callback              → code for tokens, new session (a new id at every sign-in), back to returnTo
//   POST /auth/logout                → session ended here and the cookie cleared; answers the
//                                      provider's end-session URL for the browser to visit
//   GET  /auth/session               → { signedIn, name, email } (never a token)

import type { IncomingMessage, ServerResponse } from 'node:http';
import * as client from 'openid-client';
import { logger } from '../logger.js';
import { CSRF_HEADER } from '../yoga.js';
import { type CookieNames, clearCookie, LOGIN_TTL_S, loginCookie, readCookie, sessionCookie } from './cookies.js';
import { messagePage, PAGE_CSP } from './embedded/pages.js';
import type { Oidc } from './oidc.js';
import { safeReturnTo } from './returnTo.js';
import type { Sessions } from './sessions.js';

export interface BffOptions {
  publicUrl: string;
  scopes: string;
  sessionTtlMs: number;
  oidc: Oidc;
  sessions: Sessions;
  cookies: CookieNames;
  secure: boolean;
}

/** What the login cookie holds between /auth/login and /auth/callback. */
interface PendingLogin {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
}

function encodePending(p: PendingLogin): string {
  return Buffer.from(JSON.stringify(p)).toString('base64url');
}

function decodePending(value: string | undefined): PendingLogin | null {
  if (!value || value.length > 4096) return null;
  try {
    const p = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<PendingLogin>;
    if (typeof p.state !== 'string' || typeof p.nonce !== 'string' || typeof p.verifier !== 'string') return null;
    // The cookie came from the browser: its returnTo is checked again.
    return { state: p.state, nonce: p.nonce, verifier: p.verifier, returnTo: safeReturnTo(p.returnTo) };
  } catch {
    return null;
  }
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function redirect(res: ServerResponse, location: string, cookies: string[] = []) {
  res.writeHead(302, { location, 'cache-control': 'no-store', ...(cookies.length ? { 'set-cookie': cookies } : {}) });
  res.end();
}

function page(res: ServerResponse, status: number, title: string, text: string, cookies: string[] = []) {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': PAGE_CSP,
    ...(cookies.length ? { 'set-cookie': cookies } : {}),
  });
  res.end(messagePage(title, text));
}

/** An openid-client or network failure, for the log: its kind and the provider's error code, never a token. */
function describe(err: unknown): Record<string, unknown> {
  if (err instanceof client.ResponseBodyError) return { kind: err.name, error: err.error, status: err.status };
  if (err instanceof client.AuthorizationResponseError) return { kind: err.name, error: err.error };
  if (err instanceof Error) return { kind: err.name, code: (err as { code?: string }).code, message: err.message.slice(0, 200) };
  return { kind: typeof err };
}

export function createBff(options: BffOptions) {
  const { publicUrl, oidc, sessions, cookies, secure } = options;
  const publicHost = new URL(publicUrl).host;
  const redirectUri = `${publicUrl}/auth/callback`;
  const ttlS = Math.floor(options.sessionTtlMs / 1000);

  async function login(req: IncomingMessage, res: ServerResponse, query: URLSearchParams) {
    const returnTo = safeReturnTo(query.get('returnTo'));
    // The login cookie must be set on the host the callback returns to: a browser on another
    // name of this server (127.0.0.1 for localhost) goes there first, once.
    if (req.headers.host !== publicHost && !query.has('hop')) {
      return redirect(res, `${publicUrl}/auth/login?${new URLSearchParams({ returnTo, hop: '1' })}`);
    }
    let config: client.Configuration;
    try {
      config = await oidc.client();
    } catch (err) {
      logger.warn({ ...describe(err), issuer: oidc.issuer }, 'sign-in: the identity provider does not answer');
      return page(res, 503, 'Anmeldung gerade nicht möglich', 'Der Identitätsanbieter antwortet nicht. Bitte später erneut versuchen.');
    }
    const pending: PendingLogin = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      returnTo,
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: options.scopes,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    redirect(res, url.href, [loginCookie(cookies.login, encodePending(pending), secure)]);
  }

  async function callback(req: IncomingMessage, res: ServerResponse, query: URLSearchParams) {
    const pending = decodePending(readCookie(req, cookies.login));
    const cleared = clearCookie(cookies.login, '/auth/callback', secure);
    if (!pending) {
      return page(
        res,
        400,
        'Anmeldung abgelaufen',
        `Die Anmeldung ist abgelaufen (nach ${LOGIN_TTL_S / 60} Minuten) oder wurde unter einer anderen Adresse begonnen. Bitte unter ${publicUrl} erneut anmelden.`,
        [cleared],
      );
    }
    // Cancelled at the provider: back where the user was, still signed out.
    if (query.get('error') === 'access_denied' && query.get('state') === pending.state) return redirect(res, pending.returnTo, [cleared]);
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    let claims: Record<string, unknown>;
    try {
      const config = await oidc.client();
      tokens = await client.authorizationCodeGrant(config, new URL(req.url ?? '/', publicUrl), {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = { ...(tokens.claims() ?? {}) };
      // Providers that keep email and name out of the ID token give them at userinfo.
      if (claims.email === undefined && config.serverMetadata().userinfo_endpoint) {
        const info = await client.fetchUserInfo(config, tokens.access_token, String(claims.sub)).catch(() => null);
        if (info) claims = { ...info, ...claims, email: info.email, email_verified: info.email_verified, name: claims.name ?? info.name };
      }
    } catch (err) {
      logger.warn(describe(err), 'sign-in: the callback did not verify');
      return page(res, 400, 'Anmeldung fehlgeschlagen', 'Die Antwort des Identitätsanbieters war ungültig. Bitte erneut anmelden.', [
        cleared,
      ]);
    }
    const identity = oidc.identityOf(claims, 'session');
    // A new session id at every sign-in; a session this browser had before ends.
    const previous = readCookie(req, cookies.session);
    if (previous) await sessions.remove(previous);
    const id = await sessions.create(identity, tokens.id_token ?? null, options.sessionTtlMs);
    logger.info({ issuer: identity.issuer }, 'sign-in');
    redirect(res, pending.returnTo, [cleared, sessionCookie(cookies.session, id, ttlS, secure)]);
  }

  async function logout(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'POST') return json(res, 405, { error: 'POST /auth/logout' }, { allow: 'POST' });
    // Same rule as the API: a request with cookies must show it comes from our own page.
    if (!req.headers[CSRF_HEADER]) return json(res, 403, { error: `the ${CSRF_HEADER} header is required` });
    const id = readCookie(req, cookies.session);
    const ended = id ? await sessions.remove(id) : null;
    let endSessionUrl: string | null = null;
    try {
      const config = await oidc.client();
      if (config.serverMetadata().end_session_endpoint) {
        endSessionUrl = client.buildEndSessionUrl(config, {
          post_logout_redirect_uri: `${publicUrl}/`,
          ...(ended?.idToken ? { id_token_hint: ended.idToken } : {}),
        }).href;
      }
    } catch (err) {
      logger.warn(describe(err), 'sign-out: the identity provider does not answer; signed out here only');
    }
    json(res, 200, { signedIn: false, endSessionUrl }, { 'set-cookie': [clearCookie(cookies.session, '/', secure)] });
  }

  async function session(req: IncomingMessage, res: ServerResponse) {
    const id = readCookie(req, cookies.session);
    const found = id ? await sessions.find(id) : null;
    if (!found) return json(res, 200, { signedIn: false, name: null, email: null });
    json(res, 200, { signedIn: true, name: found.name ?? null, email: found.email ?? null });
  }

  return async function handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    const query = new URLSearchParams((req.url ?? '').split('?')[1] ?? '');
    const method = req.method ?? 'GET';
    switch (path) {
      case '/auth/login':
        if (method !== 'GET') return false;
        await login(req, res, query);
        return true;
      case '/auth/callback':
        if (method !== 'GET') return false;
        await callback(req, res, query);
        return true;
      case '/auth/logout':
        await logout(req, res);
        return true;
      case '/auth/session':
        if (method !== 'GET') return false;
        await session(req, res);
        return true;
      default:
        return false;
    }
  };
}
