/**
 * The query engine of the data viewer: filters, global search, multi-key sort, groups and pick-lists
 * over the columnar `DataTable`, on typed arrays. Pure and DOM-free: it runs in the query worker
 * (worker.ts), and can run in the parsing worker or on the main thread as it is.
 *
 * - Each column gets a dictionary on first use (dict.ts): per row the id of its distinct value, per
 *   id its rank in French (or numeric) order and its folded text.
 * - Sorting is a stable counting sort on ranks, one pass per key from the last to the first: linear,
 *   no string comparison, no comparator call per pair.
 * - Text filters and search test each distinct value once, then rows by id. The last result is kept:
 *   a narrowing keystroke tests the previous matches only, and a value whose folded text did not
 *   contain "mar" is not tested again for "marc".
 */
import type { CellValue, Group, GroupQuery, TableQuery } from '../model.js';
import type { DataTable } from '../source/table.js';
import { buildDict, EMPTY, isBlank, isoDate, type ColumnDict } from './dict.js';
import { conditions, narrows, sameConditions, type Condition, type Conditions } from './filters.js';

/** What the engine needs of a `DataTable` (a worker receives only this). */
export type QueryTable = Pick<DataTable, 'columns' | 'rowCount' | 'data'>;

export interface DistinctValue {
  value: string;
  count: number;
}

export interface QueryEngine {
  /** Applies filters, search and sort; later `rows` and `groups` read this result. */
  run(query: TableQuery): { total: number };
  /** Rows `start` (included) to `end` (excluded) of the current result, in display order. */
  rows(start: number, end: number): CellValue[][];
  /** Row numbers (in the file, from 0) of the current result, `start` to `end`, in display order. */
  rowNumbers(start: number, end: number): number[];
  /** Groups of the current result (after filters and search). */
  groups(query: GroupQuery): Group[];
  /** The most frequent values of a column over the whole table (pick-lists), most frequent first. */
  distinct(column: number, limit?: number): DistinctValue[];
  /**
   * Builds ahead what a first sort (and, with `folded`, a first search) of the column would build: a
   * worker calls it while idle, so the first click on a header does not wait for it.
   */
  prepare(column: number, folded?: boolean): void;
}

/** Label of the group gathering what is beyond `limit` (the page may translate it: `other: true`). */
export const OTHER_LABEL = 'Autres';

/**
 * The idle work of a worker holding a table, in order: every column's sort order first (a click on
 * a header), then its folded text (a first search). One step per `prepare` call, so that a request
 * that comes in waits for one step at most.
 */
export function preparationSteps(columnCount: number): { column: number; folded: boolean }[] {
  const columns = Array.from({ length: columnCount }, (_, column) => column);
  return [...columns.map((column) => ({ column, folded: false })), ...columns.map((column) => ({ column, folded: true }))];
}

