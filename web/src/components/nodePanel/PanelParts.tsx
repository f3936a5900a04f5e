// The parts every kind of node's panel is built from: links to other nodes, lists of them,
// facts, sources, and a section filled by its own query.

import type { ReactNode } from 'react';
import { useI18n } from '../../core/i18n';
import type { NodeRef } from '../../core/node';
import { setViewState } from '../../core/urlState';
import { ErrorMessage, Loading } from '../ErrorMessage';

const select = (id: string) => setViewState({ node: id }, { push: true });

/** A related node as a link: a click selects it. */
export function NodeLink({ node }: { node: NodeRef }) {
  return (
    <button type="button" className="link" onClick={() => select(node.id)}>
      {node.name ?? node.title ?? node.id}
    </button>
  );
}

export function LinkList({ title, nodes, extra }: { title: string; nodes: (NodeRef & { note?: ReactNode })[]; extra?: ReactNode }) {
  if (!nodes.length) return null;
  return (
    <section>
      <h3>
        {title} ({nodes.length})
      </h3>
      <ul className="link-list">
        {nodes.map((n) => (
          <li key={`${n.id}-${typeof n.note === 'string' ? n.note : ''}`}>
            <NodeLink node={n} />
            {n.note && <span className="note-inline"> {n.note}</span>}
          </li>
        ))}
      </ul>
      {extra}
    </section>
  );
}

export function WebLink({ url }: { url: string }) {
  return (
    <a href={url} target="_blank" rel="noreferrer">
      {url}
    </a>
  );
}

/** Term and value, for the values there are. */
export function Facts({ rows }: { rows: [string, ReactNode][] }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (!shown.length) return null;
  return (
    <dl className="facts">
      {shown.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Sources({ sources }: { sources: { id: string; title: string; publisher?: string | null; url?: string | null }[] }) {
  const { t } = useI18n();
  return (
    <section>
      <h3>{t('sources')}</h3>
      {sources.length ? (
        <ul className="sources">
          {sources.map((s) => (
            <li key={s.id}>
              {s.url ? (
                <a href={s.url} target="_blank" rel="noreferrer">
                  {s.title}
                </a>
              ) : (
                s.title
              )}
              {s.publisher && <span className="note-inline"> ({s.publisher})</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="note">{t('noSources')}</p>
      )}
    </section>
  );
}

/**
 * A panel section filled by its own query: the title, then loading, a failure with retry, a note
 * when the answer is empty, or the answer.
 */
export function QuerySection<T>({
  title,
  query,
  isEmpty,
  emptyText,
  testId,
  children,
}: {
  title: string;
  query: { data: T | undefined; error: Error | null; isPending: boolean; refetch: () => unknown };
  isEmpty: (data: T) => boolean;
  emptyText: string;
  testId?: string;
  children: (data: T) => ReactNode;
}) {
  const { data, error, isPending, refetch } = query;
  return (
    <section data-testid={testId}>
      <h3>{title}</h3>
      {isPending && <Loading />}
      {error && <ErrorMessage error={error} onRetry={() => refetch()} />}
      {data !== undefined && (isEmpty(data) ? <p className="note">{emptyText}</p> : children(data))}
    </section>
  );
}
