// The audit log of changes to person data and consent (docs/privacy.md): who, what kind, when,
// which record, never the content. It lives in Neo4j as :AuditEntry nodes, written by the same
// statement as the change itself (cypher/people/), and only administrators read it.
//
// Erasure must leave no trace of a person's id, yet the log must outlive the person: so the log
// names persons only by a keyed pseudonym, HMAC-SHA256 of the id under a server secret
// (AUDIT_PSEUDONYM_KEY). Whoever holds the key can tell whether an entry is about a given id they
// already know; nobody can read an id out of the log.

import { createHmac } from 'node:crypto';

export type Pseudonymise = (id: string) => string;

/** The pseudonym of an id under the key: `ps:` and 22 base64url characters (128 bits). */
export function pseudonymiser(key: string): Pseudonymise {
  return (id) => `ps:${createHmac('sha256', key).update(id).digest('base64url').slice(0, 22)}`;
}

/** The kinds of change the log records. */
export const AUDIT_KINDS = [
  'LINK_ACCOUNT',
  'JOIN_AUTHORITY',
  'DECLARE_PARTICIPATION',
  'END_PARTICIPATION',
  'SET_VISIBILITY',
  'REPORT_ADOPTION',
  'CORRECT_PERSON',
  'EXPORT_PERSON',
  'ERASE_PERSON',
  'SET_ROLES',
  'IMPORT',
  'ACCEPT_REVIEW',
  'REJECT_REVIEW',
  'UNDO_REVIEW',
  'EDIT_NETWORK',
  'SET_NETWORK_TOPICS',
  'ADD_NETWORK_MEMBER',
  'REMOVE_NETWORK_MEMBER',
  'BACKUP',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];
