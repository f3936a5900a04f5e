// Export buttons of a table: CSV as a spreadsheet in the page's language opens it (German:
// semicolons and decimal commas) and XLSX. Any view with a table can use it.

import { downloadBlob } from '../core/export';
import { type Table, toExcelCsv, xlsxBlob } from '../core/export/tables';
import { useI18n } from '../core/i18n';

export function ExportMenuTable({ table, baseName, sheet }: { table: () => Table; baseName: string; sheet: string }) {
  const { t, lang } = useI18n();
  const yesNo: [string, string] = [t('yes'), t('no')];
  return (
    <fieldset className="export-table">
      <legend>{t('exportLabel')}:</legend>
      <button
        type="button"
        title={t('exportCsvHelp')}
        onClick={() => downloadBlob(`${baseName}.csv`, new Blob([toExcelCsv(table(), lang, yesNo)], { type: 'text/csv;charset=utf-8' }))}
      >
        {t('exportCsvExcel')}
      </button>
      <button type="button" onClick={async () => downloadBlob(`${baseName}.xlsx`, await xlsxBlob(table(), sheet, yesNo))}>
        {t('exportXlsx')}
      </button>
    </fieldset>
  );
}
