import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';
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
    { from: 'org:stadt-koeln', type: 'MEMBER_OF', to: 'network:dvnw', since: '2024', until: '2026-04-30', synthetic: true },
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
      { organisation: 'org:stadt-koeln', network: 'network:dvnw', type: 'MEMBER_OF', since: '2024', until: '2026-04-30', synthetic: true },
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

  it('GEXF opens in graphology with dynamics and provenance, and is valid against the GEXF 1.3 schema', async () => {
    const xml = toGexf(data, { title: 'Test', date: '2026-12-04' });
    const g = gexf.parse(Graph, xml);
    expect(g.order).toBe(5);
    expect(g.size).toBe(4);
    expect(g.getNodeAttribute('network:sub', 'label')).toBe('Unter & <Netz>');
    expect(xml).toContain('start="2024-01-01" end="2026-04-30"');
    expect(xml).toContain('xmlns="http://gexf.net/1.3"');
    const xsd = resolve(repoRoot, 'test/fixtures/gexf-1.3/gexf.xsd');
    if (existsSync(xsd)) {
      const file = join(await mkdtemp(join(tmpdir(), 'gexf-')), 'x.gexf');
      await writeFile(file, xml);
      const lint = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
      expect(lint.stderr).toMatch(/validates/);
    }
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
