/**
 * Bytes → text for real French files: a BOM says the encoding (UTF-8, UTF-16); otherwise the bytes must
 * be valid UTF-8, or they are read as Windows-1252 (what Excel "CSV (séparateur : point-virgule)"
 * writes). Files that are surely not text (office files, PDF, images, archives) are refused.
 * DOM-free and Lit-free: it runs in workers. Runs in a browser: Node 20's windows-1252 decoder is wrong.
 *
 * `decodeText` reads a whole file; it is written small because the venue finder's worker, which has a
 * size budget, carries it. `StreamDecoder` (./stream-decoder.ts) applies the same rules chunk by chunk,
 * plus two rare cases (UTF-16 without BOM, unknown binary files full of NUL bytes).
 */

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/**
 * What the decoder noticed: `encoding-fallback` (not UTF-8: read as Windows-1252), `bom-mismatch`
 * (a UTF-8 BOM on Windows-1252 bytes), `utf16-no-bom`, `invalid-utf8` (UTF-8 with stray bytes, replaced
 * by U+FFFD), `replacement-chars` (U+FFFD already in the file), `mojibake` ("Ã©": accents already
 * destroyed by an earlier wrong reading), `nul-bytes` (removed).
 */
export type DecodeWarningCode = 'encoding-fallback' | 'bom-mismatch' | 'utf16-no-bom' | 'invalid-utf8' | 'replacement-chars' | 'mojibake' | 'nul-bytes';

/** Plain data (crosses to and from workers); a UI words it in its own language from `code`. */
export interface DecodeWarning {
  code: DecodeWarningCode;
  /** How many times it happened. */
  count?: number;
  /** The first damaged line (trimmed to about 40 characters): show it as text only. */
  sample?: string;
}

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  warnings: DecodeWarning[];
}

/** The bytes are surely not text: a spreadsheet, a PDF, an image, an archive, or mostly NUL bytes. */
export class BinaryFileError extends Error {
  override readonly name = 'BinaryFileError';
  readonly code = 'binary';
}

/**
 * Text UTF-8 decoded as Windows-1252 then saved again: "Ã©" for é, "â€™" for ’. Very rare in real
 * French text otherwise ("Ã" followed by a Latin-1 symbol or a 1252 punctuation sign).
 */
export const MOJIBAKE = /Ã[\u00A0-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u2026\u2030\u2039\u203A\u20AC\u2122]|â€[\u2122\u0153\u02DC\u201C\u201D\u2018\u2019\u00A6\u00A2\u0161\u0178\u00A0\u00B0\u00A1\u00B9]/g;

/** First bytes (read as Latin-1) of files that are surely not text: zip (xlsx, ods), xls, PDF, PNG, GIF, JPEG, gzip. */
const BINARY = /^(PK\x03\x04|\xD0\xCF\x11\xE0|%PDF|\x89PNG|GIF8|\xFF\xD8\xFF|\x1F\x8B)/;

/** The damage kinds, in the order they are reported. */
const DAMAGE: readonly DecodeWarningCode[] = ['invalid-utf8', 'replacement-chars', 'mojibake', 'nul-bytes'];

/** What the first bytes (1 kB or more) say; `skip`: bytes of BOM. `utf-8` here means "UTF-8 or Windows-1252, to decide". */
export interface Start {
  encoding: TextEncodingName;
  skip: number;
}

/** Damage found so far, one warning per kind (its count grows, its sample is the first one). */
export type Damage = Map<DecodeWarningCode, DecodeWarning>;

