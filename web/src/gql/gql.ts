/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Landscape($includeSynthetic: Boolean) {\n    landscape(includeSynthetic: $includeSynthetic) {\n      nodes { id kind label name members persons { exact fewerThan3 } level bundesland typology governance synthetic umbrella }\n      edges { source target type synthetic }\n    }\n  }\n": typeof types.LandscapeDocument,
    "\n  query NetworkTerms($after: String) {\n    networks(first: 500, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id running } } }\n  }\n": typeof types.NetworkTermsDocument,
    "\n  query Search($query: String!, $first: Int, $types: [SearchableType!] = [Network, Authority, UmbrellaOrganisation, Topic, Innovation]) {\n    search(query: $query, first: $first, types: $types) {\n      score\n      node {\n        __typename\n        id\n        ... on Network { name shortName synthetic }\n        ... on Authority { name shortName synthetic }\n        ... on UmbrellaOrganisation { name shortName synthetic }\n        ... on Topic { name synthetic }\n        ... on Innovation { title synthetic }\n        ... on Event { name synthetic }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Network {\n        name shortName description website founded cadence funding access continuousIntake formats\n        level bundesland typology governance running termEnd termNote memberCount memberCountNote synthetic\n        sources { id title publisher url }\n        parent { id name }\n        parts { id name }\n        topics { id name nameEn }\n        organisations { type note synthetic organisation { id name } }\n        innovations { id title kind }\n        events { id name date format synthetic }\n        members(first: 200) { totalCount edges { node { synthetic authority { id name } } } }\n        participants(first: 200) { totalCount hiddenCount { exact fewerThan3 } edges { node { role synthetic person { id name authority { id name } } } } }\n      }\n      ... on Authority {\n        name shortName description website authorityType level bundesland ags isUmbrella synthetic\n        sources { id title publisher url }\n        parent { id name }\n        subordinates { id name }\n        networkRelations { type note synthetic network { id name } }\n        adoptedInnovations { id title }\n        employees(first: 100) { totalCount hiddenCount { exact fewerThan3 } edges { node { id name jobTitle synthetic participations { role network { id name } } } } }\n      }\n      ... on UmbrellaOrganisation {\n        name shortName description website isAuthority synthetic\n        sources { id title publisher url }\n        networkRelations { type note synthetic network { id name } }\n      }\n      ... on Topic {\n        name nameEn synthetic\n        sources { id title publisher url }\n        parent { id name }\n        subtopics { id name }\n        networks { id name }\n        innovations { id title }\n      }\n      ... on Innovation {\n        title description kind synthetic\n        sources { id title publisher url }\n        emergedIn { id name }\n        topics { id name }\n        adoptions { note synthetic authority { id name } }\n      }\n      ... on Event {\n        name date format description synthetic\n        sources { id title publisher url }\n        network { id name }\n        attendees(first: 100) { totalCount hiddenCount { exact fewerThan3 } }\n      }\n    }\n  }\n": typeof types.NodeDetailsDocument,
    "\n  query NetworkSimilarity($network: ID!) {\n    networkSimilarity(network: $network, first: 8) {\n      edges {\n        node {\n          score\n          network { id name shortName }\n          authorities { shared jaccard }\n          persons { shared jaccard }\n          sharedTopics { id name }\n        }\n      }\n    }\n  }\n": typeof types.NetworkSimilarityDocument,
    "\n  query AuthorityDuplicates($authority: ID!) {\n    duplicateParticipation(authority: $authority) {\n      inNetworks(first: 50) { totalCount edges { node { personCount { exact fewerThan3 } hiddenCount { exact fewerThan3 } network { id name synthetic } persons { id name synthetic } } } }\n      atEvents(first: 50) { totalCount edges { node { personCount { exact fewerThan3 } hiddenCount { exact fewerThan3 } event { id name date synthetic } persons { id name synthetic } } } }\n    }\n  }\n": typeof types.AuthorityDuplicatesDocument,
    "\n  query RecommendedNetworks($authority: ID!) {\n    recommendedNetworks(authority: $authority, first: 5) {\n      totalCount\n      edges { node { network { id name } topicMatches peers } }\n    }\n  }\n": typeof types.RecommendedNetworksDocument,
    "\n  query OverlapMatrix($by: MemberBasis) {\n    overlapMatrix(by: $by) {\n      basis\n      networks { id index name shortName size }\n      columns { i j shared jaccard overlap }\n    }\n  }\n": typeof types.OverlapMatrixDocument,
    "\n  query TopicRedundancy {\n    topicRedundancy(first: 50, minSharedTopics: 1) {\n      totalCount\n      edges {\n        node {\n          score topicJaccard memberJaccard sharedAuthorities related\n          a { id name shortName }\n          b { id name shortName }\n          sharedTopics { id name }\n        }\n      }\n    }\n  }\n": typeof types.TopicRedundancyDocument,
    "\n  query Clusters {\n    clusters {\n      modularity\n      clusters { id size networks { id } dominantTopics { id name nameEn } }\n    }\n  }\n": typeof types.ClustersDocument,
    "\n  query AuthorityName($id: ID!) {\n    authority(id: $id) { id name }\n  }\n": typeof types.AuthorityNameDocument,
    "\n  query Connection($from: ID!, $to: ID!) {\n    connection(from: $from, to: $to) {\n      hops\n      steps {\n        via\n        node {\n          __typename\n          id\n          ... on Authority { name }\n          ... on Network { name }\n          ... on Person { personName: name }\n        }\n      }\n    }\n  }\n": typeof types.ConnectionDocument,
    "\n  query InnovationTransfer($kind: InnovationKind) {\n    innovationTransfer(kind: $kind) {\n      byKind { kind innovations adopted }\n      networks {\n        innovationCount adoptedCount adoptionShare memberCount memberAdopterCount memberAdoptionShare\n        network { id name shortName }\n        innovations { innovation { id title kind synthetic } adopters { id name } }\n      }\n    }\n  }\n": typeof types.InnovationTransferDocument,
    "\n  query Me {\n    me {\n      name\n      roles\n      person { id name jobTitle synthetic }\n      authority { id name synthetic }\n      participations { role since until visibility synthetic network { id name shortName synthetic } }\n      attendances { visibility event { id name date synthetic } }\n      linkableAuthorities { id name }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query MyAuthority {\n    myAuthority {\n      countsOnly\n      authority { id name synthetic }\n      networks {\n        includesMe duplicate\n        count { exact fewerThan3 }\n        hiddenCount { exact fewerThan3 }\n        network { id name shortName synthetic }\n        colleagues { role synthetic person { id name jobTitle synthetic } }\n      }\n      duplicateParticipation {\n        atEvents {\n          includesMe\n          count { exact fewerThan3 }\n          hiddenCount { exact fewerThan3 }\n          event { id name date synthetic }\n          colleagues { id name synthetic }\n        }\n      }\n      absentNetworks { sharedTopics network { id name shortName synthetic } }\n      adoptions {\n        innovation { id title synthetic emergedIn { id name } }\n        adoption { reported reportedAt synthetic note reportedBy { id name } sources { id title } }\n      }\n    }\n  }\n": typeof types.MyAuthorityDocument,
    "\n  mutation DeclareParticipation($network: ID!, $role: DeclarableRole, $since: String, $visibility: Visibility) {\n    declareParticipation(network: $network, role: $role, since: $since, visibility: $visibility) {\n      changed\n      participation { visibility network { id name } }\n    }\n  }\n": typeof types.DeclareParticipationDocument,
    "\n  mutation EndParticipation($network: ID!) {\n    endParticipation(network: $network) { changed participation { until } }\n  }\n": typeof types.EndParticipationDocument,
    "\n  mutation SetVisibility($network: ID, $event: ID, $visibility: Visibility!) {\n    setVisibility(network: $network, event: $event, visibility: $visibility) { changed visibility }\n  }\n": typeof types.SetVisibilityDocument,
    "\n  mutation ReportAdoption($innovation: ID!, $note: String) {\n    reportAdoption(innovation: $innovation, note: $note) { created }\n  }\n": typeof types.ReportAdoptionDocument,
    "\n  mutation JoinAuthority($authority: ID!) {\n    joinAuthority(authority: $authority) { roles }\n  }\n": typeof types.JoinAuthorityDocument,
    "\n  mutation ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation EraseMe($confirm: Boolean!) {\n    eraseMe(confirm: $confirm) { erased }\n  }\n": typeof types.EraseMeDocument,
    "\n  mutation CorrectMyData($name: String, $jobTitle: String) {\n    correctMyData(name: $name, jobTitle: $jobTitle) { changed person { id name jobTitle } }\n  }\n": typeof types.CorrectMyDataDocument,
};
const documents: Documents = {
    "\n  query Landscape($includeSynthetic: Boolean) {\n    landscape(includeSynthetic: $includeSynthetic) {\n      nodes { id kind label name members persons { exact fewerThan3 } level bundesland typology governance synthetic umbrella }\n      edges { source target type synthetic }\n    }\n  }\n": types.LandscapeDocument,
    "\n  query NetworkTerms($after: String) {\n    networks(first: 500, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id running } } }\n  }\n": types.NetworkTermsDocument,
    "\n  query Search($query: String!, $first: Int, $types: [SearchableType!] = [Network, Authority, UmbrellaOrganisation, Topic, Innovation]) {\n    search(query: $query, first: $first, types: $types) {\n      score\n      node {\n        __typename\n        id\n        ... on Network { name shortName synthetic }\n        ... on Authority { name shortName synthetic }\n        ... on UmbrellaOrganisation { name shortName synthetic }\n        ... on Topic { name synthetic }\n        ... on Innovation { title synthetic }\n        ... on Event { name synthetic }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Network {\n        name shortName description website founded cadence funding access continuousIntake formats\n        level bundesland typology governance running termEnd termNote memberCount memberCountNote synthetic\n        sources { id title publisher url }\n        parent { id name }\n        parts { id name }\n        topics { id name nameEn }\n        organisations { type note synthetic organisation { id name } }\n        innovations { id title kind }\n        events { id name date format synthetic }\n        members(first: 200) { totalCount edges { node { synthetic authority { id name } } } }\n        participants(first: 200) { totalCount hiddenCount { exact fewerThan3 } edges { node { role synthetic person { id name authority { id name } } } } }\n      }\n      ... on Authority {\n        name shortName description website authorityType level bundesland ags isUmbrella synthetic\n        sources { id title publisher url }\n        parent { id name }\n        subordinates { id name }\n        networkRelations { type note synthetic network { id name } }\n        adoptedInnovations { id title }\n        employees(first: 100) { totalCount hiddenCount { exact fewerThan3 } edges { node { id name jobTitle synthetic participations { role network { id name } } } } }\n      }\n      ... on UmbrellaOrganisation {\n        name shortName description website isAuthority synthetic\n        sources { id title publisher url }\n        networkRelations { type note synthetic network { id name } }\n      }\n      ... on Topic {\n        name nameEn synthetic\n        sources { id title publisher url }\n        parent { id name }\n        subtopics { id name }\n        networks { id name }\n        innovations { id title }\n      }\n      ... on Innovation {\n        title description kind synthetic\n        sources { id title publisher url }\n        emergedIn { id name }\n        topics { id name }\n        adoptions { note synthetic authority { id name } }\n      }\n      ... on Event {\n        name date format description synthetic\n        sources { id title publisher url }\n        network { id name }\n        attendees(first: 100) { totalCount hiddenCount { exact fewerThan3 } }\n      }\n    }\n  }\n": types.NodeDetailsDocument,
    "\n  query NetworkSimilarity($network: ID!) {\n    networkSimilarity(network: $network, first: 8) {\n      edges {\n        node {\n          score\n          network { id name shortName }\n          authorities { shared jaccard }\n          persons { shared jaccard }\n          sharedTopics { id name }\n        }\n      }\n    }\n  }\n": types.NetworkSimilarityDocument,
    "\n  query AuthorityDuplicates($authority: ID!) {\n    duplicateParticipation(authority: $authority) {\n      inNetworks(first: 50) { totalCount edges { node { personCount { exact fewerThan3 } hiddenCount { exact fewerThan3 } network { id name synthetic } persons { id name synthetic } } } }\n      atEvents(first: 50) { totalCount edges { node { personCount { exact fewerThan3 } hiddenCount { exact fewerThan3 } event { id name date synthetic } persons { id name synthetic } } } }\n    }\n  }\n": types.AuthorityDuplicatesDocument,
    "\n  query RecommendedNetworks($authority: ID!) {\n    recommendedNetworks(authority: $authority, first: 5) {\n      totalCount\n      edges { node { network { id name } topicMatches peers } }\n    }\n  }\n": types.RecommendedNetworksDocument,
    "\n  query OverlapMatrix($by: MemberBasis) {\n    overlapMatrix(by: $by) {\n      basis\n      networks { id index name shortName size }\n      columns { i j shared jaccard overlap }\n    }\n  }\n": types.OverlapMatrixDocument,
    "\n  query TopicRedundancy {\n    topicRedundancy(first: 50, minSharedTopics: 1) {\n      totalCount\n      edges {\n        node {\n          score topicJaccard memberJaccard sharedAuthorities related\n          a { id name shortName }\n          b { id name shortName }\n          sharedTopics { id name }\n        }\n      }\n    }\n  }\n": types.TopicRedundancyDocument,
    "\n  query Clusters {\n    clusters {\n      modularity\n      clusters { id size networks { id } dominantTopics { id name nameEn } }\n    }\n  }\n": types.ClustersDocument,
    "\n  query AuthorityName($id: ID!) {\n    authority(id: $id) { id name }\n  }\n": types.AuthorityNameDocument,
    "\n  query Connection($from: ID!, $to: ID!) {\n    connection(from: $from, to: $to) {\n      hops\n      steps {\n        via\n        node {\n          __typename\n          id\n          ... on Authority { name }\n          ... on Network { name }\n          ... on Person { personName: name }\n        }\n      }\n    }\n  }\n": types.ConnectionDocument,
    "\n  query InnovationTransfer($kind: InnovationKind) {\n    innovationTransfer(kind: $kind) {\n      byKind { kind innovations adopted }\n      networks {\n        innovationCount adoptedCount adoptionShare memberCount memberAdopterCount memberAdoptionShare\n        network { id name shortName }\n        innovations { innovation { id title kind synthetic } adopters { id name } }\n      }\n    }\n  }\n": types.InnovationTransferDocument,
    "\n  query Me {\n    me {\n      name\n      roles\n      person { id name jobTitle synthetic }\n      authority { id name synthetic }\n      participations { role since until visibility synthetic network { id name shortName synthetic } }\n      attendances { visibility event { id name date synthetic } }\n      linkableAuthorities { id name }\n    }\n  }\n": types.MeDocument,
    "\n  query MyAuthority {\n    myAuthority {\n      countsOnly\n      authority { id name synthetic }\n      networks {\n        includesMe duplicate\n        count { exact fewerThan3 }\n        hiddenCount { exact fewerThan3 }\n        network { id name shortName synthetic }\n        colleagues { role synthetic person { id name jobTitle synthetic } }\n      }\n      duplicateParticipation {\n        atEvents {\n          includesMe\n          count { exact fewerThan3 }\n          hiddenCount { exact fewerThan3 }\n          event { id name date synthetic }\n          colleagues { id name synthetic }\n        }\n      }\n      absentNetworks { sharedTopics network { id name shortName synthetic } }\n      adoptions {\n        innovation { id title synthetic emergedIn { id name } }\n        adoption { reported reportedAt synthetic note reportedBy { id name } sources { id title } }\n      }\n    }\n  }\n": types.MyAuthorityDocument,
    "\n  mutation DeclareParticipation($network: ID!, $role: DeclarableRole, $since: String, $visibility: Visibility) {\n    declareParticipation(network: $network, role: $role, since: $since, visibility: $visibility) {\n      changed\n      participation { visibility network { id name } }\n    }\n  }\n": types.DeclareParticipationDocument,
    "\n  mutation EndParticipation($network: ID!) {\n    endParticipation(network: $network) { changed participation { until } }\n  }\n": types.EndParticipationDocument,
    "\n  mutation SetVisibility($network: ID, $event: ID, $visibility: Visibility!) {\n    setVisibility(network: $network, event: $event, visibility: $visibility) { changed visibility }\n  }\n": types.SetVisibilityDocument,
    "\n  mutation ReportAdoption($innovation: ID!, $note: String) {\n    reportAdoption(innovation: $innovation, note: $note) { created }\n  }\n": types.ReportAdoptionDocument,
    "\n  mutation JoinAuthority($authority: ID!) {\n    joinAuthority(authority: $authority) { roles }\n  }\n": types.JoinAuthorityDocument,
    "\n  mutation ExportMyData {\n    exportMyData\n  }\n": types.ExportMyDataDocument,
    "\n  mutation EraseMe($confirm: Boolean!) {\n    eraseMe(confirm: $confirm) { erased }\n  }\n": types.EraseMeDocument,
    "\n  mutation CorrectMyData($name: String, $jobTitle: String) {\n    correctMyData(name: $name, jobTitle: $jobTitle) { changed person { id name jobTitle } }\n  }\n": types.CorrectMyDataDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Landscape($includeSynthetic: Boolean) {\n    landscape(includeSynthetic: $includeSynthetic) {\n      nodes { id kind label name members persons { exact fewerThan3 } level bundesland typology governance synthetic umbrella }\n      edges { source target type synthetic }\n    }\n  }\n"): typeof import('./graphql').LandscapeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkTerms($after: String) {\n    networks(first: 500, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id running } } }\n  }\n"): typeof import('./graphql').NetworkTermsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $first: Int, $types: [SearchableType!] = [Network, Authority, UmbrellaOrganisation, Topic, Innovation]) {\n    search(query: $query, first: $first, types: $types) {\n      score\n      node {\n        __typename\n        id\n        ... on Network { name shortName synthetic }\n        ... on Authority { name shortName synthetic }\n        ... on UmbrellaOrganisation { name shortName synthetic }\n        ... on Topic { name synthetic }\n        ... on Innovation { title synthetic }\n        ... on Event { name synthetic }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Network {\n        name shortName description website founded cadence funding access continuousIntake formats\n        level bundesland typology governance running termEnd termNote memberCount memberCountNote synthetic\n        sources { id title publisher url }\n        parent { id name }\n        parts { id name }\n        topics { id name nameEn }\n        organisations { type note synthetic organisation { id name } }\n        innovations { id title kind }\n        events { id name date format synthetic }\n        members(first: 200) { totalCount edges { node { synthetic authority { id name } } } }\n        participants(first: 200) { totalCount hiddenCount { exact fewerThan3 } edges { node { role synthetic person { id name authority { id name } } } } }\n      }\n      ... on Authority {\n        name shortName description website authorityType level bundesland ags isUmbrella synthetic\n        sources { id title publisher url }\n        parent { id name }\n        subordinates { id name }\n        networkRelations { type note synthetic network { id name } }\n        adoptedInnovations { id title }\n        employees(first: 100) { totalCount hiddenCount { exact fewerThan3 } edges { node { id name jobTitle synthetic participations { role network { id name } } } } }\n      }\n      ... on UmbrellaOrganisation {\n        name shortName description website isAuthority synthetic\n        sources { id title publisher url }\n        networkRelations { type note synthetic network { id name } }\n      }\n      ... on Topic {\n        name nameEn synthetic\n        sources { id title publisher url }\n        parent { id name }\n        subtopics { id name }\n        networks { id name }\n        innovations { id title }\n      }\n      ... on Innovation {\n        title description kind synthetic\n        sources { id title publisher url }\n        emergedIn { id name }\n        topics { id name }\n        adoptions { note synthetic authority { id name } }\n      }\n      ... on Event {\n        name date format description synthetic\n        sources { id title publisher url }\n        network { id name }\n        attendees(first: 100) { totalCount hiddenCount { exact fewerThan3 } }\n      }\n    }\n  }\n"): typeof import('./graphql').NodeDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkSimilarity($network: ID!) {\n    networkSimilarity(network: $network, first: 8) {\n      edges {\n        node {\n          score\n          network { id name shortName }\n          authorities { shared jaccard }\n          persons { shared jaccard }\n          sharedTopics { id name }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NetworkSimilarityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorityDuplicates($authority: ID!) {\n    duplicateParticipation(authority: $authority) {\n      inNetworks(first: 50) { totalCount edges { node { personCount { exact fewerThan3 } hiddenCount { exact fewerThan3 } network { id name synthetic } persons { id name synthetic } } } }\n      atEvents(first: 50) { totalCount edges { node { personCount { exact fewerThan3 } hiddenCount { exact fewerThan3 } event { id name date synthetic } persons { id name synthetic } } } }\n    }\n  }\n"): typeof import('./graphql').AuthorityDuplicatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendedNetworks($authority: ID!) {\n    recommendedNetworks(authority: $authority, first: 5) {\n      totalCount\n      edges { node { network { id name } topicMatches peers } }\n    }\n  }\n"): typeof import('./graphql').RecommendedNetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverlapMatrix($by: MemberBasis) {\n    overlapMatrix(by: $by) {\n      basis\n      networks { id index name shortName size }\n      columns { i j shared jaccard overlap }\n    }\n  }\n"): typeof import('./graphql').OverlapMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopicRedundancy {\n    topicRedundancy(first: 50, minSharedTopics: 1) {\n      totalCount\n      edges {\n        node {\n          score topicJaccard memberJaccard sharedAuthorities related\n          a { id name shortName }\n          b { id name shortName }\n          sharedTopics { id name }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TopicRedundancyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Clusters {\n    clusters {\n      modularity\n      clusters { id size networks { id } dominantTopics { id name nameEn } }\n    }\n  }\n"): typeof import('./graphql').ClustersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorityName($id: ID!) {\n    authority(id: $id) { id name }\n  }\n"): typeof import('./graphql').AuthorityNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Connection($from: ID!, $to: ID!) {\n    connection(from: $from, to: $to) {\n      hops\n      steps {\n        via\n        node {\n          __typename\n          id\n          ... on Authority { name }\n          ... on Network { name }\n          ... on Person { personName: name }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InnovationTransfer($kind: InnovationKind) {\n    innovationTransfer(kind: $kind) {\n      byKind { kind innovations adopted }\n      networks {\n        innovationCount adoptedCount adoptionShare memberCount memberAdopterCount memberAdoptionShare\n        network { id name shortName }\n        innovations { innovation { id title kind synthetic } adopters { id name } }\n      }\n    }\n  }\n"): typeof import('./graphql').InnovationTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      name\n      roles\n      person { id name jobTitle synthetic }\n      authority { id name synthetic }\n      participations { role since until visibility synthetic network { id name shortName synthetic } }\n      attendances { visibility event { id name date synthetic } }\n      linkableAuthorities { id name }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAuthority {\n    myAuthority {\n      countsOnly\n      authority { id name synthetic }\n      networks {\n        includesMe duplicate\n        count { exact fewerThan3 }\n        hiddenCount { exact fewerThan3 }\n        network { id name shortName synthetic }\n        colleagues { role synthetic person { id name jobTitle synthetic } }\n      }\n      duplicateParticipation {\n        atEvents {\n          includesMe\n          count { exact fewerThan3 }\n          hiddenCount { exact fewerThan3 }\n          event { id name date synthetic }\n          colleagues { id name synthetic }\n        }\n      }\n      absentNetworks { sharedTopics network { id name shortName synthetic } }\n      adoptions {\n        innovation { id title synthetic emergedIn { id name } }\n        adoption { reported reportedAt synthetic note reportedBy { id name } sources { id title } }\n      }\n    }\n  }\n"): typeof import('./graphql').MyAuthorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareParticipation($network: ID!, $role: DeclarableRole, $since: String, $visibility: Visibility) {\n    declareParticipation(network: $network, role: $role, since: $since, visibility: $visibility) {\n      changed\n      participation { visibility network { id name } }\n    }\n  }\n"): typeof import('./graphql').DeclareParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndParticipation($network: ID!) {\n    endParticipation(network: $network) { changed participation { until } }\n  }\n"): typeof import('./graphql').EndParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetVisibility($network: ID, $event: ID, $visibility: Visibility!) {\n    setVisibility(network: $network, event: $event, visibility: $visibility) { changed visibility }\n  }\n"): typeof import('./graphql').SetVisibilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportAdoption($innovation: ID!, $note: String) {\n    reportAdoption(innovation: $innovation, note: $note) { created }\n  }\n"): typeof import('./graphql').ReportAdoptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinAuthority($authority: ID!) {\n    joinAuthority(authority: $authority) { roles }\n  }\n"): typeof import('./graphql').JoinAuthorityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportMyData {\n    exportMyData\n  }\n"): typeof import('./graphql').ExportMyDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseMe($confirm: Boolean!) {\n    eraseMe(confirm: $confirm) { erased }\n  }\n"): typeof import('./graphql').EraseMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectMyData($name: String, $jobTitle: String) {\n    correctMyData(name: $name, jobTitle: $jobTitle) { changed person { id name jobTitle } }\n  }\n"): typeof import('./graphql').CorrectMyDataDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
