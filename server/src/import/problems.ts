// A problem of an import, in words a person understands, at a place they can find: the line
// (or row, or entry) and the column.

export interface Problem {
  /** Line of the file (1 = the header); 0 for the file as a whole. */
  line: number;
  /** The column as named in the file, when the problem is in one cell. */
  column: string | null;
  message: { de: string; en: string };
}

export function problem(line: number, column: string | null, message: { de: string; en: string }): Problem {
  return { line, column, message };
}

/** One line for the CLI and logs: "Zeile 7, Spalte AGS: …". */
export function describe(p: Problem, lang: 'de' | 'en' = 'de'): string {
  const where =
    p.line === 0
      ? lang === 'de'
        ? 'Datei'
        : 'File'
      : `${lang === 'de' ? 'Zeile' : 'Line'} ${p.line}${p.column ? `, ${lang === 'de' ? 'Spalte' : 'column'} ${p.column}` : ''}`;
  return `${where}: ${p.message[lang]}`;
}
