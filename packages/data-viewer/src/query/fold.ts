/**
 * Text folding for filters and search: what a person types and what a file holds must meet whatever
 * the accents, case, ligatures and punctuation ("Saint-Étienne" is found by "saint etienne").
 * Pure and DOM-free: it also runs in the workers.
 *
 *   foldText('Saint-Étienne')   → 'saint etienne'
 *   foldText('L’Haÿ-les-Roses') → 'l hay les roses'
 *   foldText('CŒUR')            → 'coeur'
 */

/** Letters NFKD does not decompose, and their plain-Latin spelling. */
const LIGATURES: Readonly<Record<string, string>> = {
  œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ŀ: 'l',
};
const LIGATURE_RE = /[œæßøłđðþıŀ]/g;
const MARKS_RE = /\p{M}+/gu;
/** Everything that is neither a letter nor a digit separates words (apostrophes, hyphens, dots, emoji…). */
const SEPARATORS_RE = /[^\p{L}\p{N}]+/gu;
const ASCII_SEPARATORS_RE = /[^a-z0-9]+/g;

function isAsciiAlnum(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // digits, lower-case letters: the common case of an already folded word or a code
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** The folding of a whole text by Unicode's rules: NFKD, marks dropped, lower case, ligatures, separators. */
function foldSlow(text: string): string {
  // NFKD splits accents from letters (and İ into I + dot) and spells out compatibility forms (ﬁ, ＡＢ, ²);
  // the marks go before lower-casing, so lower-casing meets plain letters only.
  return text
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .toLowerCase()
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c)
    .replace(SEPARATORS_RE, ' ')
    .trim();
}

/**
 * Per UTF-16 unit below U+2100 (Latin letters, digits, punctuation: what French data is made of),
 * its folding as `foldSlow` gives it, not trimmed: up to 4 of a-z, 0-9 and space (a separator);
 * nothing for a mark. These steps act on each of these characters alone (decomposition, dropping
 * marks, lower case of Latin letters, ligatures), so a text of them folds as the concatenation of
 * theirs, runs of spaces made one, trimmed. Anything else (Greek final sigma, other scripts,
 * surrogates) goes through `foldSlow`. `UNIT_LENGTH[c]`: length, NOT_FOLDED or UNKNOWN.
 */
const UNIT_CODES = new Uint8Array(4 * 0x2100);
/** Each unit's entry is made when first met (a page folding French text meets a few dozen). */
const UNKNOWN = 254;
const UNIT_LENGTH = new Uint8Array(0x2100).fill(UNKNOWN);
const NOT_FOLDED = 255;

function learnUnit(c: number): number {
  const folded = String.fromCharCode(c)
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .toLowerCase()
    .replace(LIGATURE_RE, (l) => LIGATURES[l] ?? l)
    .replace(SEPARATORS_RE, ' ');
  if (!/^[a-z0-9 ]{0,4}$/.test(folded)) return (UNIT_LENGTH[c] = NOT_FOLDED);
  for (let k = 0; k < folded.length; k++) UNIT_CODES[4 * c + k] = folded.charCodeAt(k);
  return (UNIT_LENGTH[c] = folded.length);
}

/** Codes of the folded text being written (reused: folding a column calls this once per value). */
let buffer = new Uint16Array(256);

/** `foldSlow(text)` read unit by unit from the table, or undefined if one is not in it. */
function foldByUnits(text: string): string | undefined {
  // Each unit writes at most 4 codes (a space only stands for one of the unit's own).
  if (buffer.length < 4 * text.length) buffer = new Uint16Array(4 * text.length);
  const out = buffer;
  let k = 0;
  // A space is written only before the next letter or digit: runs become one, ends are trimmed.
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x2100) return undefined;
    let length = UNIT_LENGTH[c]!;
    if (length === UNKNOWN) length = learnUnit(c);
    if (length === NOT_FOLDED) return undefined;
    for (let j = 4 * c; j < 4 * c + length; j++) {
      const x = UNIT_CODES[j]!;
      if (x === 32) space = k > 0;
      else {
        if (space) out[k++] = 32;
        space = false;
        out[k++] = x;
      }
    }
  }
  // In slices: `apply` passes every code as an argument.
  let s = '';
  for (let at = 0; at < k; at += 4096) s += String.fromCharCode.apply(null, out.subarray(at, Math.min(k, at + 4096)) as unknown as number[]);
  return s;
}

/**
 * Lower case, no diacritics, ligatures spelled out, every run of other characters one space, trimmed.
 * Never throws (lone surrogates become separators).
 */
export function foldText(text: string): string {
  if (text === '') return '';
  // Fast paths: no regular expression for codes, numbers and plain words (most cells), a table for
  // accented Latin (French text), Unicode's rules for the rest.
  if (isAsciiAlnum(text)) return text;
  if (isAscii(text)) return text.toLowerCase().replace(ASCII_SEPARATORS_RE, ' ').trim();
  return foldByUnits(text) ?? foldSlow(text);
}

/** The distinct folded words of a search text (every one must be found in the row). */
export function searchWords(text: string | undefined): string[] {
  const folded = foldText(text ?? '');
  return folded === '' ? [] : [...new Set(folded.split(' '))];
}
