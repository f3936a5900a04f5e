// The panel of an authority: its facts, sources, relations, the networks recommended to it, its
// employees (those the viewer may see by name, the others counted), and where its persons meet.

import { translateValue, useI18n } from '../../core/i18n';
import { landName } from '../../core/landscape';
import { hiddenText, type NodeOfKind, relatedTo } from '../../core/node';
import { useAuthorityDuplicates, useRecommendedNetworks } from '../../core/overlap';
import { formatListTotal, formatPersonCount, type PersonCount } from '../../core/personCount';
import {
  Facts,
  HiddenBySwitch,
  LinkList,
  NodeLink,
  QuerySection,
  Sources,
  SyntheticBadge,
  scoped,
  usePanelScope,
  WebLink,
} from './PanelParts';

/**
 * Who the colleagues are: the names the API lists (persons who released theirs), then how many
 * it only counts, and how many more the list leaves out (the API lists at most 100 per group).
 */
function Colleagues({
  persons,
  count,
  hidden,
}: {
  persons: { id: string; name?: string | null }[];
  count: PersonCount;
  hidden: PersonCount;
}) {
  const { t } = useI18n();
  const names = persons.flatMap((p) => (p.name ? [p.name] : []));
  const more = count.exact !== null && hidden.exact !== null ? count.exact - hidden.exact - persons.length : 0;
  const parts = [
    ...(names.length ? [names.join(', ')] : []),
    ...hiddenText(hidden, t, 'colleaguesHidden'),
    ...(more > 0 ? [t('colleaguesMore', { count: more })] : []),
  ];
  return parts.length ? <div className="note-inline">{parts.join(' · ')}</div> : null;
}

function AuthorityDuplicates({ id }: { id: string }) {
  const { t } = useI18n();
  const query = useAuthorityDuplicates(id, usePanelScope());
  return (
    <QuerySection
      title={t('duplicates')}
      query={query}
      isEmpty={(data) => !data.inNetworks.totalCount && !data.atEvents.totalCount}
      emptyText={t('noDuplicates')}
    >
      {(data) => (
        <ul className="link-list">
          {data.inNetworks.edges.map(({ node: d }) => (
            <li key={d.network.id} className={d.persons.some((p) => p.synthetic) ? 'synthetic-item' : undefined}>
              {t('duplicatesInNetworks', { count: formatPersonCount(d.personCount, t), network: '' })}
              <NodeLink node={d.network} /> {d.persons.some((p) => p.synthetic) && <SyntheticBadge />}
              <Colleagues persons={d.persons} count={d.personCount} hidden={d.hiddenCount} />
            </li>
          ))}
          {data.atEvents.edges.map(({ node: d }) => (
            <li key={d.event.id} className={d.event.synthetic || d.persons.some((p) => p.synthetic) ? 'synthetic-item' : undefined}>
              {t('duplicatesAtEvents', { count: formatPersonCount(d.personCount, t), event: '' })}
              <NodeLink node={d.event} /> {d.event.date && <span className="note-inline">({d.event.date})</span>}{' '}
              {(d.event.synthetic || d.persons.some((p) => p.synthetic)) && <SyntheticBadge />}
              <Colleagues persons={d.persons} count={d.personCount} hidden={d.hiddenCount} />
            </li>
          ))}
        </ul>
      )}
    </QuerySection>
  );
}

