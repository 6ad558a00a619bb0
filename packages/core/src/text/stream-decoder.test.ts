import { expect } from '@open-wc/testing';
import { windows1252 } from '../../../../test/helpers/windows-1252.js';
import { decodeText, StreamDecoder, type DecodedText, type DecodeWarning } from './index.js';
import { incompleteUtf8Tail } from './stream-decoder.js';

/**
 * Property: the stream decoder gives the same text, encoding and warning counts however a file is cut
 * into chunks, and for these files the same as `decodeText` on the whole file.
 */

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const latin = (s: string): Uint8Array => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const join = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));
const BOM = Uint8Array.of(0xef, 0xbb, 0xbf);

async function shared(file: string): Promise<Uint8Array> {
  const response = await fetch(`/shared-data/scdl-subventions-real/${encodeURIComponent(file)}`);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Decodes `bytes` written in chunks that end at `cuts` (increasing positions). */
function decodeCut(bytes: Uint8Array, cuts: Iterable<number>): DecodedText {
  const decoder = new StreamDecoder();
  const parts: string[] = [];
  let at = 0;
  for (const cut of cuts) {
    if (cut <= at || cut >= bytes.length) continue;
    parts.push(decoder.write(bytes.subarray(at, cut)));
    at = cut;
  }
  parts.push(decoder.write(bytes.subarray(at)), decoder.end());
  return { text: parts.join(''), encoding: decoder.encoding, warnings: decoder.warnings() };
}

function* every(size: number, length: number): Generator<number> {
  for (let at = size; at < length; at += size) yield at;
}

/** Cuts at random chunk sizes (1 to `max` bytes), from a seeded generator (mulberry32): reproducible. */
function* randomCuts(seed: number, max: number, length: number): Generator<number> {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Mostly tiny chunks, some big ones: boundaries everywhere, and the 4 kB / 64 kB marks crossed.
  for (let at = 0; at < length; ) {
    at += 1 + Math.floor(next() ** 3 * max);
    yield at;
  }
}

/** A cut after every byte of a multi-byte sequence but its last: every UTF-8 sequence split everywhere. */
function* insideSequences(bytes: Uint8Array): Generator<number> {
  for (let i = 1; i < bytes.length; i++) if (bytes[i]! >= 0x80 && bytes[i]! < 0xc0) yield i;
}

/** A cut after every non-ASCII byte (splits Windows-1252 runs and UTF-8 sequences alike). */
function* afterNonAscii(bytes: Uint8Array): Generator<number> {
  for (let i = 1; i < bytes.length; i++) if (bytes[i - 1]! >= 0x80) yield i;
}

/** Warnings without their sample (the first damaged line may be cut at a chunk end: counts must match). */
const counts = (warnings: DecodeWarning[]): DecodeWarning[] => warnings.map(({ code, count }) => (count === undefined ? { code } : { code, count }));

function expectSame(actual: DecodedText, expected: DecodedText, label: string): void {
  // Cheap when equal (thousands of cuts per file); chai only says what differs.
  if (actual.text === expected.text && actual.encoding === expected.encoding && JSON.stringify(counts(actual.warnings)) === JSON.stringify(counts(expected.warnings))) return;
  // Text compared without chai's diff of megabyte strings.
  if (actual.text !== expected.text) {
    let i = 0;
    while (actual.text[i] === expected.text[i]) i++;
    expect(actual.text.slice(Math.max(0, i - 20), i + 20), `${label}: text at ${i}`).to.equal(expected.text.slice(Math.max(0, i - 20), i + 20));
  }
  expect(actual.encoding, `${label}: encoding`).to.equal(expected.encoding);
  expect(counts(actual.warnings), `${label}: warnings`).to.deep.equal(counts(expected.warnings));
}

/** Whole, then cut in all the ways above; `everyPosition`: also in two at every position. */
function checkSplits(bytes: Uint8Array, name: string, expected: DecodedText, everyPosition: boolean): void {
  expectSame(decodeCut(bytes, []), expected, `${name} whole`);
  const ways: [string, Iterable<number>][] = [
    ['inside every sequence', insideSequences(bytes)],
    ['after every non-ASCII byte', afterNonAscii(bytes)],
  ];
  for (const size of [1, 2, 3, 7, 1000, 4095, 4096, 4097, 65535, 65536, 65537]) ways.push([`chunks of ${size}`, every(size, bytes.length)]);
  for (const seed of [1, 2, 3, 4]) ways.push([`random chunks, seed ${seed}`, randomCuts(seed, seed % 2 ? 300 : 20_000, bytes.length)]);
  for (const [way, cuts] of ways) expectSame(decodeCut(bytes, cuts), expected, `${name}, ${way}`);
  if (everyPosition) for (let at = 1; at < bytes.length; at++) expectSame(decodeCut(bytes, [at]), expected, `${name} cut at ${at}`);
}

const FRENCH = 'nom;commune;tarif\nMédiathèque Aimé-Césaire;Besançon;Gratuit\nCœur d’Ardèche — l’Œuvre;Château-Thierry;5 €\nÀ la maison « ô » ç… 😀\n';

describe('text/stream-decoder: chunk ends change nothing', () => {
  it('finds the unfinished UTF-8 sequence a streaming TextDecoder keeps', () => {
    for (const [bytes, n] of [
      [[0x41], 0],
      [[0xc3], 1],
      [[0xc3, 0xa9], 0],
      [[0xe2, 0x82], 2],
      [[0xe2, 0x82, 0xac], 0],
      [[0xf0, 0x9f, 0x98], 3],
      [[0xf0, 0x9f, 0x98, 0x80], 0],
      [[0xe0, 0x80], 0], // E0 80: not a possible start, judged at once
      [[0xed, 0xa0], 0], // a surrogate
      [[0xf4, 0x90], 0], // above U+10FFFF
      [[0xc0], 0],
      [[0x80, 0x80, 0x80], 0],
      [[0x41, 0xe9], 1], // Windows-1252 "é": a lead byte, kept until the next byte says
    ] as const) {
      expect(incompleteUtf8Tail(Uint8Array.from(bytes)), bytes.join(' ')).to.equal(n);
    }
  });

  it('reads a run of accents cut by a chunk end as UTF-8 (was: Windows-1252, "Ã©")', () => {
    // Past the first 4 kB, where the old decoder judged each chunk on its own.
    const bytes = utf8(`${'a;b\n'.repeat(1100)}àéèêëîïôûüç;Mémé;Éléonore\n`);
    const whole = decodeText(bytes);
    expect(whole.encoding).to.equal('utf-8');
    const first = bytes.indexOf(0xc3);
    // The old decoder kept back 3 bytes at most: "à é" cut after "é" was judged on "à" + a lone C3.
    expect(decodeCut(bytes, [first + 4])).to.deep.equal(whole);
    for (const size of [1, 2, 3, 5, 7]) expect(decodeCut(bytes, every(size, bytes.length)), `chunks of ${size}`).to.deep.equal(whole);
    for (let at = first - 8; at < bytes.length; at++) expect(decodeCut(bytes, [at]), `cut at ${at}`).to.deep.equal(whole);
  });

  it('counts an invalid byte that ends a chunk (was: dropped)', () => {
    const bytes = join(utf8(`${'a;b\n'.repeat(1100)}Élodie\nBéziers\nSète\n`), latin('Orl\xe9ans\nS\xe8te\n'));
    const whole = decodeText(bytes);
    expect(whole.text.endsWith('Orl\uFFFDans\nS\uFFFDte\n')).to.equal(true);
    expect(whole.warnings).to.deep.equal([{ code: 'invalid-utf8', count: 2 }]);
    const e9 = bytes.indexOf(0xe9);
    // UTF-8 decided on "Élodie", then a chunk ends with the stray E9: the old decoder lost it ("Orlans").
    for (const cuts of [[e9 - 5, e9 + 1], [e9 + 1], [e9], [e9 - 5, e9 + 1, e9 + 2], [...every(1, bytes.length)]]) {
      expect(decodeCut(bytes, cuts), cuts.slice(0, 3).join()).to.deep.equal(whole);
    }
  });

  it('finds a mojibake "Ã©" cut by a chunk end', () => {
    const bytes = utf8(`${'a;b\n'.repeat(1100)}CafÃ© ; lâ€™Ã©cole\n`);
    const whole = decodeText(bytes);
    expect(counts(whole.warnings)).to.deep.equal([{ code: 'mojibake', count: 3 }]);
    checkSplits(bytes, 'mojibake', whole, true);
  });

  it('counts U+FFFD of a mixed file as invalid UTF-8 wherever the first bad byte is', () => {
    const bytes = join(utf8(`${'a;b\n'.repeat(1100)}Béziers \uFFFD\n${'c;d\n'.repeat(20_000)}`), latin('Orl\xe9ans\n'));
    const whole = decodeCut(bytes, []);
    expect(whole.warnings).to.deep.equal([{ code: 'invalid-utf8', count: 2 }]);
    checkSplits(bytes, 'mixed', whole, false);
  });

  it('decides on the 64 kB after the first accent, wherever the chunks end', () => {
    // Valid UTF-8 for 64 kB, then Windows-1252: UTF-8, the rest replaced (decodeText, seeing the whole
    // file, takes Windows-1252). Accents on both sides of the 64 kB mark.
    const utf8Part = utf8(`é${'Béziers;Sète\n'.repeat(5500)}`);
    const bytes = join(utf8(`${'a;b\n'.repeat(2000)}`), utf8Part, windows1252('à l’école\n'.repeat(8000)));
    const result = decodeCut(bytes, []);
    expect(result.encoding).to.equal('utf-8');
    expect(result.warnings[0]).to.deep.equal({ code: 'invalid-utf8', count: 8000 * 3 });
    checkSplits(bytes, 'mixed at 64 kB', result, false);
  });

  const ascii = 'id;nom\n'.repeat(700);
  const french1252 = FRENCH.replace(' 😀', '');
  for (const [name, bytes, encoding] of [
    ['UTF-8', utf8(FRENCH), 'utf-8'],
    ['UTF-8 after 4 kB of ASCII', utf8(ascii + FRENCH), 'utf-8'],
    ['UTF-8 with BOM after 4 kB of ASCII', join(BOM, utf8(ascii + FRENCH)), 'utf-8-bom'],
    ['Windows-1252', windows1252(french1252), 'windows-1252'],
    ['Windows-1252 after 4 kB of ASCII', windows1252(ascii + french1252), 'windows-1252'],
    ['BOM + Windows-1252 after 4 kB of ASCII', join(BOM, windows1252(ascii + french1252)), 'windows-1252'],
  ] as const) {
    it(`French text in ${name}, cut at every position`, () => {
      const whole = decodeText(bytes);
      expect(whole.encoding).to.equal(encoding);
      expect(whole.text).to.equal(encoding === 'windows-1252' ? (bytes.length > 1000 ? ascii : '') + french1252 : (bytes.length > 1000 ? ascii : '') + FRENCH);
      checkSplits(bytes, name, whole, true);
    });
  }

  it('a big Windows-1252 file and its UTF-8 (BOM) twins', () => {
    const text = FRENCH.replace(' 😀', '').repeat(1200);
    for (const [name, bytes] of [
      ['windows-1252', windows1252(text)],
      ['utf-8', utf8(text)],
      ['utf-8 bom', join(BOM, utf8(text))],
    ] as const) {
      const whole = decodeText(bytes);
      expect(whole.text, name).to.equal(text);
      checkSplits(bytes, name, whole, false);
    }
  });

  for (const [file, encoding] of [
    ['DEP_Lot_Subventions_2017_DONNEES.xlsx_pour_exemple.csv', 'windows-1252'],
    ['DEP_Nievre_CD58_SUBVENTIONS_2016_LISTE.csv', 'windows-1252'],
    ['DEP_Somme_TB_20180330_DONNEES_CONVENTIONS.csv', 'windows-1252'],
    ['DEP_Somme_TB_20180302_DONNEES_CONVENTIONS.csv', 'windows-1252'],
    ['SCDL_DEP_Haute_Garonne_datalocale-subvention.csv', 'utf-8'],
    ['SCDL_COM_Poitiers_subventions-directes-associations-2017.csv', 'utf-8'],
    ['exemple_valide.csv', 'utf-8'],
  ] as const) {
    it(`real file ${file} (${encoding})`, async () => {
      const bytes = await shared(file);
      const whole = decodeText(bytes);
      expect(whole.encoding).to.equal(encoding);
      // The stream decoder fed the whole file gives decodeText's result, samples included.
      expect(decodeCut(bytes, [])).to.deep.equal(whole);
      // Cut in two at every position: the small files only (each cut decodes the whole file).
      checkSplits(bytes, file, whole, bytes.length <= 6500);
    });
  }

  it('real UTF-8 file with a BOM added', async () => {
    const bytes = join(BOM, await shared('SCDL_DEP_Haute_Garonne_datalocale-subvention.csv'));
    const whole = decodeText(bytes);
    expect(whole.encoding).to.equal('utf-8-bom');
    checkSplits(bytes, 'Haute-Garonne + BOM', whole, false);
  });
});
