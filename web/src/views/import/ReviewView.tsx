// "Prüfliste": rows of imports whose authority could not be matched for certain, for
// administrators to decide: accept one of the candidates (or, for an organisation row, create it
// as a new one) or reject the row; an accepted decision can be undone (what it created is removed,
// what it changed restored, the item is open again). Who decided and when is shown as the API
// gives it: "you", or the pseudonym the audit log names.

import { useId, useState } from 'react';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { useI18n } from '../../core/i18n';
import { type ReviewItem, useDecideReview, useImportAccess, useImportReview } from '../../core/import';
import type { ImportReviewStatus } from '../../gql/graphql';
import { Refusal, useDateTime, useReason } from './parts';

/** The statuses an item has after a decision or before one (UNDONE items are open again). */
const SHOWN: ImportReviewStatus[] = ['OPEN', 'ACCEPTED', 'REJECTED'];

export function ReviewView() {
  const access = useImportAccess();
  if (access.state === 'pending') return <Loading />;
  if (access.state === 'error') return <ErrorMessage error={access.error} onRetry={access.retry} />;
  if (access.state === 'signedOut') return <Refusal heading="viewReview" text="reviewAdminOnly" signIn="reviewSignIn" />;
  if (access.state === 'noRole' || !access.admin) return <Refusal heading="viewReview" text="reviewAdminOnly" signIn={null} />;
  return <ReviewList />;
}

function ReviewList() {
  const { t } = useI18n();
  const [status, setStatus] = useState<ImportReviewStatus>('OPEN');
  const [message, setMessage] = useState('');
  const list = useImportReview(status, true);
  const name = useId();
  return (
    <div className="import-page">
      <section className="card" aria-labelledby="review-heading">
        <h2 id="review-heading">{t('viewReview')}</h2>
        <p>{t('reviewIntro')}</p>
        <fieldset className="review-status">
          <legend>{t('reviewStatusLabel')}</legend>
          {SHOWN.map((s) => (
            <label key={s} className="check">
              <input
                type="radio"
                name={name}
                value={s}
                checked={status === s}
                onChange={() => {
                  setStatus(s);
                  setMessage('');
                }}
              />
              {t(`reviewStatus${s}`)}
            </label>
          ))}
        </fieldset>
        <p role="status" className="status" data-testid="review-status">
          {message}
        </p>
      </section>
      {list.isPending && <Loading />}
      {list.error && <ErrorMessage error={list.error} onRetry={() => list.refetch()} />}
      {list.data && list.data.length === 0 && <p className="card">{t('reviewNone')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="review-list" data-testid="review-list">
          {list.data.map((item) => (
            <ReviewEntry key={item.id} item={item} onDecided={setMessage} />
          ))}
        </ul>
      )}
    </div>
  );
}

function ReviewEntry({ item, onDecided }: { item: ReviewItem; onDecided: (message: string) => void }) {
  const { t } = useI18n();
  const date = useDateTime();
  const reason = useReason();
  const decide = useDecideReview();
  const headingId = useId();
  const nameOf = (id: string | null) => {
    const candidate = item.candidates.find((c) => c.id === id);
    return candidate ? `${candidate.name} (${candidate.id})` : (id ?? '');
  };
  const run = (d: Parameters<typeof decide.mutate>[0]) =>
    decide.mutate(d, {
      onSuccess: (after) => {
        if (d.action === 'accept') onDecided(t('reviewAccepted', { name: item.name, choice: nameOf(after.choice) }));
        else if (d.action === 'reject') onDecided(t('reviewRejected', { name: item.name }));
        else onDecided(t('reviewUndone', { name: item.name }));
      },
    });
  const who = item.decidedByMe ? t('reviewDecidedByMe') : t('reviewDecidedByOther', { pseudonym: item.decidedBy ?? '—' });
  return (
    <li className="card review-item" aria-labelledby={headingId} data-review={item.id}>
      <h3 id={headingId}>{t('reviewItemHeading', { name: item.name })}</h3>
      <p className="note">
        {t('reviewItemFrom', { kind: t(`importKind${item.kind}`), file: item.file, line: item.line, date: date(item.at) })}
      </p>
      {item.status === 'OPEN' ? (
        <>
          {item.undoneAt && <p className="note">{t('reviewUndoneBefore', { date: date(item.undoneAt) })}</p>}
          <h4>{t('reviewCandidates')}</h4>
          <ul className="review-candidates">
            {item.candidates.map((c) => (
              <li key={c.id}>
                <button type="button" disabled={decide.isPending} onClick={() => run({ id: item.id, action: 'accept', choice: c.id })}>
                  {t('reviewAccept', { name: c.name })}
                </button>{' '}
                <span className="note-inline">
                  {c.id}; {reason(c.reason)}
                </span>
              </li>
            ))}
          </ul>
          <div className="actions">
            {item.kind === 'ORGANISATIONS' && (
              <button type="button" disabled={decide.isPending} onClick={() => run({ id: item.id, action: 'accept', choice: 'new' })}>
                {t('reviewAcceptNew')}
              </button>
            )}
            <button type="button" className="danger" disabled={decide.isPending} onClick={() => run({ id: item.id, action: 'reject' })}>
              {t('reviewReject')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            <span className="tag">{t(`reviewStatus${item.status}`)}</span>{' '}
            {item.status === 'ACCEPTED' && t('reviewChoice', { choice: nameOf(item.choice) })}
          </p>
          {item.decidedAt && <p className="note">{t('reviewDecided', { date: date(item.decidedAt), who })}</p>}
          {item.status === 'ACCEPTED' && (
            <button type="button" disabled={decide.isPending} onClick={() => run({ id: item.id, action: 'undo' })}>
              {t('reviewUndo')}
            </button>
          )}
        </>
      )}
      {decide.error && <ErrorMessage error={decide.error} />}
    </li>
  );
}
