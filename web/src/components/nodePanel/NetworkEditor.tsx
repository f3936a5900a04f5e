// Curation in the panel (docs/curation.md): for a signed-in viewer who may edit this network (an
// administrator, or a coordinator of it) a "Bearbeiten" button opens a form for the profile and
// topics, and the member authorities can be added (found by the search) and removed. Every change
// names the version the form was opened with; when someone changed the network meanwhile the API
// writes nothing and sends the newer record: the form then says so, keeps what the editor typed,
// shows the newer value under each field that differs (with a button to take it over), and a
// second save, now against the newer version, stores the editor's text deliberately.

import { type FormEvent, useId, useState } from 'react';
import {
  type CuratedNetwork,
  conflictOf,
  PROFILE_FIELDS,
  type Profile,
  type ProfileField,
  profileOf,
  useAddMember,
  useNetworkCuration,
  useRemoveMember,
  useSaveNetwork,
  useTopicChoices,
} from '../../core/curation';
import { type MessageKey, useI18n } from '../../core/i18n';
import { useSession } from '../../core/session';
import type { SearchableType } from '../../gql/graphql';
import { ErrorMessage } from '../ErrorMessage';
import { SearchBox } from '../SearchBox';
import { ProvenanceNote } from './PanelParts';

/** What the form compares against and sends as expectedVersion: the record as last read. */
interface Base {
  version: number;
  profile: Profile;
  topics: string[];
}

const AUTHORITIES: SearchableType[] = ['Authority'];
const LABELS: Record<ProfileField, MessageKey> = {
  name: 'curationName',
  shortName: 'shortName',
  description: 'curationDescription',
  website: 'website',
  cadence: 'cadence',
  funding: 'funding',
};
const sameList = (a: readonly string[], b: readonly string[]) => [...a].sort().join('|') === [...b].sort().join('|');

/** The "Bearbeiten" button and, once pressed, the editor; nothing for viewers who may not edit. */
export function NetworkCuration({ id }: { id: string }) {
  const { t } = useI18n();
  const session = useSession();
  const signedIn = session.data?.signedIn === true;
  const network = useNetworkCuration(id, signedIn);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  if (!signedIn || !network.data?.editable) return null;
  return (
    <div className="curation">
      {open ? (
        <NetworkEditor
          network={network.data}
          onClose={(message) => {
            setOpen(false);
            setStatus(message);
          }}
        />
      ) : (
        <button
          type="button"
          className="curation-open"
          onClick={() => {
            setStatus('');
            setOpen(true);
          }}
        >
          {t('curationEdit')}
        </button>
      )}
      <p role="status" className="status">
        {status}
      </p>
    </div>
  );
}

function NetworkEditor({ network, onClose }: { network: CuratedNetwork; onClose: (message: string) => void }) {
  const { t, lang } = useI18n();
  const id = useId();
  const start: Base = { version: network.version, profile: profileOf(network), topics: network.topics.map((x) => x.id) };
  const [base, setBase] = useState<Base>(start);
  const [form, setForm] = useState<Profile>(start.profile);
  const [topics, setTopics] = useState<string[]>(start.topics);
  const [conflict, setConflict] = useState<Base | null>(null);
  const choices = useTopicChoices(true);
  const save = useSaveNetwork();

  /** A refusal for a stale version: the newer record becomes what the form compares against. */
  const onConflict = (error: unknown) => {
    const newer = conflictOf(error);
    if (!newer) return;
    setConflict(newer);
    setBase(newer);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const changes = Object.fromEntries(PROFILE_FIELDS.filter((f) => form[f].trim() !== base.profile[f]).map((f) => [f, form[f].trim()]));
    const topicsChanged = !sameList(topics, base.topics);
    if (Object.keys(changes).length === 0 && !topicsChanged) {
      onClose(t('curationUnchanged'));
      return;
    }
    save.mutate(
      { id: network.id, expectedVersion: base.version, changes, topics: topicsChanged ? topics : null },
      { onSuccess: () => onClose(t('curationSaved')), onError: onConflict },
    );
  };

  const topicName = (topicId: string) => {
    const topic = choices.data?.find((x) => x.id === topicId);
    return topic ? (lang === 'en' ? (topic.nameEn ?? topic.name) : topic.name) : topicId;
  };

  return (
    <section className="card curation-editor" aria-labelledby={`${id}-heading`} data-testid="network-editor">
      <h3 id={`${id}-heading`}>{t('curationHeading')}</h3>
      <p className="note">{t(network.synthetic ? 'curationSyntheticNote' : 'curationNote')}</p>
      {conflict && (
        <div className="curation-conflict" role="alert" data-testid="edit-conflict">
          <p>
            <strong>{t('editConflict', { version: conflict.version })}</strong>
          </p>
          <p>{t('editConflictKept')}</p>
        </div>
      )}
      <form onSubmit={submit} noValidate>
        {PROFILE_FIELDS.map((field) => {
          const newer = conflict && conflict.profile[field] !== form[field].trim() ? conflict.profile[field] : null;
          const inputId = `${id}-${field}`;
          const common = {
            id: inputId,
            value: form[field],
            onChange: (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value }),
            'aria-describedby': newer !== null ? `${inputId}-newer` : undefined,
          };
          return (
            <div className="field" key={field}>
              <label htmlFor={inputId}>{t(LABELS[field])}</label>
              {field === 'description' ? (
                <textarea {...common} rows={5} maxLength={4000} />
              ) : (
                <input {...common} type={field === 'website' ? 'url' : 'text'} required={field === 'name'} maxLength={500} />
              )}
              {newer !== null && (
                <p className="curation-newer" id={`${inputId}-newer`}>
                  {t('editConflictNewer', { value: newer === '' ? t('curationEmpty') : newer })}{' '}
                  <button type="button" className="link" onClick={() => setForm({ ...form, [field]: newer })}>
                    {t('editConflictTake')}
                  </button>
                </p>
              )}
            </div>
          );
        })}
        <fieldset className="curation-topics">
          <legend>{t('topics')}</legend>
          {choices.isLoading && <p className="note">{t('loading')}</p>}
          {choices.error && <ErrorMessage error={choices.error} />}
          {choices.data?.map((topic) => (
            <div className="check" key={topic.id}>
              <input
                type="checkbox"
                id={`${id}-${topic.id}`}
                checked={topics.includes(topic.id)}
                onChange={(e) => setTopics(e.target.checked ? [...topics, topic.id] : topics.filter((x) => x !== topic.id))}
              />
              <label htmlFor={`${id}-${topic.id}`}>{topicName(topic.id)}</label>
            </div>
          ))}
          {conflict && !sameList(conflict.topics, topics) && (
            <p className="curation-newer">{t('editConflictTopics', { topics: conflict.topics.map(topicName).join(', ') || '–' })}</p>
          )}
        </fieldset>
        <div className="curation-actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {t('curationSave')}
          </button>
          <button type="button" onClick={() => onClose('')}>
            {t('curationCancel')}
          </button>
        </div>
        {save.error && !conflictOf(save.error) && <ErrorMessage error={save.error} />}
      </form>
      <Members
        network={network}
        base={base}
        onOwnChange={(from, to) => setBase((b) => (b.version === from ? { ...b, version: to } : b))}
        onConflict={onConflict}
      />
    </section>
  );
}

