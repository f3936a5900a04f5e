// The panel of a topic: its name in the page's language, sources, its place in the hierarchy,
// and the networks and innovations on it.

import { useI18n } from '../../core/i18n';
import type { NodeOfKind } from '../../core/node';
import { Facts, LinkList, Sources } from './PanelParts';

export function TopicDetails({ node }: { node: NodeOfKind<'Topic'> }) {
  const { t, lang } = useI18n();
  return (
    <>
      <Facts rows={[[t('name'), lang === 'en' ? (node.nameEn ?? node.name) : node.name]]} />
      <Sources sources={node.sources} />
      <LinkList title={t('parent')} nodes={node.parent ? [node.parent] : []} />
      <LinkList title={t('subtopics')} nodes={node.subtopics} />
      <LinkList title={t('networks')} nodes={node.networks.map((n) => ({ ...n, provenance: { synthetic: n.synthetic } }))} />
      <LinkList title={t('innovations')} nodes={node.innovations.map((n) => ({ ...n, provenance: { synthetic: n.synthetic } }))} />
    </>
  );
}
