// The GEXF and GraphML exports of the whole demo landscape (persons included) open in
// graphology's parsers with every node and edge, and are valid against the formats' published
// schemas (test/helpers/xmlSchemas.ts says where those come from).

import { exportData } from '@netzwerkatlas/server/export/data';
import { toGexf, toGraphml } from '@netzwerkatlas/server/export/graphs';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../helpers/api.js';
import { gexfErrors, graphmlErrors } from '../helpers/xmlSchemas.js';

const db = testDb();
afterAll(() => db.close());

let data: Awaited<ReturnType<typeof exportData>>;
let nodes: number;
beforeAll(async () => {
  data = await exportData(db, 'ALL');
  nodes = data.networks.length + data.organisations.length + data.persons.length;
});

describe('graph exports against their schemas', () => {
  it('exports something worth checking: networks, organisations, persons and relations of every kind', () => {
    expect(data.networks.length).toBeGreaterThan(10);
    expect(data.persons.length).toBeGreaterThan(10);
    expect(new Set(data.relations.map((r) => r.type)).size).toBeGreaterThan(1);
  });

  it('GraphML is valid GraphML 1.0 and opens with every node', async () => {
    const xml = toGraphml(data);
    expect(await graphmlErrors(xml)).toEqual([]);
    const g = graphml.parse(Graph, xml);
    expect(g.order).toBe(nodes);
    expect(g.size).toBeGreaterThanOrEqual(data.relations.length);
  });

  it('GEXF is valid against the GEXF schema, in the 1.3 namespace, and opens with every node', async () => {
    const xml = toGexf(data, { title: 'Netzwerkatlas', date: '2026-12-04' });
    expect(xml).toMatch(/<gexf xmlns="http:\/\/gexf\.net\/1\.3"[^>]* version="1\.3"/);
    expect(await gexfErrors(xml)).toEqual([]);
    const g = gexf.parse(Graph, xml);
    expect(g.order).toBe(nodes);
    expect(g.size).toBeGreaterThanOrEqual(data.relations.length);
  });

  it('the checks can fail: a GraphML edge without a target and a GEXF node without an id are refused', async () => {
    const graphmlXml = toGraphml(data).replace(/(<edge\b[^>]*?) target="[^"]*"/, '$1');
    expect((await graphmlErrors(graphmlXml)).length).toBeGreaterThan(0);
    const gexfXml = toGexf(data, { title: 'x', date: '2026-12-04' }).replace(/(<node) id="[^"]*"/, '$1');
    expect((await gexfErrors(gexfXml)).length).toBeGreaterThan(0);
  });
});
