/**
 * What one cell can be, decided with character loops rather than regular expressions where it matters
 * (every cell of a 400,000-row file goes through here while its column is still a candidate).
 * French conventions first: decimal comma, thousands separated by a space, a no-break space (U+00A0)
 * or a narrow no-break space (U+202F), dates day first; codes with leading zeros are never numbers.
 */

/** Bit flags: what a cell (hence a column, AND-ed over its cells) can be. */
export const CAN_INTEGER = 1;
export const CAN_NUMBER = 2;
export const CAN_BOOLEAN = 4;
export const CAN_DATE = 8;
export const CAN_CODE = 16;
export const CAN_ANY = 31;

/** Bit flags: what was seen in a column (OR-ed). */
export const SAW_LEADING_ZERO = 1;
export const SAW_DECIMAL_COMMA = 2;
export const SAW_DECIMAL_POINT = 4;
export const SAW_LETTER_CODE = 8;
export const SAW_FLOAT_CODE = 16;
export const SAW_TIME = 32;
export const SAW_DMY = 64;
export const SAW_GROUPS = 128;

/** Results of the last `classify` call (module scratch: no object per cell). */
export const cell = { value: NaN, decimals: 0, saw: 0, length: 0 };

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isGroup = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x202f;
const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Numbers with more digits than this lose precision in a float: they are identifiers. */
const MAX_DIGITS = 15;

/**
 * `1234`, `-12,5`, `1 234,56`, `10000.0`, `1.5e3` → the number in `cell.value`, true.
 * `01`, `007` (leading zero), `1.234.567`, `12 34` (bad groups), `,5`, ` ` → false.
 */
function number(s: string, n: number): number {
  let i = 0;
  let c = s.charCodeAt(0);
  if (c === 45 || c === 43) i = 1;
  const start = i;
  let inGroup = 0;
  let digits = 0;
  let grouped = false;
  // All digits as one integer, to compute the value without Number(string) (see exactValue).
  let mantissa = 0;
  for (; i < n; i++) {
    c = s.charCodeAt(i);
    if (isDigit(c)) {
      inGroup++;
      digits++;
      mantissa = mantissa * 10 + (c - 48);
    } else if (isGroup(c) && i + 1 < n) {
      if (inGroup === 0 || inGroup > 3 || (grouped && inGroup !== 3)) return 0;
      grouped = true;
      inGroup = 0;
    } else break;
  }
  if (digits === 0 || digits > MAX_DIGITS || (grouped && inGroup !== 3)) return 0;
  let flags = 0;
  if (s.charCodeAt(start) === 48 && digits > 1) {
    if (grouped) return 0;
    // "01000": a code; "0123.5" is nothing anybody writes, call it a code too.
    cell.saw |= SAW_LEADING_ZERO;
    return 0;
  }
  let decimals = 0;
  let sep = 0;
  if (i < n) {
    c = s.charCodeAt(i);
    if (c === 44 || c === 46) {
      sep = c;
      const f = ++i;
      for (; i < n; i++) {
        const d = s.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        mantissa = mantissa * 10 + d;
      }
      decimals = i - f;
      if (decimals === 0) return 0;
    }
  }
  let exponent = false;
  if (i < n && (s.charCodeAt(i) | 32) === 101 && !grouped && sep !== 44) {
    i++;
    c = s.charCodeAt(i);
    if (c === 45 || c === 43) i++;
    const f = i;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
    if (i === f) return 0;
    exponent = true;
  }
  if (i !== n) return 0;
  if (grouped) cell.saw |= SAW_GROUPS;
  if (sep === 44) cell.saw |= SAW_DECIMAL_COMMA;
  else if (sep === 46) cell.saw |= SAW_DECIMAL_POINT;
  if (exponent || digits + decimals > MAX_DIGITS || decimals > 22) cell.value = grouped || sep === 44 ? exactValue(s, n, decimals) : Number(s);
  else {
    // Both exact doubles (< 2^53): the quotient is the correctly rounded value, as Number() gives.
    const value = decimals === 0 ? mantissa : mantissa / POW10[decimals]!;
    cell.value = s.charCodeAt(0) === 45 ? -value : value;
  }
  cell.decimals = decimals;
  flags = CAN_NUMBER;
  if (decimals === 0 && !exponent) flags |= start === 0 && !grouped ? CAN_INTEGER | PLAIN_DIGITS : CAN_INTEGER;
  return flags;
}

