import { describe, expect, it } from 'vitest';
import { authOptions, DEVELOPMENT_PSEUDONYM_KEY, httpOptions, loadConfig } from './config.js';

// Production also needs the audit log's key; the sign-in cases below give it one.
const PRODUCTION = { NODE_ENV: 'production', AUDIT_PSEUDONYM_KEY: 'k'.repeat(32) } as const;

describe('the sign-in configuration', () => {
  it('without OIDC_ISSUER outside production: the embedded demo provider, under PUBLIC_URL (default localhost:PORT)', () => {
    const config = loadConfig({ PORT: '4100' });
    const auth = authOptions(config);
    expect(auth.publicUrl).toBe('http://localhost:4100');
    expect(auth.provider.kind).toBe('embedded');
    expect(auth.audience).toBe('netzwerkatlas');
    expect(auth.clockToleranceS).toBe(30);
  });

  it('with NODE_ENV=production and no OIDC_ISSUER: refuses, and says why', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /OIDC_ISSUER: required with NODE_ENV=production: the embedded demo sign-in .* never runs in production/,
    );
  });

  it('in production an http provider only on loopback or when allowed for a trial', () => {
    expect(() => loadConfig({ ...PRODUCTION, OIDC_ISSUER: 'http://login.example.org/realms/x' })).toThrow(/OIDC_ISSUER: must be https/);
    expect(loadConfig({ ...PRODUCTION, OIDC_ISSUER: 'http://localhost:8080/realms/x' }).OIDC_ISSUER).toBe('http://localhost:8080/realms/x');
    expect(loadConfig({ ...PRODUCTION, OIDC_ISSUER: 'http://keycloak:8080/realms/x', OIDC_ALLOW_HTTP: 'true' }).OIDC_ALLOW_HTTP).toBe(
      'true',
    );
  });

  it('validates the sign-in variables', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'not a url' })).toThrow(/OIDC_ISSUER/);
    expect(() => loadConfig({ OIDC_CLOCK_TOLERANCE_S: '-1' })).toThrow(/OIDC_CLOCK_TOLERANCE_S/);
    expect(() => loadConfig({ PUBLIC_URL: 'https://atlas.example.org/app' })).toThrow(/PUBLIC_URL: an origin without a path/);
    expect(() => loadConfig({ OIDC_EMAIL_CLAIM: 'e mail' })).toThrow(/OIDC_EMAIL_CLAIM/);
    const external = authOptions(
      loadConfig({
        OIDC_ISSUER: 'https://login.example.org/realms/verwaltung',
        OIDC_CLIENT_ID: 'atlas',
        OIDC_CLIENT_SECRET: 's3cret',
        OIDC_AUDIENCE: 'atlas-api',
        OIDC_CLOCK_TOLERANCE_S: '10',
        PUBLIC_URL: 'https://atlas.example.org',
      }),
    );
    expect(external).toMatchObject({
      publicUrl: 'https://atlas.example.org',
      clientId: 'atlas',
      clientSecret: 's3cret',
      audience: 'atlas-api',
      clockToleranceS: 10,
      provider: { kind: 'external', issuer: 'https://login.example.org/realms/verwaltung' },
    });
  });
});

describe('person data configuration', () => {
  it('production refuses to start without the audit log’s key, and says why', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', OIDC_ISSUER: 'https://login.example.org' })).toThrow(
      /AUDIT_PSEUDONYM_KEY is required in production/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', OIDC_ISSUER: 'https://login.example.org', AUDIT_PSEUDONYM_KEY: 'short' })).toThrow(
      /at least 32 characters/,
    );
    const key = 'k'.repeat(32);
    expect(
      httpOptions(loadConfig({ NODE_ENV: 'production', OIDC_ISSUER: 'https://login.example.org', AUDIT_PSEUDONYM_KEY: key })).people
        .pseudonymKey,
    ).toBe(key);
  });

  it('development runs with a fixed development key; administrators are comma lists, emails in lower case', () => {
    const people = httpOptions(loadConfig({ ADMIN_SUBJECTS: ' a , https://idp|b ', ADMIN_EMAILS: 'Datenschutz@Example.org,' })).people;
    expect(people.pseudonymKey).toBe(DEVELOPMENT_PSEUDONYM_KEY);
    expect(people.admins).toEqual({ subjects: ['a', 'https://idp|b'], emails: ['datenschutz@example.org'] });
  });
});
