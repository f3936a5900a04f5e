// The parts every kind of node's panel is built from: links to other nodes, lists of them,
// facts, sources, the provenance of each relation (its documents, or the Beispieldaten mark),
// and a section filled by its own query. The page's data switch reaches every list through
// PanelScope: with "nur Quellen" invented entries are left out and counted.

import { createContext, type ReactNode, useContext } from 'react';
import { useI18n } from '../../core/i18n';
import type { NodeRef } from '../../core/node';
import { type DataScope, setViewState } from '../../core/urlState';
import { ErrorMessage, Loading } from '../ErrorMessage';

/** The data scope the panel shows (the page's data switch). */
export const PanelScope = createContext<DataScope>('all');
export const usePanelScope = () => useContext(PanelScope);

/** Whether an entry passes the data switch. */
export function inScope(scope: DataScope, synthetic: boolean | null | undefined): boolean {
  return scope === 'all' || (scope === 'real' ? !synthetic : Boolean(synthetic));
}

/** The entries that pass the data switch, and how many invented ones it left out. */
export function scoped<T>(scope: DataScope, items: readonly T[], synthetic: (item: T) => boolean | null | undefined) {
  const shown = items.filter((item) => inScope(scope, synthetic(item)));
  return { shown, hidden: items.length - shown.length };
}

/** The Beispieldaten mark: a word and a hatched pattern, never colour alone. */
export function SyntheticBadge() {
  const { t } = useI18n();
  return (
    <span className="badge synthetic-badge" title={t('syntheticTitle')} data-testid="synthetic-badge">
      {t('synthetic')}
    </span>
  );
}

export interface Provenance {
  synthetic?: boolean | null;
  sources?: readonly { title: string }[] | null;
}

/** Where a relation comes from: the Beispieldaten mark, or the titles of its documents. */
export function ProvenanceNote({ of }: { of: Provenance }) {
  const { t } = useI18n();
  if (of.synthetic) return <SyntheticBadge />;
  if (!of.sources?.length) return null;
  return <span className="source-note">{t('sourceLine', { titles: of.sources.map((s) => s.title).join('; ') })}</span>;
}

/** "3 Einträge aus Beispieldaten ausgeblendet" under a list the data switch shortened. */
export function HiddenBySwitch({ count }: { count: number }) {
  const { tn } = useI18n();
  if (count <= 0) return null;
  return <p className="note hidden-synthetic">{tn('hiddenSynthetic', count)}</p>;
}

const select = (id: string) => setViewState({ node: id }, { push: true });

/** A related node as a link: a click selects it. */
export function NodeLink({ node }: { node: NodeRef }) {
  return (
    <button type="button" className="link" onClick={() => select(node.id)}>
      {node.name ?? node.title ?? node.id}
    </button>
  );
}

/** An entry of a LinkList: a node, a note, and the provenance of the relation to it. */
export type LinkEntry = NodeRef & { note?: ReactNode; provenance?: Provenance };

/**
 * A titled list of related nodes. Each entry with a provenance shows it (the relation's
 * documents or the Beispieldaten mark, its row hatched); the data switch leaves invented
 * entries out and says how many.
 */
export function LinkList({ title, nodes, extra, testId }: { title: string; nodes: LinkEntry[]; extra?: ReactNode; testId?: string }) {
  const scope = usePanelScope();
  const { shown, hidden } = scoped(scope, nodes, (n) => n.provenance?.synthetic);
  if (!nodes.length) return null;
  return (
    <section data-testid={testId}>
      <h3>
        {title} ({shown.length})
      </h3>
      {shown.length > 0 && (
        <ul className="link-list">
          {shown.map((n) => (
            <li
              key={`${n.id}-${typeof n.note === 'string' ? n.note : ''}`}
              className={n.provenance?.synthetic ? 'synthetic-item' : undefined}
            >
              <NodeLink node={n} />
              {n.note && <span className="note-inline"> {n.note}</span>}
              {n.provenance && (
                <>
                  {' '}
                  <ProvenanceNote of={n.provenance} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <HiddenBySwitch count={hidden} />
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
