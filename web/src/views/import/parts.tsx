// Parts of the import page and the review list: the sentence for those who may not use them (with
// the way to sign in), a date as the language writes it, a report's figures and its problems.

import { useI18n } from '../../core/i18n';
import type { MessageKey } from '../../core/i18n/types';
import { locale } from '../../core/i18n/utils';
import type { ImportJob } from '../../core/import';
import { signInUrl } from '../../core/session';

/** Why this page is not for the viewer, and (signed out) the way to sign in and come back. */
export function Refusal({ heading, text, signIn }: { heading: MessageKey; text: MessageKey; signIn: MessageKey | null }) {
  const { t } = useI18n();
  return (
    <div className="import-page">
      <section className="card" aria-labelledby="import-refusal-heading" data-testid="import-refusal">
        <h2 id="import-refusal-heading">{t(heading)}</h2>
        <p>{t(text)}</p>
        {signIn && (
          <p>
            <a className="button-link" href={signInUrl(window.location)}>
              {t(signIn)}
            </a>
          </p>
        )}
      </section>
    </div>
  );
}

/** A date-time of the API (ISO) as the viewer's language writes it. */
export function useDateTime(): (iso: string | null | undefined) => string {
  const { lang } = useI18n();
  const format = new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short' });
  return (iso) => {
    if (!iso) return '';
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
}

type Report = NonNullable<ImportJob['preview']>;

/** Rows, valid, with problems, new, changed, links. */
export function ReportFigures({ report }: { report: Report }) {
  const { t, num } = useI18n();
  const figures: [MessageKey, number][] = [
    ['importRows', report.rows],
    ['importAccepted', report.accepted],
    ['importRejected', report.rejected],
    ['importCreated', report.created],
    ['importChanged', report.changed],
    ['importLinks', report.links],
  ];
  return (
    <>
      <dl className="import-figures">
        {figures.map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{num(value)}</dd>
          </div>
        ))}
      </dl>
      {report.partialCounts && <p className="note">{t('importPartialCounts')}</p>}
    </>
  );
}

/** Every problem the API lists, by line and column, in the viewer's language. */
export function ProblemTable({ report }: { report: Report }) {
  const { t, lang, num } = useI18n();
  if (report.problems.length === 0) return null;
  return (
    <>
      <h3 id="import-problems-heading">{t('importProblemsHeading')}</h3>
      {report.problemCount > report.problems.length && (
        <p className="note">{t('importProblemsShown', { shown: num(report.problems.length), count: num(report.problemCount) })}</p>
      )}
      <div className="table-scroll">
        <table className="import-problems" aria-labelledby="import-problems-heading" data-testid="import-problems">
          <thead>
            <tr>
              <th scope="col">{t('importLine')}</th>
              <th scope="col">{t('importColumn')}</th>
              <th scope="col">{t('importProblem')}</th>
            </tr>
          </thead>
          <tbody>
            {report.problems.map((p, i) => (
              // Problems have no id; one file's list does not change once read.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for a report
              <tr key={i}>
                <td className="import-line">{p.line > 0 ? num(p.line) : t('importWholeFile')}</td>
                <td>{p.column ?? '—'}</td>
                <td>{lang === 'de' ? p.text : p.textEn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The reasons the API gives for a candidate, in the viewer's language (others as they come). */
const REASONS: Record<string, MessageKey> = {
  'nearly the same name': 'reviewReasonNearly',
  'same name, several bodies': 'reviewReasonSeveral',
  'same name, other id': 'reviewReasonOtherId',
};

export function useReason(): (reason: string) => string {
  const { t } = useI18n();
  return (reason) => {
    const key = REASONS[reason];
    return key ? t(key) : reason;
  };
}

/** Rows whose authority the import could not match for certain: they wait for the review list. */
export function UncertainMatches({ report }: { report: Report }) {
  const { t } = useI18n();
  if (report.uncertain.length === 0) return null;
  return (
    <>
      <h3>{t('importUncertainHeading')}</h3>
      <p className="note">{t('importUncertainNote')}</p>
      <ul className="import-uncertain" data-testid="import-uncertain">
        {report.uncertain.map((u) => (
          <li key={`${u.line}:${u.name}`}>{t('importUncertainRow', { line: u.line, name: u.name })}</li>
        ))}
      </ul>
    </>
  );
}
