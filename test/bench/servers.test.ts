import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { client } from './servers';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A GraphQL endpoint that drops the connection of the requests whose number is in `drop` (1-based). */
async function flaky(drop: number[]): Promise<{ url: string; requests: () => number }> {
  let requests = 0;
  server = createServer((req, res) => {
    requests += 1;
    if (drop.includes(requests)) return void req.socket.destroy();
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { n: requests } }));
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, requests: () => requests };
}

describe('bench client', () => {
  it('asks once more when the connection is dropped, and answers from the second attempt', async () => {
    const endpoint = await flaky([1]);
    expect(await client(endpoint.url)('{ n }')).toEqual({ n: 2 });
    expect(endpoint.requests()).toBe(2);
  });

  it('gives up after the second attempt and says why', async () => {
    const endpoint = await flaky([1, 2, 3]);
    await expect(client(endpoint.url)('{ n }')).rejects.toThrow(/fetch failed: (ECONNRESET|UND_ERR_SOCKET)/);
    expect(endpoint.requests()).toBe(2);
  });
});
