// Each network's row of the overlap matrix, stored once per load as text: "rank:shared" for
// every later network (in id order) it shares members with, comma-separated, e.g. "3:12,7:1".
// The heat map of all networks reads every row per request; as lists of integers they would
// cost the driver one object per number (over a hundred thousand at Germany scale), as text one
// string per row, and the text still reads in Neo4j Browser.

/** A row as the server uses it: the partners' ranks and the shared count with each. */
export interface MatrixPairs {
  partners: number[];
  shared: number[];
}

/** Encodes partner ranks and shared counts (same length, non-negative integers). */
export function encodeMatrixPairs(partners: readonly number[], shared: readonly number[]): string {
  if (partners.length !== shared.length) {
    throw new RangeError(`matrix row: ${partners.length} partners but ${shared.length} counts`);
  }
  const parts = new Array<string>(partners.length);
  for (let k = 0; k < partners.length; k++) {
    const p = partners[k] as number;
    const s = shared[k] as number;
    if (!Number.isSafeInteger(p) || p < 0 || !Number.isSafeInteger(s) || s < 0) {
      throw new RangeError(`matrix row: pair ${p}:${s} is not two non-negative integers`);
    }
    parts[k] = `${p}:${s}`;
  }
  return parts.join(',');
}

/**
 * Decodes a row, keeping the pairs that share at least `minShared` members. One pass over the
 * characters, no intermediate strings. Throws on anything but the encoded form.
 */
export function decodeMatrixPairs(text: string, minShared = 1): MatrixPairs {
  const partners: number[] = [];
  const shared: number[] = [];
  if (text.length === 0) return { partners, shared };
  let value = 0;
  let digits = 0;
  let partner = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 44; // a final ',' ends the last pair
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits += 1;
    } else if (c === 58 && partner < 0 && digits > 0) {
      partner = value;
      value = 0;
      digits = 0;
    } else if (c === 44 && partner >= 0 && digits > 0) {
      if (value >= minShared) {
        partners.push(partner);
        shared.push(value);
      }
      partner = -1;
      value = 0;
      digits = 0;
    } else {
      throw new SyntaxError(`matrix row: unexpected ${JSON.stringify(text[i] ?? 'end')} at ${i} of "${text.slice(0, 40)}"`);
    }
  }
  return { partners, shared };
}

/** A network of the matrix as both matrix statements read it. */
export interface MatrixNetworkRead {
  id: string;
  rank: number;
  name: string;
  shortName: string | null;
  size: number;
}

/** [rank of network a, ranks of its partners b (b's id > a's id), shared count with each]. */
export type MatrixRowRead = [number, number[], number[]];

/** The matrix as read, stored or live: its networks and one row per network with partners. */
export interface MatrixRead {
  networks: MatrixNetworkRead[];
  rows: MatrixRowRead[];
}
