import { describe, expect, it } from 'vitest';
import { pseudonymiser } from './audit.js';

describe('the audit log’s pseudonyms', () => {
  it('are stable per key, differ between keys and ids, and hold nothing of the id', () => {
    const a = pseudonymiser('a'.repeat(32));
    const b = pseudonymiser('b'.repeat(32));
    const id = 'person:demo-0001';
    expect(a(id)).toBe(a(id));
    expect(a(id)).toMatch(/^ps:[\w-]{22}$/);
    expect(a(id)).not.toBe(b(id));
    expect(a(id)).not.toBe(a('person:demo-0002'));
    expect(a(id)).not.toContain('demo');
  });
});