export function createQueryEngine(table: QueryTable): QueryEngine {
  const n = table.rowCount;
  const collator = new Intl.Collator('fr', { numeric: true });
  const dicts: (ColumnDict | undefined)[] = [];
  const dict = (c: number): ColumnDict => {
    const values = table.data[c];
    const info = table.columns[c];
    if (!values || !info) throw new RangeError(`No column ${c}`);
    return (dicts[c] ??= buildDict(values, info, collator));
  };

  /**
   * Per column, the last needles tested on its distinct values: a needle that extends one of them
   * ("marc" after "mar") tests only the values that matched before.
   */
  const needleCache: Map<string, Uint8Array>[] = [];
  const matchingIds = (c: number, needle: string): Uint8Array | undefined => {
    const d = dict(c);
    const cache = (needleCache[c] ??= new Map());
    const known = cache.get(needle);
    if (known) return known.length ? known : undefined;
    // The longest cached needle inside this one: its matches are the only candidates.
    let base: Uint8Array | undefined;
    let found = false;
    let longest = 0;
    for (const [k, m] of cache) {
      if (k.length > longest && needle.includes(k)) {
        base = m;
        found = true;
        longest = k.length;
      }
    }
    const folded = d.folded();
    const match = new Uint8Array(d.size);
    let any = false;
    if (!found) {
      for (let id = 0; id < d.size; id++) {
        if (folded[id]!.includes(needle)) {
          match[id] = 1;
          any = true;
        }
      }
    } else if (base!.length) {
      for (let id = 0; id < d.size; id++) {
        if (base![id] && folded[id]!.includes(needle)) {
          match[id] = 1;
          any = true;
        }
      }
    }
    // An empty array stands for "no value matches" (the column can be skipped).
    const result = any ? match : new Uint8Array(0);
    if (cache.size >= 8) cache.delete(cache.keys().next().value!);
    cache.set(needle, result);
    return any ? match : undefined;
  };

  let last: { conditions: Conditions; matches: Uint32Array } | undefined;
  let order: Uint32Array = allRows(n);
  let matches: Uint32Array = order;

  function filterBy(rows: Uint32Array, c: Condition): Uint32Array {
    const out = new Uint32Array(rows.length);
    let k = 0;
    if (c.kind === 'range') {
      const values = table.data[c.column];
      if (!(values instanceof Float64Array)) return out.subarray(0, 0);
      const { min, max } = c;
      for (let i = 0; i < rows.length; i++) {
        const v = values[rows[i]!]!;
        if (v >= min && v <= max) out[k++] = rows[i]!;
      }
      return out.subarray(0, k);
    }
    const d = dict(c.column);
    let m: Uint8Array | undefined;
    if (c.kind === 'text') m = matchingIds(c.column, c.needle);
    else {
      m = new Uint8Array(d.size);
      for (let id = 0; id < d.size; id++) if (c.values.has(d.text(id))) m[id] = 1;
    }
    if (!m) return out.subarray(0, 0);
    const ids = d.ids;
    for (let i = 0; i < rows.length; i++) {
      const id = ids[rows[i]!]!;
      if (id !== EMPTY && m[id]) out[k++] = rows[i]!;
    }
    return out.subarray(0, k);
  }

  /** Rows where `word` is in some cell. */
  function searchWord(rows: Uint32Array, word: string): Uint32Array {
    const columns: { ids: Uint32Array; m: Uint8Array }[] = [];
    for (let c = 0; c < table.columns.length; c++) {
      const m = matchingIds(c, word);
      if (m) columns.push({ ids: dict(c).ids, m });
    }
    const out = new Uint32Array(rows.length);
    let k = 0;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      for (let j = 0; j < columns.length; j++) {
        const { ids, m } = columns[j]!;
        const id = ids[r]!;
        if (id !== EMPTY && m[id]) {
          out[k++] = r;
          break;
        }
      }
    }
    return out.subarray(0, k);
  }

  function match(next: Conditions): Uint32Array {
    if (last && sameConditions(next, last.conditions)) return last.matches;
    let rows = last && narrows(next, last.conditions) ? last.matches : allRows(n);
    for (const c of next.filters) rows = filterBy(rows, c);
    for (const w of next.words) rows = searchWord(rows, w);
    last = { conditions: next, matches: rows };
    return rows;
  }

  function sort(rows: Uint32Array, keys: TableQuery['sort']): Uint32Array {
    let current = rows;
    // Least significant key first: each pass is stable, so earlier keys win and ties keep file order.
    for (let k = (keys?.length ?? 0) - 1; k >= 0; k--) {
      const key = keys![k]!;
      const d = dict(key.column);
      const descending = key.direction === 'descending';
      const ids = d.ids;
      const ranks = d.ranks;
      const top = d.rankCount; // bucket of empty values, last either way
      const bucket = new Uint32Array(current.length);
      const counts = new Uint32Array(top + 2);
      for (let i = 0; i < current.length; i++) {
        const id = ids[current[i]!]!;
        const b = id === EMPTY ? top : descending ? top - 1 - ranks[id]! : ranks[id]!;
        bucket[i] = b;
        counts[b + 1]++;
      }
      for (let b = 1; b <= top + 1; b++) counts[b] += counts[b - 1]!;
      const out = new Uint32Array(current.length);
      for (let i = 0; i < current.length; i++) out[counts[bucket[i]!]++] = current[i]!;
      current = out;
    }
    return current;
  }

  const cell = (c: number, r: number): CellValue => {
    const values = table.data[c]!;
    if (!(values instanceof Float64Array)) {
      const v = values[r]!;
      return isBlank(v) ? null : v;
    }
    const v = values[r]!;
    if (v !== v) return null;
    const info = table.columns[c]!;
    if (info.type === 'boolean') return v !== 0;
    if (info.type === 'date') return isoDate(v, info.withTime);
    return v;
  };

  const clamp = (start: number, end: number): [number, number] => {
    const s = Math.max(0, Math.min(order.length, Math.floor(start) || 0));
    return [s, Math.max(s, Math.min(order.length, Math.floor(end) || 0))];
  };

  return {
    run(query) {
      matches = match(conditions(query));
      order = query.sort?.length ? sort(matches, query.sort) : matches;
      return { total: order.length };
    },

    rows(start, end) {
      const [s, e] = clamp(start, end);
      const width = table.columns.length;
      const out: CellValue[][] = [];
      for (let i = s; i < e; i++) {
        const r = order[i]!;
        const row: CellValue[] = [];
        for (let c = 0; c < width; c++) row.push(cell(c, r));
        out.push(row);
      }
      return out;
    },

    rowNumbers(start, end) {
      const [s, e] = clamp(start, end);
      return Array.from(order.subarray(s, e));
    },

    groups(q) {
      return groupRows(matches, q, dict(q.by), q.measure === 'count' ? undefined : numericColumn(table, q.value));
    },

    prepare(column, folded = false) {
      const d = dict(column);
      if (folded) d.folded();
    },

    distinct(column, limit = 100) {
      const d = dict(column);
      const counts = new Uint32Array(d.size);
      const ids = d.ids;
      for (let r = 0; r < n; r++) if (ids[r] !== EMPTY) counts[ids[r]!]++;
      const order = Array.from({ length: d.size }, (_, id) => id).sort((a, b) => counts[b]! - counts[a]! || d.ranks[a]! - d.ranks[b]! || a - b);
      return order.slice(0, Math.max(0, limit)).map((id) => ({ value: d.text(id), count: counts[id]! }));
    },
  };
}