/**
 * Internal to `number`'s result: the cell is digits only (no sign, group, separator or exponent), so
 * `code` would only count them again.
 */
const PLAIN_DIGITS = 256;

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * The value of an already validated French number, without building a cleaned string (one string per
 * cell is what made large files slow). All its digits as one integer N, then N / 10^decimals: both are
 * exact doubles when N < 2^53, so the quotient is the correctly rounded value, the same as Number().
 */
function exactValue(s: string, n: number, decimals: number): number {
  let digits = 0;
  let negative = false;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits = digits * 10 + (c - 48);
      count++;
    } else if (c === 45) negative = true;
  }
  if (count > 15 || decimals > 22) return Number(s.replace(/[ \u00A0\u202F]/g, '').replace(',', '.'));
  const value = decimals === 0 ? digits : digits / POW10[decimals]!;
  return negative ? -value : value;
}

/**
 * An identifier token: letters and digits with at least one digit (`01000`, `2A004`, `W751234567`,
 * `21860194600000.0` as a damaged SIRET). `cell.length` is its length, to spot same-length codes.
 */
function code(s: string, n: number): number {
  if (n > 30) return 0;
  let digits = 0;
  let letters = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (isAlnum(c)) letters++;
    else break;
  }
  if (digits === 0) return 0;
  if (i < n) {
    // "123456789.0": an identifier that went through a spreadsheet as a float.
    if (letters > 0 || s.charCodeAt(i) !== 46) return 0;
    for (let j = i + 1; j < n; j++) if (s.charCodeAt(j) !== 48) return 0;
    if (i + 1 === n) return 0;
    cell.saw |= SAW_FLOAT_CODE;
  }
  if (letters > 0) cell.saw |= SAW_LETTER_CODE;
  cell.length = i;
  return CAN_CODE;
}

const TRUE_WORDS = ['oui', 'vrai', 'true', 'yes'];
const FALSE_WORDS = ['non', 'faux', 'false', 'no'];

/**
 * `s` is `word` (lower-case ASCII letters) in any case. `| 32` lower-cases an ASCII letter and maps
 * nothing else onto a lower-case letter, and no other character lower-cases to one of these words'
 * letters, so this says what `s.toLowerCase() === word` says, without a new string per cell.
 */
function sameWord(s: string, word: string): boolean {
  if (s.length !== word.length) return false;
  for (let i = 0; i < word.length; i++) if ((s.charCodeAt(i) | 32) !== word.charCodeAt(i)) return false;
  return true;
}

