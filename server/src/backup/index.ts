// Backup and restore of the whole graph: every node with its labels and properties, every
// relationship with its type and properties, in a JSON Lines file. Values keep their Neo4j type
// exactly (integers, floats, dates and times with their nanoseconds and zone), so that a restore
// into an empty database gives the same graph, compared property by property. The db layer turns
// Neo4j values into plain JSON by design; this module therefore reads through the driver itself.

import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import neo4j, { type Driver, isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isTime } from 'neo4j-driver';

export const BACKUP_FORMAT = 'netzwerkatlas-backup';
export const BACKUP_VERSION = 1;

type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded };

/** A Neo4j value as JSON that says its type where JSON alone would lose it. */
export function encodeValue(value: unknown): Encoded {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  // Floats are JSON numbers; integers are marked (a float 2.0 and an integer 2 are different values).
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $float: String(value) };
  if (isInt(value)) return { $int: value.toString() };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (isDateTime(value) || isLocalDateTime(value) || isDate(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    const kind = isDateTime(value)
      ? 'datetime'
      : isLocalDateTime(value)
        ? 'localdatetime'
        : isDate(value)
          ? 'date'
          : isTime(value)
            ? 'time'
            : isLocalTime(value)
              ? 'localtime'
              : 'duration';
    const fields: Record<string, Encoded> = {};
    for (const [k, v] of Object.entries(value as unknown as Record<string, unknown>)) if (v !== undefined) fields[k] = encodeValue(v);
    return { [`$${kind}`]: fields };
  }
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  throw new Error(`backup: a property value of an unsupported type (${Object.prototype.toString.call(value)})`);
}

const num = (v: Encoded | undefined) => decodeValue(v ?? 0) as number | ReturnType<typeof neo4j.int>;

/** The value `encodeValue` wrote, as the driver sends it back to Neo4j. */
export function decodeValue(value: Encoded): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  const [key, inner] = Object.entries(value)[0] ?? [];
  const f = inner as Record<string, Encoded>;
  switch (key) {
    case '$int':
      return neo4j.int(inner as string);
    case '$float':
      return Number(inner);
    case '$bytes':
      return Buffer.from(inner as string, 'base64');
    case '$datetime':
      return new neo4j.types.DateTime(
        num(f.year),
        num(f.month),
        num(f.day),
        num(f.hour),
        num(f.minute),
        num(f.second),
        num(f.nanosecond),
        f.timeZoneOffsetSeconds === undefined || f.timeZoneOffsetSeconds === null ? undefined : num(f.timeZoneOffsetSeconds),
        (f.timeZoneId as string | null) ?? undefined,
      );
    case '$localdatetime':
      return new neo4j.types.LocalDateTime(
        num(f.year),
        num(f.month),
        num(f.day),
        num(f.hour),
        num(f.minute),
        num(f.second),
        num(f.nanosecond),
      );
    case '$date':
      return new neo4j.types.Date(num(f.year), num(f.month), num(f.day));
    case '$time':
      return new neo4j.types.Time(num(f.hour), num(f.minute), num(f.second), num(f.nanosecond), num(f.timeZoneOffsetSeconds));
    case '$localtime':
      return new neo4j.types.LocalTime(num(f.hour), num(f.minute), num(f.second), num(f.nanosecond));
    case '$duration':
      return new neo4j.types.Duration(num(f.months), num(f.days), num(f.seconds), num(f.nanoseconds));
    default:
      throw new Error(`restore: unknown value type ${key}`);
  }
}

export function encodeProps(props: Record<string, unknown>): Record<string, Encoded> {
  const out: Record<string, Encoded> = {};
  for (const [k, v] of Object.entries(props)) out[k] = encodeValue(v);
  return out;
}

function decodeProps(props: Record<string, Encoded>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = decodeValue(v);
  return out;
}

export interface BackupReport {
  nodes: number;
  relationships: number;
}

const PAGE = 5000;

/** Writes the whole graph to `path`, read in one transaction so that it is one consistent state. */
export function backup(driver: Driver, path: string, database?: string): Promise<BackupReport> {
  return backupTo(driver, createWriteStream(path, { encoding: 'utf8' }), { database });
}

export interface BackupOptions {
  database?: string;
  /**
   * Labels whose nodes (and their relationships) stay out of the file. The app's download leaves
   * out `Session`: sign-in sessions hold other persons' tokens, and are no part of the landscape.
   */
  without?: readonly string[];
}

