import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_PSEUDONYM_KEY, httpOptions, loadConfig } from './config.js';

describe('person data configuration', () => {
  it('production refuses to start without the audit log’s key, and says why', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUDIT_PSEUDONYM_KEY is required in production/);
    expect(() => loadConfig({ NODE_ENV: 'production', AUDIT_PSEUDONYM_KEY: 'short' })).toThrow(/at least 32 characters/);
    const key = 'k'.repeat(32);
    expect(httpOptions(loadConfig({ NODE_ENV: 'production', AUDIT_PSEUDONYM_KEY: key })).people.pseudonymKey).toBe(key);
  });

  it('development runs with a fixed development key; administrators are comma lists, emails in lower case', () => {
    const people = httpOptions(loadConfig({ ADMIN_SUBJECTS: ' a , https://idp|b ', ADMIN_EMAILS: 'Datenschutz@Example.org,' })).people;
    expect(people.pseudonymKey).toBe(DEVELOPMENT_PSEUDONYM_KEY);
    expect(people.admins).toEqual({ subjects: ['a', 'https://idp|b'], emails: ['datenschutz@example.org'] });
  });
});
