// Raw HTTP requests that keep the body as sent: the status, the headers (the encoding the server
// chose, ETag, …) and the bytes on the wire (fetch would decompress them). Used by the API tests
// and the landscape benchmark.

import { type IncomingHttpHeaders, request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  encoding: string | undefined;
  bytes: Buffer;
}

export function requestRaw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const headers = {
      ...options.headers,
      ...(options.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(options.body)) }),
    };
    const req = request(url, { method: options.method ?? 'GET', headers });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          headers: res.headers,
          encoding: res.headers['content-encoding'],
          bytes: Buffer.concat(chunks),
        }),
      );
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

export function postRaw(url: string, payload: string, acceptEncoding: string): Promise<RawResponse> {
  return requestRaw(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding },
    body: payload,
  });
}

/** A GraphQL query as a GET URL (the GraphQL-over-HTTP form the answer cache serves). */
export function getUrl(endpoint: string, query: string, variables?: Record<string, unknown>): string {
  const params = new URLSearchParams({ query });
  if (variables) params.set('variables', JSON.stringify(variables));
  return `${endpoint}?${params}`;
}

/** A persisted operation as a GET URL, as the web app sends it: its hash, never its text. */
export function persistedUrl(endpoint: string, hash: string, variables?: Record<string, unknown>): string {
  const params = new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }) });
  if (variables) params.set('variables', JSON.stringify(variables));
  return `${endpoint}?${params}`;
}

/** An answer read as text, and as JSON where it is JSON (null otherwise). */
export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] } | null;
}

/** A raw request whose answer is kept as text and, where it parses, as JSON. */
export async function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const raw = await requestRaw(url, options);
  const text = raw.bytes.toString('utf8');
  let json: Answer['json'] = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: left null
  }
  return { status: raw.status, headers: raw.headers, text, json };
}
