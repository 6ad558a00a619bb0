/**
 * A Table Schema field applied to a column as it is read: the schema's number options
 * (`decimalChar`, `groupChar`, `bareNumber`) and its types decide how the cells are read where the
 * schema says more than the guess (a `string` code is never turned into a number; `1.234,5` under
 * `decimalChar ","` and `groupChar "."` is a number), and every cell is checked against the field,
 * in the form it is written in the file. Per row only a violation code is kept (one byte): the
 * message of a shown cell is worded again when it is asked for (`noteFor`).
 */
import type { ColumnInfo, ColumnValues } from '../source/columns.js';
import { castNumber } from './cast.js';
import { checkValue, quote, violationOf } from './check.js';
import type { SchemaMessages } from './messages.js';
import type { SchemaField, TypedValue, Violation, ViolationCode } from './types.js';

/** Codes in the order their number (1 + index) is stored per row. */
export const VIOLATION_CODES: readonly ViolationCode[] = ['required', 'type', 'enum', 'minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'unique'];

export interface ColumnCheck {
  /** Per row: 0 when the cell is valid, else 1 + its code's index in `VIOLATION_CODES`. */
  codes: Uint8Array;
  /** Invalid cells of the column. */
  total: number;
  /** Invalid cells per kind of violation. */
  counts: Partial<Record<ViolationCode, number>>;
  /** The cells as written, kept when the column's values are typed (messages quote what was written). */
  raw?: string[];
}

const DIGITS_AFTER = (text: string, decimalChar: string): number => {
  const at = text.lastIndexOf(decimalChar);
  return at < 0 ? 0 : text.length - at - 1 - (text.slice(at + 1).match(/\D+$/)?.[0].length ?? 0);
};

/**
 * The column as the schema reads it. Numbers and booleans the guess missed become typed when every
 * filled cell reads as such (otherwise the cells stay as written, and the failing ones are flagged);
 * a `string` field stays text even when its cells look like numbers or dates.
 */
function retype(field: SchemaField, raw: string[], guess: { info: ColumnInfo; values: ColumnValues }): { info: ColumnInfo; values: ColumnValues } {
  const { info } = guess;
  const missing = new Set(field.missingValues);
  if (field.type === 'string' && info.type !== 'text' && info.type !== 'code') {
    const { min: _min, max: _max, decimals: _d, decimalComma: _c, withTime: _w, dayFirst: _f, ...rest } = info;
    return { info: { ...rest, type: 'code' }, values: raw };
  }
  if ((field.type === 'number' || field.type === 'integer') && info.type !== 'number' && info.type !== 'integer') {
    const values = new Float64Array(raw.length);
    let decimals = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < raw.length; i++) {
      const text = raw[i]!;
      if (missing.has(text) || text.trim() === '') {
        values[i] = NaN;
        continue;
      }
      const value = castNumber(text, field, field.type === 'integer');
      if (value === undefined || !Number.isFinite(value)) return guess;
      values[i] = value;
      if (value < min) min = value;
      if (value > max) max = value;
      if (field.type === 'number') decimals = Math.max(decimals, DIGITS_AFTER(text.trim(), field.decimalChar));
    }
    if (min > max) return guess; // nothing filled: the guess (text) is as good
    const typed: ColumnInfo = { name: info.name, sourceName: info.sourceName, type: field.type, empty: info.empty, min, max };
    if (field.type === 'number') Object.assign(typed, { decimals, decimalComma: field.decimalChar === ',' });
    return { info: typed, values };
  }
  if (field.type === 'boolean' && info.type !== 'boolean') {
    const values = new Float64Array(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const text = raw[i]!.trim();
      if (missing.has(raw[i]!) || text === '') values[i] = NaN;
      else if (field.trueValues.includes(text)) values[i] = 1;
      else if (field.falseValues.includes(text)) values[i] = 0;
      else return guess;
    }
    return { info: { name: info.name, sourceName: info.sourceName, type: 'boolean', empty: info.empty, min: 0, max: 1 }, values };
  }
  return guess;
}

/** Reads the column as the schema says and checks each cell (`unique` and primary key included). */
export function applyField(
  field: SchemaField,
  unique: boolean,
  raw: string[],
  guess: { info: ColumnInfo; values: ColumnValues },
): { info: ColumnInfo; values: ColumnValues; check: ColumnCheck } {
  const { info, values } = retype(field, raw, guess);
  const codes = new Uint8Array(raw.length);
  const counts: Partial<Record<ViolationCode, number>> = {};
  const seen = unique ? new Set<TypedValue>() : undefined;
  let total = 0;
  const flag = (row: number, code: ViolationCode): void => {
    codes[row] = VIOLATION_CODES.indexOf(code) + 1;
    counts[code] = (counts[code] ?? 0) + 1;
    total += 1;
  };
  for (let i = 0; i < raw.length; i++) {
    // The schema's missing values apply to the text as written ('' by default).
    const result = checkValue(field, raw[i]!);
    if (!result.ok) flag(i, result.violation.code);
    else if (seen && result.value !== null) {
      if (seen.has(result.value)) flag(i, 'unique');
      else seen.add(result.value);
    }
  }
  const check: ColumnCheck = { codes, total, counts };
  if (total > 0 && values !== raw) check.raw = raw;
  return { info, values, check };
}

/** The violation of one cell, worded (undefined when the cell is valid). */
export function noteFor(field: SchemaField, check: ColumnCheck, row: number, cell: string, messages: SchemaMessages): Violation | undefined {
  const code = VIOLATION_CODES[(check.codes[row] ?? 0) - 1];
  if (!code) return undefined;
  if (code === 'unique') return violationOf('unique', { value: quote(cell) }, messages);
  const result = checkValue(field, cell, { messages });
  return result.ok ? undefined : result.violation;
}
