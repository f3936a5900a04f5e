// innovationTransfer: innovations by kind and network, their adopters and adoption shares
// (overlap/innovation-transfer; the figures in arithmetic.ts).

import { builder } from '../../../builder.js';
import { readRows } from '../../common/loaders.js';
import { selectsOnly } from '../../common/selection.js';
import { InnovationKindEnum } from '../../common/types.js';
import {
  AuthorityRef,
  InnovationRef,
  type InnovationRow,
  NetworkRef,
  type NetworkRow,
  type OrganisationRow,
  PersonRef,
} from '../../refs.js';
import { NETWORKS_SCOPE, scope } from '../args.js';
import { countByKind, type KindCount, share } from './arithmetic.js';

interface ReportRow {
  authorityId: string;
  reportedBy: string | null;
  reportedAt: string;
}

interface TransferRow {
  network: NetworkRow;
  innovations: { innovation: InnovationRow; adopters: OrganisationRow[]; reports?: ReportRow[] }[];
  memberCount: number;
  memberAdopterCount: number;
  adoptedCount: number;
  reportedAdoptionCount?: number;
}

const ReportedAdoptionRef = builder.objectRef<ReportRow>('ReportedAdoption').implement({
  description: 'An adoption reported through the app (reportAdoption): by whom and when.',
  fields: (t) => ({
    authority: t.field({ type: AuthorityRef, nullable: true, resolve: (r) => r.authorityId }),
    reportedAt: t.exposeString('reportedAt'),
    reportedBy: t.field({
      type: PersonRef,
      nullable: true,
      description: 'Who reported it: only where the viewer may see that person (else null; also once the person is erased).',
      resolve: (r) => r.reportedBy,
    }),
  }),
});

/** Fields of innovations and adopters answered from a brief projection. */
const INNOVATION_BRIEF_FIELDS = ['id', 'title', 'kind', 'synthetic', 'emergedIn'];
const ADOPTER_BRIEF_FIELDS = ['id', 'name'];

const TransferredInnovationRef = builder.objectRef<TransferRow['innovations'][number]>('TransferredInnovation').implement({
  fields: (t) => ({
    innovation: t.field({ type: InnovationRef, resolve: (r) => r.innovation }),
    adopters: t.field({ type: [AuthorityRef], resolve: (r) => r.adopters }),
    reportedAdoptions: t.field({ type: [ReportedAdoptionRef], resolve: (r) => r.reports ?? [] }),
  }),
});

const NetworkTransferRef = builder.objectRef<TransferRow>('NetworkInnovationTransfer').implement({
  fields: (t) => ({
    network: t.field({ type: NetworkRef, resolve: (r) => r.network }),
    innovations: t.field({ type: [TransferredInnovationRef], resolve: (r) => r.innovations }),
    innovationCount: t.int({ resolve: (r) => r.innovations.length }),
    adoptedCount: t.exposeInt('adoptedCount', { description: 'Innovations adopted by at least one authority.' }),
    reportedAdoptionCount: t.int({
      description: 'Adoptions of its innovations reported through the app (reportAdoption), among all adoptions.',
      resolve: (r) => r.reportedAdoptionCount ?? 0,
    }),
    adoptionShare: t.float({
      description: 'adoptedCount / innovationCount.',
      resolve: (r) => share(r.adoptedCount, r.innovations.length),
    }),
    memberCount: t.exposeInt('memberCount'),
    memberAdopterCount: t.exposeInt('memberAdopterCount', {
      description: 'Member authorities that adopted an innovation of this network.',
    }),
    memberAdoptionShare: t.float({
      description: 'memberAdopterCount / memberCount.',
      resolve: (r) => share(r.memberAdopterCount, r.memberCount),
    }),
  }),
});

const KindCountRef = builder.objectRef<KindCount>('InnovationKindCount').implement({
  fields: (t) => ({
    kind: t.exposeString('kind'),
    innovations: t.exposeInt('innovations'),
    adopted: t.exposeInt('adopted'),
  }),
});

const TransferReportRef = builder.objectRef<{ networks: TransferRow[]; byKind: KindCount[] }>('InnovationTransferReport').implement({
  fields: (t) => ({
    networks: t.field({ type: [NetworkTransferRef], resolve: (r) => r.networks }),
    byKind: t.field({ type: [KindCountRef], resolve: (r) => r.byKind }),
  }),
});

builder.queryFields((t) => ({
  innovationTransfer: t.field({
    type: TransferReportRef,
    description: 'Innovations by kind and network, the authorities that adopted them, and adoption shares.',
    args: { kind: t.arg({ type: InnovationKindEnum }), networks: t.arg.idList(NETWORKS_SCOPE) },
    resolve: async (_root, args, ctx, info) => {
      const networks = await readRows<TransferRow>(ctx, 'overlap/innovation-transfer', {
        kind: args.kind ?? null,
        networks: scope(args.networks),
        // Every property only when the query asks for more (byKind needs the kind either way).
        innovationDetails: !selectsOnly(info, ['networks', 'innovations', 'innovation'], INNOVATION_BRIEF_FIELDS),
        adopterDetails: !selectsOnly(info, ['networks', 'innovations', 'adopters'], ADOPTER_BRIEF_FIELDS),
      });
      return { networks, byKind: countByKind(networks) };
    },
  }),
}));