function boolean(s: string, n: number): number {
  if (n < 2 || n > 5) return 0;
  for (const word of TRUE_WORDS) {
    if (sameWord(s, word)) {
      cell.value = 1;
      return CAN_BOOLEAN;
    }
  }
  for (const word of FALSE_WORDS) {
    if (sameWord(s, word)) {
      cell.value = 0;
      return CAN_BOOLEAN;
    }
  }
  return 0;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/;

/** Milliseconds since 1970 (UTC; a date without zone is taken as written), NaN when impossible. */
function utc(y: number, m: number, d: number, h = 0, mi = 0, sec = 0, ms = 0): number {
  if (m < 1 || m > 12 || d < 1 || h > 23 || mi > 59 || sec > 59) return NaN;
  const t = Date.UTC(y, m - 1, d, h, mi, sec, ms);
  // 31/02 rolls over to March: refuse instead.
  return new Date(t).getUTCDate() === d ? t : NaN;
}

/** `2024-03-01`, `2024-03-01T12:30:00+01:00`, `2017/09/08`, `01/03/2024`, `13/12/2022 17:51`. Never month first. */
/** Value of the digits s[from..to) (all checked digits), or -1. */
function digitsAt(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Day-precision dates the fast way (no regular expression, no Date object): most date cells. */
function plainDate(y: number, m: number, d: number): number {
  if (y < 0 || m < 1 || m > 12 || d < 1) return NaN;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (d > (m === 2 && leap ? 29 : DAYS[m - 1]!)) return NaN;
  return Date.UTC(y, m - 1, d);
}

function date(s: string, n: number): number {
  if (n < 8 || n > 35) return 0;
  const c4 = s.charCodeAt(4);
  let t = NaN;
  if (n === 10 && c4 === 45 && s.charCodeAt(7) === 45) {
    t = plainDate(digitsAt(s, 0, 4), digitsAt(s, 5, 7), digitsAt(s, 8, 10));
  } else if (n === 10 && s.charCodeAt(2) === 47 && s.charCodeAt(5) === 47) {
    t = plainDate(digitsAt(s, 6, 10), digitsAt(s, 3, 5), digitsAt(s, 0, 2));
    cell.saw |= SAW_DMY;
  } else if (c4 === 45) {
    const m = ISO.exec(s);
    if (!m) return 0;
    t = utc(+m[1]!, +m[2]!, +m[3]!, m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0, m[7] ? Math.floor(+`0.${m[7]}` * 1000) : 0);
    if (m[4]) cell.saw |= SAW_TIME;
    const zone = m[8];
    if (zone && zone !== 'Z' && !Number.isNaN(t)) {
      const sign = zone[0] === '-' ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      t -= sign * (+digits.slice(0, 2) * 60 + +digits.slice(2)) * 60000;
    }
  } else if (c4 === 47) {
    const m = YMD_SLASH.exec(s);
    if (!m) return 0;
    t = utc(+m[1]!, +m[2]!, +m[3]!);
  } else if (s.charCodeAt(1) === 47 || s.charCodeAt(2) === 47) {
    const m = DMY.exec(s);
    if (!m) return 0;
    t = utc(+m[3]!, +m[2]!, +m[1]!, m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0);
    cell.saw |= SAW_DMY;
    if (m[4]) cell.saw |= SAW_TIME;
  } else return 0;
  if (Number.isNaN(t)) return 0;
  cell.value = t;
  return CAN_DATE;
}

/**
 * What a trimmed, non-empty cell can be, among the `candidates` still open for its column. Sets
 * `cell.value` (number, date in ms, boolean as 1/0) for the numeric reading, and OR-s into `cell.saw`.
 */
export function classify(s: string, candidates: number): number {
  const n = s.length;
  const c0 = s.charCodeAt(0);
  let flags = 0;
  if (isDigit(c0) || c0 === 45 || c0 === 43) {
    const numeric = candidates & (CAN_NUMBER | CAN_INTEGER) ? number(s, n) : 0;
    flags |= numeric & (CAN_NUMBER | CAN_INTEGER);
    if (candidates & CAN_DATE && isDigit(c0)) flags |= date(s, n);
    if (candidates & CAN_CODE && isDigit(c0)) {
      // At most 15 digits, no letter: what `code` would say (SIRET, population, counts…).
      if (numeric & PLAIN_DIGITS) {
        cell.length = n;
        flags |= CAN_CODE;
      } else flags |= code(s, n);
    }
  } else {
    if (candidates & CAN_BOOLEAN) flags |= boolean(s, n);
    if (candidates & CAN_CODE && isAlnum(c0)) flags |= code(s, n);
  }
  return flags & candidates;
}

/**
 * Written in French files for a value nobody has ("non communiqué", "sans objet"…): empty for a
 * numeric or date column, kept as written in a text column.
 */
const MISSING = new Set(['nc', 'n.c.', 'nd', 'n.d.', 'na', 'n/a', 'n.a.', '-', '—', 's.o.', 'so', 'null', 'nan']);

export const isMissingMarker = (s: string): boolean => s.length <= 5 && MISSING.has(s.toLowerCase());

/** French number reading of a string (`"1 234,5"` → 1234.5), NaN when it is not one. */
export function parseFrenchNumber(s: string): number {
  const t = s.trim();
  if (t === '') return NaN;
  return number(t, t.length) ? cell.value : NaN;
}

/** Date reading (ISO, `YYYY/MM/DD`, `DD/MM/YYYY[ HH:MM[:SS]]`) in ms since 1970 UTC, NaN otherwise. */
export function parseFrenchDate(s: string): number {
  const t = s.trim();
  return date(t, t.length) ? cell.value : NaN;
}

/**
 * Column names that announce identifiers (SIREN, SIRET, INSEE, code postal, RNA…): a column of
 * same-length digit strings under such a name is a code even without a leading zero.
 */
export function looksLikeIdentifierName(name: string): boolean {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return /(^|[^a-z])(code|codes|cp|siren|siret|insee|postal|rna|finess|uai|nic|id|identifiant|numero|num|no|ref|reference|cog)([^a-z]|$)/.test(words);
}
