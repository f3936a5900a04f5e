// Every GraphQL operation the web app sends, typed by GraphQL Code Generator from
// server/schema.graphql (run `pnpm --filter @netzwerkatlas/web codegen` after a change).

import { graphql } from '../../gql';

export const LandscapeQuery = graphql(`
  query Landscape($includeSynthetic: Boolean) {
    landscape(includeSynthetic: $includeSynthetic) {
      nodes { id kind label name members persons { exact fewerThan3 atLeast } level bundesland typology governance synthetic umbrella x y }
      edges { source target type synthetic }
      landPositions { bundesland x y }
    }
  }
`);

export const NetworkFactsQuery = graphql(`
  query NetworkFacts($after: String) {
    networks(first: 500, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id running synthetic } } }
  }
`);

export const SearchQuery = graphql(`
  query Search($query: String!, $first: Int, $types: [SearchableType!] = [Network, Authority, UmbrellaOrganisation, Topic, Innovation]) {
    search(query: $query, first: $first, types: $types) {
      score
      node {
        __typename
        id
        ... on Network { name shortName synthetic }
        ... on Authority { name shortName synthetic }
        ... on UmbrellaOrganisation { name shortName synthetic }
        ... on Topic { name synthetic }
        ... on Innovation { title synthetic }
        ... on Event { name synthetic }
      }
    }
  }
`);

export const NodeDetailsQuery = graphql(`
  query NodeDetails($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Network {
        name shortName description website founded cadence funding access continuousIntake formats
        level bundesland typology governance running termEnd termNote memberCount memberCountNote synthetic
        sources { id title publisher url }
        parent { id name }
        parts { id name }
        topics { id name nameEn }
        organisations { type note synthetic sources { title } organisation { id name } }
        innovations { id title kind synthetic }
        events { id name date format synthetic }
        members(first: 100) { totalCount edges { node { synthetic sources { title } authority { id name synthetic } } } }
        participants(first: 100) { totalCount hiddenCount { exact fewerThan3 } edges { node { role synthetic person { id name synthetic authority { id name } } } } }
      }
      ... on Authority {
        name shortName description website authorityType level bundesland ags isUmbrella synthetic
        sources { id title publisher url }
        parent { id name }
        subordinates { id name }
        networkRelations { type note synthetic sources { title } network { id name synthetic } }
        adoptedInnovations { id title synthetic }
        employees(first: 100) { totalCount hiddenCount { exact fewerThan3 } edges { node { id name jobTitle synthetic participations { role synthetic network { id name } } } } }
      }
      ... on UmbrellaOrganisation {
        name shortName description website isAuthority synthetic
        sources { id title publisher url }
        networkRelations { type note synthetic sources { title } network { id name synthetic } }
      }
      ... on Topic {
        name nameEn synthetic
        sources { id title publisher url }
        parent { id name }
        subtopics { id name }
        networks { id name synthetic }
        innovations { id title synthetic }
      }
      ... on Innovation {
        title description kind synthetic
        sources { id title publisher url }
        emergedIn { id name }
        topics { id name }
        adoptions { note synthetic sources { title } authority { id name synthetic } }
      }
      ... on Event {
        name date format description synthetic
        sources { id title publisher url }
        network { id name }
        attendees(first: 100) { totalCount hiddenCount { exact fewerThan3 } }
      }
    }
  }
`);

export const NetworkSimilarityQuery = graphql(`
  query NetworkSimilarity($network: ID!, $synthetic: Boolean) {
    networkSimilarity(network: $network, first: 8, synthetic: $synthetic) {
      edges {
        node {
          score
          network { id name shortName }
          authorities { shared jaccard overlap }
          persons { shared jaccard overlap }
          topics { shared jaccard overlap }
          sharedTopics { id name }
        }
      }
    }
  }
`);

