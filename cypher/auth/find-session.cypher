// The session behind a cookie, while it has not expired.
MATCH (s:Session {idHash: $idHash})
WHERE s.expiresAt > $now
RETURN s {.issuer, .subject, .email, .emailVerified, .name, .expiresAt} AS session
