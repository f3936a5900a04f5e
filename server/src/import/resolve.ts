// From a checked record to what the import writes: references looked up (in the graph, or
// earlier in the same file), authorities matched by key or name, new ids made for new
// organisations. A reference that matches nothing is a problem; an uncertain match goes to review.

import type { ImportRecord } from './check.js';
import type { Kind } from './layouts.js';
import { type AuthorityKeys, fold, type Match, matchAuthority } from './match.js';
import { type Problem, problem } from './problems.js';

export type Label = 'Network' | 'Topic' | 'Person' | 'Event' | 'Innovation';

export interface KnownOrganisation extends AuthorityKeys {
  authority: boolean;
  umbrella: boolean;
}

/** What the graph holds, plus what this file added so far. */
export class Known {
  private readonly ids = new Map<Label, Set<string>>();
  readonly organisations: KnownOrganisation[];
  private readonly orgById: Map<string, KnownOrganisation>;

  constructor(ids: [Label, string][], organisations: KnownOrganisation[]) {
    for (const [label, id] of ids) this.add(label, id);
    this.organisations = organisations;
    this.orgById = new Map(organisations.map((o) => [o.id, o]));
  }

  add(label: Label, id: string): void {
    let set = this.ids.get(label);
    if (!set) {
      set = new Set();
      this.ids.set(label, set);
    }
    set.add(id);
  }

  has(label: Label, id: string): boolean {
    return this.ids.get(label)?.has(id) ?? false;
  }

  organisation(id: string): KnownOrganisation | undefined {
    return this.orgById.get(id);
  }

  addOrganisation(o: KnownOrganisation): void {
    this.organisations.push(o);
    this.orgById.set(o.id, o);
  }
}

/** A row the import cannot decide alone: which authority a name means. */
export interface ReviewItem {
  line: number;
  kind: Kind;
  /** The name as the file wrote it. */
  name: string;
  candidates: { id: string; name: string; reason: string }[];
  record: ImportRecord;
}

/** One write: a statement of cypher/import and its row. */
export interface Write {
  statement: string;
  row: Record<string, unknown>;
}

export type Resolution = { writes: Write[] } | { problems: Problem[] } | { review: ReviewItem };

/** `{source, synthetic}` of a record, as relationships and nodes store them. */
function provenance(r: ImportRecord): Record<string, unknown> {
  return r.synthetic ? { synthetic: true } : { source: r.source, synthetic: false };
}

function pick(r: ImportRecord, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (r[k] !== undefined) out[k] = r[k];
  return out;
}

