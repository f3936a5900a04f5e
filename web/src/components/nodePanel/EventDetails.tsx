// The panel of an event: date, format, how many attended (persons are counted, not listed),
// sources and its network.

import { translateValue, useI18n } from '../../core/i18n';
import type { NodeOfKind } from '../../core/node';
import { formatListTotal } from '../../core/personCount';
import { Facts, LinkList, Sources } from './PanelParts';

export function EventDetails({ node }: { node: NodeOfKind<'Event'> }) {
  const { t, lang } = useI18n();
  return (
    <>
      {node.description && <p>{node.description}</p>}
      <Facts
        rows={[
          [t('date'), node.date],
          [t('format'), translateValue(lang, 'format', node.format)],
          [t('attendees'), formatListTotal(node.attendees.totalCount, node.attendees.hiddenCount, t)],
        ]}
      />
      <Sources sources={node.sources} />
      <LinkList title={t('network')} nodes={node.network ? [node.network] : []} />
    </>
  );
}
