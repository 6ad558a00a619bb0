/**
 * One column as the engine reads it, built once when first needed: every row's value as a small
 * integer id (its distinct value), the order of the ids, and the text of each id for pick-lists,
 * filters and search. Sorting, filtering and grouping then touch typed arrays only, and the costly
 * string work (collation, folding) is done once per distinct value, not per row: a column of 400,000
 * rows with 300 communes folds 300 strings.
 */
import type { ColumnInfo, ColumnValues } from '../source/columns.js';
import { collationRanks } from './collate.js';
import { foldText } from './fold.js';

/** Id of an empty cell (NaN, blank text): never a real id, sorted last in both directions. */
export const EMPTY = 0xffffffff;

export interface ColumnDict {
  /** `ids[row]`: id of the row's value, or EMPTY. */
  readonly ids: Uint32Array;
  /** Distinct non-empty values (ids are 0 … size - 1). */
  readonly size: number;
  /** `rank(id)`: position of the value in ascending order (equal values, equal ranks). */
  readonly ranks: Uint32Array;
  /** Number of different ranks. */
  readonly rankCount: number;
  /** The value as text: the string as written, a number, an ISO date, true/false. */
  text(id: number): string;
  /** Folded text of every id (accents, case, punctuation ignored), computed on first use. */
  folded(): readonly string[];
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ms since 1970 (UTC, the date as written) → `2024-03-15` or `2024-03-15T08:30:00`. */
export function isoDate(ms: number, withTime = false): string {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const date = `${y < 0 ? '-' : ''}${pad(Math.abs(y), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (!withTime) return date;
  const msPart = d.getUTCMilliseconds();
  return `${date}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${msPart ? `.${pad(msPart, 3)}` : ''}`;
}

/** Blank as the reader counts it (source/columns.ts): '' or white space only. */
export const isBlank = (v: string): boolean => v.length === 0 || (v.charCodeAt(0) <= 32 && v.trim() === '');

function textDict(values: readonly string[], collator: Intl.Collator): ColumnDict {
  const n = values.length;
  const ids = new Uint32Array(n);
  const index = new Map<string, number>();
  const distinct: string[] = [];
  for (let r = 0; r < n; r++) {
    const v = values[r]!;
    if (isBlank(v)) {
      ids[r] = EMPTY;
      continue;
    }
    let id = index.get(v);
    if (id === undefined) {
      id = distinct.length;
      index.set(v, id);
      distinct.push(v);
    }
    ids[r] = id;
  }
  // Leading and trailing spaces as written do not move a value in the order.
  const { rank, count } = collationRanks(distinct.map((s) => s.trim()), collator);
  let folded: string[] | undefined;
  return {
    ids,
    size: distinct.length,
    ranks: rank,
    rankCount: count,
    text: (id) => distinct[id]!,
    folded: () => (folded ??= distinct.map(foldText)),
  };
}

/** A number, date or boolean as text (pick-lists, enum filters, group labels). */
export function numericText(v: number, info: Pick<ColumnInfo, 'type' | 'withTime'>): string {
  if (info.type === 'date') return isoDate(v, info.withTime);
  if (info.type === 'boolean') return v ? 'true' : 'false';
  return String(v);
}

/** Folded text of a number, date or boolean for filters and search (what a person may type). */
export function numericSearchText(v: number, info: Pick<ColumnInfo, 'type' | 'withTime'>): string {
  if (info.type === 'boolean') return v ? 'oui vrai true' : 'non faux false';
  if (info.type === 'date') {
    // As the table writes it (ISO) and as French files write it (15/03/2024).
    const iso = isoDate(v, info.withTime);
    return foldText(`${iso} ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`);
  }
  // 12.5 and 12,5 fold alike ("12 5"), as foldText would fold them, without its regular expressions.
  const s = String(v);
  if (s.includes('e')) return foldText(s);
  const unsigned = s.charCodeAt(0) === 45 ? s.slice(1) : s;
  const dot = unsigned.indexOf('.');
  return dot < 0 ? unsigned : `${unsigned.slice(0, dot)} ${unsigned.slice(dot + 1)}`;
}

/** Numbers, dates, booleans: ids are the ranks of the sorted distinct values. */
function numericDict(values: Float64Array, info: Pick<ColumnInfo, 'type' | 'withTime'>): ColumnDict {
  const n = values.length;
  const sorted = values.slice().sort(); // NaN last
  let size = 0;
  for (let i = 0; i < n; i++) {
    const v = sorted[i]!;
    if (v !== v) break;
    if (size === 0 || v !== sorted[size - 1]) sorted[size++] = v;
  }
  const unique = sorted.subarray(0, size);
  const ids = new Uint32Array(n);
  for (let r = 0; r < n; r++) {
    const v = values[r]!;
    if (v !== v) {
      ids[r] = EMPTY;
      continue;
    }
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (unique[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    ids[r] = lo;
  }
  const ranks = new Uint32Array(size);
  for (let i = 0; i < size; i++) ranks[i] = i;
  const text = (id: number): string => numericText(unique[id]!, info);
  let folded: string[] | undefined;
  return {
    ids,
    size,
    ranks,
    rankCount: size,
    text,
    folded: () => (folded ??= Array.from({ length: size }, (_, id) => numericSearchText(unique[id]!, info))),
  };
}

export function buildDict(values: ColumnValues, info: Pick<ColumnInfo, 'type' | 'withTime'>, collator: Intl.Collator): ColumnDict {
  return values instanceof Float64Array ? numericDict(values, info) : textDict(values, collator);
}