/** The member authorities: removed one by one, added by search with the source the editor names. */
function Members({
  network,
  base,
  onOwnChange,
  onConflict,
}: {
  network: CuratedNetwork;
  base: Base;
  onOwnChange: (from: number, to: number) => void;
  onConflict: (error: unknown) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [pick, setPick] = useState<{ id: string; name: string } | null>(null);
  const [source, setSource] = useState('');
  const [status, setStatus] = useState('');
  const add = useAddMember();
  const remove = useRemoveMember();
  const error = add.error ?? remove.error;
  const done = (message: string) => (version: number) => {
    onOwnChange(base.version, version);
    setStatus(message);
  };

  return (
    <section className="curation-members" aria-labelledby={`${id}-members`}>
      <h4 id={`${id}-members`}>{t('members')}</h4>
      <ul className="plain-list">
        {network.members.edges.map(({ node: m }) => (
          <li key={m.authority.id}>
            {m.authority.name} <ProvenanceNote of={m} />{' '}
            <button
              type="button"
              className="link"
              aria-label={t('curationRemove', { name: m.authority.name })}
              disabled={remove.isPending}
              onClick={() =>
                remove.mutate(
                  { id: network.id, expectedVersion: base.version, authority: m.authority.id },
                  { onSuccess: done(t('curationMemberRemoved', { name: m.authority.name })), onError: onConflict },
                )
              }
            >
              {t('curationRemoveShort')}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="curation-add"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!pick) return;
          const chosen = pick;
          add.mutate(
            { id: network.id, expectedVersion: base.version, authority: chosen.id, source: source.trim() || null },
            {
              onSuccess: (version) => {
                done(t('curationMemberAdded', { name: chosen.name }))(version);
                setPick(null);
                setSource('');
              },
              onError: onConflict,
            },
          );
        }}
      >
        <SearchBox
          key={pick?.id ?? 'none'}
          label={t('curationAddMember')}
          kinds={AUTHORITIES}
          placeholder={t('curationSearchAuthority')}
          initial={pick?.name ?? ''}
          onPick={(hit) => setPick({ id: hit.id, name: hit.name })}
        />
        <div className="field">
          <label htmlFor={`${id}-source`}>{t('curationSource')}</label>
          <input id={`${id}-source`} value={source} maxLength={300} onChange={(e) => setSource(e.target.value)} />
          <p className="note">{t('curationSourceHint')}</p>
        </div>
        <button type="submit" disabled={!pick || add.isPending}>
          {pick ? t('curationAddChosen', { name: pick.name }) : t('curationAddMember')}
        </button>
      </form>
      <p role="status" className="status">
        {status}
      </p>
      {error && !conflictOf(error) && <ErrorMessage error={error} />}
    </section>
  );
}
