/**
 * The rules of `decodeText`, chunk by chunk, so that a 100 MB download is decoded as it arrives; and
 * two more checks for arbitrary files (UTF-16 without BOM, binary files full of NUL bytes).
 * Decides on the first non-ASCII bytes: until then both readings (UTF-8, Windows-1252) give the same
 * text, so a file whose first accent comes after megabytes of ASCII is still read right. The decision
 * looks at the 64 kB from the first non-ASCII byte (the whole rest of a smaller file, so that the
 * result is `decodeText`'s), however the file is cut into chunks: the text, the encoding and the
 * warnings' counts never depend on where the chunks end (a UTF-8 sequence cut in two is kept until its
 * end arrives; no byte is lost).
 * A module of its own: a whole-file reader (the venue finder's worker) does not carry it.
 */
import { addDamage, BinaryFileError, continuationsAfter, countChar, MOJIBAKE, mostlyUtf8, sampleAround, scanDamage, sniffStart, warningsOf, type Damage, type DecodeWarning, type Start, type TextEncodingName } from './decode.js';

/**
 * `start`: fewer bytes than the sniff needs; `ascii`: only ASCII so far; `deciding`: a non-ASCII byte
 * seen, waiting for the bytes the decision needs; then the encoding.
 */
type State = 'start' | 'ascii' | 'deciding' | 'utf-8' | 'single' | 'utf-16';

/** Bytes the start of a file is judged on (`sniffFullStart` looks at up to 4096 bytes). */
const SNIFF_BYTES = 4096;
/** Bytes from the first non-ASCII byte on which UTF-8 or Windows-1252 is decided. */
const DECIDE_BYTES = 1 << 16;
const EMPTY = new Uint8Array(0);

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
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let nul = 0;
  for (let i = 0; i < n; i++) if (!bytes[i]) nul++;
  if (nul > 8 && nul > n * 0.1) throw new BinaryFileError();
  return start;
}

/**
 * How many bytes at the end of `bytes` start a UTF-8 sequence that is not complete yet but may still be
 * valid (0–3): exactly what a streaming `TextDecoder` keeps for the next call (WHATWG UTF-8 decoder).
 */
export function incompleteUtf8Tail(bytes: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= bytes.length; k++) {
    const b = bytes[bytes.length - k]!;
    if (b < 0x80) return 0;
    if (b < 0xc0) continue; // a continuation byte: look further back for the lead byte
    const need = continuationsAfter(b);
    // Complete (k = need + 1), or not a lead byte at all (need = 0): nothing to wait for.
    if (k > need) return 0;
    if (k >= 2) {
      // The second byte of E0, ED, F0, F4 sequences has a narrower range.
      const second = bytes[bytes.length - k + 1]!;
      if (second < (b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80) || second > (b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf)) return 0;
    }
    return k;
  }
  return 0;
}

