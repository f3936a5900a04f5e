// Who is signed in (react-query): the server's GET /auth/session, which never hands the browser
// a token; signing in is a navigation to /auth/login, signing out a POST to /auth/logout (with
// the CSRF header, as every request with cookies) and then the provider's own sign-out page.

import { useQuery } from '@tanstack/react-query';

export interface Session {
  signedIn: boolean;
  name: string | null;
  email: string | null;
}

/** The query keys of this domain, defined here once. */
export const sessionKeys = {
  current: () => ['session'] as const,
};

async function fetchSession(): Promise<Session> {
  const response = await fetch('/auth/session', { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  // A server without sign-in (404) or one that cannot say: shown as signed out.
  if (!response.ok) return { signedIn: false, name: null, email: null };
  return (await response.json()) as Session;
}

export function useSession() {
  return useQuery({ queryKey: sessionKeys.current(), queryFn: fetchSession, staleTime: 60_000, retry: false });
}

/** The sign-in URL that brings the browser back to where it is now. */
export function signInUrl(location: Pick<Location, 'pathname' | 'search'>): string {
  return `/auth/login?${new URLSearchParams({ returnTo: `${location.pathname}${location.search}` })}`;
}

/** Ends the session here, then at the provider when it offers that (its page leads back to us). */
export async function signOut(): Promise<void> {
  const response = await fetch('/auth/logout', { method: 'POST', headers: { 'x-graphql-yoga-csrf': '1' }, credentials: 'same-origin' });
  const body = response.ok ? ((await response.json()) as { endSessionUrl?: string | null }) : {};
  window.location.assign(body.endSessionUrl ?? '/');
}
