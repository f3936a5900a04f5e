// Server data of curation (react-query, docs/curation.md): a network as its editor sees it, the
// topics to choose from, and the changes. Every change names the version the editor saw; the API
// refuses a stale one with EDIT_CONFLICT and the record as it is now (`conflictOf`). After a
// change every cached answer is asked again (the server gives the data a new version).

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, mutate, request } from '../api/client';
import {
  AddNetworkMemberMutation,
  NetworkCurationQuery,
  RemoveNetworkMemberMutation,
  SetNetworkTopicsMutation,
  TopicChoicesQuery,
  UpdateNetworkMutation,
} from '../api/operations';

/** The query keys of this domain, defined here once. */
export const curationKeys = {
  network: (id: string) => ['curation', 'network', id] as const,
  topics: () => ['curation', 'topics'] as const,
};

/** The profile fields an editor keeps (server/src/schema/curation PROFILE_FIELDS). */
export const PROFILE_FIELDS = ['name', 'shortName', 'description', 'website', 'cadence', 'funding'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type Profile = Record<ProfileField, string>;

/** A network as its editor sees it; asked only for a signed-in viewer (anonymous viewers edit nothing). */
export function useNetworkCuration(id: string, signedIn: boolean) {
  return useQuery({
    queryKey: curationKeys.network(id),
    queryFn: () => request(NetworkCurationQuery, { id }).then((d) => d.network),
    enabled: signedIn,
    staleTime: 0,
  });
}

export type CuratedNetwork = NonNullable<ReturnType<typeof useNetworkCuration>['data']>;

/** The topics an editor chooses from, by name. */
export function useTopicChoices(enabled: boolean) {
  return useQuery({
    queryKey: curationKeys.topics(),
    queryFn: () => request(TopicChoicesQuery).then((d) => d.topics.edges.map((e) => e.node)),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** The profile of a network as the form holds it (a missing value is empty text). */
export function profileOf(record: Partial<Record<ProfileField, unknown>>): Profile {
  return Object.fromEntries(PROFILE_FIELDS.map((f) => [f, typeof record[f] === 'string' ? record[f] : ''])) as Profile;
}

/** The record the API sent with a conflict (its version, profile and topic ids); null for any other error. */
export function conflictOf(error: unknown): { version: number; profile: Profile; topics: string[] } | null {
  if (!(error instanceof ApiError) || error.problem.code !== 'EDIT_CONFLICT') return null;
  const { version, current } = error.problem;
  const topics = Array.isArray(current.topics) ? current.topics.filter((x): x is string => typeof x === 'string') : [];
  return { version, profile: profileOf(current), topics };
}

export interface ProfileSave {
  id: string;
  expectedVersion: number;
  /** Only the fields the editor changed; empty text clears a field. */
  changes: Partial<Profile>;
  /** The whole topic list, where the editor changed it. */
  topics: string[] | null;
}

/** A change that, once done, has every cached answer asked again (the panel shows the new record). */
function useCurationChange<TVariables>(run: (variables: TVariables) => Promise<number>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => {
      void client.invalidateQueries();
    },
  });
}

/** Saves the profile and then the topics, each with the version the previous step left; resolves to the new version. */
export function useSaveNetwork() {
  return useCurationChange(async ({ id, expectedVersion, changes, topics }: ProfileSave) => {
    let version = expectedVersion;
    if (Object.keys(changes).length > 0) {
      version = (await mutate(UpdateNetworkMutation, { id, expectedVersion: version, ...changes })).updateNetwork.version;
    }
    if (topics) version = (await mutate(SetNetworkTopicsMutation, { id, expectedVersion: version, topics })).setNetworkTopics.version;
    return version;
  });
}

/** An authority becomes a member (with the source the editor names, else the editors themselves). */
export function useAddMember() {
  return useCurationChange((v: { id: string; expectedVersion: number; authority: string; source: string | null }) =>
    mutate(AddNetworkMemberMutation, v).then((r) => r.addNetworkMember.version),
  );
}

/** An authority is no longer a member. */
export function useRemoveMember() {
  return useCurationChange((v: { id: string; expectedVersion: number; authority: string }) =>
    mutate(RemoveNetworkMemberMutation, v).then((r) => r.removeNetworkMember.version),
  );
}
