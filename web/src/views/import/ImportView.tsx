// "Daten importieren": for administrators (every kind) and coordinators (memberships and
// participations of their networks). Choose the kind, pick a file, upload it: the server checks
// it and lists every problem by line and column; the valid rows alone may be imported where some
// have problems; confirm, follow the progress, read the final report. Nothing is written before
// the confirmation, and then the whole file or nothing (docs/import.md).

import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { ApiError, describeError } from '../../core/api/errors';
import { useI18n } from '../../core/i18n';
import {
  downloadBackup,
  formatBytes,
  IMPORT_KINDS,
  type ImportJob,
  inLanguage,
  progressOf,
  templateUrl,
  useConfirmImport,
  useImportAccess,
  useImportJob,
  useImportOptions,
  useStartPreview,
} from '../../core/import';
import { setViewState } from '../../core/urlState';
import type { ImportKind } from '../../gql/graphql';
import { ProblemTable, Refusal, ReportFigures, UncertainMatches } from './parts';

export function ImportView() {
  const access = useImportAccess();
  if (access.state === 'pending') return <Loading />;
  if (access.state === 'error') return <ErrorMessage error={access.error} onRetry={access.retry} />;
  if (access.state === 'signedOut') return <Refusal heading="viewImport" text="importRefusedSignedOut" signIn="importSignIn" />;
  if (access.state === 'noRole') return <Refusal heading="viewImport" text="importRefusedNoRole" signIn={null} />;
  return <ImportPage admin={access.admin} coordinates={access.coordinates} />;
}

function ImportPage({ admin, coordinates }: { admin: boolean; coordinates: { id: string; name: string }[] }) {
  const { t, lang } = useI18n();
  const options = useImportOptions(true);
  const [kind, setKind] = useState<ImportKind | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [upload, setUpload] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useStartPreview();
  const job = useImportJob(jobId);
  const ids = { kind: useId(), file: useId(), hint: useId() };
  const fileInput = useRef<HTMLInputElement>(null);

  if (options.isPending) return <Loading />;
  if (options.error) return <ErrorMessage error={options.error} onRetry={() => options.refetch()} />;
  const kinds = IMPORT_KINDS.filter((k) => options.data.kinds.includes(k));
  const chosen = kind ?? kinds[0] ?? 'ORGANISATIONS';
  const limit = formatBytes(options.data.maxBytes, lang);
  const busy = start.isPending || job.data?.state === 'IMPORTING' || job.data?.state === 'CHECKING';

  const check = (validOnly: boolean, again: string | null) => {
    setFormError(null);
    if (!again) {
      if (!file) return setFormError(t('importNoFile'));
      if (file.size > options.data.maxBytes) return setFormError(t('importTooLarge', { size: formatBytes(file.size, lang), limit }));
    }
    start.mutate(
      { file: again ? null : file, upload: again, kind: again && job.data ? job.data.kind : chosen, validOnly },
      {
        onSuccess: (started) => {
          setUpload(started.upload);
          setJobId(started.job.id);
        },
      },
    );
  };
  const startError = start.error
    ? start.error instanceof ApiError && start.error.problem.code === 'LIMIT_EXCEEDED'
      ? t('importTooLarge', { size: file ? formatBytes(file.size, lang) : '?', limit })
      : describeError(start.error, t)
    : null;

  return (
    <div className="import-page">
      <section className="card" aria-labelledby="import-heading">
        <h2 id="import-heading">{t('viewImport')}</h2>
        <p>{t('importIntro')}</p>
        {!admin && (
          <p className="note" data-testid="import-coordinator">
            {t('importCoordinatorNote', { networks: coordinates.map((n) => n.name).join(', ') })}
          </p>
        )}
        <form
          className="import-form"
          onSubmit={(e) => {
            e.preventDefault();
            check(false, null);
          }}
        >
          <div className="field">
            <label htmlFor={ids.kind}>{t('importKindLabel')}</label>
            <select id={ids.kind} value={chosen} disabled={busy} onChange={(e) => setKind(e.target.value as ImportKind)}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(`importKind${k}`)}
                </option>
              ))}
            </select>
          </div>
          <p>
            <a href={templateUrl(chosen)} download>
              {t('importTemplate', { kind: t(`importKind${chosen}`) })}
            </a>{' '}
            <span className="note-inline">{t('importTemplatesNote')}</span>
          </p>
          <div className="field">
            <label htmlFor={ids.file}>{t('importFileLabel', { limit })}</label>
            <input
              ref={fileInput}
              id={ids.file}
              type="file"
              accept=".csv,.tsv,.txt,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={ids.hint}
              disabled={busy}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setFormError(null);
              }}
            />
          </div>
          <p id={ids.hint} className="note">
            {t('importFormatHint')}
          </p>
          <button type="submit" className="primary" disabled={busy}>
            {t('importCheck')}
          </button>
          {start.isPending && <Loading text={t('importUploading')} />}
          {(formError ?? startError) && (
            <p role="alert" className="error">
              {formError ?? startError}
            </p>
          )}
        </form>
      </section>
      {admin && <BackupSection />}
      {job.error && <ErrorMessage error={job.error} onRetry={() => job.refetch()} />}
      {job.data && (
        <JobSection
          job={job.data}
          admin={admin}
          onValidOnly={() => check(true, upload)}
          onAnother={() => {
            setJobId(null);
            setFile(null);
            // The file input forgets its file too, and takes the focus for the next one.
            if (fileInput.current) {
              fileInput.current.value = '';
              fileInput.current.focus();
            }
          }}
        />
      )}
    </div>
  );
}

