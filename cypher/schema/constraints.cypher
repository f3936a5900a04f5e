// Applied at every start; IF NOT EXISTS makes a re-run change nothing.
CREATE CONSTRAINT network_id IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT umbrella_id IF NOT EXISTS FOR (n:UmbrellaOrganisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT authority_id IF NOT EXISTS FOR (n:Authority) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT innovation_id IF NOT EXISTS FOR (n:Innovation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE INDEX network_name IF NOT EXISTS FOR (n:Network) ON (n.name);
CREATE INDEX authority_name IF NOT EXISTS FOR (n:Authority) ON (n.name);
CREATE INDEX authority_level IF NOT EXISTS FOR (n:Authority) ON (n.level);
CREATE INDEX authority_bundesland IF NOT EXISTS FOR (n:Authority) ON (n.bundesland);
CREATE INDEX authority_ags IF NOT EXISTS FOR (n:Authority) ON (n.ags);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX matrix_row_network IF NOT EXISTS FOR (n:MatrixRow) ON (n.network);
CREATE INDEX colleagues_in_rank IF NOT EXISTS FOR ()-[r:COLLEAGUES_IN]-() ON (r.rank);
CREATE INDEX colleagues_at_rank IF NOT EXISTS FOR ()-[r:COLLEAGUES_AT]-() ON (r.rank);
// The participations anyone may see: counted per duplicate group for its rank (cypher/derive/colleague-ranks.cypher).
CREATE INDEX participation_visibility IF NOT EXISTS FOR ()-[c:PARTICIPATES_IN]-() ON (c.visibility);
CREATE INDEX attendance_visibility IF NOT EXISTS FOR ()-[c:ATTENDED]-() ON (c.visibility);
CREATE INDEX overlaps_redundancy_rank IF NOT EXISTS FOR ()-[r:OVERLAPS]-() ON (r.redundancyRank);
CREATE FULLTEXT INDEX search_names IF NOT EXISTS
  FOR (n:Network|UmbrellaOrganisation|Authority|Topic|Innovation|Event)
  ON EACH [n.name, n.shortName, n.title]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'german' } };
CREATE CONSTRAINT session_id_hash IF NOT EXISTS FOR (s:Session) REQUIRE s.idHash IS UNIQUE;
CREATE INDEX session_expires IF NOT EXISTS FOR (s:Session) ON (s.expiresAt);
CREATE INDEX person_email IF NOT EXISTS FOR (n:Person) ON (n.email);
CREATE INDEX person_account IF NOT EXISTS FOR (n:Person) ON (n.account);
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);
CREATE CONSTRAINT import_staging_id IF NOT EXISTS FOR (n:ImportStaging) REQUIRE n.id IS UNIQUE;
CREATE INDEX import_stage_run IF NOT EXISTS FOR (n:ImportStage) ON (n.run, n.seq);
