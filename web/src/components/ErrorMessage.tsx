// A clear message for a failed request, with a retry button where asking again may help: never a blank page.

import { describeError, isRetryable } from '../core/api/errors';
import { useI18n } from '../core/i18n';

export function ErrorMessage({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="error">
      <strong>{t('errorTitle')}</strong> {describeError(error, t)}
      {onRetry && isRetryable(error) && (
        <button type="button" onClick={onRetry}>
          {t('errorRetry')}
        </button>
      )}
    </div>
  );
}

export function Loading({ text }: { text?: string }) {
  const { t } = useI18n();
  return (
    <p role="status" className="loading">
      <span className="spinner" aria-hidden="true" /> {text ?? t('loading')}
    </p>
  );
}
