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

/**
 * Lower case, no diacritics, ligatures spelled out, every run of other characters one space, trimmed.
 * Never throws (lone surrogates become separators).
 */
export function foldText(text: string): string {
  if (text === '') return '';
  // Fast paths: no regular expression for codes, numbers and plain words (most cells).
  if (isAsciiAlnum(text)) return text;
  if (isAscii(text)) return text.toLowerCase().replace(ASCII_SEPARATORS_RE, ' ').trim();
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

/** The distinct folded words of a search text (every one must be found in the row). */
export function searchWords(text: string | undefined): string[] {
  const folded = foldText(text ?? '');
  return folded === '' ? [] : [...new Set(folded.split(' '))];
}
