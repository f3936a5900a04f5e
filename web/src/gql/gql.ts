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
    "\n  query ImportViewer {\n    me { roles coordinates { id name } }\n  }\n": typeof types.ImportViewerDocument,
    "\n  query ImportOptions {\n    importOptions { maxBytes kinds }\n  }\n": typeof types.ImportOptionsDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id kind fileName state validOnly rowsRead published batches error\n      preview { file rows accepted rejected problemCount created changed links partialCounts problems { line column text textEn } uncertain { line name } }\n      report { file rows accepted rejected problemCount created changed links partialCounts problems { line column text textEn } uncertain { line name } }\n    }\n  }\n": typeof types.ImportJobDocument,
    "\n  mutation PreviewImport($upload: ID!, $kind: ImportKind!, $validOnly: Boolean) {\n    previewImport(upload: $upload, kind: $kind, validOnly: $validOnly) {\n      id kind fileName state validOnly rowsRead published batches error\n      preview { file rows accepted rejected problemCount created changed links partialCounts problems { line column text textEn } uncertain { line name } }\n      report { file rows accepted rejected problemCount created changed links partialCounts problems { line column text textEn } uncertain { line name } }\n    }\n  }\n": typeof types.PreviewImportDocument,
    "\n  mutation ConfirmImport($job: ID!) {\n    confirmImport(job: $job) { id kind fileName state validOnly rowsRead published batches error }\n  }\n": typeof types.ConfirmImportDocument,
    "\n  query ImportReview($status: ImportReviewStatus) {\n    importReview(status: $status) { id kind file line name at status choice decidedAt decidedBy decidedByMe undoneAt candidates { id name reason } }\n  }\n": typeof types.ImportReviewDocument,
    "\n  mutation AcceptImportReview($id: ID!, $choice: String!) {\n    acceptImportReview(id: $id, choice: $choice) { id kind file line name at status choice decidedAt decidedBy decidedByMe undoneAt candidates { id name reason } }\n  }\n": typeof types.AcceptImportReviewDocument,
    "\n  mutation RejectImportReview($id: ID!) {\n    rejectImportReview(id: $id) { id kind file line name at status choice decidedAt decidedBy decidedByMe undoneAt candidates { id name reason } }\n  }\n": typeof types.RejectImportReviewDocument,
    "\n  mutation UndoImportReview($id: ID!) {\n    undoImportReview(id: $id) { id kind file line name at status choice decidedAt decidedBy decidedByMe undoneAt candidates { id name reason } }\n  }\n": typeof types.UndoImportReviewDocument,
    "\n  query Landscape($includeSynthetic: Boolean) {\n    landscape(includeSynthetic: $includeSynthetic) {\n      nodes { id kind label name members persons { exact fewerThan3 atLeast } level bundesland typology governance synthetic umbrella x y }\n      edges { source target type synthetic }\n      landPositions { bundesland x y }\n    }\n  }\n": typeof types.LandscapeDocument,
    "\n  query NetworkFacts($after: String) {\n    networks(first: 500, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id running synthetic } } }\n  }\n": typeof types.NetworkFactsDocument,
    "\n  query Search($query: String!, $first: Int, $types: [SearchableType!] = [Network, Authority, UmbrellaOrganisation, Topic, Innovation]) {\n    search(query: $query, first: $first, types: $types) {\n      score\n      node {\n        __typename\n        id\n        ... on Network { name shortName synthetic }\n        ... on Authority { name shortName synthetic }\n        ... on UmbrellaOrganisation { name shortName synthetic }\n        ... on Topic { name synthetic }\n        ... on Innovation { title synthetic }\n        ... on Event { name synthetic }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Network {\n        name shortName description website founded cadence funding access continuousIntake formats\n        level bundesland typology governance running termEnd termNote memberCount memberCountNote synthetic\n        sources { id title publisher url }\n        parent { id name }\n        parts { id name }\n        topics { id name nameEn }\n        organisations { type note synthetic sources { title } organisation { id name } }\n        innovations { id title kind synthetic }\n        events { id name date format synthetic }\n        members(first: 100) { totalCount edges { node { synthetic sources { title } authority { id name synthetic } } } }\n        participants(first: 100) { totalCount hiddenCount { exact fewerThan3 } edges { node { role synthetic person { id name synthetic authority { id name } } } } }\n      }\n      ... on Authority {\n        name shortName description website authorityType level bundesland ags isUmbrella synthetic\n        sources { id title publisher url }\n        parent { id name }\n        subordinates { id name }\n        networkRelations { type note synthetic sources { title } network { id name synthetic } }\n        adoptedInnovations { id title synthetic }\n        employees(first: 100) { totalCount hiddenCount { exact fewerThan3 } edges { node { id name jobTitle synthetic participations { role synthetic network { id name } } } } }\n      }\n      ... on UmbrellaOrganisation {\n        name shortName description website isAuthority synthetic\n        sources { id title publisher url }\n        networkRelations { type note synthetic sources { title } network { id name synthetic } }\n      }\n      ... on Topic {\n        name nameEn synthetic\n        sources { id title publisher url }\n        parent { id name }\n        subtopics { id name }\n        networks { id name synthetic }\n        innovations { id title synthetic }\n      }\n      ... on Innovation {\n        title description kind synthetic\n        sources { id title publisher url }\n        emergedIn { id name }\n        topics { id name }\n        adoptions { note synthetic sources { title } authority { id name synthetic } }\n      }\n      ... on Event {\n        name date format description synthetic\n        sources { id title publisher url }\n        network { id name }\n        attendees(first: 100) { totalCount hiddenCount { exact fewerThan3 } }\n      }\n    }\n  }\n": typeof types.NodeDetailsDocument,
    "\n  query NetworkSimilarity($network: ID!, $synthetic: Boolean) {\n    networkSimilarity(network: $network, first: 8, synthetic: $synthetic) {\n      edges {\n        node {\n          score\n          network { id name shortName }\n          authorities { shared jaccard overlap }\n          persons { shared jaccard overlap }\n          topics { shared jaccard overlap }\n          sharedTopics { id name }\n        }\n      }\n    }\n  }\n": typeof types.NetworkSimilarityDocument,
    "\n  query AuthorityDuplicates($authority: ID!, $synthetic: Boolean) {\n    duplicateParticipation(authority: $authority, synthetic: $synthetic) {\n      inNetworks(first: 50) { totalCount edges { node { personCount { exact fewerThan3 atLeast } hiddenCount { exact fewerThan3 } network { id name synthetic } persons { id name synthetic } } } }\n      atEvents(first: 50) { totalCount edges { node { personCount { exact fewerThan3 atLeast } hiddenCount { exact fewerThan3 } event { id name date synthetic } persons { id name synthetic } } } }\n    }\n  }\n": typeof types.AuthorityDuplicatesDocument,
    "\n  query RecommendedNetworks($authority: ID!, $synthetic: Boolean) {\n    recommendedNetworks(authority: $authority, first: 5, synthetic: $synthetic) {\n      totalCount\n      edges { node { network { id name } topicMatches peers } }\n    }\n  }\n": typeof types.RecommendedNetworksDocument,
    "\n  query OverlapMatrix($by: MemberBasis, $synthetic: Boolean) {\n    overlapMatrix(by: $by, synthetic: $synthetic) {\n      basis\n      networks { id index name shortName size }\n      columns { i j shared jaccard overlap }\n    }\n  }\n": typeof types.OverlapMatrixDocument,
    "\n  query OverlapPair($network: ID!, $other: ID!, $synthetic: Boolean) {\n    networkSimilarity(network: $network, networks: [$other], first: 1, synthetic: $synthetic) {\n      edges {\n        node {\n          network { id name shortName }\n          authorities { shared jaccard overlap }\n          persons { shared jaccard overlap }\n          sharedAuthorities(first: 30) { totalCount edges { node { id name } } }\n          sharedPersons(first: 30) { totalCount hiddenCount { exact fewerThan3 } edges { node { id name } } }\n        }\n      }\n    }\n  }\n": typeof types.OverlapPairDocument,
    "\n  query TopicRedundancy {\n    topicRedundancy(first: 50, minSharedTopics: 1) {\n      totalCount\n      edges {\n        node {\n          score topicJaccard memberJaccard sharedAuthorities related\n          a { id name shortName }\n          b { id name shortName }\n          sharedTopics { id name }\n        }\n      }\n    }\n  }\n": typeof types.TopicRedundancyDocument,
    "\n  query Clusters {\n    clusters {\n      modularity\n      clusters { id size networks { id } dominantTopics { id name nameEn } }\n    }\n  }\n": typeof types.ClustersDocument,
    "\n  query AuthorityName($id: ID!) {\n    authority(id: $id) { id name }\n  }\n": typeof types.AuthorityNameDocument,
    "\n  query Connection($from: ID!, $to: ID!) {\n    connection(from: $from, to: $to) {\n      hops\n      steps {\n        via\n        node {\n          __typename\n          id\n          ... on Authority { name }\n          ... on Network { name }\n          ... on Person { personName: name }\n        }\n      }\n    }\n  }\n": typeof types.ConnectionDocument,
    "\n  query InnovationTransfer($kind: InnovationKind) {\n    innovationTransfer(kind: $kind) {\n      byKind { kind innovations adopted }\n      networks {\n        innovationCount adoptedCount adoptionShare memberCount memberAdopterCount memberAdoptionShare\n        network { id name shortName }\n        innovations { innovation { id title kind synthetic } adopters { id name } }\n      }\n    }\n  }\n": typeof types.InnovationTransferDocument,
    "\n  query Coverage {\n    coverage {\n      nodes { kind real synthetic }\n      relations { kind real synthetic }\n      persons { kind real { exact fewerThan3 atLeast } synthetic { exact fewerThan3 atLeast } }\n    }\n    sources { id title publisher url }\n  }\n": typeof types.CoverageDocument,
    "\n  query Me {\n    me {\n      name\n      roles\n      person { id name jobTitle synthetic }\n      authority { id name synthetic }\n      participations { role since until visibility synthetic network { id name shortName synthetic } }\n      attendances { visibility event { id name date synthetic } }\n      linkableAuthorities { id name }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query MyAuthority {\n    myAuthority {\n      countsOnly\n      authority { id name synthetic }\n      networks {\n        includesMe duplicate\n        count { exact fewerThan3 atLeast }\n        hiddenCount { exact fewerThan3 }\n        network { id name shortName synthetic }\n        colleagues { role synthetic person { id name jobTitle synthetic } }\n      }\n      duplicateParticipation {\n        atEvents {\n          includesMe\n          count { exact fewerThan3 atLeast }\n          hiddenCount { exact fewerThan3 }\n          event { id name date synthetic }\n          colleagues { id name synthetic }\n        }\n      }\n      absentNetworks { sharedTopics network { id name shortName synthetic } }\n      adoptions {\n        innovation { id title synthetic emergedIn { id name } }\n        adoption { reported reportedAt synthetic note reportedBy { id name } sources { id title } }\n      }\n    }\n  }\n": typeof types.MyAuthorityDocument,
    "\n  mutation DeclareParticipation($network: ID!, $role: DeclarableRole, $since: String, $visibility: Visibility) {\n    declareParticipation(network: $network, role: $role, since: $since, visibility: $visibility) {\n      changed\n      participation { visibility network { id name } }\n    }\n  }\n": typeof types.DeclareParticipationDocument,
    "\n  mutation EndParticipation($network: ID!) {\n    endParticipation(network: $network) { changed participation { until } }\n  }\n": typeof types.EndParticipationDocument,
    "\n  mutation SetVisibility($network: ID, $event: ID, $visibility: Visibility!) {\n    setVisibility(network: $network, event: $event, visibility: $visibility) { changed visibility }\n  }\n": typeof types.SetVisibilityDocument,
    "\n  mutation ReportAdoption($innovation: ID!, $note: String) {\n    reportAdoption(innovation: $innovation, note: $note) { created }\n  }\n": typeof types.ReportAdoptionDocument,
    "\n  mutation JoinAuthority($authority: ID!) {\n    joinAuthority(authority: $authority) { roles }\n  }\n": typeof types.JoinAuthorityDocument,
    "\n  mutation ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation EraseMe($confirm: Boolean!) {\n    eraseMe(confirm: $confirm) { erased }\n  }\n": typeof types.EraseMeDocument,
    "\n  mutation CorrectMyData($name: String, $jobTitle: String) {\n    correctMyData(name: $name, jobTitle: $jobTitle) { changed person { id name jobTitle } }\n  }\n": typeof types.CorrectMyDataDocument,
    "\n  query NetworkCuration($id: ID!) {\n    network(id: $id) {\n      id version editable synthetic name shortName description website cadence funding\n      topics { id }\n      members(first: 100) { totalCount edges { node { synthetic sources { title } authority { id name } } } }\n    }\n  }\n": typeof types.NetworkCurationDocument,
    "\n  query TopicChoices {\n    topics(first: 100) { edges { node { id name nameEn } } }\n  }\n": typeof types.TopicChoicesDocument,
    "\n  mutation UpdateNetwork($id: ID!, $expectedVersion: Int!, $name: String, $shortName: String, $description: String,\n    $website: String, $cadence: String, $funding: String) {\n    updateNetwork(id: $id, expectedVersion: $expectedVersion, name: $name, shortName: $shortName, description: $description,\n      website: $website, cadence: $cadence, funding: $funding) { id version }\n  }\n": typeof types.UpdateNetworkDocument,
    "\n  mutation SetNetworkTopics($id: ID!, $expectedVersion: Int!, $topics: [ID!]!) {\n    setNetworkTopics(id: $id, expectedVersion: $expectedVersion, topics: $topics) { id version }\n  }\n": typeof types.SetNetworkTopicsDocument,
    "\n  mutation AddNetworkMember($id: ID!, $expectedVersion: Int!, $authority: ID!, $source: String) {\n    addNetworkMember(id: $id, expectedVersion: $expectedVersion, authority: $authority, source: $source) { id version }\n  }\n": typeof types.AddNetworkMemberDocument,
    "\n  mutation RemoveNetworkMember($id: ID!, $expectedVersion: Int!, $authority: ID!) {\n    removeNetworkMember(id: $id, expectedVersion: $expectedVersion, authority: $authority) { id version }\n  }\n": typeof types.RemoveNetworkMemberDocument,
};
const documents: Documents = {
    "\n  query ImportViewer {\n    me { roles coordinates { id name } }\n  }\n": types.ImportViewerDocument,
    "\n  query ImportOptions {\n    importOptions { maxBytes kinds }\n  }\n": types.ImportOptionsDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id kind fileName state validOnly rowsRead published batches error\n      preview { file rows accepted rejected problemCount created changed links partialCounts problems { line column text textEn } uncertain { line name } }\n      report { file rows accepted rejected problemCount created changed links partialCounts problems { line column text textEn } uncertain { line name } }\n    }\n  }\n": types.ImportJobDocument,
    "\n  mutation PreviewImport($upload: ID!, $kind: ImportKind!, $validOnly: Boolean) {\n    previewImport(upload: $upload, kind: $kind, validOnly: $validOnly) {\n      id kind fileName state validOnly rowsRead published batches error\n      preview { file rows accepted rejected problemCount created changed links partialCounts problems { line column text textEn } uncertain { line name } }\n      report { file rows accepted rejected problemCount created changed links partialCounts problems { line column text textEn } uncertain { line name } }\n    }\n  }\n": types.PreviewImportDocument,
    "\n  mutation ConfirmImport($job: ID!) {\n    confirmImport(job: $job) { id kind fileName state validOnly rowsRead published batches error }\n  }\n": types.ConfirmImportDocument,
    "\n  query ImportReview($status: ImportReviewStatus) {\n    importReview(status: $status) { id kind file line name at status choice decidedAt decidedBy decidedByMe undoneAt candidates { id name reason } }\n  }\n": types.ImportReviewDocument,
    "\n  mutation AcceptImportReview($id: ID!, $choice: String!) {\n    acceptImportReview(id: $id, choice: $choice) { id kind file line name at status choice decidedAt decidedBy decidedByMe undoneAt candidates { id name reason } }\n  }\n": types.AcceptImportReviewDocument,
    "\n  mutation RejectImportReview($id: ID!) {\n    rejectImportReview(id: $id) { id kind file line name at status choice decidedAt decidedBy decidedByMe undoneAt candidates { id name reason } }\n  }\n": types.RejectImportReviewDocument,
    "\n  mutation UndoImportReview($id: ID!) {\n    undoImportReview(id: $id) { id kind file line name at status choice decidedAt decidedBy decidedByMe undoneAt candidates { id name reason } }\n  }\n": types.UndoImportReviewDocument,
    "\n  query Landscape($includeSynthetic: Boolean) {\n    landscape(includeSynthetic: $includeSynthetic) {\n      nodes { id kind label name members persons { exact fewerThan3 atLeast } level bundesland typology governance synthetic umbrella x y }\n      edges { source target type synthetic }\n      landPositions { bundesland x y }\n    }\n  }\n": types.LandscapeDocument,
    "\n  query NetworkFacts($after: String) {\n    networks(first: 500, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id running synthetic } } }\n  }\n": types.NetworkFactsDocument,
    "\n  query Search($query: String!, $first: Int, $types: [SearchableType!] = [Network, Authority, UmbrellaOrganisation, Topic, Innovation]) {\n    search(query: $query, first: $first, types: $types) {\n      score\n      node {\n        __typename\n        id\n        ... on Network { name shortName synthetic }\n        ... on Authority { name shortName synthetic }\n        ... on UmbrellaOrganisation { name shortName synthetic }\n        ... on Topic { name synthetic }\n        ... on Innovation { title synthetic }\n        ... on Event { name synthetic }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Network {\n        name shortName description website founded cadence funding access continuousIntake formats\n        level bundesland typology governance running termEnd termNote memberCount memberCountNote synthetic\n        sources { id title publisher url }\n        parent { id name }\n        parts { id name }\n        topics { id name nameEn }\n        organisations { type note synthetic sources { title } organisation { id name } }\n        innovations { id title kind synthetic }\n        events { id name date format synthetic }\n        members(first: 100) { totalCount edges { node { synthetic sources { title } authority { id name synthetic } } } }\n        participants(first: 100) { totalCount hiddenCount { exact fewerThan3 } edges { node { role synthetic person { id name synthetic authority { id name } } } } }\n      }\n      ... on Authority {\n        name shortName description website authorityType level bundesland ags isUmbrella synthetic\n        sources { id title publisher url }\n        parent { id name }\n        subordinates { id name }\n        networkRelations { type note synthetic sources { title } network { id name synthetic } }\n        adoptedInnovations { id title synthetic }\n        employees(first: 100) { totalCount hiddenCount { exact fewerThan3 } edges { node { id name jobTitle synthetic participations { role synthetic network { id name } } } } }\n      }\n      ... on UmbrellaOrganisation {\n        name shortName description website isAuthority synthetic\n        sources { id title publisher url }\n        networkRelations { type note synthetic sources { title } network { id name synthetic } }\n      }\n      ... on Topic {\n        name nameEn synthetic\n        sources { id title publisher url }\n        parent { id name }\n        subtopics { id name }\n        networks { id name synthetic }\n        innovations { id title synthetic }\n      }\n      ... on Innovation {\n        title description kind synthetic\n        sources { id title publisher url }\n        emergedIn { id name }\n        topics { id name }\n        adoptions { note synthetic sources { title } authority { id name synthetic } }\n      }\n      ... on Event {\n        name date format description synthetic\n        sources { id title publisher url }\n        network { id name }\n        attendees(first: 100) { totalCount hiddenCount { exact fewerThan3 } }\n      }\n    }\n  }\n": types.NodeDetailsDocument,
    "\n  query NetworkSimilarity($network: ID!, $synthetic: Boolean) {\n    networkSimilarity(network: $network, first: 8, synthetic: $synthetic) {\n      edges {\n        node {\n          score\n          network { id name shortName }\n          authorities { shared jaccard overlap }\n          persons { shared jaccard overlap }\n          topics { shared jaccard overlap }\n          sharedTopics { id name }\n        }\n      }\n    }\n  }\n": types.NetworkSimilarityDocument,
    "\n  query AuthorityDuplicates($authority: ID!, $synthetic: Boolean) {\n    duplicateParticipation(authority: $authority, synthetic: $synthetic) {\n      inNetworks(first: 50) { totalCount edges { node { personCount { exact fewerThan3 atLeast } hiddenCount { exact fewerThan3 } network { id name synthetic } persons { id name synthetic } } } }\n      atEvents(first: 50) { totalCount edges { node { personCount { exact fewerThan3 atLeast } hiddenCount { exact fewerThan3 } event { id name date synthetic } persons { id name synthetic } } } }\n    }\n  }\n": types.AuthorityDuplicatesDocument,
    "\n  query RecommendedNetworks($authority: ID!, $synthetic: Boolean) {\n    recommendedNetworks(authority: $authority, first: 5, synthetic: $synthetic) {\n      totalCount\n      edges { node { network { id name } topicMatches peers } }\n    }\n  }\n": types.RecommendedNetworksDocument,
    "\n  query OverlapMatrix($by: MemberBasis, $synthetic: Boolean) {\n    overlapMatrix(by: $by, synthetic: $synthetic) {\n      basis\n      networks { id index name shortName size }\n      columns { i j shared jaccard overlap }\n    }\n  }\n": types.OverlapMatrixDocument,
    "\n  query OverlapPair($network: ID!, $other: ID!, $synthetic: Boolean) {\n    networkSimilarity(network: $network, networks: [$other], first: 1, synthetic: $synthetic) {\n      edges {\n        node {\n          network { id name shortName }\n          authorities { shared jaccard overlap }\n          persons { shared jaccard overlap }\n          sharedAuthorities(first: 30) { totalCount edges { node { id name } } }\n          sharedPersons(first: 30) { totalCount hiddenCount { exact fewerThan3 } edges { node { id name } } }\n        }\n      }\n    }\n  }\n": types.OverlapPairDocument,
    "\n  query TopicRedundancy {\n    topicRedundancy(first: 50, minSharedTopics: 1) {\n      totalCount\n      edges {\n        node {\n          score topicJaccard memberJaccard sharedAuthorities related\n          a { id name shortName }\n          b { id name shortName }\n          sharedTopics { id name }\n        }\n      }\n    }\n  }\n": types.TopicRedundancyDocument,
    "\n  query Clusters {\n    clusters {\n      modularity\n      clusters { id size networks { id } dominantTopics { id name nameEn } }\n    }\n  }\n": types.ClustersDocument,
    "\n  query AuthorityName($id: ID!) {\n    authority(id: $id) { id name }\n  }\n": types.AuthorityNameDocument,
    "\n  query Connection($from: ID!, $to: ID!) {\n    connection(from: $from, to: $to) {\n      hops\n      steps {\n        via\n        node {\n          __typename\n          id\n          ... on Authority { name }\n          ... on Network { name }\n          ... on Person { personName: name }\n        }\n      }\n    }\n  }\n": types.ConnectionDocument,
    "\n  query InnovationTransfer($kind: InnovationKind) {\n    innovationTransfer(kind: $kind) {\n      byKind { kind innovations adopted }\n      networks {\n        innovationCount adoptedCount adoptionShare memberCount memberAdopterCount memberAdoptionShare\n        network { id name shortName }\n        innovations { innovation { id title kind synthetic } adopters { id name } }\n      }\n    }\n  }\n": types.InnovationTransferDocument,
    "\n  query Coverage {\n    coverage {\n      nodes { kind real synthetic }\n      relations { kind real synthetic }\n      persons { kind real { exact fewerThan3 atLeast } synthetic { exact fewerThan3 atLeast } }\n    }\n    sources { id title publisher url }\n  }\n": types.CoverageDocument,
    "\n  query Me {\n    me {\n      name\n      roles\n      person { id name jobTitle synthetic }\n      authority { id name synthetic }\n      participations { role since until visibility synthetic network { id name shortName synthetic } }\n      attendances { visibility event { id name date synthetic } }\n      linkableAuthorities { id name }\n    }\n  }\n": types.MeDocument,
    "\n  query MyAuthority {\n    myAuthority {\n      countsOnly\n      authority { id name synthetic }\n      networks {\n        includesMe duplicate\n        count { exact fewerThan3 atLeast }\n        hiddenCount { exact fewerThan3 }\n        network { id name shortName synthetic }\n        colleagues { role synthetic person { id name jobTitle synthetic } }\n      }\n      duplicateParticipation {\n        atEvents {\n          includesMe\n          count { exact fewerThan3 atLeast }\n          hiddenCount { exact fewerThan3 }\n          event { id name date synthetic }\n          colleagues { id name synthetic }\n        }\n      }\n      absentNetworks { sharedTopics network { id name shortName synthetic } }\n      adoptions {\n        innovation { id title synthetic emergedIn { id name } }\n        adoption { reported reportedAt synthetic note reportedBy { id name } sources { id title } }\n      }\n    }\n  }\n": types.MyAuthorityDocument,
    "\n  mutation DeclareParticipation($network: ID!, $role: DeclarableRole, $since: String, $visibility: Visibility) {\n    declareParticipation(network: $network, role: $role, since: $since, visibility: $visibility) {\n      changed\n      participation { visibility network { id name } }\n    }\n  }\n": types.DeclareParticipationDocument,
    "\n  mutation EndParticipation($network: ID!) {\n    endParticipation(network: $network) { changed participation { until } }\n  }\n": types.EndParticipationDocument,
    "\n  mutation SetVisibility($network: ID, $event: ID, $visibility: Visibility!) {\n    setVisibility(network: $network, event: $event, visibility: $visibility) { changed visibility }\n  }\n": types.SetVisibilityDocument,
    "\n  mutation ReportAdoption($innovation: ID!, $note: String) {\n    reportAdoption(innovation: $innovation, note: $note) { created }\n  }\n": types.ReportAdoptionDocument,
    "\n  mutation JoinAuthority($authority: ID!) {\n    joinAuthority(authority: $authority) { roles }\n  }\n": types.JoinAuthorityDocument,
    "\n  mutation ExportMyData {\n    exportMyData\n  }\n": types.ExportMyDataDocument,
    "\n  mutation EraseMe($confirm: Boolean!) {\n    eraseMe(confirm: $confirm) { erased }\n  }\n": types.EraseMeDocument,
    "\n  mutation CorrectMyData($name: String, $jobTitle: String) {\n    correctMyData(name: $name, jobTitle: $jobTitle) { changed person { id name jobTitle } }\n  }\n": types.CorrectMyDataDocument,
    "\n  query NetworkCuration($id: ID!) {\n    network(id: $id) {\n      id version editable synthetic name shortName description website cadence funding\n      topics { id }\n      members(first: 100) { totalCount edges { node { synthetic sources { title } authority { id name } } } }\n    }\n  }\n": types.NetworkCurationDocument,
    "\n  query TopicChoices {\n    topics(first: 100) { edges { node { id name nameEn } } }\n  }\n": types.TopicChoicesDocument,
    "\n  mutation UpdateNetwork($id: ID!, $expectedVersion: Int!, $name: String, $shortName: String, $description: String,\n    $website: String, $cadence: String, $funding: String) {\n    updateNetwork(id: $id, expectedVersion: $expectedVersion, name: $name, shortName: $shortName, description: $description,\n      website: $website, cadence: $cadence, funding: $funding) { id version }\n  }\n": types.UpdateNetworkDocument,
    "\n  mutation SetNetworkTopics($id: ID!, $expectedVersion: Int!, $topics: [ID!]!) {\n    setNetworkTopics(id: $id, expectedVersion: $expectedVersion, topics: $topics) { id version }\n  }\n": types.SetNetworkTopicsDocument,
    "\n  mutation AddNetworkMember($id: ID!, $expectedVersion: Int!, $authority: ID!, $source: String) {\n    addNetworkMember(id: $id, expectedVersion: $expectedVersion, authority: $authority, source: $source) { id version }\n  }\n": types.AddNetworkMemberDocument,
    "\n  mutation RemoveNetworkMember($id: ID!, $expectedVersion: Int!, $authority: ID!) {\n    removeNetworkMember(id: $id, expectedVersion: $expectedVersion, authority: $authority) { id version }\n  }\n": types.RemoveNetworkMemberDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportViewer {\n    me { roles coordinates { id name } }\n  }\n"): typeof import('./graphql').ImportViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportOptions {\n    importOptions { maxBytes kinds }\n  }\n"): typeof import('./graphql').ImportOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id kind fileName state validOnly rowsRead published batches error\n      preview { file rows accepted rejected problemCount created changed links partialCounts problems { line column text textEn } uncertain { line name } }\n      report { file rows accepted rejected problemCount created changed links partialCounts problems { line column text textEn } uncertain { line name } }\n    }\n  }\n"): typeof import('./graphql').ImportJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewImport($upload: ID!, $kind: ImportKind!, $validOnly: Boolean) {\n    previewImport(upload: $upload, kind: $kind, validOnly: $validOnly) {\n      id kind fileName state validOnly rowsRead published batches error\n      preview { file rows accepted rejected problemCount created changed links partialCounts problems { line column text textEn } uncertain { line name } }\n      report { file rows accepted rejected problemCount created changed links partialCounts problems { line column text textEn } uncertain { line name } }\n    }\n  }\n"): typeof import('./graphql').PreviewImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmImport($job: ID!) {\n    confirmImport(job: $job) { id kind fileName state validOnly rowsRead published batches error }\n  }\n"): typeof import('./graphql').ConfirmImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportReview($status: ImportReviewStatus) {\n    importReview(status: $status) { id kind file line name at status choice decidedAt decidedBy decidedByMe undoneAt candidates { id name reason } }\n  }\n"): typeof import('./graphql').ImportReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptImportReview($id: ID!, $choice: String!) {\n    acceptImportReview(id: $id, choice: $choice) { id kind file line name at status choice decidedAt decidedBy decidedByMe undoneAt candidates { id name reason } }\n  }\n"): typeof import('./graphql').AcceptImportReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectImportReview($id: ID!) {\n    rejectImportReview(id: $id) { id kind file line name at status choice decidedAt decidedBy decidedByMe undoneAt candidates { id name reason } }\n  }\n"): typeof import('./graphql').RejectImportReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoImportReview($id: ID!) {\n    undoImportReview(id: $id) { id kind file line name at status choice decidedAt decidedBy decidedByMe undoneAt candidates { id name reason } }\n  }\n"): typeof import('./graphql').UndoImportReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Landscape($includeSynthetic: Boolean) {\n    landscape(includeSynthetic: $includeSynthetic) {\n      nodes { id kind label name members persons { exact fewerThan3 atLeast } level bundesland typology governance synthetic umbrella x y }\n      edges { source target type synthetic }\n      landPositions { bundesland x y }\n    }\n  }\n"): typeof import('./graphql').LandscapeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkFacts($after: String) {\n    networks(first: 500, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id running synthetic } } }\n  }\n"): typeof import('./graphql').NetworkFactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $first: Int, $types: [SearchableType!] = [Network, Authority, UmbrellaOrganisation, Topic, Innovation]) {\n    search(query: $query, first: $first, types: $types) {\n      score\n      node {\n        __typename\n        id\n        ... on Network { name shortName synthetic }\n        ... on Authority { name shortName synthetic }\n        ... on UmbrellaOrganisation { name shortName synthetic }\n        ... on Topic { name synthetic }\n        ... on Innovation { title synthetic }\n        ... on Event { name synthetic }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Network {\n        name shortName description website founded cadence funding access continuousIntake formats\n        level bundesland typology governance running termEnd termNote memberCount memberCountNote synthetic\n        sources { id title publisher url }\n        parent { id name }\n        parts { id name }\n        topics { id name nameEn }\n        organisations { type note synthetic sources { title } organisation { id name } }\n        innovations { id title kind synthetic }\n        events { id name date format synthetic }\n        members(first: 100) { totalCount edges { node { synthetic sources { title } authority { id name synthetic } } } }\n        participants(first: 100) { totalCount hiddenCount { exact fewerThan3 } edges { node { role synthetic person { id name synthetic authority { id name } } } } }\n      }\n      ... on Authority {\n        name shortName description website authorityType level bundesland ags isUmbrella synthetic\n        sources { id title publisher url }\n        parent { id name }\n        subordinates { id name }\n        networkRelations { type note synthetic sources { title } network { id name synthetic } }\n        adoptedInnovations { id title synthetic }\n        employees(first: 100) { totalCount hiddenCount { exact fewerThan3 } edges { node { id name jobTitle synthetic participations { role synthetic network { id name } } } } }\n      }\n      ... on UmbrellaOrganisation {\n        name shortName description website isAuthority synthetic\n        sources { id title publisher url }\n        networkRelations { type note synthetic sources { title } network { id name synthetic } }\n      }\n      ... on Topic {\n        name nameEn synthetic\n        sources { id title publisher url }\n        parent { id name }\n        subtopics { id name }\n        networks { id name synthetic }\n        innovations { id title synthetic }\n      }\n      ... on Innovation {\n        title description kind synthetic\n        sources { id title publisher url }\n        emergedIn { id name }\n        topics { id name }\n        adoptions { note synthetic sources { title } authority { id name synthetic } }\n      }\n      ... on Event {\n        name date format description synthetic\n        sources { id title publisher url }\n        network { id name }\n        attendees(first: 100) { totalCount hiddenCount { exact fewerThan3 } }\n      }\n    }\n  }\n"): typeof import('./graphql').NodeDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkSimilarity($network: ID!, $synthetic: Boolean) {\n    networkSimilarity(network: $network, first: 8, synthetic: $synthetic) {\n      edges {\n        node {\n          score\n          network { id name shortName }\n          authorities { shared jaccard overlap }\n          persons { shared jaccard overlap }\n          topics { shared jaccard overlap }\n          sharedTopics { id name }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NetworkSimilarityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorityDuplicates($authority: ID!, $synthetic: Boolean) {\n    duplicateParticipation(authority: $authority, synthetic: $synthetic) {\n      inNetworks(first: 50) { totalCount edges { node { personCount { exact fewerThan3 atLeast } hiddenCount { exact fewerThan3 } network { id name synthetic } persons { id name synthetic } } } }\n      atEvents(first: 50) { totalCount edges { node { personCount { exact fewerThan3 atLeast } hiddenCount { exact fewerThan3 } event { id name date synthetic } persons { id name synthetic } } } }\n    }\n  }\n"): typeof import('./graphql').AuthorityDuplicatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendedNetworks($authority: ID!, $synthetic: Boolean) {\n    recommendedNetworks(authority: $authority, first: 5, synthetic: $synthetic) {\n      totalCount\n      edges { node { network { id name } topicMatches peers } }\n    }\n  }\n"): typeof import('./graphql').RecommendedNetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverlapMatrix($by: MemberBasis, $synthetic: Boolean) {\n    overlapMatrix(by: $by, synthetic: $synthetic) {\n      basis\n      networks { id index name shortName size }\n      columns { i j shared jaccard overlap }\n    }\n  }\n"): typeof import('./graphql').OverlapMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverlapPair($network: ID!, $other: ID!, $synthetic: Boolean) {\n    networkSimilarity(network: $network, networks: [$other], first: 1, synthetic: $synthetic) {\n      edges {\n        node {\n          network { id name shortName }\n          authorities { shared jaccard overlap }\n          persons { shared jaccard overlap }\n          sharedAuthorities(first: 30) { totalCount edges { node { id name } } }\n          sharedPersons(first: 30) { totalCount hiddenCount { exact fewerThan3 } edges { node { id name } } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OverlapPairDocument;
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
export function graphql(source: "\n  query Coverage {\n    coverage {\n      nodes { kind real synthetic }\n      relations { kind real synthetic }\n      persons { kind real { exact fewerThan3 atLeast } synthetic { exact fewerThan3 atLeast } }\n    }\n    sources { id title publisher url }\n  }\n"): typeof import('./graphql').CoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      name\n      roles\n      person { id name jobTitle synthetic }\n      authority { id name synthetic }\n      participations { role since until visibility synthetic network { id name shortName synthetic } }\n      attendances { visibility event { id name date synthetic } }\n      linkableAuthorities { id name }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAuthority {\n    myAuthority {\n      countsOnly\n      authority { id name synthetic }\n      networks {\n        includesMe duplicate\n        count { exact fewerThan3 atLeast }\n        hiddenCount { exact fewerThan3 }\n        network { id name shortName synthetic }\n        colleagues { role synthetic person { id name jobTitle synthetic } }\n      }\n      duplicateParticipation {\n        atEvents {\n          includesMe\n          count { exact fewerThan3 atLeast }\n          hiddenCount { exact fewerThan3 }\n          event { id name date synthetic }\n          colleagues { id name synthetic }\n        }\n      }\n      absentNetworks { sharedTopics network { id name shortName synthetic } }\n      adoptions {\n        innovation { id title synthetic emergedIn { id name } }\n        adoption { reported reportedAt synthetic note reportedBy { id name } sources { id title } }\n      }\n    }\n  }\n"): typeof import('./graphql').MyAuthorityDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkCuration($id: ID!) {\n    network(id: $id) {\n      id version editable synthetic name shortName description website cadence funding\n      topics { id }\n      members(first: 100) { totalCount edges { node { synthetic sources { title } authority { id name } } } }\n    }\n  }\n"): typeof import('./graphql').NetworkCurationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopicChoices {\n    topics(first: 100) { edges { node { id name nameEn } } }\n  }\n"): typeof import('./graphql').TopicChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNetwork($id: ID!, $expectedVersion: Int!, $name: String, $shortName: String, $description: String,\n    $website: String, $cadence: String, $funding: String) {\n    updateNetwork(id: $id, expectedVersion: $expectedVersion, name: $name, shortName: $shortName, description: $description,\n      website: $website, cadence: $cadence, funding: $funding) { id version }\n  }\n"): typeof import('./graphql').UpdateNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNetworkTopics($id: ID!, $expectedVersion: Int!, $topics: [ID!]!) {\n    setNetworkTopics(id: $id, expectedVersion: $expectedVersion, topics: $topics) { id version }\n  }\n"): typeof import('./graphql').SetNetworkTopicsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddNetworkMember($id: ID!, $expectedVersion: Int!, $authority: ID!, $source: String) {\n    addNetworkMember(id: $id, expectedVersion: $expectedVersion, authority: $authority, source: $source) { id version }\n  }\n"): typeof import('./graphql').AddNetworkMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveNetworkMember($id: ID!, $expectedVersion: Int!, $authority: ID!) {\n    removeNetworkMember(id: $id, expectedVersion: $expectedVersion, authority: $authority) { id version }\n  }\n"): typeof import('./graphql').RemoveNetworkMemberDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