export const AuthorityDuplicatesQuery = graphql(`
  query AuthorityDuplicates($authority: ID!, $synthetic: Boolean) {
    duplicateParticipation(authority: $authority, synthetic: $synthetic) {
      inNetworks(first: 50) { totalCount edges { node { personCount { exact fewerThan3 atLeast } hiddenCount { exact fewerThan3 } network { id name synthetic } persons { id name synthetic } } } }
      atEvents(first: 50) { totalCount edges { node { personCount { exact fewerThan3 atLeast } hiddenCount { exact fewerThan3 } event { id name date synthetic } persons { id name synthetic } } } }
    }
  }
`);

export const RecommendedNetworksQuery = graphql(`
  query RecommendedNetworks($authority: ID!, $synthetic: Boolean) {
    recommendedNetworks(authority: $authority, first: 5, synthetic: $synthetic) {
      totalCount
      edges { node { network { id name } topicMatches peers } }
    }
  }
`);

export const OverlapMatrixQuery = graphql(`
  query OverlapMatrix($by: MemberBasis, $synthetic: Boolean) {
    overlapMatrix(by: $by, synthetic: $synthetic) {
      basis
      networks { id index name shortName size }
      columns { i j shared jaccard overlap }
    }
  }
`);

export const OverlapPairQuery = graphql(`
  query OverlapPair($network: ID!, $other: ID!, $synthetic: Boolean) {
    networkSimilarity(network: $network, networks: [$other], first: 1, synthetic: $synthetic) {
      edges {
        node {
          network { id name shortName }
          authorities { shared jaccard overlap }
          persons { shared jaccard overlap }
          sharedAuthorities(first: 30) { totalCount edges { node { id name } } }
          sharedPersons(first: 30) { totalCount hiddenCount { exact fewerThan3 } edges { node { id name } } }
        }
      }
    }
  }
`);

export const TopicRedundancyQuery = graphql(`
  query TopicRedundancy {
    topicRedundancy(first: 50, minSharedTopics: 1) {
      totalCount
      edges {
        node {
          score topicJaccard memberJaccard sharedAuthorities related
          a { id name shortName }
          b { id name shortName }
          sharedTopics { id name }
        }
      }
    }
  }
`);

export const ClustersQuery = graphql(`
  query Clusters {
    clusters {
      modularity
      clusters { id size networks { id } dominantTopics { id name nameEn } }
    }
  }
`);

export const AuthorityNameQuery = graphql(`
  query AuthorityName($id: ID!) {
    authority(id: $id) { id name }
  }
`);

export const ConnectionQuery = graphql(`
  query Connection($from: ID!, $to: ID!) {
    connection(from: $from, to: $to) {
      hops
      steps {
        via
        node {
          __typename
          id
          ... on Authority { name }
          ... on Network { name }
          ... on Person { personName: name }
        }
      }
    }
  }
`);

export const InnovationTransferQuery = graphql(`
  query InnovationTransfer($kind: InnovationKind) {
    innovationTransfer(kind: $kind) {
      byKind { kind innovations adopted }
      networks {
        innovationCount adoptedCount adoptionShare memberCount memberAdopterCount memberAdoptionShare
        network { id name shortName }
        innovations { innovation { id title kind synthetic } adopters { id name } }
      }
    }
  }
`);

export const CoverageQuery = graphql(`
  query Coverage {
    coverage {
      nodes { kind real synthetic }
      relations { kind real synthetic }
      persons { kind real { exact fewerThan3 atLeast } synthetic { exact fewerThan3 atLeast } }
    }
    sources { id title publisher url }
  }
`);

// "Meine Behörde" and one's own data: who I am, my authority, and the self-service mutations
// (sent by POST; the API asks them of a signed-in person and refuses them to everyone else).

export const MeQuery = graphql(`
  query Me {
    me {
      name
      roles
      person { id name jobTitle synthetic }
      authority { id name synthetic }
      participations { role since until visibility synthetic network { id name shortName synthetic } }
      attendances { visibility event { id name date synthetic } }
      linkableAuthorities { id name }
    }
  }
`);

