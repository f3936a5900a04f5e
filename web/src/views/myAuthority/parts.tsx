// Small parts of "Meine Behörde": the Beispieldaten badge, a link to a node's panel, a count of
// persons as the API tells it, the link to the privacy page.

import { useI18n } from '../../core/i18n';
import { formatPersonCount, type PersonCount } from '../../core/personCount';
import { decodeViewState, encodeViewState, setViewState } from '../../core/urlState';

/** Invented data is always marked as such. */
export function SyntheticBadge({ synthetic }: { synthetic: boolean | null | undefined }) {
  const { t } = useI18n();
  return synthetic ? <span className="badge">{t('synthetic')}</span> : null;
}

/** A network, event or innovation as a link that opens its panel. */
export function NodeButton({ id, label }: { id: string; label: string }) {
  return (
    <button type="button" className="link" onClick={() => setViewState({ node: id }, { push: true })}>
      {label}
    </button>
  );
}

/** "3", "weniger als 3" or "mindestens 3": never an exact 1 or 2 the API withholds. */
export function Count({ count }: { count: PersonCount }) {
  const { t } = useI18n();
  return <span className="count">{formatPersonCount(count, t)}</span>;
}

export function PrivacyLink() {
  const { t } = useI18n();
  return (
    <p className="note">
      <a
        href={`?${encodeViewState({ ...decodeViewState(window.location.search), view: 'privacy', node: null })}`}
        onClick={(e) => {
          e.preventDefault();
          setViewState({ view: 'privacy', node: null }, { push: true });
        }}
      >
        {t('privacyLink')}
      </a>
    </p>
  );
}
