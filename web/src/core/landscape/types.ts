// The landscape as the API delivers it (Query.landscape).

export type NodeKind = 'Network' | 'UmbrellaOrganisation' | 'Authority' | 'Topic' | 'Innovation';

export interface LandscapeNode {
  id: string;
  kind: NodeKind;
  label: string;
  name: string;
  members: number;
  persons: number;
  synthetic: boolean;
}

export interface LandscapeEdge {
  source: string;
  target: string;
  type: string;
  synthetic: boolean;
}

export interface Landscape {
  nodes: LandscapeNode[];
  edges: LandscapeEdge[];
}

export const LANDSCAPE_QUERY = /* GraphQL */ `
  query Landscape($includeSynthetic: Boolean) {
    landscape(includeSynthetic: $includeSynthetic) {
      nodes { id kind label name members persons synthetic }
      edges { source target type synthetic }
    }
  }
`;
