/**
 * Checking cells against a schema field: `checkValue` for one cell (type, then constraints, in the
 * spec's order), `checkRows` for a table (adds `unique`, and counts violations per column, which
 * the viewer shows next to each column title).
 */
import { castText } from './cast.js';
import { fill, schemaMessagesFr, type SchemaMessages } from './messages.js';
import type { CheckResult, SchemaField, TableSchema, TypedValue, Violation, ViolationCode } from './types.js';

export interface CheckOptions {
  messages?: SchemaMessages;
  /**
   * `checkRows` only: the table's columns. Schema fields absent from the table are then not
   * checked (a missing column is a structure problem the file layer reports once, not per cell).
   */
  columns?: readonly string[];
}

/** Cells quoted in messages are shortened: a message is one line, not the whole cell. */
export const quote = (value: string) => (value.length > 60 ? `${value.slice(0, 59)}…` : value);
/** Patterns come from the schema; a huge cell is not tested against them (backtracking cost). */
const MAX_PATTERN_INPUT = 10_000;

/** A violation worded with `messages`. */
export function violationOf(code: ViolationCode, params: Record<string, string | number>, messages: SchemaMessages = schemaMessagesFr): Violation {
  return Object.freeze({ code, message: fill(messages.violations[code], params), params: Object.freeze(params) });
}

const show = (value: TypedValue) => (typeof value === 'boolean' ? String(value) : typeof value === 'number' ? String(value) : quote(value));

/**
 * One cell → its typed value (null when missing) or the first violation found.
 * `raw` may already be typed (a number or boolean from a JSON API): it is then checked as such.
 */
export function checkValue(field: SchemaField, raw: unknown, options: CheckOptions = {}): CheckResult {
  const messages = options.messages ?? schemaMessagesFr;
  const fail = (code: ViolationCode, params: Record<string, string | number> = {}): CheckResult =>
    ({ ok: false, violation: violationOf(code, params, messages) });
  const text = raw === null || raw === undefined ? '' : typeof raw === 'string' ? raw : String(raw);
  if (raw === null || raw === undefined || field.missingValues.includes(text)) {
    return field.constraints.required ? fail('required') : { ok: true, value: null };
  }

  let value: TypedValue | undefined;
  if (typeof raw === 'number' && (field.type === 'number' || (field.type === 'integer' && Number.isSafeInteger(raw)))) value = raw;
  else if (typeof raw === 'boolean' && field.type === 'boolean') value = raw;
  else value = castText(field, text);
  if (value === undefined) {
    const kind = field.type === 'string' ? field.format : field.type;
    const expected = fill(messages.expected[kind as keyof SchemaMessages['expected']] ?? messages.expected[field.type], {
      format: field.format === 'default' ? 'AAAA-MM-JJ' : field.format.replace(/^fmt:/, ''),
    });
    return fail('type', { value: quote(text), expected });
  }

  const { enum: allowed, minimum, maximum, minLength, maxLength, pattern } = field.constraints;
  if (allowed && !allowed.includes(value)) {
    const values = allowed.slice(0, 10).map(show).join(', ') + (allowed.length > 10 ? '…' : '');
    return fail('enum', { value: show(value), values });
  }
  // numbers compare as numbers; dates and times as their ISO text, which sorts the same way
  if (minimum !== undefined && typeof value === typeof minimum && value < minimum) return fail('minimum', { value: show(value), limit: show(minimum) });
  if (maximum !== undefined && typeof value === typeof maximum && value > maximum) return fail('maximum', { value: show(value), limit: show(maximum) });
  const chars = [...text].length;
  if (minLength !== undefined && chars < minLength) return fail('minLength', { length: chars, limit: minLength });
  if (maxLength !== undefined && chars > maxLength) return fail('maxLength', { length: chars, limit: maxLength });
  // the pattern applies to the written form (a string type's text)
  if (pattern && (text.length > MAX_PATTERN_INPUT || !pattern.test(text))) return fail('pattern', { value: quote(text) });
  return { ok: true, value };
}

export interface TableCheck {
  /** Row index → column name → violation, for the cells that have one. */
  readonly cells: ReadonlyMap<number, ReadonlyMap<string, Violation>>;
  /** Column name → number of invalid cells. */
  readonly counts: ReadonlyMap<string, number>;
  /** Invalid cells in the whole table. */
  readonly total: number;
}

/** Checks every cell of `rows` for the schema's fields (a key missing from a row counts as a missing value). */
export function checkRows(schema: TableSchema, rows: ReadonlyArray<Readonly<Record<string, unknown>>>, options: CheckOptions = {}): TableCheck {
  const messages = options.messages ?? schemaMessagesFr;
  const cells = new Map<number, Map<string, Violation>>();
  const counts = new Map<string, number>();
  let total = 0;
  const record = (index: number, name: string, found: Violation) => {
    if (!cells.has(index)) cells.set(index, new Map());
    cells.get(index)!.set(name, found);
    counts.set(name, (counts.get(name) ?? 0) + 1);
    total += 1;
  };
  const present = options.columns && new Set(options.columns);
  for (const field of schema.fields) {
    if (present && !present.has(field.name)) continue;
    const unique = field.constraints.unique || (schema.primaryKey.length === 1 && schema.primaryKey[0] === field.name);
    const seen = new Set<TypedValue>();
    rows.forEach((row, index) => {
      const result = checkValue(field, Object.hasOwn(row, field.name) ? row[field.name] : null, { messages });
      if (!result.ok) return record(index, field.name, result.violation);
      if (!unique || result.value === null) return;
      if (seen.has(result.value)) record(index, field.name, violationOf('unique', { value: show(result.value) }, messages));
      seen.add(result.value);
    });
  }
  return { cells, counts, total };
}
