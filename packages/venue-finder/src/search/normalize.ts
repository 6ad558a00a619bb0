/**
 * Text folding for the venue search: what a person types and what a file contains must meet whatever
 * the accents, case, ligatures, apostrophes, hyphens and "St"/"Saint" spellings.
 *
 *   foldText('Saint-Étienne')       → 'saint etienne'
 *   foldText('L’Haÿ-les-Roses')     → 'l hay les roses'
 *   foldText('CŒUR de VILLE')       → 'coeur de ville'
 *   indexWords('St-Priest')         → ['saint', 'priest']   (abbreviations expanded in the data)
 *   queryTokens('st etienne')       → [['st', 'saint'], ['etienne']]   (the query may use either)
 */

/** Letters NFKD does not decompose, and their plain-Latin spelling. */
const LIGATURES: Readonly<Record<string, string>> = {
  œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ŀ: 'l',
};
const LIGATURE_RE = /[œæßøłđðþıŀ]/g;
const ASCII_RE = /^[\x00-\x7f]*$/;
const ASCII_SEPARATORS_RE = /[^a-z0-9]+/g;
const MARKS_RE = /\p{M}+/gu;
/** Everything that is neither a letter nor a digit separates words (apostrophes, hyphens, dots, emoji…). */
const SEPARATORS_RE = /[^\p{L}\p{N}]+/gu;

/** Abbreviations written either way in French place names: the index stores the long form. */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['sts', 'saints'],
  ['stes', 'saintes'],
]);

/**
 * Folds a text for comparison: compatibility decomposition, lower case, no diacritics, ligatures
 * spelled out, every run of non-alphanumeric characters turned into one space, trimmed.
 * Never throws: non-strings fold to ''.
 */
export function foldText(text: unknown): string {
  if (typeof text !== 'string' || text === '') return '';
  // Fast path: plain ASCII needs no Unicode work (most postcodes, many names and streets).
  if (ASCII_RE.test(text)) return text.toLowerCase().replace(ASCII_SEPARATORS_RE, ' ').trim();
  // NFKD splits accents from letters (and İ into I + dot) and spells out compatibility forms (ﬁ, ＡＢ, ²);
  // the marks go before lower-casing, so lower-casing meets plain letters only.
  // Lone surrogates are code points outside \p{L}\p{N} in a /u regex: they become separators too.
  return text
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .toLowerCase()
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c)
    .replace(SEPARATORS_RE, ' ')
    .trim();
}

/** The folded words of a text, split on spaces (no empty words). */
export function tokenize(text: unknown): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}

/** The words of a venue's text as the index stores them: folded, "St"/"Ste" expanded to "saint"/"sainte". */
export function indexWords(text: unknown): string[] {
  return tokenize(text).map((w) => ABBREVIATIONS.get(w) ?? w);
}

/**
 * The tokens of a query; each token is a list of alternatives, one of which must match.
 * "st" may be the start of "strasbourg" or the abbreviation of "saint": both are tried.
 * Duplicate tokens are kept once.
 */
export function queryTokens(query: unknown): string[][] {
  const seen = new Set<string>();
  const tokens: string[][] = [];
  for (const word of tokenize(query)) {
    if (seen.has(word)) continue;
    seen.add(word);
    const long = ABBREVIATIONS.get(word);
    tokens.push(long === undefined ? [word] : [word, long]);
  }
  return tokens;
}

/** Mean Earth radius used for distances (km). */
export const EARTH_RADIUS_KM = 6371;
export const DEG_TO_RAD = Math.PI / 180;

/**
 * Haversine distance in km between two points given in radians, with the cosine of each latitude
 * precomputed (the index keeps them in columns). Both implementations call this very function, so
 * their distances are bit-for-bit identical.
 */
export function haversineRad(lat1: number, lon1: number, cosLat1: number, lat2: number, lon2: number, cosLat2: number): number {
  const sinDLat = Math.sin((lat2 - lat1) / 2);
  const sinDLon = Math.sin((lon2 - lon1) / 2);
  const h = sinDLat * sinDLat + cosLat1 * cosLat2 * sinDLon * sinDLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Haversine distance in km between two WGS84 points in degrees. */
export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const lat1 = a.lat * DEG_TO_RAD;
  const lat2 = b.lat * DEG_TO_RAD;
  return haversineRad(lat1, a.lon * DEG_TO_RAD, Math.cos(lat1), lat2, b.lon * DEG_TO_RAD, Math.cos(lat2));
}