export const MyAuthorityQuery = graphql(`
  query MyAuthority {
    myAuthority {
      countsOnly
      authority { id name synthetic }
      networks {
        includesMe duplicate
        count { exact fewerThan3 atLeast }
        hiddenCount { exact fewerThan3 }
        network { id name shortName synthetic }
        colleagues { role synthetic person { id name jobTitle synthetic } }
      }
      duplicateParticipation {
        atEvents {
          includesMe
          count { exact fewerThan3 atLeast }
          hiddenCount { exact fewerThan3 }
          event { id name date synthetic }
          colleagues { id name synthetic }
        }
      }
      absentNetworks { sharedTopics network { id name shortName synthetic } }
      adoptions {
        innovation { id title synthetic emergedIn { id name } }
        adoption { reported reportedAt synthetic note reportedBy { id name } sources { id title } }
      }
    }
  }
`);

export const DeclareParticipationMutation = graphql(`
  mutation DeclareParticipation($network: ID!, $role: DeclarableRole, $since: String, $visibility: Visibility) {
    declareParticipation(network: $network, role: $role, since: $since, visibility: $visibility) {
      changed
      participation { visibility network { id name } }
    }
  }
`);

export const EndParticipationMutation = graphql(`
  mutation EndParticipation($network: ID!) {
    endParticipation(network: $network) { changed participation { until } }
  }
`);

export const SetVisibilityMutation = graphql(`
  mutation SetVisibility($network: ID, $event: ID, $visibility: Visibility!) {
    setVisibility(network: $network, event: $event, visibility: $visibility) { changed visibility }
  }
`);

export const ReportAdoptionMutation = graphql(`
  mutation ReportAdoption($innovation: ID!, $note: String) {
    reportAdoption(innovation: $innovation, note: $note) { created }
  }
`);

export const JoinAuthorityMutation = graphql(`
  mutation JoinAuthority($authority: ID!) {
    joinAuthority(authority: $authority) { roles }
  }
`);

export const ExportMyDataMutation = graphql(`
  mutation ExportMyData {
    exportMyData
  }
`);

export const EraseMeMutation = graphql(`
  mutation EraseMe($confirm: Boolean!) {
    eraseMe(confirm: $confirm) { erased }
  }
`);

export const CorrectMyDataMutation = graphql(`
  mutation CorrectMyData($name: String, $jobTitle: String) {
    correctMyData(name: $name, jobTitle: $jobTitle) { changed person { id name jobTitle } }
  }
`);

// Curation (docs/curation.md): a network as its editor sees it (with its version and whether this
// viewer may edit it), the topics to choose from, and the four changes, each naming the version
// the editor saw.
export const NetworkCurationQuery = graphql(`
  query NetworkCuration($id: ID!) {
    network(id: $id) {
      id version editable synthetic name shortName description website cadence funding
      topics { id }
      members(first: 100) { totalCount edges { node { synthetic sources { title } authority { id name } } } }
    }
  }
`);

export const TopicChoicesQuery = graphql(`
  query TopicChoices {
    topics(first: 100) { edges { node { id name nameEn } } }
  }
`);

export const UpdateNetworkMutation = graphql(`
  mutation UpdateNetwork($id: ID!, $expectedVersion: Int!, $name: String, $shortName: String, $description: String,
    $website: String, $cadence: String, $funding: String) {
    updateNetwork(id: $id, expectedVersion: $expectedVersion, name: $name, shortName: $shortName, description: $description,
      website: $website, cadence: $cadence, funding: $funding) { id version }
  }
`);

export const SetNetworkTopicsMutation = graphql(`
  mutation SetNetworkTopics($id: ID!, $expectedVersion: Int!, $topics: [ID!]!) {
    setNetworkTopics(id: $id, expectedVersion: $expectedVersion, topics: $topics) { id version }
  }
`);

export const AddNetworkMemberMutation = graphql(`
  mutation AddNetworkMember($id: ID!, $expectedVersion: Int!, $authority: ID!, $source: String) {
    addNetworkMember(id: $id, expectedVersion: $expectedVersion, authority: $authority, source: $source) { id version }
  }
`);

export const RemoveNetworkMemberMutation = graphql(`
  mutation RemoveNetworkMember($id: ID!, $expectedVersion: Int!, $authority: ID!) {
    removeNetworkMember(id: $id, expectedVersion: $expectedVersion, authority: $authority) { id version }
  }
`);
