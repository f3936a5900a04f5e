// Search with autocomplete (Query.search: the server forgives typos, compounds typed apart and
// umlaut spellings), as an ARIA combobox: arrows move, Enter picks, Escape closes. When nothing
// is found it says so where the hits would be, with the closest names as suggestions; the box
// takes at most MAX_QUERY_LENGTH characters.

import { useEffect, useId, useState } from 'react';
import { describeError } from '../core/api/errors';
import { useI18n } from '../core/i18n';
import { type Hit, hitName, MAX_QUERY_LENGTH, type SearchPick, suggestionQuery, useSearch } from '../core/search';
import type { SearchableType } from '../gql/graphql';

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

interface SearchBoxProps {
  label: string;
  onPick: (pick: SearchPick) => void;
  /** Only hits of these kinds (e.g. Authority for the path view), asked of the API as such. */
  kinds?: SearchableType[];
  /** The hint in the empty box (default: what the search across all kinds finds). */
  placeholder?: string;
  initial?: string;
}

export function SearchBox({ label, onPick, kinds, placeholder, initial = '' }: SearchBoxProps) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(initial);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebounced(text.trim(), 180);
  const { data, isFetching, error } = useSearch(query, kinds);
  const nothing = data !== undefined && data.length === 0 && !isFetching;
  const loose = nothing ? suggestionQuery(query) : null;
  const suggestions = useSearch(loose ?? '', kinds, loose !== null, 5);
  const suggested = nothing ? (suggestions.data ?? []) : [];
  const hits = data && data.length > 0 ? data : suggested;
  const showList = open && query.length >= 2 && text.trim() === query;

  const pick = (hit: Hit) => {
    setText(hitName(hit));
    setOpen(false);
    onPick({ id: hit.node.id, name: hitName(hit), kind: hit.node.__typename ?? '' });
  };

  return (
    <div className="search">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[active] ? `${id}-hit-${active}` : undefined}
        autoComplete="off"
        maxLength={MAX_QUERY_LENGTH}
        placeholder={placeholder ?? t('searchPlaceholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={(e) => {
          // Closed a moment later, so that a click on a hit still lands; and only if the focus
          // has not come back meanwhile (typing again right after a pick keeps the list).
          const input = e.currentTarget;
          setTimeout(() => {
            if (document.activeElement !== input) setOpen(false);
          }, 150);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, Math.max(0, hits.length - 1)));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && showList && hits[active]) {
            e.preventDefault();
            pick(hits[active]);
          } else if (e.key === 'Escape' && showList) {
            // The open list takes the key: Escape closes it, not the panel behind.
            e.preventDefault();
            setOpen(false);
          }
        }}
      />
      <div id={`${id}-list`} role="listbox" aria-label={label} className="search-hits" hidden={!showList || (nothing && !suggested.length)}>
        {showList && nothing && suggested.length > 0 && (
          <div aria-hidden="true" className="search-nothing">
            {t('searchNoHits', { query })} {t('searchSuggest')}
          </div>
        )}
        {showList &&
          hits.map((hit, i) => (
            <div
              key={hit.node.id}
              tabIndex={-1}
              id={`${id}-hit-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(hit)}
              onKeyDown={() => undefined}
            >
              <span className="hit-name">{hitName(hit)}</span> <span className="hit-kind">{t(`kind${hit.node.__typename}`)}</span>
              {'synthetic' in hit.node && hit.node.synthetic && (
                <span className="badge" title={t('syntheticTitle')}>
                  {t('synthetic')}
                </span>
              )}
            </div>
          ))}
      </div>
      <span className="visually-hidden" role="status" aria-live="polite">
        {showList && !isFetching
          ? data?.length
            ? t('searchHits', { count: data.length })
            : `${t('searchNoHits', { query })}${suggested.length ? ` ${t('searchSuggest')} ${suggested.map(hitName).join(', ')}` : ''}`
          : ''}
      </span>
      {showList && nothing && !suggested.length && !suggestions.isFetching && (
        <span className="search-nothing-inline" data-testid="search-nothing">
          {t('searchNoHits', { query })}
        </span>
      )}
      {text.length >= MAX_QUERY_LENGTH && <span className="note-inline">{t('searchTooLong', { max: MAX_QUERY_LENGTH })}</span>}
      {error && showList && <span className="error-inline">{describeError(error, t)}</span>}
    </div>
  );
}
