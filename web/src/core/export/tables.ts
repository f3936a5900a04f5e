// Tables as files that travel: CSV as a German Excel opens it (semicolons, decimal commas, a
// byte-order mark so that umlauts survive), and XLSX (write-excel-file) with numbers as numbers.

import type { Lang } from '../i18n/types';

export type TableValue = string | number | boolean | null | undefined;

export interface Table {
  header: string[];
  rows: TableValue[][];
}

/**
 * CSV for a spreadsheet in the language's convention: German uses ';' between fields and ','
 * in numbers (so that Excel puts every field in a column of its own and reads 0,615 as a
 * number); English uses ',' and '.'. Fields holding the separator, a quote or a line break are
 * quoted. Starts with a byte-order mark (Excel reads UTF-8 only then).
 */
export function toExcelCsv({ header, rows }: Table, lang: Lang, yesNo: [string, string] = ['ja', 'nein']): string {
  const separator = lang === 'de' ? ';' : ',';
  const number = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { useGrouping: false, maximumFractionDigits: 6 });
  const field = (value: TableValue) => {
    const text =
      value === null || value === undefined
        ? ''
        : typeof value === 'number'
          ? number.format(value)
          : typeof value === 'boolean'
            ? yesNo[value ? 0 : 1]
            : value;
    return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\ufeff${[header, ...rows].map((row) => row.map(field).join(separator)).join('\r\n')}\r\n`;
}

/** The rows of an XLSX sheet: a bold header, then the values with their types kept. */
export function toSheet({ header, rows }: Table, yesNo: [string, string] = ['ja', 'nein']) {
  return [
    header.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...rows.map((row) =>
      row.map((value) =>
        value === null || value === undefined
          ? null
          : typeof value === 'number'
            ? { value, type: Number }
            : { value: typeof value === 'boolean' ? yesNo[value ? 0 : 1] : value, type: String },
      ),
    ),
  ];
}

/** An XLSX file of the table (one sheet), as a Blob. The library is loaded when first used. */
export async function xlsxBlob(table: Table, sheet: string, yesNo?: [string, string]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  return writeXlsxFile(toSheet(table, yesNo) as never, { sheet: sheet.slice(0, 31) }).toBlob();
}
