// The side panel of the selected node: its heading, kind and actions, and the details of its
// kind (one component per kind in nodePanel/). The API lists only persons the viewer may see;
// the others are counts there ("3 weitere ohne Namensfreigabe", "weniger als 3"). The page's data
// switch reaches every list of the panel (PanelScope); Escape closes the panel.

import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../core/i18n';
import { landName } from '../core/landscape';
import { type DetailNode, nodeTitle, useNodeDetails } from '../core/node';
import { type DataScope, setViewState } from '../core/urlState';
import { ErrorMessage, Loading } from './ErrorMessage';
import { AuthorityDetails } from './nodePanel/AuthorityDetails';
import { EventDetails } from './nodePanel/EventDetails';
import { InnovationDetails } from './nodePanel/InnovationDetails';
import { LandDetails } from './nodePanel/LandDetails';
import { NetworkDetails } from './nodePanel/NetworkDetails';
import { PanelScope, SyntheticBadge } from './nodePanel/PanelParts';
import { TopicDetails } from './nodePanel/TopicDetails';
import { UmbrellaOrganisationDetails } from './nodePanel/UmbrellaOrganisationDetails';

/** The details of the node's kind. */
function Details({ node }: { node: DetailNode }) {
  switch (node.__typename) {
    case 'Network':
      return <NetworkDetails node={node} />;
    case 'Authority':
      return <AuthorityDetails node={node} />;
    case 'UmbrellaOrganisation':
      return <UmbrellaOrganisationDetails node={node} />;
    case 'Topic':
      return <TopicDetails node={node} />;
    case 'Innovation':
      return <InnovationDetails node={node} />;
    case 'Event':
      return <EventDetails node={node} />;
    default:
      return null;
  }
}

interface NodePanelProps {
  id: string;
  /** Länder shown one by one, and the Land filter: for Land nodes, which the API does not know. */
  expanded: string[];
  land: string | null;
  /** The page's data switch: with "nur Quellen" invented entries are left out and counted. */
  data?: DataScope;
}

export function NodePanel({ id, expanded, land, data: scope = 'all' }: NodePanelProps) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const isLand = id.startsWith('land:');
  const { data, error, isPending, refetch } = useNodeDetails(id, !isLand);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves when another node is shown
  useEffect(() => {
    heading.current?.focus();
  }, [id]);
  // When the details arrive the heading names the node; it takes the focus again only if nothing
  // else has it. Taking it from wherever it is would pull the user out of the search box they
  // went back to while the details were loading (and close its list of hits).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the details arrive
  useEffect(() => {
    if (document.activeElement === null || document.activeElement === document.body) heading.current?.focus();
  }, [data]);

  const close = () => setViewState({ node: null }, { push: true });
  // Escape closes the panel, unless something inside took the key first (an open list of hits).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) setViewState({ node: null }, { push: true });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  let title = id;
  let body: ReactNode = null;
  let kind: string | null = null;
  let synthetic = false;
  if (isLand) {
    title = landName(id.slice('land:'.length));
    kind = t('kindLand');
    body = <LandDetails id={id} expanded={expanded} land={land} data={scope} />;
  } else if (isPending) body = <Loading />;
  else if (error) body = <ErrorMessage error={error} onRetry={() => refetch()} />;
  else if (!data) body = <p>{t('notFound', { id })}</p>;
  else {
    title = nodeTitle(data);
    kind = t(`kind${data.__typename}`);
    synthetic = 'synthetic' in data && Boolean(data.synthetic);
    body = <Details node={data} />;
  }
  const isAuthority = data?.__typename === 'Authority';

  return (
    <aside className={synthetic ? 'panel synthetic-node' : 'panel'} aria-labelledby="panel-heading" data-testid="node-panel">
      <div className="panel-head">
        <h2 id="panel-heading" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="close" onClick={close} aria-label={t('panelClose')} title={t('panelClose')}>
          ×
        </button>
      </div>
      <p className="panel-kind">
        {kind}
        {synthetic && (
          <>
            {' '}
            <SyntheticBadge />
          </>
        )}
      </p>
      {!isLand && (
        <p className="panel-actions">
          <button type="button" onClick={() => setViewState({ view: 'ego' }, { push: true })}>
            {t('showEgo')}
          </button>
          {isAuthority && (
            <button type="button" onClick={() => setViewState({ view: 'path', from: id }, { push: true })}>
              {t('pathFromHere')}
            </button>
          )}
        </p>
      )}
      <PanelScope.Provider value={scope}>{body}</PanelScope.Provider>
    </aside>
  );
}
