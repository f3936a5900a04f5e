import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { create } from 'xmlbuilder2';
import type { ExportData } from './data.js';
import { toGexf, toGraphml } from './graphs.js';
import { toOrgJsonLd } from './org.js';
import { fromPopolo, toPopolo } from './popolo.js';
import { neutralise, tablesOf, toCsv, toXlsx } from './tables.js';

const data: ExportData = {
  networks: [
    { id: 'network:dvnw', name: 'Deutsches Vergabenetzwerk', shortName: 'DVNW', source: ['oefit-whitepaper'], synthetic: false },
    { id: 'network:sub', name: 'Unter & <Netz>', partOf: 'network:dvnw', synthetic: true },
  ],
  organisations: [
    { id: 'org:stadt-koeln', name: 'Stadt Köln', ags: '05315000', bundesland: 'DE-NW', authority: true, umbrella: false, synthetic: true },
    { id: 'org:bmi', name: '=BMI', authority: true, umbrella: true, source: ['oefit-whitepaper'], synthetic: false },
  ],
  relations: [
    { from: 'org:stadt-koeln', type: 'MEMBER_OF', to: 'network:dvnw', since: '2024', until: '2026-04', synthetic: true },
    { from: 'org:bmi', type: 'COORDINATES', to: 'network:sub', source: ['oefit-whitepaper'], synthetic: false },
  ],
  persons: [
    {
      id: 'person:a',
      name: 'Anna',
      authority: 'org:stadt-koeln',
      synthetic: true,
      participations: [{ network: 'network:dvnw', role: 'MEMBER', since: '2025-03-01', visibility: 'PUBLIC', synthetic: true }],
    },
  ],
};

describe('exports', () => {
  it('Popolo out and in again gives the same memberships', () => {
    const back = fromPopolo(JSON.parse(JSON.stringify(toPopolo(data))));
    expect(back.memberships).toEqual([
      { organisation: 'org:stadt-koeln', network: 'network:dvnw', type: 'MEMBER_OF', since: '2024', until: '2026-04', synthetic: true },
      { organisation: 'org:bmi', network: 'network:sub', type: 'COORDINATES', source: ['oefit-whitepaper'] },
    ]);
    expect(back.participations).toEqual([
      { person: 'person:a', network: 'network:dvnw', role: 'MEMBER', since: '2025-03-01', visibility: 'PUBLIC', synthetic: true },
    ]);
    expect(back.persons).toEqual([{ id: 'person:a', name: 'Anna', authority: 'org:stadt-koeln', synthetic: true }]);
    expect(back.organisations.find((o) => o.id === 'org:stadt-koeln')).toMatchObject({
      ags: '05315000',
      bundesland: 'DE-NW',
      roles: ['AUTHORITY'],
    });
  });

  it('W3C ORG memberships carry member, organization, role and time', () => {
    const doc = toOrgJsonLd(data, 'urn:x:') as { '@graph': Record<string, unknown>[] };
    const m = doc['@graph'].find(
      (n) => n['@type'] === 'org:Membership' && (n['org:member'] as { '@id': string })['@id'] === 'urn:x:org%3Astadt-koeln',
    );
    expect(m).toMatchObject({
      'org:organization': { '@id': 'urn:x:network%3Advnw' },
      'org:memberDuring': { 'time:hasBeginning': { 'time:inXSDDateTimeStamp': '2024' } },
    });
  });

  // Validity against the GEXF and GraphML schemas: test/api/exportSchemas.test.ts.
  it('GEXF opens in graphology with dynamics and provenance; a year or month alone becomes the first or last day', () => {
    const xml = toGexf(data, { title: 'Test', date: '2026-12-04' });
    const g = gexf.parse(Graph, xml);
    expect(g.order).toBe(5);
    expect(g.size).toBe(4);
    expect(g.getNodeAttribute('network:sub', 'label')).toBe('Unter & <Netz>');
    expect(xml).toContain('start="2024-01-01" end="2026-04-30"');
    expect(xml).toContain('xmlns="http://gexf.net/1.3"');
    // Parsed, not matched as text (the schema check is test/api/exportSchemas.test.ts): the root
    // in the GEXF 1.3 namespace, every element in it, and every attribute value naming an
    // attribute declared for its class, which the schema leaves to the reader.
    const root = create(xml).root().node as unknown as Element;
    expect([root.namespaceURI, root.localName, root.getAttribute('version')]).toEqual(['http://gexf.net/1.3', 'gexf', '1.3']);
    const elements = Array.from(root.getElementsByTagName('*'));
    expect(elements.filter((el) => el.namespaceURI !== 'http://gexf.net/1.3').map((el) => el.tagName)).toEqual([]);
    const declared = new Set(
      Array.from(root.getElementsByTagName('attribute')).map(
        (a) => `${(a.parentNode as Element).getAttribute('class')}:${a.getAttribute('id')}`,
      ),
    );
    const used = Array.from(root.getElementsByTagName('attvalue')).map(
      (v) => `${(v.parentNode?.parentNode as Element | null)?.localName}:${v.getAttribute('for')}`,
    );
    expect(used.length).toBe(3 * (5 + 4));
    expect(used.filter((u) => !declared.has(u))).toEqual([]);
    // The round trip keeps the attributes: kind and synthetic of nodes, type and dates of edges.
    expect(g.getNodeAttributes('org:stadt-koeln')).toMatchObject({ kind: 'authority', synthetic: true });
    expect(g.getNodeAttribute('org:bmi', 'source')).toBe('oefit-whitepaper');
    const membership = g.findEdge((_e, _a, s, t) => s === 'org:stadt-koeln' && t === 'network:dvnw');
    expect(membership && g.getEdgeAttributes(membership)).toMatchObject({ type: 'MEMBER_OF', synthetic: true });
  });

  it('GraphML opens in graphology with every node and edge', () => {
    const g = graphml.parse(Graph, toGraphml(data));
    expect(g.order).toBe(5);
    expect(g.size).toBe(4);
    expect(g.getNodeAttribute('org:bmi', 'kind')).toBe('authority');
  });

  it('neutralises formulas in CSV and XLSX, and writes CSV for a German Excel', async () => {
    expect(['=1', '+1', '-1', '@x', '\tx', '\rx', 'a=b', 5].map(neutralise)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@x",
      "'\tx",
      "'\rx",
      'a=b',
      5,
    ]);
    const tables = tablesOf(data);
    const orgs = tables.find((t) => t.name === 'Organisationen');
    const csv = toCsv(orgs as NonNullable<typeof orgs>);
    expect(csv.startsWith('\ufeffKennung;Name;')).toBe(true);
    expect(csv).toContain("org:bmi;'=BMI;");
    const file = join(await mkdtemp(join(tmpdir(), 'xlsx-')), 'x.xlsx');
    await writeFile(file, await toXlsx(tables));
    const sheets = (await readExcelFile(file)) as { sheet: string; data: unknown[][] }[];
    expect(sheets.map((s) => s.sheet)).toEqual(['Netzwerke', 'Organisationen', 'Mitgliedschaften', 'Personen', 'Teilnahmen']);
    expect(sheets[1]?.data[2]?.[1]).toBe("'=BMI");
  });
});
