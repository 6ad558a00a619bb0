/**
 * CSV text for spreadsheets and open-data tools: RFC 4180 quoting, and the OWASP "CSV injection"
 * defence, because the cells often come from open data (anyone can publish `=HYPERLINK(…)` as a
 * venue name) and the file is meant to be opened in Excel or LibreOffice.
 * DOM-free: usable in a worker (the download helper is in download.ts).
 */

export type CsvSeparator = ',' | ';' | '\t';

export interface CsvOptions {
  /** `,` (default, RFC 4180), `;` (what Excel expects in a French locale) or tab. */
  separator?: CsvSeparator;
  /** Starts the text with U+FEFF so that Excel reads UTF-8 accents correctly (default false). */
  bom?: boolean;
  /** Record separator, also written after the last record (default `\r\n`, RFC 4180). */
  newline?: '\r\n' | '\n';
}

/**
 * A string a spreadsheet would run as a formula: its first non-blank character is = + - @ (or their
 * full-width forms, which some spreadsheets fold), or it starts with a tab or carriage return (OWASP).
 * Leading blanks are looked through because some importers trim them before evaluating.
 */
const FORMULA = /^(?:[\t\r]|[ \n]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;
/**
 * Quoted: separators, quotes, line breaks (RFC 4180), and leading or trailing blanks some readers
 * trim. All three separators are quoted whichever is used, so a spreadsheet that guesses another
 * separator than the one written still keeps each cell whole.
 */
const NEEDS_QUOTES = /[",;\t\r\n]|^\s|\s$/;

/**
 * One cell as CSV text.
 * - `null`/`undefined` → empty; numbers → as JavaScript writes them (`3.5`, `-3`), NaN and ±Infinity
 *   → empty (a missing measure, not the text "NaN").
 * - Values of type number are never prefixed: a number is a real number, and JavaScript's digits
 *   cannot form a formula. Strings are: the string `"-3"` becomes `'-3` (a spreadsheet shows it as
 *   text), which is the price of treating every string from data as untrusted.
 * - Other values go through `String()` (booleans, bigints; a valid Date as its ISO text) and are
 *   escaped like strings.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString()) : String(value);
  if (FORMULA.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Rows of cells as CSV text (see `csvCell` for each cell). Every record ends with the newline; a
 * record made of one empty cell is written `""` so that it is not read as a blank line.
 */
export function toCsv(rows: readonly (readonly unknown[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ',';
  const newline = options.newline ?? '\r\n';
  let out = options.bom ? '\uFEFF' : '';
  for (const row of rows) {
    const line = row.map(csvCell).join(separator);
    out += (line === '' && row.length === 1 ? '""' : line) + newline;
  }
  return out;
}
