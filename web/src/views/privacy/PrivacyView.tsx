// "Datenschutz": what the app stores about persons, why, on which basis and for how long, who sees
// a participation, and the rights of the person (the text is content.ts, in step with
// docs/privacy.md).

import { translateValue, useI18n } from '../../core/i18n';
import { setViewState } from '../../core/urlState';
import { BASES, COUNTS, INTRO, LEVELS, LOGS, NOT_PERSONAL, RETENTION, RIGHTS, STORED } from './content';

export function PrivacyView() {
  const { t, lang } = useI18n();
  return (
    <article className="card privacy" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('viewPrivacy')}</h2>
      <p>{INTRO[lang]}</p>
      <p>{NOT_PERSONAL[lang]}</p>

      <section aria-labelledby="privacy-stored">
        <h3 id="privacy-stored">{t('privacyStored')}</h3>
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('privacyWhat')}</th>
                <th scope="col">{t('privacyWhy')}</th>
              </tr>
            </thead>
            <tbody>
              {STORED.map((item) => (
                <tr key={item.where.join()}>
                  <th scope="row">{item.what[lang]}</th>
                  <td>{item.why[lang]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="note">{LOGS[lang]}</p>
      </section>

      <section aria-labelledby="privacy-basis">
        <h3 id="privacy-basis">{t('privacyBasis')}</h3>
        <ul>
          {BASES.map((b) => (
            <li key={b.law}>
              <strong>{b.law}:</strong> {b.text[lang]}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="privacy-who">
        <h3 id="privacy-who">{t('privacyWhoSees')}</h3>
        <dl className="facts">
          {LEVELS.map((l) => (
            <div key={l.visibility}>
              <dt>{translateValue(lang, 'visibilityShort', l.visibility)}</dt>
              <dd>{l.text[lang]}</dd>
            </div>
          ))}
        </dl>
        <p>{COUNTS[lang]}</p>
      </section>

      <section aria-labelledby="privacy-how-long">
        <h3 id="privacy-how-long">{t('privacyHowLong')}</h3>
        <ul>
          {RETENTION.map((r) => (
            <li key={r.de}>{r[lang]}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="privacy-rights">
        <h3 id="privacy-rights">{t('privacyRights')}</h3>
        <ul>
          {RIGHTS.map((r) => (
            <li key={r.de}>{r[lang]}</li>
          ))}
        </ul>
        <p>
          <a
            href="?view=myAuthority"
            onClick={(e) => {
              e.preventDefault();
              setViewState({ view: 'myAuthority' }, { push: true });
            }}
          >
            {t('privacyToMyAuthority')}
          </a>
        </p>
      </section>
    </article>
  );
}