/** Networks the authority is not yet in: on the topics of its networks, where its peers take part. */
function RecommendedNetworks({ id }: { id: string }) {
  const { t } = useI18n();
  const query = useRecommendedNetworks(id, usePanelScope());
  return (
    <QuerySection
      title={t('recommended')}
      query={query}
      isEmpty={(data) => !data.totalCount}
      emptyText={t('noRecommendations')}
      testId="recommended-networks"
    >
      {(data) => (
        <>
          <p className="note">{t('recommendedIntro')}</p>
          <ul className="link-list">
            {data.edges.map(({ node: r }) => (
              <li key={r.network.id}>
                <NodeLink node={r.network} />{' '}
                <span className="note-inline">
                  {[
                    ...(r.topicMatches ? [t('recommendedTopics', { count: r.topicMatches })] : []),
                    ...(r.peers ? [t('recommendedPeers', { count: r.peers })] : []),
                  ].join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </QuerySection>
  );
}

/**
 * Who of this authority takes part where: the persons the API lists (those the viewer may see)
 * by name, each with the networks they are in; the others only counted.
 */
function Employees({ employees }: { employees: NodeOfKind<'Authority'>['employees'] }) {
  const { t, lang } = useI18n();
  const scope = usePanelScope();
  const inScope = scoped(
    scope,
    employees.edges.map((e) => e.node),
    (p) => p.synthetic,
  );
  const shown = inScope.shown.slice(0, 30);
  const rest = (scope === 'all' ? employees.totalCount : inScope.shown.length) - shown.length;
  return (
    <section data-testid="employees">
      <h3>
        {t('employees')} ({scope === 'all' ? formatListTotal(employees.totalCount, employees.hiddenCount, t) : inScope.shown.length})
      </h3>
      <ul className="plain-list">
        {shown.map((p) => (
          <li key={p.id} className={p.synthetic ? 'synthetic-item' : undefined}>
            {p.name}
            {p.jobTitle && <span className="note-inline"> · {p.jobTitle}</span>} {p.synthetic && <SyntheticBadge />}
            {p.participations.length > 0 && (
              <div className="note-inline">
                {t('takesPartIn')}{' '}
                {p.participations.map((x, i) => (
                  <span key={x.network.id}>
                    {i > 0 && ', '}
                    <NodeLink node={x.network} />
                    {x.role && ` (${translateValue(lang, 'role', x.role)})`}
                  </span>
                ))}
              </div>
            )}
          </li>
        ))}
        {rest > 0 && <li className="note-inline">{t('colleaguesMore', { count: rest })}</li>}
        {scope === 'all' &&
          hiddenText(employees.hiddenCount, t, 'employeesHidden').map((text) => (
            <li key="hidden" className="note-inline">
              {text}
            </li>
          ))}
      </ul>
      <HiddenBySwitch count={inScope.hidden} />
    </section>
  );
}

export function AuthorityDetails({ node }: { node: NodeOfKind<'Authority'> }) {
  const { t, lang } = useI18n();
  const scope = usePanelScope();
  return (
    <>
      {node.description && <p>{node.description}</p>}
      <Facts
        rows={[
          [t('shortName'), node.shortName],
          [t('authorityType'), translateValue(lang, 'authorityType', node.authorityType)],
          [t('level'), translateValue(lang, 'level', node.level)],
          [t('bundesland'), landName(node.bundesland)],
          [t('ags'), node.ags],
          [t('website'), node.website ? <WebLink key="website" url={node.website} /> : null],
        ]}
      />
      <Sources sources={node.sources} />
      <h3 className="section-title">{t('relations')}</h3>
      <LinkList title={t('parent')} nodes={node.parent ? [node.parent] : []} />
      <LinkList title={t('subordinates')} nodes={node.subordinates} />
      <LinkList
        testId="network-relations"
        title={t('networkRelations')}
        nodes={relatedTo(
          node.networkRelations.map((r) => ({ type: r.type, node: r.network, synthetic: r.synthetic, sources: r.sources })),
          lang,
          scope,
        )}
      />
      <RecommendedNetworks id={node.id} />
      <LinkList
        title={t('adoptedInnovations')}
        nodes={node.adoptedInnovations.map((x) => ({ ...x, provenance: { synthetic: x.synthetic } }))}
      />
      <Employees employees={node.employees} />
      <h3 className="section-title">{t('overlaps')}</h3>
      <AuthorityDuplicates id={node.id} />
    </>
  );
}
