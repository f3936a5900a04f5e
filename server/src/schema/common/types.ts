// Types every module shares: the Node interface, source documents, and the enums of the study.

import { builder } from '../../builder.js';
import { SOURCES, type SourceId } from '../../sources.js';

/** The GraphQL type of a node row, told by its id prefix (and org labels). */
export function typenameOf(row: { id: string; isAuthority?: boolean }): string {
  const prefix = row.id.slice(0, row.id.indexOf(':'));
  switch (prefix) {
    case 'network':
      return 'Network';
    case 'org':
      return row.isAuthority === false ? 'UmbrellaOrganisation' : 'Authority';
    case 'person':
      return 'Person';
    case 'topic':
      return 'Topic';
    case 'innovation':
      return 'Innovation';
    case 'event':
      return 'Event';
    default:
      return 'Authority';
  }
}

export const NodeRef = builder.interfaceRef<{ id: string; isAuthority?: boolean }>('Node').implement({
  description: 'Anything with a stable id such as `network:dvnw` or `org:bmi`.',
  resolveType: (row) => typenameOf(row),
  fields: (t) => ({ id: t.exposeID('id') }),
});

export interface SourceDocumentShape {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
}

export const SourceDocumentRef = builder.objectRef<SourceDocumentShape>('SourceDocument').implement({
  description:
    'A document the landscape was read from: one of the shipped sources, or one an import named (then its title is the name it was given).',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    publisher: t.exposeString('publisher', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
  }),
});

/**
 * The documents behind a fact. An import names its source in words ("Mitgliederliste DVNW
 * 2026") or as a link; such a source has no catalogue entry and is shown as what it says.
 */
export function sourceDocuments(ids: readonly string[] | null | undefined): SourceDocumentShape[] {
  return (ids ?? []).map((id) =>
    id in SOURCES ? { id, ...SOURCES[id as SourceId] } : { id, title: id, publisher: null, url: /^https?:\/\//.test(id) ? id : null },
  );
}

export const allSourceDocuments = () => sourceDocuments(Object.keys(SOURCES));

/** The TypeScript union of a Pothos enum's values, e.g. `EnumValue<typeof LevelEnum>`. */
export type EnumValue<T> = T extends { $inferType: infer U } ? U : never;

export const TypologyEnum = builder.enumType('Typology', {
  description: 'Network typology after Lyytinen et al. (2016).',
  values: ['PROJECT_BASED', 'CLAN', 'FEDERATED', 'ANARCHIC'] as const,
});
export const GovernanceEnum = builder.enumType('Governance', {
  description: 'Network governance after Provan & Kenis (2007).',
  values: ['SHARED', 'LEAD_ORGANISATION', 'NETWORK_ADMINISTRATIVE_ORGANISATION'] as const,
});
export const LevelEnum = builder.enumType('Level', { values: ['FEDERAL', 'STATE', 'MUNICIPAL', 'ACROSS_LEVELS'] as const });
export const AccessEnum = builder.enumType('Access', { values: ['OPEN', 'APPLICATION', 'SELECTION'] as const });
export const InnovationKindEnum = builder.enumType('InnovationKind', {
  description: 'The five kinds of innovation the ÖFIT study distinguishes.',
  values: ['PRODUCT', 'PROCESS', 'ORGANISATIONAL', 'COMMUNICATION', 'KNOWLEDGE_TRANSFER'] as const,
});

export const VisibilityEnum = builder.enumType('Visibility', {
  description:
    'Who may see one participation in a network or attendance at an event (the person chooses; docs/privacy.md). Each ' +
    'level includes the ones before it.',
  values: {
    PRIVATE: { description: 'Counted only: nobody sees the name (the default).' },
    AUTHORITY: { description: "Colleagues of the person's own authority (not its innovation office, which sees counts)." },
    NETWORK: {
      description: 'Also fellow participants and coordinators of that network (for an event: its attendees and its network).',
    },
    PUBLIC: { description: 'Everyone, also without signing in.' },
  } as const,
});