function allRows(n: number): Uint32Array {
  const rows = new Uint32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  return rows;
}

function numericColumn(table: QueryTable, c: number | undefined): Float64Array {
  const values = c === undefined ? undefined : table.data[c];
  if (!(values instanceof Float64Array)) throw new RangeError('sum and avg need a numeric value column');
  return values;
}

/** Count, sum or average per value of `d` over `rows`; the largest `limit` groups, the rest as one. */
function groupRows(rows: Uint32Array, q: GroupQuery, d: ColumnDict, values: Float64Array | undefined): Group[] {
  const count = new Uint32Array(d.size);
  const sum = new Float64Array(d.size);
  const filled = new Uint32Array(d.size);
  const ids = d.ids;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const id = ids[r]!;
    // Rows without a value in `by` belong to no group.
    if (id === EMPTY) continue;
    count[id]++;
    if (values) {
      const v = values[r]!;
      if (v === v) {
        sum[id] += v;
        filled[id]++;
      }
    }
  }
  const measure = (c: number, s: number, f: number): number => (q.measure === 'count' ? c : q.measure === 'sum' ? s : f ? s / f : NaN);
  const present: number[] = [];
  for (let id = 0; id < d.size; id++) if (count[id]) present.push(id);
  const byRank = (a: number, b: number) => d.ranks[a]! - d.ranks[b]! || a - b;
  const byValue = (a: number, b: number) => {
    const va = measure(count[a]!, sum[a]!, filled[a]!);
    const vb = measure(count[b]!, sum[b]!, filled[b]!);
    // NaN (an average of nothing) last.
    if (va !== vb) return vb !== vb ? -1 : va !== va ? 1 : vb - va;
    return byRank(a, b);
  };
  present.sort(byValue);
  const limit = q.limit !== undefined && q.limit >= 0 ? Math.floor(q.limit) : Infinity;
  const kept = present.length > limit ? present.slice(0, limit) : present;
  if (q.order === 'label') kept.sort(byRank);
  const groups: Group[] = kept.map((id) => ({ label: d.text(id), value: measure(count[id]!, sum[id]!, filled[id]!), count: count[id]! }));
  if (kept.length < present.length) {
    let c = 0;
    let s = 0;
    let f = 0;
    for (const id of present.slice(kept.length)) {
      c += count[id]!;
      s += sum[id]!;
      f += filled[id]!;
    }
    groups.push({ label: OTHER_LABEL, value: measure(c, s, f), count: c, other: true });
  }
  return groups;
}
