// Synthetic email addresses of the Beispieldaten: `vorname.nachname@<authority>.example`. The
// `.example` top-level domain is reserved (RFC 2606) and never delivers mail, so no address here
// can belong to anyone. A person's address lets a sign-in find its person; an authority's
// `emailDomains` lets someone without a person record link themselves to it.

/** The synthetic mail domain of an authority, from its id: `org:stadt-koeln` → `stadt-koeln.example`. */
export function emailDomainOf(authorityId: string): string {
  return `${authorityId.replace(/^org:/, '').replace(/[^a-z0-9-]+/g, '-')}.example`;
}

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', é: 'e', è: 'e', á: 'a', ó: 'o', ç: 'c' };

/** Words of a generated name that are no part of it: forms of address and titles (`Dr.`). */
export function isTitle(word: string): boolean {
  return word.endsWith('.') || word === 'Herr' || word === 'Frau';
}

/** `Frau Dr. Anna-Lena Müller` → `anna-lena.mueller`: titles dropped, umlauts written out. */
export function localPartOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => word !== '' && !isTitle(word))
    .join(' ')
    .toLowerCase()
    .replace(/[äöüßéèáóç]/g, (c) => TRANSLITERATION[c] ?? c)
    .replace(/\s+/g, '.')
    .replace(/[^a-z0-9.-]/g, '')
    .replace(/\.{2,}/g, '.')
    .replace(/^\.|\.$/g, '');
}

/** Addresses for persons in order; a second person of the same name at one authority gets `.2`. */
export function assignEmails(persons: { name: string; authority: string }[]): string[] {
  const taken = new Set<string>();
  return persons.map(({ name, authority }) => {
    const local = localPartOf(name) || 'person';
    const domain = emailDomainOf(authority);
    let email = `${local}@${domain}`;
    for (let n = 2; taken.has(email); n++) email = `${local}.${n}@${domain}`;
    taken.add(email);
    return email;
  });
}
