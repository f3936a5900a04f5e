import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';
import { checkRow } from './check.js';
import { KINDS, LAYOUTS } from './layouts.js';
import { columnsMarkdown, templateCsv, templateExample, templateFile, templateHeader } from './templates.js';

describe('import templates', () => {
  it.each(KINDS)('the %s template reads back as a valid row and is the file in docs/import/vorlagen', (kind) => {
    const names = Object.fromEntries(LAYOUTS[kind].map((c, i) => [c.key, templateHeader(kind)[i] as string]));
    const checked = checkRow(kind, { line: 2, cells: templateExample(kind) }, names);
    expect(checked.problems).toEqual([]);
    const file = resolve(repoRoot, `docs/import/vorlagen/${templateFile(kind)}`);
    expect(readFileSync(file, 'utf8')).toBe(templateCsv(kind));
  });

  it('docs/import.md lists the columns of every kind as the layouts define them', () => {
    const doc = readFileSync(resolve(repoRoot, 'docs/import.md'), 'utf8');
    expect(doc).toContain(columnsMarkdown());
  });
});
