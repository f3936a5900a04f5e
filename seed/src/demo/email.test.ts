import { describe, expect, it } from 'vitest';
import { assignEmails, emailDomainOf, localPartOf } from './email.js';

describe('synthetic addresses', () => {
  it('are vorname.nachname at the authority’s .example domain, without titles, umlauts written out', () => {
    expect(emailDomainOf('org:stadt-koeln')).toBe('stadt-koeln.example');
    expect(localPartOf('Frau Prof. Dr. Anna-Lena Müller')).toBe('anna-lena.mueller');
    expect(localPartOf('Herr Jörg von Weiß')).toBe('joerg.von.weiss');
  });

  it('stay unique: a second person of the same name at one authority gets a number', () => {
    expect(
      assignEmails([
        { name: 'Anna Weber', authority: 'org:stadt-koeln' },
        { name: 'Anna Weber', authority: 'org:stadt-koeln' },
        { name: 'Anna Weber', authority: 'org:land-hessen' },
      ]),
    ).toEqual(['anna.weber@stadt-koeln.example', 'anna.weber.2@stadt-koeln.example', 'anna.weber@land-hessen.example']);
  });
});
