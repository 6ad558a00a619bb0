/**
 * Bytes → text for real French files: a BOM says the encoding (UTF-8, UTF-16); otherwise the bytes must
 * be valid UTF-8, or they are read as Windows-1252 (what Excel "CSV (séparateur : point-virgule)"
 * writes). Works chunk by chunk so a 100 MB download is decoded as it arrives. Decide only on the first
 * non-ASCII bytes: until then both readings give the same text, so a file whose first accent comes after
 * megabytes of ASCII is still read right. Runs in a browser: Node 20's windows-1252 decoder is wrong.
 */
import { DataSourceError } from './errors.js';
import { makeIssue, type DataIssue } from './issues.js';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodeResult {
  text: string;
  encoding: TextEncodingName;
  warnings: DataIssue[];
}

/**
 * Text UTF-8 decoded as Windows-1252 then saved again: "Ã©" for é, "â€™" for ’. Very rare in real
 * French text otherwise ("Ã" followed by a Latin-1 symbol or a 1252 punctuation sign).
 */
const MOJIBAKE = /Ã[\u00A0-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u2026\u2030\u2039\u203A\u20AC\u2122]|â€[\u2122\u0153\u02DC\u201C\u201D\u2018\u2019\u00A6\u00A2\u0161\u0178\u00A0\u00B0\u00A1\u00B9]/g;
const SAMPLE = 40;

/** Signatures of files that are surely not text (office files, images, archives, PDF). */
const MAGIC: number[][] = [
  [0x50, 0x4b, 0x03, 0x04], // zip, xlsx, ods
  [0xd0, 0xcf, 0x11, 0xe0], // xls
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0xff, 0xd8, 0xff], // JPEG
  [0x1f, 0x8b], // gzip
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function sampleAround(text: string, index: number): string {
  const start = Math.max(0, text.lastIndexOf('\n', index) + 1, index - SAMPLE / 2);
  let end = text.indexOf('\n', index);
  if (end < 0 || end > index + SAMPLE / 2) end = Math.min(text.length, index + SAMPLE / 2);
  return text.slice(start, end).trim();
}

/** UTF-16 without BOM: one byte of each pair is NUL for Latin text. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.4 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.4 && odd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

type State = 'start' | 'undecided' | 'utf-8' | 'single' | 'utf-16';

/**
 * Incremental decoder: `write(chunk)` returns the text decoded so far (possibly ''), `end()` the rest.
 * Throws `DataSourceError('binary')` on a file that is surely not text.
 */
export class StreamDecoder {
  private state: State = 'start';
  private held: Uint8Array = new Uint8Array(0);
  private decoder: TextDecoder | undefined;
  private bom = false;
  private fatalFailed = false;
  private encodingName: TextEncodingName = 'utf-8';
  private nul = 0;
  private invalid = 0;
  private replacement = 0;
  private replacementSample = '';
  private mojibake = 0;
  private mojibakeSample = '';
  private utf16NoBom = false;
  /** Bytes written so far. */
  bytesIn = 0;

  get encoding(): TextEncodingName {
    return this.encodingName;
  }

  write(chunk: Uint8Array): string {
    this.bytesIn += chunk.length;
    return this.scan(this.decodeChunk(chunk, false));
  }

  end(): string {
    return this.scan(this.decodeChunk(new Uint8Array(0), true));
  }

  /** Encoding remarks (fallback, mixed encodings, accents destroyed before we got the file). */
  warnings(): DataIssue[] {
    const out: DataIssue[] = [];
    if (this.encodingName === 'windows-1252') out.push(makeIssue(this.bom ? 'bom-mismatch' : 'encoding-fallback'));
    if (this.utf16NoBom) out.push(makeIssue('utf16-no-bom'));
    if (this.invalid > 0) out.push(makeIssue('invalid-utf8', { count: this.invalid }));
    if (this.replacement > 0) out.push(makeIssue('replacement-chars', { count: this.replacement, sample: this.replacementSample }));
    if (this.mojibake > 0) out.push(makeIssue('mojibake', { count: this.mojibake, sample: this.mojibakeSample }));
    if (this.nul > 0) out.push(makeIssue('nul-bytes', { count: this.nul }));
    return out;
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
      bytes = this.start(bytes);
    }
    if (this.state === 'undecided') return this.undecided(bytes, last);
    if (this.state === 'single' || this.state === 'utf-16') return this.decoder!.decode(bytes, { stream: !last });
    return this.utf8(bytes, last);
  }

  private start(bytes: Uint8Array): Uint8Array {
    if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
      this.bom = true;
      this.encodingName = 'utf-8-bom';
      this.state = 'undecided';
      return bytes.subarray(3);
    }
    for (const [name, mark] of [['utf-16le', [0xff, 0xfe]], ['utf-16be', [0xfe, 0xff]]] as const) {
      if (startsWith(bytes, mark)) {
        this.useUtf16(name);
        return bytes.subarray(2);
      }
    }
    if (MAGIC.some((m) => startsWith(bytes, m))) throw new DataSourceError('binary');
    const utf16 = sniffUtf16(bytes);
    if (utf16) {
      this.utf16NoBom = true;
      this.useUtf16(utf16);
      return bytes;
    }
    // Many NUL bytes in what is not UTF-16: a binary file (a few are tolerated and removed).
    let nul = 0;
    const n = Math.min(bytes.length, 4096);
    for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
    if (nul > 8 && nul > n * 0.1) throw new DataSourceError('binary');
    this.state = 'undecided';
    return bytes;
  }

  private useUtf16(name: 'utf-16le' | 'utf-16be'): void {
    this.state = 'utf-16';
    this.encodingName = name;
    this.decoder = new TextDecoder(name, { ignoreBOM: true });
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
        this.invalid += countChar(mixed, '\uFFFD');
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
        const text = this.decoder.decode(bytes, { stream: !last });
        this.invalid += countChar(text, '\uFFFD');
        return text;
      }
    }
    const text = this.decoder!.decode(bytes, { stream: !last });
    this.invalid += countChar(text, '\uFFFD');
    return text;
  }

  /** Counts what the source already broke (U+FFFD, mojibake) and removes NUL characters. */
  private scan(text: string): string {
    if (text.length === 0) return text;
    if (!this.fatalFailed) {
      const i = text.indexOf('\uFFFD');
      if (i >= 0) {
        if (!this.replacementSample) this.replacementSample = sampleAround(text, i);
        this.replacement += countChar(text, '\uFFFD');
      }
    }
    if (text.includes('Ã') || text.includes('â€')) {
      MOJIBAKE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = MOJIBAKE.exec(text))) {
        if (!this.mojibakeSample) this.mojibakeSample = sampleAround(text, m.index);
        this.mojibake++;
      }
    }
    if (text.includes('\0')) {
      const n = countChar(text, '\0');
      this.nul += n;
      text = text.replaceAll('\0', '');
    }
    return text;
  }
}

/** More well-formed multi-byte UTF-8 sequences than bytes that fit none. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    let ok = need > 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need;
    } else invalid++;
  }
  return valid > invalid;
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Decodes a whole file. Throws `DataSourceError('binary')` on a file that is surely not text. */
export function decode(bytes: Uint8Array): DecodeResult {
  const decoder = new StreamDecoder();
  const text = decoder.write(bytes) + decoder.end();
  return { text, encoding: decoder.encoding, warnings: decoder.warnings() };
}
