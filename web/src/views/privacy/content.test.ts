// The privacy page says what docs/privacy.md says: the same places that store personal data, in
// the same order; the same four visibility levels; the same legal bases; as many retention rules,
// with the same suggested period for the audit log. A change to the document that the page does
// not follow (or the other way round) fails here.

import { describe, expect, it } from 'vitest';
import doc from '../../../../docs/privacy.md?raw';
import { BASES, LEVELS, RETENTION, STORED } from './content';

/** The text of one `## ` section of the document, up to the next. */
function section(title: string): string {
  const start = doc.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`docs/privacy.md has no section "${title}"`);
  const end = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, end < 0 ? undefined : end);
}

/** A table row's cells; a `|` inside backticks (`issuer|subject`) belongs to its cell. */
function cells(line: string): string[] {
  const out = [''];
  let code = false;
  for (const ch of line.trim().slice(1, -1)) {
    if (ch === '`') code = !code;
    if (ch === '|' && !code) out.push('');
    else out[out.length - 1] += ch;
  }
  return out.map((c) => c.trim());
}

/** The rows of the first table in a section, as cells (header and rule left out). */
function tableRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .slice(2)
    .map(cells);
}

const identifiers = (cell: string) => [...cell.matchAll(/`([^`|]+)`/g)].map((m) => m[1]);
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the privacy page and docs/privacy.md', () => {
  it('name the same places that store personal data, row by row', () => {
    const rows = tableRows(section('What is stored'));
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(STORED.map((item) => item.where)).toEqual(rows.map((cells) => identifiers(cells[1] ?? '')));
  });

  it('name the same four visibility levels in the same order', () => {
    const rows = tableRows(section('Visibility: who sees a participation'));
    expect(LEVELS.map((l) => l.visibility)).toEqual(rows.map((cells) => identifiers(cells[0] ?? '')[0]));
  });

  it('cite the legal bases the document cites', () => {
    const basis = flat(section('On which basis'));
    for (const b of BASES) for (const cite of b.cites) expect(basis).toContain(cite);
    expect(BASES.length).toBe(
      section('On which basis')
        .split('\n')
        .filter((l) => l.startsWith('- ') && /Art\. 6/.test(l)).length,
    );
  });

  it('give as many retention rules, with the same suggested period for the audit log', () => {
    const howLong = section('How long');
    expect(RETENTION.length).toBe(howLong.split('\n').filter((l) => l.startsWith('- ')).length);
    const years = /suggested: (\d+) years/.exec(howLong)?.[1];
    expect(years).toBeDefined();
    expect(RETENTION.some((r) => r.de.includes(`${years} Jahre`) && r.en.includes(`${years} years`))).toBe(true);
  });
});
