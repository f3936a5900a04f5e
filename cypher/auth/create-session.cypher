// A browser session after sign-in (server/src/auth/sessions.ts). Keyed by the sha256 of its id:
// the id itself exists only in the browser's cookie. Holds what a request needs to know who
// asks, and the ID token for the provider's logout; no access or refresh token.
CREATE (s:Session {
  idHash: $idHash,
  createdAt: $now,
  expiresAt: $expiresAt,
  issuer: $issuer,
  subject: $subject,
  email: $email,
  emailVerified: $emailVerified,
  name: $name,
  idToken: $idToken
})
