// Authorities a signed-in user without a person record may link themselves to: those whose
// configured `emailDomains` hold the domain of their verified email.
MATCH (a:Authority)
WHERE $domain IN coalesce(a.emailDomains, [])
RETURN a {.*, isAuthority: true, isUmbrella: a:UmbrellaOrganisation} AS node
ORDER BY a.name, a.id
LIMIT 20