/** The whole graph, as `backup` writes it, to any stream (ended when done). */
export async function backupTo(driver: Driver, out: Writable, { database, without = [] }: BackupOptions = {}): Promise<BackupReport> {
  const write = async (line: unknown) => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  };
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  const tx = session.beginTransaction();
  try {
    const kept = { without: [...without] };
    const [counts] = (
      await tx.run(
        `CALL () { MATCH (n) WHERE NOT any(l IN labels(n) WHERE l IN $without) RETURN count(n) AS nodes }
         CALL () { MATCH (a)-[r]->(b) WHERE NOT any(l IN labels(a) + labels(b) WHERE l IN $without) RETURN count(r) AS relationships }
         RETURN nodes, relationships`,
        kept,
      )
    ).records;
    const nodes = Number(counts?.get('nodes') ?? 0);
    const relationships = Number(counts?.get('relationships') ?? 0);
    await write({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), nodes, relationships });
    // Nodes get a number in the file; relationships name their ends by it.
    const number = new Map<string, number>();
    for (let skip = 0; ; skip += PAGE) {
      const page = await tx.run(
        `MATCH (n) WHERE NOT any(l IN labels(n) WHERE l IN $without)
         RETURN elementId(n) AS e, labels(n) AS labels, properties(n) AS props ORDER BY elementId(n) SKIP $skip LIMIT $limit`,
        { ...kept, skip: neo4j.int(skip), limit: neo4j.int(PAGE) },
      );
      for (const r of page.records) {
        number.set(r.get('e'), number.size);
        await write({ n: number.size - 1, labels: (r.get('labels') as string[]).sort(), props: encodeProps(r.get('props')) });
      }
      if (page.records.length < PAGE) break;
    }
    for (let skip = 0; ; skip += PAGE) {
      const page = await tx.run(
        `MATCH (a)-[r]->(b) WHERE NOT any(l IN labels(a) + labels(b) WHERE l IN $without)
         RETURN elementId(a) AS a, type(r) AS type, elementId(b) AS b, properties(r) AS props ORDER BY elementId(r) SKIP $skip LIMIT $limit`,
        { ...kept, skip: neo4j.int(skip), limit: neo4j.int(PAGE) },
      );
      for (const r of page.records)
        await write({ r: r.get('type'), from: number.get(r.get('a')), to: number.get(r.get('b')), props: encodeProps(r.get('props')) });
      if (page.records.length < PAGE) break;
    }
    await tx.commit();
    out.end();
    await once(out, 'finish');
    return { nodes, relationships };
  } catch (err) {
    out.destroy();
    await tx.rollback().catch(() => undefined);
    throw err;
  } finally {
    await session.close();
  }
}

export class RestoreError extends Error {
  override name = 'RestoreError';
}

/**
 * Restores a backup into an empty database, in one transaction: a broken or cut file restores
 * nothing. Nodes are created with a temporary number (indexed for the relationships), which is
 * removed before the commit.
 */
export async function restore(driver: Driver, path: string, database?: string): Promise<BackupReport> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    const [existing] = (await session.run('MATCH (n) RETURN count(n) AS n')).records;
    if (Number(existing?.get('n') ?? 0) > 0) {
      throw new RestoreError(
        'Die Datenbank ist nicht leer; eine Sicherung wird nur in eine leere Datenbank zurückgespielt. / The database is not empty; a backup is restored into an empty database only.',
      );
    }
    await session.run('CREATE INDEX restore_number IF NOT EXISTS FOR (n:RestoreNumber) ON (n.restoreNumber)');
    await session.run('CALL db.awaitIndexes(300)');
    const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Number.POSITIVE_INFINITY });
    const tx = session.beginTransaction();
    let header: { format?: string; version?: number; nodes?: number; relationships?: number } | null = null;
    let nodes: Record<string, unknown>[] = [];
    let rels: Record<string, unknown>[] = [];
    let nodeCount = 0;
    let relCount = 0;
    const createNodes = async () => {
      if (!nodes.length) return;
      // Labels are set per label set: Cypher takes dynamic labels as a list.
      await tx.run('UNWIND $rows AS row CREATE (n:RestoreNumber) SET n = row.props, n.restoreNumber = row.n SET n:$(row.labels)', {
        rows: nodes,
      });
      nodeCount += nodes.length;
      nodes = [];
    };
    const createRels = async () => {
      if (!rels.length) return;
      await tx.run(
        'UNWIND $rows AS row MATCH (a:RestoreNumber {restoreNumber: row.from}), (b:RestoreNumber {restoreNumber: row.to}) CREATE (a)-[r:$(row.type)]->(b) SET r = row.props',
        { rows: rels },
      );
      relCount += rels.length;
      rels = [];
    };
    try {
      for await (const line of lines) {
        if (line.trim() === '') continue;
        const entry = JSON.parse(line) as Record<string, unknown>;
        if (header === null) {
          header = entry;
          if (header.format !== BACKUP_FORMAT || header.version !== BACKUP_VERSION)
            throw new RestoreError(
              `Keine Netzwerkatlas-Sicherung (Format ${BACKUP_FORMAT} ${BACKUP_VERSION}). / Not a Netzwerkatlas backup.`,
            );
          continue;
        }
        if ('n' in entry) {
          nodes.push({ n: neo4j.int(entry.n as number), labels: entry.labels, props: decodeProps(entry.props as Record<string, Encoded>) });
          if (nodes.length >= PAGE) await createNodes();
        } else {
          await createNodes();
          rels.push({
            type: entry.r,
            from: neo4j.int(entry.from as number),
            to: neo4j.int(entry.to as number),
            props: decodeProps(entry.props as Record<string, Encoded>),
          });
          if (rels.length >= PAGE) await createRels();
        }
      }
      await createNodes();
      await createRels();
      if (header === null || nodeCount !== header.nodes || relCount !== header.relationships) {
        throw new RestoreError(
          `Die Sicherung ist unvollständig (${nodeCount} von ${header?.nodes ?? '?'} Knoten, ${relCount} von ${header?.relationships ?? '?'} Beziehungen); nichts wurde zurückgespielt. / The backup is incomplete; nothing was restored.`,
        );
      }
      await tx.run('MATCH (n:RestoreNumber) REMOVE n:RestoreNumber, n.restoreNumber');
      await tx.commit();
    } catch (err) {
      await tx.rollback().catch(() => undefined);
      throw err;
    }
    await session.run('DROP INDEX restore_number IF EXISTS');
    return { nodes: nodeCount, relationships: relCount };
  } finally {
    await session.close();
  }
}
