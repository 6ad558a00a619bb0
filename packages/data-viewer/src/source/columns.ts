/**
 * One column while rows arrive: the raw strings, the types still possible, and the numeric reading
 * kept while a numeric type is possible (so values are parsed once). A column that becomes text stops
 * being classified: text columns cost one push per cell.
 */
import type { IssueLog } from './issues.js';
import { applyField, type ColumnCheck } from '../schema/apply.js';
import type { SchemaField } from '../schema/types.js';
import {
  CAN_ANY, CAN_BOOLEAN, CAN_CODE, CAN_DATE, CAN_INTEGER, CAN_NUMBER, SAW_DECIMAL_COMMA, SAW_DECIMAL_POINT, SAW_DMY,
  SAW_FLOAT_CODE, SAW_LEADING_ZERO, SAW_LETTER_CODE, SAW_TIME, cell, classify, isMissingMarker, looksLikeIdentifierName,
} from './values.js';

export type ColumnType = 'text' | 'integer' | 'number' | 'boolean' | 'date' | 'code';

export interface ColumnInfo {
  /** Unique, non-empty display name (duplicates get " (2)", blanks "Colonne 3"). */
  name: string;
  /** The header cell as written in the file. */
  sourceName: string;
  type: ColumnType;
  /** Empty cells (blank strings, JSON null): NaN in numeric data, '' in text data. */
  empty: number;
  /** integer, number, date (ms since 1970 UTC), boolean (0/1): smallest and largest value. */
  min?: number;
  max?: number;
  /** number: most digits seen after the decimal separator (to display 40 000,00 as written). */
  decimals?: number;
  /** number: the file writes `12,5` (true) or `12.5` (false). */
  decimalComma?: boolean;
  /** date: some values have a time of day. */
  withTime?: boolean;
  /** date: the file writes dates day first (`31/12/2024`) rather than ISO. */
  dayFirst?: boolean;
}

/**
 * Values of a column, one per row. Numeric types (integer, number, date as ms since 1970 UTC, boolean
 * as 1/0): a Float64Array with NaN for empty, its buffer transferable to and from workers. Text and
 * code: strings ('' for empty).
 */
export type ColumnValues = Float64Array | string[];

export const isNumericType = (type: ColumnType): boolean => type !== 'text' && type !== 'code';

/** Below V8's limit for `new Array(n)` giving fast elements (see `strings`). */
const MAX_CHUNK = 65536;

const NUMERIC = CAN_INTEGER | CAN_NUMBER | CAN_BOOLEAN | CAN_DATE;

/**
 * An empty cell of a text or code column: '' or whitespace only (starting with a control character or
 * a space; "\u00A0" alone is kept as a value). A missing marker (`nc`) is a value in a text column.
 */
const isBlankText = (s: string): boolean => s.length === 0 || (s.charCodeAt(0) <= 32 && s.trim() === '');

export class ColumnBuilder {
  /**
   * Strings in arrays allocated at their final size, one per parsed chunk (`reserve`): growing one
   * array per column by push copied it again and again and made the garbage collector the main cost.
   */
  private chunks: string[][] = [];
  private current: string[] = [];
  private used = 0;
  private count = 0;
  private candidates = CAN_ANY;
  private saw = 0;
  /**
   * The numeric reading of each cell while a numeric type is possible, in plain arrays parallel to the
   * string chunks (`numberChunks[k][i]` goes with `chunks[k][i]`). Not a growing Float64Array: each
   * growth allocated and zero-filled a new buffer and copied the old one (about three times the final
   * size in all, then a last copy to trim it), which profiled as the largest cost of the typing. Now one
   * Float64Array of the final size is filled at the end, and the numbers are dropped as soon as the
   * column can no longer be numeric.
   */
  private numberChunks: number[][] = [];
  private currentNumbers: number[] = [];
  private decimals = 0;
  /** Empty cells for a numeric reading: blank, or a missing marker (`nc`, `n/a`…) while numeric. */
  private empty = 0;
  /**
   * Blank cells as a text column counts them (`isBlankText`), counted as they arrive: no second pass
   * over the strings at the end.
   */
  private blank = 0;
  /** Length shared by every code value so far; -1 none yet, -2 they differ. */
  private codeLength = -1;
  private floatSample = '';

