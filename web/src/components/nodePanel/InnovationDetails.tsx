// The panel of an innovation: its kind, sources, the network it emerged in, its topics and the
// authorities that adopted it.

import { translateValue, useI18n } from '../../core/i18n';
import type { NodeOfKind } from '../../core/node';
import { Facts, LinkList, Sources } from './PanelParts';

export function InnovationDetails({ node }: { node: NodeOfKind<'Innovation'> }) {
  const { t, lang } = useI18n();
  return (
    <>
      {node.description && <p>{node.description}</p>}
      <Facts rows={[[t('kind'), translateValue(lang, 'kind', node.kind)]]} />
      <Sources sources={node.sources} />
      <LinkList title={t('emergedIn')} nodes={node.emergedIn ? [node.emergedIn] : []} />
      <LinkList title={t('topics')} nodes={node.topics} />
      <LinkList
        title={t('adoptedBy')}
        nodes={node.adoptions.map((a) => ({ ...a.authority, note: a.note, provenance: { synthetic: a.synthetic, sources: a.sources } }))}
      />
    </>
  );
}
