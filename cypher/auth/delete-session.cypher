// Sign-out (or a new sign-in in the same browser): the session ends here, for every replica.
MATCH (s:Session {idHash: $idHash})
WITH s, s.idToken AS idToken
DETACH DELETE s
RETURN idToken