  constructor(
    readonly name: string,
    readonly sourceName: string,
  ) {}

  /** Room for `n` more values (the rows of the chunk about to be added). */
  reserve(n: number): void {
    if (this.current.length - this.used >= n) return;
    this.seal();
    const size = Math.min(Math.max(n, 1024), MAX_CHUNK);
    this.current = new Array<string>(size);
    if (this.candidates & NUMERIC) this.currentNumbers = new Array<number>(size);
    this.used = 0;
  }

  private seal(): void {
    if (this.used > 0) {
      this.current.length = this.used;
      this.chunks.push(this.current);
      if (this.candidates & NUMERIC) {
        this.currentNumbers.length = this.used;
        this.numberChunks.push(this.currentNumbers);
      }
    }
    this.current = [];
    this.currentNumbers = [];
    this.used = 0;
  }

  /** All the strings, in row order (call once, at the end). */
  private strings(): string[] {
    this.seal();
    // concat, not `new Array(count)`: V8 makes an array created with 100,000 or more empty slots a
    // slow dictionary, and a later sort or filter would pay for it on every access.
    const out = this.chunks.length === 1 ? this.chunks[0]! : ([] as string[]).concat(...this.chunks);
    this.chunks = [];
    return out;
  }

  push(raw: string): void {
    this.count++;
    if (this.used === this.current.length) this.reserve(Math.max(64, this.count >> 1));
    const at = this.used++;
    this.current[at] = raw;
    // A text column is done with: only its blank cells are counted.
    if (this.candidates !== 0) this.type(raw, at);
    else if (isBlankText(raw)) this.blank++;
  }

  /**
   * Adds cell `c` of each of `rows[0..n)` (a missing cell is ''): the table hands a parsed chunk column
   * by column, so that a text column costs a plain copy loop and the room is checked once per chunk,
   * not once per cell.
   */
  pushRows(rows: readonly (readonly string[])[], n: number, c: number): void {
    this.reserve(n);
    for (let from = 0; from < n; ) {
      if (this.used === this.current.length) this.reserve(n - from);
      const current = this.current;
      const at = this.used;
      const to = Math.min(n, from + current.length - at);
      let i = from;
      // Typed while a type is possible (`type` may settle the column as text on any cell)…
      for (; i < to && this.candidates !== 0; i++) {
        const raw = rows[i]![c] ?? '';
        current[at + i - from] = raw;
        this.type(raw, at + i - from);
      }
      // …then copied, blank cells counted.
      let blank = 0;
      for (; i < to; i++) {
        const raw = rows[i]![c] ?? '';
        current[at + i - from] = raw;
        if (isBlankText(raw)) blank++;
      }
      this.blank += blank;
      this.used += to - from;
      this.count += to - from;
      from = to;
    }
  }

  /** Classifies the cell at `at` of the current chunk, while the column may be something else than text. */
  private type(raw: string, at: number): void {
    const candidates = this.candidates;
    let s = raw;
    if (s.length === 0 || s.charCodeAt(0) <= 32 || s.charCodeAt(s.length - 1) <= 32) {
      s = s.trim();
      if (s.length === 0) {
        this.empty++;
        // Blank as a text column counts it (trim() is '' already).
        if (raw.length === 0 || raw.charCodeAt(0) <= 32) this.blank++;
        if (candidates & NUMERIC) this.currentNumbers[at] = NaN;
        return;
      }
    }
    cell.saw = 0;
    const flags = classify(s, candidates);
    if (flags & NUMERIC) {
      this.currentNumbers[at] = cell.value;
      if (cell.decimals > this.decimals) this.decimals = cell.decimals;
    } else if (candidates & NUMERIC) {
      if (flags === 0 && isMissingMarker(s)) {
        this.empty++;
        this.currentNumbers[at] = NaN;
        return;
      }
      // No longer numeric, never again: the numbers read so far are of no use.
      this.numberChunks = [];
      this.currentNumbers = [];
    }
    this.candidates = flags;
    this.saw |= cell.saw;
    if (flags & CAN_CODE) {
      if (this.codeLength === -1) this.codeLength = cell.length;
      else if (this.codeLength !== cell.length) this.codeLength = -2;
      if (cell.saw & SAW_FLOAT_CODE && !this.floatSample) this.floatSample = s;
    }
  }