/** An id for a new organisation from its name: org:stadt-musterhausen (a suffix if taken). */
export function organisationId(name: string, taken: (id: string) => boolean): string {
  const slug =
    fold(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'organisation';
  let id = `org:${slug}`;
  for (let n = 2; taken(id); n++) id = `org:${slug}-${n}`;
  return id;
}

/**
 * Resolves one record. `pending` collects references to records of the same kind that may come
 * later in the file (a network part of another); the importer checks them at the end.
 */
export function resolve(
  kind: Kind,
  line: number,
  r: ImportRecord,
  known: Known,
  names: Record<string, string>,
  pending: { line: number; column: string; label: Label; id: string }[],
  /** Set when an administrator decided this row's authority (review.ts): no name matching then. */
  decided = false,
): Resolution {
  const problems: Problem[] = [];
  const col = (key: string, fallback: string) => names[key] ?? fallback;
  const need = (label: Label, id: unknown, key: string, fallback: string, sameKind = false) => {
    if (typeof id !== 'string' || known.has(label, id)) return;
    if (sameKind) pending.push({ line, column: col(key, fallback), label, id });
    else problems.push(problem(line, col(key, fallback), unknownMessage(label, id)));
  };
  /** An organisation named by id or by name. */
  const organisation = (value: string, key: string, fallback: string, mustBeAuthority: boolean): string | ReviewItem | null => {
    if (value.startsWith('org:')) {
      const o = known.organisation(value);
      if (!o) {
        problems.push(
          problem(line, col(key, fallback), {
            de: `Die Organisation ${value} ist nicht bekannt (erst Organisationen importieren).`,
            en: `Organisation ${value} is not known (import organisations first).`,
          }),
        );
        return null;
      }
      if (mustBeAuthority && !o.authority) {
        problems.push(
          problem(line, col(key, fallback), {
            de: `${o.name} ist keine Behörde; Mitglied können nur Behörden sein.`,
            en: `${o.name} is not an authority; only authorities are members.`,
          }),
        );
        return null;
      }
      return o.id;
    }
    const m: Match = matchAuthority(
      { name: value },
      known.organisations.filter((o) => !mustBeAuthority || o.authority),
    );
    if (m.kind === 'certain') return m.id;
    if (m.kind === 'uncertain') return { line, kind, name: value, candidates: m.candidates, record: r };
    problems.push(
      problem(line, col(key, fallback), {
        de: `Keine Behörde heißt „${value}“ (erst Organisationen importieren, oder die Kennung org:… angeben).`,
        en: `No authority is called "${value}" (import organisations first, or give the id org:…).`,
      }),
    );
    return null;
  };

  switch (kind) {
    case 'topics': {
      need('Topic', r.parent, 'parent', 'Oberthema', true);
      if (problems.length) return { problems };
      known.add('Topic', r.id as string);
      const writes: Write[] = [
        { statement: 'import/merge-topics', row: { id: r.id, props: { ...pick(r, ['name', 'nameEn']), ...provenance(r) } } },
      ];
      if (r.parent)
        writes.push(linkWrite(r, 'Topic', [{ type: 'PART_OF', to: r.parent as string, label: 'Topic' }], ['PART_OF'], ['Topic']));
      return { writes };
    }
    case 'networks': {
      need('Network', r.partOf, 'partOf', 'Teil von', true);
      for (const t of (r.topics as string[] | undefined) ?? []) need('Topic', t, 'topics', 'Themen');
      if (problems.length) return { problems };
      known.add('Network', r.id as string);
      const writes: Write[] = [
        {
          statement: 'import/merge-networks',
          row: {
            id: r.id,
            props: { ...pick(r, ['name', 'shortName', 'description', 'website', 'level', 'bundesland', 'formats']), ...provenance(r) },
          },
        },
      ];
      const links = [
        ...(r.partOf ? [{ type: 'PART_OF', to: r.partOf as string, label: 'Network' }] : []),
        ...((r.topics as string[] | undefined) ?? []).map((t) => ({ type: 'COVERS', to: t, label: 'Topic' })),
      ];
      const replace = [...(r.partOf !== undefined ? ['PART_OF'] : []), ...(r.topics !== undefined ? ['COVERS'] : [])];
      if (links.length || replace.length) writes.push(linkWrite(r, 'Network', links, replace, ['Network', 'Topic']));
      return { writes };
    }
    case 'organisations': {
      const roles = (r.roles as string[] | undefined) ?? ['AUTHORITY'];
      let id = r.id as string | undefined;
      let exists = id !== undefined && known.organisation(id) !== undefined;
      if (!exists && !decided) {
        const m = matchAuthority(
          {
            id: null,
            name: r.name as string,
            ags: r.ags as string,
            ars: r.ars as string,
            pvogId: r.pvogId as string,
            wikidataId: r.wikidataId as string,
          },
          known.organisations,
        );
        if (m.kind === 'certain' && (id === undefined || m.by !== 'name')) {
          if (id !== undefined && m.id !== id) {
            return {
              problems: [
                problem(line, col(m.by, m.by), {
                  de: `Dieser Schlüssel gehört schon zu ${m.id}, die Zeile nennt aber ${id}.`,
                  en: `This key already belongs to ${m.id}, but the row says ${id}.`,
                }),
              ],
            };
          }
          id = m.id;
          exists = true;
        } else if (m.kind === 'certain' && id !== undefined) {
          // A new id for a name the graph already holds: two bodies of one name are possible, but not silently.
          return {
            review: {
              line,
              kind,
              name: r.name as string,
              candidates: [{ id: m.id, name: known.organisation(m.id)?.name ?? m.id, reason: 'same name, other id' }],
              record: r,
            },
          };
        } else if (m.kind === 'uncertain' && id === undefined) {
          return { review: { line, kind, name: r.name as string, candidates: m.candidates, record: r } };
        }
      }
      if (r.parent !== undefined && !known.organisation(r.parent as string)?.authority) {
        problems.push(
          problem(line, col('parent', 'Übergeordnete Behörde'), {
            de: `Die übergeordnete Behörde ${r.parent} ist nicht bekannt.`,
            en: `The parent authority ${r.parent} is not known.`,
          }),
        );
      }
      if (problems.length) return { problems };
      const newId = id ?? organisationId(r.name as string, (x) => known.organisation(x) !== undefined);
      const props = {
        ...pick(r, ['name', 'shortName', 'level', 'bundesland', 'ags', 'ars', 'pvogId', 'wikidataId', 'emailDomains', 'website']),
        ...provenance(r),
      };
      const row = { id: newId, props, authority: roles.includes('AUTHORITY'), umbrella: roles.includes('UMBRELLA') };
      const before = known.organisation(newId);
      known.addOrganisation({
        id: newId,
        name: r.name as string,
        ags: r.ags as string,
        ars: r.ars as string,
        pvogId: r.pvogId as string,
        wikidataId: r.wikidataId as string,
        authority: row.authority || (before?.authority ?? false),
        umbrella: row.umbrella || (before?.umbrella ?? false),
      });
      const writes: Write[] = [{ statement: exists ? 'import/update-organisations' : 'import/create-organisations', row }];
      if (r.parent)
        writes.push(
          linkWrite(r, 'Authority', [{ type: 'PART_OF', to: r.parent as string, label: 'Authority' }], ['PART_OF'], ['Authority'], newId),
        );
      return { writes };
    }
    case 'memberships': {
      const type = (r.type as string | undefined) ?? 'MEMBER_OF';
      need('Network', r.network, 'network', 'Netzwerk');
      const org = organisation(r.organisation as string, 'organisation', 'Organisation', type === 'MEMBER_OF');
      if (org !== null && typeof org === 'object') return { review: org };
      if (problems.length || org === null) return { problems };
      const fromLabel = known.organisation(org)?.authority ? 'Authority' : 'UmbrellaOrganisation';
      return { writes: [relation(r, org, fromLabel, type, r.network as string, 'Network', ['since', 'until'])] };
    }
    case 'persons': {
      const authority = organisation(r.authority as string, 'authority', 'Behörde', true);
      if (authority !== null && typeof authority === 'object') return { review: authority };
      if (problems.length || authority === null) return { problems };
      known.add('Person', r.id as string);
      return {
        writes: [
          {
            statement: 'import/merge-persons',
            row: { id: r.id, authority, props: { ...pick(r, ['name', 'jobTitle', 'email']), ...provenance(r) } },
          },
        ],
      };
    }
    case 'participations': {
      need('Person', r.person, 'person', 'Person');
      need('Network', r.network, 'network', 'Netzwerk');
      if (problems.length) return { problems };
      const props = { role: 'MEMBER', visibility: 'PRIVATE', ...pick(r, ['role', 'since', 'until', 'visibility']) };
      return {
        writes: [
          relation({ ...r, ...props }, r.person as string, 'Person', 'PARTICIPATES_IN', r.network as string, 'Network', [
            'role',
            'since',
            'until',
            'visibility',
          ]),
        ],
      };
    }
    case 'events': {
      need('Network', r.network, 'network', 'Netzwerk');
      if (problems.length) return { problems };
      known.add('Event', r.id as string);
      return {
        writes: [
          {
            statement: 'import/merge-events',
            row: { id: r.id, network: r.network, props: { ...pick(r, ['name', 'date', 'format', 'description']), ...provenance(r) } },
          },
        ],
      };
    }
    case 'attendance': {
      need('Person', r.person, 'person', 'Person');
      need('Event', r.event, 'event', 'Veranstaltung');
      if (problems.length) return { problems };
      return {
        writes: [
          relation({ visibility: 'PRIVATE', ...r }, r.person as string, 'Person', 'ATTENDED', r.event as string, 'Event', ['visibility']),
        ],
      };
    }
    case 'innovations': {
      need('Network', r.emergedIn, 'emergedIn', 'entstanden in');
      for (const t of (r.topics as string[] | undefined) ?? []) need('Topic', t, 'topics', 'Themen');
      if (problems.length) return { problems };
      known.add('Innovation', r.id as string);
      const writes: Write[] = [
        {
          statement: 'import/merge-innovations',
          row: { id: r.id, emergedIn: r.emergedIn, props: { ...pick(r, ['title', 'description', 'kind']), ...provenance(r) } },
        },
      ];
      if (r.topics !== undefined)
        writes.push(
          linkWrite(
            r,
            'Innovation',
            ((r.topics as string[]) ?? []).map((t) => ({ type: 'ABOUT', to: t, label: 'Topic' })),
            ['ABOUT'],
            ['Topic'],
          ),
        );
      return { writes };
    }
    case 'adoptions': {
      need('Innovation', r.innovation, 'innovation', 'Innovation');
      const authority = organisation(r.authority as string, 'authority', 'Behörde', true);
      if (authority !== null && typeof authority === 'object') return { review: authority };
      if (problems.length || authority === null) return { problems };
      return { writes: [relation(r, r.innovation as string, 'Innovation', 'ADOPTED_BY', authority, 'Authority', ['note'])] };
    }
  }
}

/** The statement for relationships between these labels: one each, so that both ends are index lookups. */
const RELATION_STATEMENTS: Record<string, string> = {
  'Person>Network': 'import/merge-participations',
  'Person>Event': 'import/merge-attendance',
  'Authority>Network': 'import/merge-authority-relations',
  'UmbrellaOrganisation>Network': 'import/merge-umbrella-relations',
  'Innovation>Authority': 'import/merge-adoptions',
};

export const RELATION_STATEMENT_NAMES = new Set(Object.values(RELATION_STATEMENTS));

function relation(r: ImportRecord, from: string, fromLabel: string, type: string, to: string, toLabel: string, keys: string[]): Write {
  const statement = RELATION_STATEMENTS[`${fromLabel}>${toLabel}`];
  if (!statement) throw new Error(`import: no statement for ${fromLabel} → ${toLabel}`);
  return { statement, row: { from, type, to, props: { ...pick(r, keys), ...provenance(r) } } };
}

function linkWrite(
  r: ImportRecord,
  fromLabel: string,
  links: { type: string; to: string; label: string }[],
  replace: string[],
  replaceLabels: string[],
  from = r.id as string,
): Write {
  return { statement: 'import/link', row: { from, fromLabel, links, replace, replaceLabels, ...provenance(r) } };
}

function unknownMessage(label: Label, id: string): { de: string; en: string } {
  const de: Record<Label, string> = {
    Network: 'Das Netzwerk',
    Topic: 'Das Thema',
    Person: 'Die Person',
    Event: 'Die Veranstaltung',
    Innovation: 'Die Innovation',
  };
  const en: Record<Label, string> = { Network: 'Network', Topic: 'Topic', Person: 'Person', Event: 'Event', Innovation: 'Innovation' };
  return { de: `${de[label]} ${id} ist nicht bekannt.`, en: `${en[label]} ${id} is not known.` };
}
