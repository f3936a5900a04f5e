// Export buttons of a graph view: PNG, SVG and GEXF of what is drawn right now.

import type Graph from 'graphology';
import { exportGexf, exportPng, exportSvg } from '../core/export';
import { useI18n } from '../core/i18n';
import { useSigma } from './SigmaGraph';

export function ExportMenu({ graph, visible, baseName }: { graph: Graph; visible: ReadonlySet<string>; baseName: string }) {
  const { t } = useI18n();
  const renderer = useSigma();
  return (
    <fieldset className="export">
      <legend>{t('exportLabel')}:</legend>
      <button type="button" disabled={!renderer} onClick={() => renderer && exportPng(renderer, baseName)}>
        {t('exportPng')}
      </button>
      <button type="button" disabled={!renderer} onClick={() => renderer && exportSvg(renderer, `${baseName}.svg`, t('appTitle'))}>
        {t('exportSvg')}
      </button>
      <button type="button" onClick={() => exportGexf(graph, visible, `${baseName}.gexf`)}>
        {t('exportGexf')}
      </button>
    </fieldset>
  );
}