  private decideType(): ColumnType {
    const c = this.candidates;
    const nonEmpty = this.count - this.empty;
    if (nonEmpty === 0) return 'text';
    if (c & CAN_CODE) {
      const idName = looksLikeIdentifierName(this.sourceName);
      if (this.saw & (SAW_LEADING_ZERO | SAW_LETTER_CODE)) return 'code';
      if (this.saw & SAW_FLOAT_CODE && idName) return 'code';
      // SIREN (9 digits), SIRET (14), or same-length digit strings under an identifier's name.
      if (this.codeLength >= 5 && (idName || this.codeLength === 9 || this.codeLength === 14) && nonEmpty > 1) return 'code';
      if (this.codeLength >= 5 && idName && nonEmpty === 1) return 'code';
    }
    if (c & CAN_BOOLEAN) return 'boolean';
    if (c & CAN_INTEGER) return 'integer';
    // A column writing both 1,5 and 1.5 is not one convention: keep it as text.
    if (c & CAN_NUMBER && (this.saw & (SAW_DECIMAL_COMMA | SAW_DECIMAL_POINT)) !== (SAW_DECIMAL_COMMA | SAW_DECIMAL_POINT)) return 'number';
    if (c & CAN_DATE) return 'date';
    if (c & CAN_CODE && this.saw & SAW_LEADING_ZERO) return 'code';
    return 'text';
  }

  /**
   * The column's description and values; `index` is its 0-based position (for issues). With a
   * Table Schema field, the column is read as the schema says and its cells checked (`check`).
   */
  finish(rowCount: number, index: number, issues: IssueLog, schema?: { field: SchemaField; unique: boolean }): { info: ColumnInfo; values: ColumnValues; check?: ColumnCheck } {
    if (!schema) return this.guess(rowCount, index, issues);
    const raw = this.strings();
    return applyField(schema.field, schema.unique, raw, this.guess(rowCount, index, issues, raw));
  }

  /** The column as its cells suggest; `raw`: the strings, when already taken out. */
  private guess(rowCount: number, index: number, issues: IssueLog, raw?: string[]): { info: ColumnInfo; values: ColumnValues } {
    // Rows padded by the table (ragged rows) are pushed as '' already: lengths agree.
    const type = this.decideType();
    const info: ColumnInfo = { name: this.name, sourceName: this.sourceName, type, empty: this.empty };
    if (type === 'code' && this.saw & SAW_FLOAT_CODE) issues.add('float-code', { name: this.name, column: index + 1, sample: this.floatSample });
    if (!isNumericType(type)) {
      info.empty = this.blank;
      return { info, values: raw ?? this.strings() };
    }
    this.seal();
    const chunks = this.numberChunks;
    this.chunks = [];
    this.numberChunks = [];
    // Every row pushed while the column was numeric has its number (NaN for empty): `count` of them,
    // which is `rowCount` (the callers push one value per row and column).
    const values = new Float64Array(rowCount);
    let min = Infinity;
    let max = -Infinity;
    let at = 0;
    for (const chunk of chunks) {
      const n = Math.min(chunk.length, rowCount - at);
      for (let i = 0; i < n; i++) {
        const v = chunk[i]!;
        values[at++] = v;
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
    if (min <= max) {
      info.min = min;
      info.max = max;
    }
    if (type === 'number') {
      info.decimals = this.decimals;
      info.decimalComma = (this.saw & SAW_DECIMAL_COMMA) !== 0;
    }
    if (type === 'date') {
      info.withTime = (this.saw & SAW_TIME) !== 0;
      info.dayFirst = (this.saw & SAW_DMY) !== 0;
    }
    return { info, values };
  }
}
