// The two cookies of the sign-in. The session cookie: httpOnly, SameSite=Lax, Path=/, Secure
// (and named with the `__Host-` prefix, which browsers hold to exactly that) when the site is
// served over https. The login cookie: the same flags, valid ten minutes, sent only to
// /auth/callback; it binds state, nonce and PKCE verifier to the browser that began the sign-in.

import type { IncomingMessage } from 'node:http';
import { parseCookie, stringifySetCookie } from 'cookie';

export const LOGIN_TTL_S = 600;

export interface CookieNames {
  session: string;
  login: string;
}

export function cookieNames(secure: boolean): CookieNames {
  return secure
    ? { session: '__Host-netzwerkatlas', login: '__Secure-netzwerkatlas-login' }
    : { session: 'netzwerkatlas', login: 'netzwerkatlas-login' };
}

export function readCookie(req: IncomingMessage | Request, name: string): string | undefined {
  // yoga's Request may be another fetch implementation's: told apart by its headers, not its class.
  const { headers } = req;
  const header = typeof headers.get === 'function' ? (headers as Headers).get('cookie') : (req as IncomingMessage).headers.cookie;
  if (!header) return undefined;
  return parseCookie(header)[name];
}

export function sessionCookie(name: string, value: string, maxAgeS: number, secure: boolean): string {
  return stringifySetCookie({ name, value, httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeS });
}

export function loginCookie(name: string, value: string, secure: boolean): string {
  return stringifySetCookie({ name, value, httpOnly: true, sameSite: 'lax', secure, path: '/auth/callback', maxAge: LOGIN_TTL_S });
}

export function clearCookie(name: string, path: string, secure: boolean): string {
  return stringifySetCookie({ name, value: '', httpOnly: true, sameSite: 'lax', secure, path, maxAge: 0 });
}
