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

/** Index of the high 32 bits of a float64 in its two 32-bit halves (1 on little-endian hardware). */
const HIGH = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 1 : 0;

/**
 * Rows of `values` that are not NaN, in ascending order of value (ties in row order): a stable LSD
 * radix sort, 16 bits a pass, on the float64 bits made to sort as unsigned integers (sign bit flipped
 * for positives, every bit for negatives). Four linear passes at most, a pass skipped when every row
 * has the same digit. Sorting the values, then finding each row's value by binary search, took
 * about twice as long on 400,000 mostly distinct amounts.
 */
function ascendingRows(values: Float64Array): Uint32Array {
  const n = values.length;
  let rows = new Uint32Array(n);
  const copy = new Float64Array(n);
  let m = 0;
  for (let r = 0; r < n; r++) {
    const v = values[r]!;
    if (v !== v) continue;
    // -0 and 0: one value (equal for ===), one key.
    copy[m] = v === 0 ? 0 : v;
    rows[m++] = r;
  }
  if (m === 0) return rows.subarray(0, 0);
  const bits = new Uint32Array(copy.buffer, 0, 2 * m);
  let hi = new Uint32Array(m);
  let lo = new Uint32Array(m);
  const counts = [new Uint32Array(65536), new Uint32Array(65536), new Uint32Array(65536), new Uint32Array(65536)] as const;
  const [c0, c1, c2, c3] = counts;
  for (let i = 0; i < m; i++) {
    let h = bits[2 * i + HIGH]!;
    let l = bits[2 * i + 1 - HIGH]!;
    if (h & 0x80000000) {
      h = ~h;
      l = ~l;
    } else h ^= 0x80000000;
    hi[i] = h;
    lo[i] = l;
    c0[l & 0xffff]++;
    c1[l >>> 16]++;
    c2[h & 0xffff]++;
    c3[h >>> 16]++;
  }
  let rowsTo = new Uint32Array(m);
  let hiTo = new Uint32Array(m);
  let loTo = new Uint32Array(m);
  for (let pass = 0; pass < 4; pass++) {
    const count = counts[pass]!;
    // Digit of the first row: if every row has it, the pass would change nothing.
    const first = pass === 0 ? lo[0]! & 0xffff : pass === 1 ? lo[0]! >>> 16 : pass === 2 ? hi[0]! & 0xffff : hi[0]! >>> 16;
    if (count[first] === m) continue;
    let sum = 0;
    for (let b = 0; b < 65536; b++) {
      const c = count[b]!;
      count[b] = sum;
      sum += c;
    }
    // The low half is needed by the first two passes only.
    if (pass < 2) {
      const shift = pass === 0 ? 0 : 16;
      for (let i = 0; i < m; i++) {
        const l = lo[i]!;
        const to = count[(l >>> shift) & 0xffff]++;
        rowsTo[to] = rows[i]!;
        hiTo[to] = hi[i]!;
        loTo[to] = l;
      }
      [lo, loTo] = [loTo, lo];
    } else {
      const shift = pass === 2 ? 0 : 16;
      for (let i = 0; i < m; i++) {
        const h = hi[i]!;
        const to = count[(h >>> shift) & 0xffff]++;
        rowsTo[to] = rows[i]!;
        hiTo[to] = h;
      }
    }
    [rows, rowsTo] = [rowsTo, rows];
    [hi, hiTo] = [hiTo, hi];
  }
  return rows.subarray(0, m);
}

/** Beyond this many distinct values, a numeric column is sorted whole (radix) rather than looked up. */
const FEW_VALUES = 1 << 15;

/**
 * Ids of a column with at most FEW_VALUES distinct values (dates, booleans, small integers, codes):
 * each row's value looked up in a Map, then only the distinct values sorted. Undefined when there are
 * more (the lookups would cost more than sorting every row).
 */
function fewValues(values: Float64Array): { ids: Uint32Array; unique: Float64Array } | undefined {
  const n = values.length;
  const ids = new Uint32Array(n);
  // Map keys compare as SameValueZero: -0 and 0 are one value.
  const seen = new Map<number, number>();
  const found: number[] = [];
  for (let r = 0; r < n; r++) {
    const v = values[r]!;
    if (v !== v) {
      ids[r] = EMPTY;
      continue;
    }
    let id = seen.get(v);
    if (id === undefined) {
      if (found.length === FEW_VALUES) return undefined;
      id = found.length;
      seen.set(v, id);
      found.push(v === 0 ? 0 : v);
    }
    ids[r] = id;
  }
  // Ids so far in order of appearance; the final id of a value is its rank.
  const byValue = Array.from(found.keys()).sort((a, b) => found[a]! - found[b]!);
  const rank = new Uint32Array(found.length);
  const unique = new Float64Array(found.length);
  byValue.forEach((id, i) => {
    rank[id] = i;
    unique[i] = found[id]!;
  });
  for (let r = 0; r < n; r++) if (ids[r] !== EMPTY) ids[r] = rank[ids[r]!]!;
  return { ids, unique };
}

/** Numbers, dates, booleans: ids are the ranks of the sorted distinct values. */
function numericDict(values: Float64Array, info: Pick<ColumnInfo, 'type' | 'withTime'>): ColumnDict {
  const few = fewValues(values);
  let ids: Uint32Array;
  let unique: Float64Array;
  let size: number;
  if (few) {
    ({ ids, unique } = few);
    size = unique.length;
  } else {
    const order = ascendingRows(values);
    ids = new Uint32Array(values.length).fill(EMPTY);
    unique = new Float64Array(order.length);
    size = 0;
    for (let i = 0; i < order.length; i++) {
      const r = order[i]!;
      const v = values[r]!;
      if (size === 0 || v !== unique[size - 1]) unique[size++] = v === 0 ? 0 : v;
      ids[r] = size - 1;
    }
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