export function countChar(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/** The line around `index`, at most about 40 characters. */
export function sampleAround(text: string, index: number): string {
  const end = text.indexOf('\n', index);
  return text.slice(Math.max(0, text.lastIndexOf('\n', index) + 1, index - 20), end < 0 ? index + 20 : Math.min(end, index + 20)).trim();
}

/** Reads the BOM and the signature of a file. Throws `BinaryFileError` on a file that is surely not text. */
export function sniffStart(bytes: Uint8Array): Start {
  const head = String.fromCharCode(...bytes.subarray(0, 4));
  if (head.startsWith('\xEF\xBB\xBF')) return { encoding: 'utf-8-bom', skip: 3 };
  if (head.startsWith('\xFF\xFE')) return { encoding: 'utf-16le', skip: 2 };
  if (head.startsWith('\xFE\xFF')) return { encoding: 'utf-16be', skip: 2 };
  if (BINARY.test(head)) throw new BinaryFileError();
  return { encoding: 'utf-8', skip: 0 };
}

/** How many continuation bytes follow `lead` in a well-formed UTF-8 sequence: 1–3, or 0 when it cannot lead one. */
export function continuationsAfter(lead: number): number {
  return lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
}

/** More well-formed multi-byte UTF-8 sequences than bytes that fit none. */
export function mostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const need = continuationsAfter(b);
    let ok = need > 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need;
    } else invalid++;
  }
  return valid > invalid;
}

/** Adds `count` to the warning `code`; `sample` is asked for the first one only. */
export function addDamage(damage: Damage, code: DecodeWarningCode, count: number, sample?: () => string): void {
  let warning = damage.get(code);
  if (!warning) damage.set(code, (warning = sample ? { code, count: 0, sample: sample() } : { code, count: 0 }));
  warning.count! += count;
}

/**
 * Counts what the source already broke (U+FFFD, mojibake) in decoded text and removes NUL characters.
 * `countReplacement`: false once the decoder itself put U+FFFD for bad bytes (counted as invalid UTF-8).
 */
export function scanDamage(text: string, damage: Damage, countReplacement: boolean): string {
  const i = text.indexOf('\uFFFD');
  if (countReplacement && i >= 0) addDamage(damage, 'replacement-chars', countChar(text, '\uFFFD'), () => sampleAround(text, i));
  for (const m of text.matchAll(MOJIBAKE)) addDamage(damage, 'mojibake', 1, () => sampleAround(text, m.index!));
  const nul = countChar(text, '\0');
  if (nul) addDamage(damage, 'nul-bytes', nul);
  return nul ? text.replaceAll('\0', '') : text;
}

/** The warnings, in a fixed order: the encoding first, then what is damaged. */
export function warningsOf(encoding: TextEncodingName, start: Start, damage: Damage): DecodeWarning[] {
  const out: DecodeWarning[] = [];
  if (encoding === 'windows-1252') out.push({ code: start.encoding === 'utf-8-bom' ? 'bom-mismatch' : 'encoding-fallback' });
  if (start.encoding.startsWith('utf-16') && !start.skip) out.push({ code: 'utf16-no-bom' });
  // Copies: a stream decoder goes on counting after its warnings were read.
  for (const code of DAMAGE) if (damage.get(code)?.count) out.push({ ...damage.get(code)! });
  return out;
}

/**
 * Decodes a whole file. Throws `BinaryFileError` on a file that is surely not text.
 * UTF-8 with a few stray bytes (two exports pasted together) stays UTF-8, with an `invalid-utf8` warning.
 * Two checks of `StreamDecoder` are left out to keep this small: UTF-16 without BOM, and unknown binary
 * files full of NUL bytes. Such a file reads as text whose NUL characters are removed and counted.
 */
export function decodeText(input: Uint8Array | ArrayBuffer): DecodedText {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const start = sniffStart(bytes);
  const body = bytes.subarray(start.skip);
  const damage: Damage = new Map();
  let encoding = start.encoding;
  let strict = true;
  let text = '';
  try {
    // UTF-16 (lone surrogates become U+FFFD, counted as in the file); else strict UTF-8 first.
    text = new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding, { fatal: !encoding.startsWith('utf-16'), ignoreBOM: true }).decode(body);
  } catch {
    if (mostlyUtf8(body)) {
      text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
      addDamage(damage, 'invalid-utf8', countChar(text, '\uFFFD'));
      strict = false;
    } else {
      // A single-byte superset of Latin-1 used by French Excel; 0x80–0x9F are € ’ œ …, not controls.
      text = new TextDecoder('windows-1252').decode(body);
      encoding = 'windows-1252';
    }
  }
  return { text: scanDamage(text, damage, strict), encoding, warnings: warningsOf(encoding, start, damage) };
}