function concatAll(pieces: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/**
 * Incremental decoder: `write(chunk)` returns the text decoded so far (possibly ''), `end()` the rest.
 * Throws `BinaryFileError` on a file that is surely not text.
 */
export class StreamDecoder {
  private state: State = 'start';
  /** Bytes kept while the start is sniffed or the encoding decided (copies: the caller may reuse its buffers). */
  private held: Uint8Array[] = [];
  private heldLength = 0;
  /** Strict UTF-8: the ASCII check, then the decoder of a file found to be valid UTF-8. */
  private readonly strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private decoder: TextDecoder | undefined;
  /** The bytes the strict streaming decoder keeps (an unfinished sequence), to hand over if it fails. */
  private unfinished: Uint8Array = EMPTY;
  /** The last two characters of text given, where a mojibake "Ã©" cut by a chunk end begins. */
  private seam = '';
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
    return this.scan(this.decodeChunk(chunk, false));
  }

  end(): string {
    return this.scan(this.decodeChunk(EMPTY, true));
  }

  /** Encoding remarks (fallback, mixed encodings, accents destroyed before we got the file). */
  warnings(): DecodeWarning[] {
    return warningsOf(this.encodingName, this.start, this.damage);
  }

  /** `scanDamage`, plus the mojibake that straddles the end of the previous text and the start of this one. */
  private scan(text: string): string {
    if (!text) return text;
    const seam = this.seam;
    if (seam.includes('Ã') || seam.includes('â')) {
      const around = seam + text.slice(0, 2);
      for (const m of around.matchAll(MOJIBAKE)) {
        const at = m.index!;
        if (at < seam.length && at + m[0].length > seam.length) addDamage(this.damage, 'mojibake', 1, () => sampleAround(around, at));
      }
    }
    this.seam = text.length >= 2 ? text.slice(-2) : (seam + text).slice(-2);
    // After decodeChunk: once the decoder replaces bad bytes, U+FFFD counts as invalid UTF-8.
    return scanDamage(text, this.damage, !this.fatalFailed);
  }

  private decodeChunk(chunk: Uint8Array, last: boolean): string {
    switch (this.state) {
      case 'start':
        return this.sniff(chunk, last);
      case 'ascii':
        return this.ascii(chunk, last);
      case 'deciding':
        return this.decide(chunk, last);
      case 'utf-8':
        return this.utf8(chunk, last);
      default:
        return this.decoder!.decode(chunk, { stream: !last });
    }
  }

  /** The kept bytes and `chunk` once there are at least `enough` of them (or at the end); else keeps `chunk`. */
  private hold(chunk: Uint8Array, enough: number, last: boolean): Uint8Array | undefined {
    if (!this.heldLength && (last || chunk.length >= enough)) return chunk;
    if (chunk.length) {
      this.held.push(chunk.slice());
      this.heldLength += chunk.length;
    }
    if (!last && this.heldLength < enough) return undefined;
    const bytes = this.held.length === 1 ? this.held[0]! : concatAll(this.held, this.heldLength);
    this.held = [];
    this.heldLength = 0;
    return bytes;
  }

  /** Enough bytes to see a BOM, a signature, UTF-16 patterns and NUL bytes (or everything there is). */
  private sniff(chunk: Uint8Array, last: boolean): string {
    const bytes = this.hold(chunk, SNIFF_BYTES, last);
    if (!bytes) return '';
    this.start = sniffFullStart(bytes);
    this.encodingName = this.start.encoding;
    const body = bytes.subarray(this.start.skip);
    if (this.encodingName.startsWith('utf-16')) {
      this.state = 'utf-16';
      this.decoder = new TextDecoder(this.encodingName, { ignoreBOM: true });
      return this.decoder.decode(body, { stream: !last });
    }
    this.state = 'ascii';
    return this.ascii(body, last);
  }

  /** Only ASCII so far: text as is, up to the first non-ASCII byte. */
  private ascii(bytes: Uint8Array, last: boolean): string {
    let text: string | undefined;
    try {
      text = this.strict.decode(bytes);
    } catch {
      // not valid UTF-8: surely not ASCII either
    }
    if (text !== undefined && text.length === bytes.length) return text;
    let p = 0;
    while (bytes[p]! < 0x80) p++;
    if (text !== undefined && (last || bytes.length - p > DECIDE_BYTES)) {
      // Valid UTF-8 to the end of the chunk, which holds all the bytes the decision looks at: UTF-8,
      // and this text is what `decide` would give (a valid chunk has no unfinished sequence at its end).
      this.state = 'utf-8';
      this.decoder = this.strict;
      return text;
    }
    this.state = 'deciding';
    const head = text === undefined ? this.strict.decode(bytes.subarray(0, p)) : text.slice(0, p);
    return head + this.decide(bytes.subarray(p), last);
  }

  /**
   * From the first non-ASCII byte: UTF-8 if the next 64 kB (or the rest of the file) are valid UTF-8,
   * or mostly so (a file pasted together from two exports: bad bytes replaced and counted); else
   * Windows-1252. A sequence cut by the 64 kB mark is left out of the judgement.
   */
  private decide(chunk: Uint8Array, last: boolean): string {
    const bytes = this.hold(chunk, DECIDE_BYTES + 1, last);
    if (!bytes) return '';
    let end = Math.min(bytes.length, DECIDE_BYTES);
    if (end < bytes.length) end -= incompleteUtf8Tail(bytes.subarray(0, end));
    const judged = bytes.subarray(0, end);
    let valid = true;
    try {
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(judged);
    } catch {
      valid = false;
    }
    if (valid || mostlyUtf8(judged)) {
      this.state = 'utf-8';
      if (valid) this.decoder = this.strict;
      else this.replaceBadBytes();
      return this.utf8(bytes, last);
    }
    // Not UTF-8: Windows-1252 (a single-byte superset of Latin-1 used by French Excel).
    this.state = 'single';
    this.encodingName = 'windows-1252';
    this.decoder = new TextDecoder('windows-1252');
    return this.decoder.decode(bytes, { stream: !last });
  }

  /**
   * UTF-8 with bytes that are not: a replacing decoder from now on, and U+FFFD already counted as in the
   * file is counted as invalid UTF-8, as `decodeText` does (wherever the chunks end).
   */
  private replaceBadBytes(): void {
    this.fatalFailed = true;
    this.decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    const found = this.damage.get('replacement-chars');
    if (found) {
      this.damage.delete('replacement-chars');
      addDamage(this.damage, 'invalid-utf8', found.count!);
    }
  }

  private utf8(bytes: Uint8Array, last: boolean): string {
    let head = '';
    if (!this.fatalFailed) {
      try {
        const text = this.decoder!.decode(bytes, { stream: !last });
        // What the decoder keeps: the end of `bytes` (a sequence is at most 4 bytes), or of the two.
        const tail = bytes.length >= 3 || !this.unfinished.length ? bytes : concatAll([this.unfinished, bytes], this.unfinished.length + bytes.length);
        const n = last ? 0 : incompleteUtf8Tail(tail);
        this.unfinished = n ? tail.slice(tail.length - n) : EMPTY;
        return text;
      } catch {
        // UTF-8 so far, then bytes that are not: a file of mixed encodings. Replace and warn; the
        // unfinished sequence the failed decoder kept goes first (nothing lost).
        const unfinished = this.unfinished;
        this.unfinished = EMPTY;
        this.replaceBadBytes();
        head = this.decoder!.decode(unfinished, { stream: true });
      }
    }
    const text = head + this.decoder!.decode(bytes, { stream: !last });
    addDamage(this.damage, 'invalid-utf8', countChar(text, '\uFFFD'));
    return text;
  }
}
