import { describe, expect, it } from 'vitest';
import { cookieNames, loginCookie, sessionCookie } from './cookies.js';

describe('sign-in cookies', () => {
  it('over https: Secure, and the session cookie under the __Host- prefix (no Domain, Path=/)', () => {
    const names = cookieNames(true);
    expect(names.session).toBe('__Host-netzwerkatlas');
    const session = sessionCookie(names.session, 'x'.repeat(43), 3600, true);
    expect(session).toMatch(/^__Host-netzwerkatlas=x{43}; /);
    for (const flag of [/; HttpOnly/, /; Secure/, /; SameSite=Lax/, /; Path=\/(;|$)/, /; Max-Age=3600/]) expect(session).toMatch(flag);
    expect(session).not.toMatch(/Domain=/i);
    const login = loginCookie(names.login, 'state', true);
    expect(login).toMatch(/^__Secure-netzwerkatlas-login=state; /);
    expect(login).toMatch(/; Path=\/auth\/callback/);
    expect(login).toMatch(/; Secure/);
  });

  it('over http (local): the same flags without Secure', () => {
    const names = cookieNames(false);
    const session = sessionCookie(names.session, 'v', 60, false);
    expect(session).toMatch(/^netzwerkatlas=v; /);
    expect(session).not.toMatch(/Secure/);
    expect(session).toMatch(/HttpOnly/);
  });
});
