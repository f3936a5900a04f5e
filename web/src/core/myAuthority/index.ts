// Server data of "Meine Behörde" (react-query): who is signed in as which person (Query.me), their
// authority's staff in networks (Query.myAuthority), and the self-service mutations. After a
// change every cached answer is asked again: the server gives the data a new version, and counts
// elsewhere (the landscape, duplicates) may have moved with it.

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DeclarableRole, Visibility } from '../../gql/graphql';
import { mutate, request } from '../api/client';
import {
  CorrectMyDataMutation,
  DeclareParticipationMutation,
  EndParticipationMutation,
  EraseMeMutation,
  ExportMyDataMutation,
  JoinAuthorityMutation,
  MeQuery,
  MyAuthorityQuery,
  ReportAdoptionMutation,
  SetVisibilityMutation,
} from '../api/operations';
import { downloadText } from '../export';
import { sessionKeys } from '../session';
import { exportFileName } from './utils';

/** The query keys of this domain, defined here once. */
export const myAuthorityKeys = {
  me: () => ['me'] as const,
  overview: () => ['my-authority'] as const,
  /** Set once this browser erased its person: the signed-out page says so. */
  erased: () => ['my-authority', 'erased'] as const,
};

/** The signed-in viewer (null when signed out); asked only while the session says signed in. */
export function useMe(signedIn: boolean) {
  return useQuery({
    queryKey: myAuthorityKeys.me(),
    queryFn: () => request(MeQuery).then((d) => d.me),
    enabled: signedIn,
    staleTime: 0,
  });
}

/** "Meine Behörde" for staff of an authority (the API refuses it to everyone else). */
export function useMyAuthority(staff: boolean) {
  return useQuery({
    queryKey: myAuthorityKeys.overview(),
    queryFn: () => request(MyAuthorityQuery).then((d) => d.myAuthority),
    enabled: staff,
    staleTime: 0,
  });
}

/**
 * A self-service mutation that, once done, has every cached answer asked again. Not awaited: the
 * caller's own onSuccess (a status message) comes at once, not after the refetch, which may
 * already have replaced the component that asked.
 */
function useChange<TVariables, TResult>(run: (variables: TVariables) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void client.invalidateQueries();
    },
  });
}

export interface Declaration {
  network: string;
  role: DeclarableRole;
  /** ISO date; null for today. */
  since: string | null;
  visibility: Visibility;
}

/** "Ich nehme teil". */
export function useDeclareParticipation() {
  return useChange((d: Declaration) => mutate(DeclareParticipationMutation, d).then((r) => r.declareParticipation));
}

/** My participation in a network ends today. */
export function useEndParticipation() {
  return useChange((network: string) => mutate(EndParticipationMutation, { network }).then((r) => r.endParticipation));
}

/** Who may see one of my participations (network) or attendances (event). */
export function useSetVisibility() {
  return useChange((v: { network?: string; event?: string; visibility: Visibility }) =>
    mutate(SetVisibilityMutation, v).then((r) => r.setVisibility),
  );
}

/** My authority adopted an innovation. */
export function useReportAdoption() {
  return useChange((v: { innovation: string; note: string | null }) => mutate(ReportAdoptionMutation, v).then((r) => r.reportAdoption));
}

/** Without a person record: link myself to an authority of my email's domain. */
export function useJoinAuthority() {
  return useChange((authority: string) => mutate(JoinAuthorityMutation, { authority }).then((r) => r.joinAuthority));
}

/** Correct my own name or job title (Art. 16 GDPR). */
export function useCorrectMyData() {
  return useChange((v: { name: string | null; jobTitle: string | null }) => mutate(CorrectMyDataMutation, v).then((r) => r.correctMyData));
}

/** Everything stored about me, downloaded as a JSON file (Art. 15 and 20 GDPR). */
export function useExportMyData() {
  return useMutation({
    mutationFn: () => mutate(ExportMyDataMutation).then((r) => r.exportMyData),
    onSuccess: (data) => downloadText(exportFileName(new Date()), `${JSON.stringify(data, null, 2)}\n`, 'application/json'),
  });
}

/**
 * Erase me (Art. 17 GDPR). The server deletes my sign-in sessions too, so afterwards the browser
 * is signed out: the session and everything else is asked again.
 */
export function useEraseMe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => mutate(EraseMeMutation, { confirm: true }).then((r) => r.eraseMe),
    onSuccess: async () => {
      client.removeQueries({ queryKey: myAuthorityKeys.me() });
      client.removeQueries({ queryKey: myAuthorityKeys.overview(), exact: true });
      client.setQueryData(myAuthorityKeys.erased(), true);
      await client.invalidateQueries({ queryKey: sessionKeys.current() });
      await client.invalidateQueries();
    },
  });
}

/** Whether this browser erased its person (until the page is loaded again). */
export function useErased(): boolean {
  return useQueryClient().getQueryData<boolean>(myAuthorityKeys.erased()) === true;
}

export * from './utils';
