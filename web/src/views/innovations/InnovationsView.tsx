// Innovations by kind, the network each emerged in, and the authorities that adopted it
// (Query.innovationTransfer).

import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { INNOVATION_KINDS } from '../../core/api/enums';
import { exportCsv, toCsv } from '../../core/export';
import { translateValue, useI18n } from '../../core/i18n';
import { useInnovationTransfer } from '../../core/innovation';
import { setViewState, type ViewState } from '../../core/urlState';

const select = (id: string) => setViewState({ node: id }, { push: true });

export function InnovationsView({ state }: { state: ViewState }) {
  const { t, lang } = useI18n();
  const kind = INNOVATION_KINDS.find((k) => k === state.innovationKind) ?? null;
  const { data, error, isPending, refetch } = useInnovationTransfer(kind);
  if (isPending) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={() => refetch()} />;
  const maxCount = Math.max(1, ...data.byKind.map((k) => k.innovations));
  const networks = data.networks.filter((n) => n.innovationCount > 0).sort((a, b) => b.innovationCount - a.innovationCount);
  const csvRows = networks.flatMap((n) =>
    n.innovations.map((i) => [
      n.network.name,
      i.innovation.title,
      translateValue(lang, 'kind', i.innovation.kind),
      i.adopters.map((a) => a.name).join('; '),
    ]),
  );
  return (
    <div className="innovations">
      <section aria-labelledby="kinds-heading">
        <h2 id="kinds-heading">{t('innovationKinds')}</h2>
        <div className="field inline">
          <label htmlFor="innovation-kind">{t('innovationKind')}</label>
          <select id="innovation-kind" value={kind ?? ''} onChange={(e) => setViewState({ innovationKind: e.target.value || null })}>
            <option value="">{t('any')}</option>
            {INNOVATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {translateValue(lang, 'kind', k)}
              </option>
            ))}
          </select>
        </div>
        <table className="data-table bars">
          <thead>
            <tr>
              <th scope="col">{t('kind')}</th>
              <th scope="col">{t('innovations')}</th>
              <th scope="col">{t('adopted')}</th>
            </tr>
          </thead>
          <tbody>
            {data.byKind.map((k) => (
              <tr key={k.kind}>
                <th scope="row">{translateValue(lang, 'kind', k.kind)}</th>
                <td>
                  <span className="bar" style={{ width: `${(k.innovations / maxCount) * 8}rem` }} aria-hidden="true" /> {k.innovations}
                </td>
                <td>{k.adopted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="transfer-heading">
        <h2 id="transfer-heading">{t('innovationsByNetwork')}</h2>
        <button
          type="button"
          onClick={() =>
            exportCsv('netzwerkatlas-innovationen.csv', toCsv([t('emergedIn'), t('innovations'), t('kind'), t('adoptedBy')], csvRows))
          }
        >
          {t('exportCsv')}
        </button>
        {networks.length > 0 && networks.every((n) => n.adoptedCount === 0) && (
          <p className="note" data-testid="no-adoptions">
            {t('noAdoptionsRecorded')}
          </p>
        )}
        {networks.map((n) => (
          <article key={n.network.id} className="transfer">
            <h3>
              <button type="button" className="link" onClick={() => select(n.network.id)}>
                {n.network.name}
              </button>
            </h3>
            <p className="note">
              {n.innovationCount} {t('innovations')} · {n.adoptedCount} {t('adopted')} · {t('adoptionShare')}{' '}
              {Math.round(n.adoptionShare * 100)} %
            </p>
            <ul>
              {n.innovations.map((i) => (
                <li key={i.innovation.id}>
                  <button type="button" className="link" onClick={() => select(i.innovation.id)}>
                    {i.innovation.title}
                  </button>{' '}
                  <span className="hit-kind">{translateValue(lang, 'kind', i.innovation.kind)}</span>
                  {i.innovation.synthetic && <span className="badge">{t('synthetic')}</span>}
                  {' → '}
                  {i.adopters.length ? (
                    i.adopters.map((a, idx) => (
                      <span key={a.id}>
                        {idx > 0 && ', '}
                        <button type="button" className="link" onClick={() => select(a.id)}>
                          {a.name}
                        </button>
                      </span>
                    ))
                  ) : (
                    <span className="note-inline">{t('noAdopters')}</span>
                  )}
                </li>
              ))}
            </ul>
          </article>
        ))}
      </section>
    </div>
  );
}
