// A raw HTTP POST that keeps the body as sent: the encoding the server chose and the bytes on
// the wire (fetch would decompress them). Used by the API tests and the landscape benchmark.

import { request } from 'node:http';

export function postRaw(url: string, payload: string, acceptEncoding: string): Promise<{ encoding: string | undefined; bytes: Buffer }> {
  return new Promise((done, fail) => {
    const req = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding, 'content-length': Buffer.byteLength(payload) },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end(payload);
  });
}
