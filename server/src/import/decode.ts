// Text from the bytes of an uploaded file: UTF-8 with or without byte-order mark, or
// Windows-1252 as a German Excel writes "CSV (Trennzeichen-getrennt)". Nothing else is guessed:
// a file that is neither is refused with a message, never read as mojibake.

export type Encoding = 'utf-8' | 'windows-1252';

const BOM = [0xef, 0xbb, 0xbf];
/** 0x81, 0x8d, 0x8f, 0x90, 0x9d are unassigned in Windows-1252 (decoded to the same code points). */
const UNASSIGNED_1252 = /[\u0081\u008d\u008f\u0090\u009d]/;

function hasBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && BOM.every((b, i) => bytes[i] === b);
}

/**
 * Decodes a whole file. UTF-8 is tried first and strictly (an invalid sequence is not UTF-8);
 * otherwise Windows-1252, whose every byte but five unassigned ones is a character.
 */
export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const body = hasBom(bytes) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(body);
    // Such a file is binary or in another encoding; reading it would put wrong letters into names.
    if (UNASSIGNED_1252.test(text)) throw new UnreadableEncodingError();
    return { text, encoding: 'windows-1252' };
  }
}

/**
 * A streaming decoder for large files: decides the encoding on the first chunk (a file that
 * starts as valid UTF-8 but breaks later is refused at that point, not silently switched).
 */
export class StreamDecoder {
  private decoder: TextDecoder | null = null;
  encoding: Encoding | null = null;
  private first = true;

  write(chunk: Uint8Array): string {
    let bytes = chunk;
    if (this.first) {
      this.first = false;
      if (hasBom(bytes)) bytes = bytes.subarray(3);
      this.encoding = looksLikeUtf8(bytes) ? 'utf-8' : 'windows-1252';
      this.decoder = new TextDecoder(this.encoding, { fatal: this.encoding === 'utf-8' });
    }
    let text: string;
    try {
      text = (this.decoder as TextDecoder).decode(bytes, { stream: true });
    } catch {
      throw new UnreadableEncodingError();
    }
    if (this.encoding === 'windows-1252' && UNASSIGNED_1252.test(text)) throw new UnreadableEncodingError();
    return text;
  }

  end(): string {
    try {
      return this.decoder?.decode() ?? '';
    } catch {
      throw new UnreadableEncodingError();
    }
  }
}

/** Whether a chunk is valid UTF-8, allowing one sequence cut at its end. */
function looksLikeUtf8(bytes: Uint8Array): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    decoder.decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

export class UnreadableEncodingError extends Error {
  override name = 'UnreadableEncodingError';
  constructor() {
    super('Die Datei ist weder UTF-8 noch Windows-1252 (Excel-CSV). / The file is neither UTF-8 nor Windows-1252 (Excel CSV).');
  }
}
