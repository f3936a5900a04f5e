import { describe, expect, it } from 'vitest';
import { formatBytes, inLanguage, progressOf, templateUrl } from './utils';

describe('import page helpers', () => {
  it('counts a confirmed import by rows staged, then by parts published; one transaction has no step', () => {
    expect(progressOf({ rowsRead: 0, published: 0, batches: 0 }, 25_000)).toEqual({ phase: 'rows', value: 0, max: 25_000 });
    expect(progressOf({ rowsRead: 20_000, published: 0, batches: 0 }, 25_000)).toEqual({ phase: 'rows', value: 20_000, max: 25_000 });
    expect(progressOf({ rowsRead: 25_000, published: 0, batches: 0 }, 25_000)).toEqual({ phase: 'publishing' });
    expect(progressOf({ rowsRead: 730_000, published: 3, batches: 146 }, 730_000)).toEqual({ phase: 'batches', value: 3, max: 146 });
    // A preview that counted the first rows only: the bar never runs past its end.
    expect(progressOf({ rowsRead: 40_000, published: 0, batches: 0 }, 30_000)).toEqual({ phase: 'publishing' });
  });

  it('writes sizes as people read them, in the viewer’s language', () => {
    expect(formatBytes(64 * 1024 * 1024, 'de')).toBe('64 MB');
    expect(formatBytes(1536, 'de')).toBe('1,5 KB');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(12, 'de')).toBe('12 Bytes');
  });

  it('picks the viewer’s half of a bilingual server text', () => {
    expect(inLanguage('Der Import ist fehlgeschlagen. / The import failed.', 'en')).toBe('The import failed.');
    expect(inLanguage('Der Import ist fehlgeschlagen. / The import failed.', 'de')).toBe('Der Import ist fehlgeschlagen.');
    expect(inLanguage('nur deutsch', 'en')).toBe('nur deutsch');
  });

  it('links each kind to its template on our own origin', () => {
    expect(templateUrl('ADOPTIONS')).toBe('/import/vorlagen/uebernahmen.csv');
  });
});