/** Where the job stands: checking, the preview to confirm, the progress, the report. */
function JobSection({
  job,
  admin,
  onValidOnly,
  onAnother,
}: {
  job: ImportJob;
  admin: boolean;
  onValidOnly: () => void;
  onAnother: () => void;
}) {
  const { t, lang, num, tn } = useI18n();
  const confirm = useConfirmImport();
  const heading = useRef<HTMLHeadingElement>(null);
  // A settled state (preview, report, refusal, failure) takes the focus, so that it is read out.
  useEffect(() => {
    if (job.state !== 'CHECKING' && job.state !== 'IMPORTING') heading.current?.focus();
  }, [job.state]);

  if (job.state === 'CHECKING') {
    return (
      <section className="card" aria-labelledby="import-job-heading" data-testid="import-job" data-state={job.state}>
        <h2 id="import-job-heading">{t('importPreviewHeading', { file: job.fileName })}</h2>
        <progress className="import-progress" aria-label={t('importProgressLabel')} />
        <p role="status">{t('importChecking', { rows: num(job.rowsRead) })}</p>
      </section>
    );
  }
  if (job.state === 'IMPORTING') {
    const total = job.preview?.rows ?? 0;
    const progress = progressOf(job, total);
    return (
      <section className="card" aria-labelledby="import-job-heading" data-testid="import-job" data-state={job.state}>
        <h2 id="import-job-heading">{t('importProgressHeading', { file: job.fileName })}</h2>
        {progress.phase === 'publishing' ? (
          <progress className="import-progress" aria-label={t('importProgressLabel')} />
        ) : (
          <progress className="import-progress" aria-label={t('importProgressLabel')} value={progress.value} max={progress.max} />
        )}
        <p role="status">
          {progress.phase === 'rows' && t('importProgressRows', { rows: num(progress.value), total: num(total) })}
          {progress.phase === 'batches' && t('importProgressBatches', { done: num(progress.value), total: num(progress.max) })}
          {progress.phase === 'publishing' && t('importProgressPublishing')}
        </p>
      </section>
    );
  }
  const report = job.report ?? job.preview;
  const done = job.state === 'DONE';
  return (
    <section className="card" aria-labelledby="import-job-heading" data-testid="import-job" data-state={job.state}>
      <h2 id="import-job-heading" ref={heading} tabIndex={-1}>
        {t(done ? 'importReportHeading' : 'importPreviewHeading', { file: job.fileName })}
      </h2>
      {job.state === 'FAILED' && (
        <p role="alert" className="error">
          {job.error ? `${inLanguage(job.error, lang)} ${t('importNothingWritten')}` : t('importFailed')}
        </p>
      )}
      {report && <ReportFigures report={report} />}
      {job.state === 'REFUSED' && (
        <div className="notice">
          <p>{t('importRefused')}</p>
          {report && report.accepted > 0 && !job.validOnly && (
            <button type="button" onClick={onValidOnly}>
              {t('importValidOnly', { count: num(report.accepted) })}
            </button>
          )}
        </div>
      )}
      {job.state === 'PREVIEW' && report && (
        <div className="import-confirm">
          <p>{t('importReady', { count: num(report.accepted) })}</p>
          {job.validOnly && report.rejected > 0 && <p className="note">{t('importValidOnlyNote')}</p>}
          <div className="actions">
            <button type="button" className="primary" disabled={confirm.isPending} onClick={() => confirm.mutate(job.id)}>
              {t('importConfirm')}
            </button>
            <button type="button" onClick={onAnother}>
              {t('importAnother')}
            </button>
          </div>
          {confirm.error && <ErrorMessage error={confirm.error} />}
        </div>
      )}
      {done && report && (
        <div className="import-done" role="status">
          <p>
            <strong>{t('importDone', { accepted: num(report.accepted) })}</strong>
          </p>
          {report.uncertain.length > 0 && (
            <p>
              {tn('importWaitingReviewCount', report.uncertain.length)}{' '}
              {admin && (
                <a
                  href="?view=review"
                  onClick={(e) => {
                    e.preventDefault();
                    setViewState({ view: 'review' }, { push: true });
                  }}
                >
                  {t('importToReview')}
                </a>
              )}
            </p>
          )}
        </div>
      )}
      {report && <ProblemTable report={report} />}
      {report && <UncertainMatches report={report} />}
    </section>
  );
}

/** For administrators: the whole graph as a backup file (what `pnpm restore` reads). */
function BackupSection() {
  const { t } = useI18n();
  const backup = useMutation({ mutationFn: downloadBackup });
  return (
    <section className="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupHeading')}</h2>
      <p>{t('backupIntro')}</p>
      <button type="button" disabled={backup.isPending} onClick={() => backup.mutate()}>
        {backup.isPending ? t('backupRunning') : t('backupDownload')}
      </button>
      {backup.data && (
        <p role="status" data-testid="backup-done">
          {t('backupDone', { file: backup.data })}
        </p>
      )}
      {backup.error && <ErrorMessage error={backup.error} onRetry={() => backup.mutate()} />}
    </section>
  );
}
