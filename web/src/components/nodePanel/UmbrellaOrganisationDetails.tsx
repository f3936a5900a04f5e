// The panel of an umbrella organisation: its facts, sources, and the networks it coordinates,
// hosts, funds or provides content for.

import { useI18n } from '../../core/i18n';
import { type NodeOfKind, relatedTo } from '../../core/node';
import { Facts, LinkList, Sources, usePanelScope, WebLink } from './PanelParts';

export function UmbrellaOrganisationDetails({ node }: { node: NodeOfKind<'UmbrellaOrganisation'> }) {
  const { t, lang } = useI18n();
  const scope = usePanelScope();
  return (
    <>
      {node.description && <p>{node.description}</p>}
      <Facts
        rows={[
          [t('shortName'), node.shortName],
          [t('website'), node.website ? <WebLink key="website" url={node.website} /> : null],
        ]}
      />
      <Sources sources={node.sources} />
      <LinkList
        testId="network-relations"
        title={t('networkRelations')}
        nodes={relatedTo(
          node.networkRelations.map((r) => ({ type: r.type, node: r.network, synthetic: r.synthetic, sources: r.sources })),
          lang,
          scope,
        )}
      />
    </>
  );
}
