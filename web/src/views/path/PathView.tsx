// How two authorities are connected through networks (Query.connection): who could introduce whom.

import { useQuery } from '@tanstack/react-query';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { SearchBox } from '../../components/SearchBox';
import { request } from '../../core/api/client';
import { ConnectionQuery } from '../../core/api/operations';
import { useI18n } from '../../core/i18n';
import type { MessageKey } from '../../core/i18n/types';
import { setViewState, type ViewState } from '../../core/urlState';

export function PathView({ state }: { state: ViewState }) {
  const { t, lang } = useI18n();
  const { from, to } = state;
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: ['connection', from, to],
    queryFn: () => request(ConnectionQuery, { from: from!, to: to! }).then((d) => d.connection),
    enabled: Boolean(from && to),
  });
  return (
    <section className="path-view" aria-labelledby="path-heading">
      <h2 id="path-heading">{t('viewPath')}</h2>
      <div className="path-pickers">
        <div>
          <SearchBox
            label={t('pathFrom')}
            kinds={['Authority']}
            initial={from ?? ''}
            onPick={(p) => setViewState({ from: p.id }, { push: true })}
          />
          {from && <p className="note">{from}</p>}
        </div>
        <div>
          <SearchBox
            label={t('pathTo')}
            kinds={['Authority']}
            initial={to ?? ''}
            onPick={(p) => setViewState({ to: p.id }, { push: true })}
          />
          {to && <p className="note">{to}</p>}
        </div>
      </div>
      {isFetching && <Loading />}
      {error && <ErrorMessage error={error} onRetry={() => refetch()} />}
      {from && to && !isFetching && !error && data === null && <p>{t('pathNone')}</p>}
      {data && (
        <>
          <p>{t('pathHops', { hops: data.hops })}</p>
          <ol className="path-steps">
            {data.steps.map((step) => {
              const n = step.node;
              const name =
                ('name' in n && n.name) || ('personName' in n && n.personName) || (n.__typename === 'Person' ? t('personHidden') : n.id);
              return (
                <li key={n.id}>
                  <span className="hit-kind">{t(`kind${n.__typename}` as MessageKey)}</span>{' '}
                  {n.__typename === 'Person' ? (
                    name
                  ) : (
                    <button type="button" className="link" onClick={() => setViewState({ node: n.id }, { push: true })}>
                      {name}
                    </button>
                  )}
                  {step.via && (
                    <span className="note-inline">
                      {' '}
                      → {t('via')} {lang === 'de' ? step.via.replace('MEMBER_OF', 'Mitgliedschaft') : step.via}
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
