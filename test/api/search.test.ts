// Search that forgives: compounds typed apart or whole, a letter left out, words joined by a
// hyphen in the name, and umlauts typed as ae/oe/ue find the right node, at the top.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type CountingDb, testDb } from '../helpers/api.js';

let db: CountingDb;
let gql: ReturnType<typeof api>;
beforeAll(() => {
  db = testDb();
  gql = api(db);
});
afterAll(() => db.close());

describe('search that forgives', () => {
  it.each([
    ['Vergabe netz', 'network:dvnw'],
    ['Vergbe', 'network:dvnw'],
    ['vergabenetzwerk', 'network:dvnw'],
    ['Vergabenetzwerk', 'network:dvnw'],
    ['KI Campus', 'network:ki-campus-polizei'],
    ['Koeln', 'org:stadt-koeln'],
    ['Köln', 'org:stadt-koeln'],
  ])('"%s" finds %s among the first three', async (query, id) => {
    const res = await gql(`query($q: String!) { search(query: $q, first: 3, types: [Network, Authority]) { node { id } } }`, { q: query });
    expect(res.errors).toBeUndefined();
    const ids = (res.data?.search ?? []).map((h: any) => h.node.id);
    expect(ids, `${query} -> ${ids.join(', ')}`).toContain(id);
  });

  it('a word that matches nothing finds nothing (the search forgives one letter, not any)', async () => {
    const res = await gql('{ search(query: "Qwxyzv", first: 5) { node { id } } }');
    expect(res.data?.search).toEqual([]);
  });
});
