// A curated change of a network's profile, written in the transaction that took the lock
// (lock-network) and checked the version: the changed fields, the next version, when and which
// fields were curated, the editors as a source (replacing an earlier such stamp; Beispieldaten get
// none and stay Beispieldaten), and the audit entry with the fields before and after (JSON).
MATCH (n:Network {id: $id})
SET n += $changes,
    n.version = $version,
    n.curatedAt = datetime(),
    n.curatedFields = reduce(acc = coalesce(n.curatedFields, []), f IN keys($changes) | CASE WHEN f IN acc THEN acc ELSE acc + f END),
    n.source = CASE WHEN coalesce(n.synthetic, false) THEN n.source
                    ELSE [s IN coalesce(n.source, []) WHERE NOT s STARTS WITH $stampPrefix] + $stamp END
CREATE (:AuditEntry {id: randomUUID(), at: datetime(), kind: 'EDIT_NETWORK', actor: $actor, subject: null,
                     record: 'network ' + $id, before: $before, after: $after})
RETURN n.version AS version
