/**
 * One column while rows arrive: the raw strings, the types still possible, and the numeric reading
 * kept in a growing Float64Array while a numeric type is possible (so values are parsed once). A column
 * that becomes text stops being classified: text columns cost one push per cell.
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
  private numbers = new Float64Array(1024);
  private decimals = 0;
  private empty = 0;
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
    this.current = new Array<string>(Math.min(Math.max(n, 1024), MAX_CHUNK));
    this.used = 0;
    // Numbers too, while the column may be numeric: one growth per chunk at most.
    if (this.candidates & NUMERIC && this.numbers.length < this.count + n) {
      const grown = new Float64Array(Math.max(this.count + n, this.numbers.length * 1.5) | 0);
      grown.set(this.numbers);
      this.numbers = grown;
    }
  }

  private seal(): void {
    if (this.used > 0) {
      this.current.length = this.used;
      this.chunks.push(this.current);
    }
    this.current = [];
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
    const row = this.count++;
    if (this.used === this.current.length) this.reserve(Math.max(64, this.count >> 1));
    this.current[this.used++] = raw;
    // A text column is done with: its empty cells are counted once at the end.
    if (this.candidates === 0) return;
    let s = raw;
    if (s.length === 0 || s.charCodeAt(0) <= 32 || s.charCodeAt(s.length - 1) <= 32) {
      s = s.trim();
      if (s.length === 0) {
        this.empty++;
        if (this.candidates & NUMERIC) this.store(row, NaN);
        return;
      }
    }
    cell.saw = 0;
    const flags = classify(s, this.candidates);
    if (flags === 0 && this.candidates & NUMERIC && isMissingMarker(s)) {
      this.empty++;
      this.store(row, NaN);
      return;
    }
    this.candidates = flags;
    this.saw |= cell.saw;
    if (flags & NUMERIC) {
      this.store(row, cell.value);
      if (cell.decimals > this.decimals) this.decimals = cell.decimals;
    }
    if (flags & CAN_CODE) {
      if (this.codeLength === -1) this.codeLength = cell.length;
      else if (this.codeLength !== cell.length) this.codeLength = -2;
      if (cell.saw & SAW_FLOAT_CODE && !this.floatSample) this.floatSample = s;
    }
  }

  private store(row: number, value: number): void {
    if (row >= this.numbers.length) {
      const grown = new Float64Array(this.numbers.length * 2);
      grown.set(this.numbers);
      this.numbers = grown;
    }
    this.numbers[row] = value;
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
      const values = raw ?? this.strings();
      let empty = 0;
      for (let i = 0; i < values.length; i++) {
        const v = values[i]!;
        if (v.length === 0 || (v.charCodeAt(0) <= 32 && v.trim() === '')) empty++;
      }
      info.empty = empty;
      return { info, values };
    }
    this.chunks = [];
    this.current = [];
    const values = this.numbers.length === rowCount ? this.numbers : this.numbers.slice(0, rowCount);
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < rowCount; i++) {
      const v = values[i]!;
      if (v < min) min = v;
      if (v > max) max = v;
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
