// The pair a heat-map cell stands for: both networks, the measures, the authorities they share
// and the persons they share as far as the viewer may see them (the others counted).

import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { useI18n } from '../../core/i18n';
import { type MatrixCell, useOverlapPair } from '../../core/overlap';
import { formatPersonCount } from '../../core/personCount';
import { setViewState } from '../../core/urlState';

export function OverlapPair({ cell, names, onClose }: { cell: MatrixCell; names: ReadonlyMap<string, string>; onClose: () => void }) {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useOverlapPair(cell.a, cell.b);
  const link = (id: string) => (
    <button type="button" className="link" onClick={() => setViewState({ node: id }, { push: true })}>
      {names.get(id) ?? id}
    </button>
  );
  return (
    <section className="overlap-pair" aria-labelledby="pair-heading" data-testid="overlap-pair">
      <h2 id="pair-heading">
        {link(cell.a)} × {link(cell.b)}
      </h2>
      <dl>
        <dt>{t('shared')}</dt>
        <dd>{cell.shared}</dd>
        <dt>{t('jaccard')}</dt>
        <dd>{cell.jaccard.toFixed(3)}</dd>
        <dt>{t('overlapCoefficient')}</dt>
        <dd>{cell.overlap.toFixed(3)}</dd>
      </dl>
      {isPending && <Loading />}
      {error && <ErrorMessage error={error} onRetry={() => refetch()} />}
      {data && (
        <>
          <h3>{t('pairShared', { count: data.sharedAuthorities.totalCount })}</h3>
          <ul>
            {data.sharedAuthorities.edges.map(({ node }) => (
              <li key={node.id}>{link(node.id)}</li>
            ))}
          </ul>
          {data.sharedAuthorities.totalCount > data.sharedAuthorities.edges.length && (
            <p>{t('pairMore', { count: data.sharedAuthorities.totalCount - data.sharedAuthorities.edges.length })}</p>
          )}
          <h3>{t('pairPersons', { count: data.sharedPersons.totalCount })}</h3>
          <ul>
            {data.sharedPersons.edges.map(({ node }) => (
              <li key={node.id}>{node.name}</li>
            ))}
            {(data.sharedPersons.hiddenCount.exact ?? 1) > 0 && (
              <li>{t('pairPersonsHidden', { count: formatPersonCount(data.sharedPersons.hiddenCount, t) })}</li>
            )}
          </ul>
        </>
      )}
      <button type="button" onClick={onClose}>
        {t('pairClose')}
      </button>
    </section>
  );
}
