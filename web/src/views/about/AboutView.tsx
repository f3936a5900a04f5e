// The "Über" page: what the atlas is, what it covers (counted from the data, per kind, from the
// sources and as Beispieldaten; a store of Beispieldaten only says so first), the documents it
// was read from, and the API.

import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { openGuide } from '../../components/FirstVisit';
import { countOf, onlySynthetic, totalOf, useCoverage } from '../../core/coverage';
import { useI18n } from '../../core/i18n';
import type { MessageKey } from '../../core/i18n/types';

const KINDS: [string, MessageKey][] = [
  ['Network', 'kindNetwork'],
  ['UmbrellaOrganisation', 'kindUmbrellaOrganisation'],
  ['Authority', 'kindAuthority'],
  ['Topic', 'kindTopic'],
  ['Innovation', 'kindInnovation'],
  ['Event', 'kindEvent'],
];

export function AboutView() {
  const { t, num } = useI18n();
  const { data, error, isPending, refetch } = useCoverage();
  return (
    <article className="about" aria-labelledby="about-title">
      <h2 id="about-title">{t('aboutTitle')}</h2>
      <p>{t('aboutIntro')}</p>
      <h3>{t('aboutCoverageTitle')}</h3>
      {isPending && <Loading />}
      {error && <ErrorMessage error={error} onRetry={() => refetch()} />}
      {data && (
        <>
          {onlySynthetic(data) && (
            <p className="note only-synthetic" data-testid="only-synthetic">
              {t('onlySynthetic')}
            </p>
          )}
          <ul data-testid="coverage">
            {KINDS.map(([kind, label]) => {
              const split = countOf(data.nodes, kind);
              return (
                <li key={kind}>{t('aboutCoverageRow', { kind: t(label), real: num(split.real), synthetic: num(split.synthetic) })}</li>
              );
            })}
            <li>
              {t('aboutMembershipsRow', {
                real: num(countOf(data.relations, 'MEMBER_OF:Authority').real),
                synthetic: num(countOf(data.relations, 'MEMBER_OF:Authority').synthetic),
              })}
            </li>
            <li>
              {t('aboutRelationsRow', {
                real: num(totalOf(data.relations).real),
                synthetic: num(totalOf(data.relations).synthetic),
              })}
            </li>
          </ul>
          <p className="note">{t('aboutNextCount')}</p>
          <h3>{t('aboutSourcesTitle')}</h3>
          <ul className="sources">
            {data.sources.map((s) => (
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
        </>
      )}
      <h3>{t('aboutSyntheticTitle')}</h3>
      <p>
        <span className="badge synthetic-badge">{t('synthetic')}</span> {t('aboutSynthetic')}
      </p>
      <h3>{t('aboutApiTitle')}</h3>
      <p>
        {t('aboutApi')} <a href="/graphql">GraphiQL (/graphql)</a>
      </p>
      <p>
        <button type="button" onClick={openGuide}>
          {t('aboutGuide')}
        </button>
      </p>
    </article>
  );
}
