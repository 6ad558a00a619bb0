/**
 * Parsing and normalising helpers shared by the validators and by the fields that use them
 * (a text field may show `formatIban(value)` on blur, an amount field may submit `parseAmount(value)`).
 */

/** Any Unicode space (space, no-break space U+00A0, narrow no-break space U+202F, tab…). */
const SPACES = /\s/gu;
/** Separators people type inside identifiers and phone numbers: spaces, dots, hyphens and dashes. */
const SEPARATORS = /[\s.\-\u2010-\u2015]/gu;
/** Decimal digits of other scripts that keyboards and copy-paste produce (full-width, Arabic-Indic). */
const FOREIGN_DIGITS = /[\uff10-\uff19\u0660-\u0669\u06f0-\u06f9]/gu;
const DIGIT_ZEROS = [0xff10, 0x0660, 0x06f0];

function asciiDigits(value: string): string {
  return value.replace(FOREIGN_DIGITS, (digit) => {
    const code = digit.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}

/**
 * Removes the separators people type inside numbers and identifiers (any space, including
 * U+00A0 and U+202F, dots, hyphens and dashes) and turns full-width or Arabic-Indic digits into
 * ASCII digits. Everything else is kept, so a stray letter still makes a check fail.
 * `normalizeDigits('552 100 554')` → `'552100554'`; `normalizeDigits('06.12.34.56.78')` → `'0612345678'`.
 */
export function normalizeDigits(value: string): string {
  return asciiDigits(value).replace(SEPARATORS, '');
}

/** A parsed decimal: its value and how many digits were typed after the decimal separator. */
interface Decimal {
  value: number;
  decimals: number;
}

const SIGN = /^[+\-\u2212]/u;

/**
 * Reads a number written the French way or the international way. Thousands may be grouped by
 * spaces (any kind) or by the separator that is not the decimal one; groups must have 3 digits.
 * - `,` alone is the decimal separator: `3,5`, `1 234,5`;
 * - `.` once is the decimal separator (`3.5`); several dots are thousands (`1.234.567`);
 * - both: the last one is the decimal separator (`1.234,50`, `1,234.50`).
 */
function parseDecimal(input: string): Decimal | undefined {
  let text = asciiDigits(input.trim()).replace(SPACES, ' ');
  let sign = '';
  const signMatch = SIGN.exec(text);
  if (signMatch) {
    sign = signMatch[0] === '+' ? '' : '-';
    text = text.slice(1).trimStart();
  }
  const commas = text.split(',').length - 1;
  const dots = text.split('.').length - 1;
  let decimal: ',' | '.' | undefined;
  let thousands: ',' | '.' | undefined;
  if (commas && dots) {
    decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    thousands = decimal === ',' ? '.' : ',';
    if ((decimal === ',' ? commas : dots) !== 1) return undefined;
  } else if (commas) {
    if (commas !== 1) return undefined;
    decimal = ',';
  } else if (dots === 1) {
    decimal = '.';
  } else if (dots > 1) {
    thousands = '.';
  }
  const [integer = '', fraction] = decimal ? text.split(decimal) : [text];
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return undefined;
  const group = thousands ? `[ \\${thousands}]` : ' ';
  const integerOk =
    /^\d+$/.test(integer) || new RegExp(`^\\d{1,3}(?:${group}\\d{3})+$`).test(integer) || (integer === '' && fraction !== undefined);
  if (!integerOk) return undefined;
  const digits = integer.replace(/\D/g, '') || '0';
  const value = Number(`${sign}${digits}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? { value, decimals: fraction?.length ?? 0 } : undefined;
}

/**
 * Reads a number typed by a person in France: `'1 234,5'` → 1234.5 (spaces, U+00A0 and U+202F
 * group thousands), `'3.5'` → 3.5, `'1.234,5'` → 1234.5, `'−2'` → -2. Returns undefined for
 * anything else (`'12a'`, `'1e3'`, `'Infinity'`, `'12 34'`, `''`).
 */
export function parseFrenchNumber(value: string): number | undefined {
  return parseDecimal(value)?.value;
}

const EURO = /^(?:€|EUR)\s*|\s*(?:€|EUR)$/giu;

/**
 * Reads an amount in euros: `'1 234,50 €'` → 1234.5, `'€12'` → 12, `'1.234,50'` → 1234.5.
 * At most 2 decimals: `'12,345'` → undefined (a French reader means 12.345 €, which is not an
 * amount; an English reader may mean 12 345 €: refusing it makes the person say which).
 * Negative amounts are returned as such; `amount()` refuses them unless told otherwise.
 */
export function parseAmount(value: string): number | undefined {
  const parsed = parseDecimal(value.trim().replace(EURO, ''));
  return parsed && parsed.decimals <= 2 ? parsed.value : undefined;
}

/** Upper-cases an IBAN and groups it by 4: `'fr7630006000011234567890189'` → `'FR76 3000 6000 0112 3456 7890 189'`. */
export function formatIban(value: string): string {
  return value.replace(SPACES, '').toUpperCase().replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Groups a SIRET the way Insee prints it (`'55210055400021'` → `'552 100 554 00021'`), and a
 * SIREN by 3 (`'552 100 554'`). Anything else is returned trimmed, unchanged.
 */
export function formatSiret(value: string): string {
  const digits = normalizeDigits(value);
  if (/^\d{14}$/.test(digits)) return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`;
  if (/^\d{9}$/.test(digits)) return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
  return value.trim();
}
