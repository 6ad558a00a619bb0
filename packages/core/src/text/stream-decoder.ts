/**
 * The rules of `decodeText`, chunk by chunk, so that a 100 MB download is decoded as it arrives; and
 * two more checks for arbitrary files (UTF-16 without BOM, binary files full of NUL bytes).
 * Decides only on the first non-ASCII bytes: until then both readings (UTF-8, Windows-1252) give the
 * same text, so a file whose first accent comes after megabytes of ASCII is still read right.
 * A module of its own: a whole-file reader (the venue finder's worker) does not carry it.
 */
import { addDamage, BinaryFileError, countChar, mostlyUtf8, scanDamage, sniffStart, warningsOf, type Damage, type DecodeWarning, type Start, type TextEncodingName } from './decode.js';

type State = 'start' | 'undecided' | 'utf-8' | 'single' | 'utf-16';

/**
 * The start of a file, with two checks `decodeText` leaves out (its size matters more than these rare
 * files): UTF-16 without BOM, and binary files without a known signature but full of NUL bytes.
 */
function sniffFullStart(bytes: Uint8Array): Start {
  const start = sniffStart(bytes);
  if (start.encoding !== 'utf-8') return start;
  // UTF-16 without BOM: one byte of each pair is NUL for Latin text.
  const pairs = Math.min(bytes.length, 1024) >> 1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    if (!bytes[2 * i]) even++;
    if (!bytes[2 * i + 1]) odd++;
  }
  if (pairs >= 2 && odd > pairs * 0.4 && even < pairs * 0.05) return { encoding: 'utf-16le', skip: 0 };
  if (pairs >= 2 && even > pairs * 0.4 && odd < pairs * 0.05) return { encoding: 'utf-16be', skip: 0 };
  // Many NUL bytes in what is not UTF-16: a binary file (a few are tolerated, removed and counted).
  const n = Math.min(bytes.length, 4096);
  const nul = bytes.subarray(0, n).filter((b) => !b).length;
  if (nul > 8 && nul > n * 0.1) throw new BinaryFileError();
  return start;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * Incremental decoder: `write(chunk)` returns the text decoded so far (possibly ''), `end()` the rest.
 * Throws `BinaryFileError` on a file that is surely not text.
 */
export class StreamDecoder {
  private state: State = 'start';
  private held: Uint8Array = new Uint8Array(0);
  private decoder: TextDecoder | undefined;
  private start: Start = { encoding: 'utf-8', skip: 0 };
  private fatalFailed = false;
  private encodingName: TextEncodingName = 'utf-8';
  private readonly damage: Damage = new Map();
  /** Bytes written so far. */
  bytesIn = 0;

  get encoding(): TextEncodingName {
    return this.encodingName;
  }

  write(chunk: Uint8Array): string {
    this.bytesIn += chunk.length;
    return scanDamage(this.decodeChunk(chunk, false), this.damage, !this.fatalFailed);
  }

  end(): string {
    return scanDamage(this.decodeChunk(new Uint8Array(0), true), this.damage, !this.fatalFailed);
  }

  /** Encoding remarks (fallback, mixed encodings, accents destroyed before we got the file). */
  warnings(): DecodeWarning[] {
    return warningsOf(this.encodingName, this.start, this.damage);
  }

  private decodeChunk(chunk: Uint8Array, last: boolean): string {
    let bytes = concat(this.held, chunk);
    this.held = new Uint8Array(0);
    if (this.state === 'start') {
      // Enough bytes to see a BOM, a signature and UTF-16 patterns (or everything there is).
      if (bytes.length < 1024 && !last) {
        this.held = bytes;
        return '';
      }
      this.start = sniffFullStart(bytes);
      bytes = bytes.subarray(this.start.skip);
      this.encodingName = this.start.encoding;
      if (this.encodingName.startsWith('utf-16')) {
        this.state = 'utf-16';
        this.decoder = new TextDecoder(this.encodingName, { ignoreBOM: true });
      } else {
        this.state = 'undecided';
      }
    }
    if (this.state === 'undecided') return this.undecided(bytes, last);
    if (this.state === 'single' || this.state === 'utf-16') return this.decoder!.decode(bytes, { stream: !last });
    return this.utf8(bytes, last);
  }

  /** Only ASCII seen so far: hold back a trailing partial sequence, then try strict UTF-8. */
  private undecided(bytes: Uint8Array, last: boolean): string {
    let cut = bytes.length;
    if (!last) {
      while (cut > 0 && bytes.length - cut < 3 && bytes[cut - 1]! >= 0x80) cut--;
      this.held = bytes.slice(cut);
    }
    const body = cut === bytes.length ? bytes : bytes.subarray(0, cut);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      if (mostlyUtf8(body)) {
        // UTF-8 with a few stray bytes (a file pasted together from two exports): keep UTF-8.
        this.state = 'utf-8';
        this.fatalFailed = true;
        this.decoder = new TextDecoder('utf-8', { ignoreBOM: true });
        const all = concat(body, this.held);
        this.held = new Uint8Array(0);
        const mixed = this.decoder.decode(all, { stream: !last });
        addDamage(this.damage, 'invalid-utf8', countChar(mixed, '\uFFFD'));
        return mixed;
      }
      // Not UTF-8: Windows-1252 (a single-byte superset of Latin-1 used by French Excel).
      this.state = 'single';
      this.encodingName = 'windows-1252';
      this.decoder = new TextDecoder('windows-1252');
      const all = concat(body, this.held);
      this.held = new Uint8Array(0);
      return this.decoder.decode(all, { stream: !last });
    }
    if (text.length !== body.length) {
      // A non-ASCII character decoded: this is UTF-8; go on with a streaming strict decoder.
      this.state = 'utf-8';
      this.decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    }
    return text;
  }

  private utf8(bytes: Uint8Array, last: boolean): string {
    if (!this.fatalFailed) {
      try {
        return this.decoder!.decode(bytes, { stream: !last });
      } catch {
        // UTF-8 so far, then bytes that are not: a file of mixed encodings. Replace and warn.
        this.fatalFailed = true;
        this.decoder = new TextDecoder('utf-8', { ignoreBOM: true });
      }
    }
    const text = this.decoder!.decode(bytes, { stream: !last });
    addDamage(this.damage, 'invalid-utf8', countChar(text, '\uFFFD'));
    return text;
  }
}
