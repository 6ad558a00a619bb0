/**
 * The straightforward implementation of the same queries (Array.prototype.sort with localeCompare,
 * filter with includes, folding every cell each time): the reference the tests compare the engine
 * with, and the other side of the benchmark. Not for production: 400,000 rows take seconds.
 */
import type { CellValue, Group, GroupQuery, TableQuery } from '../model.js';
import { isBlank, isoDate, numericSearchText, numericText } from './dict.js';
import type { QueryTable } from './engine.js';
import { OTHER_LABEL } from './engine.js';
import { parseIsoDate } from './filters.js';
import { foldText, searchWords } from './fold.js';

/** One collator, as `localeCompare(b, 'fr', { numeric: true })` would use (that call builds one each time: 300× slower). */
const collator = new Intl.Collator('fr', { numeric: true });

const isEmpty = (v: string | number): boolean => (typeof v === 'number' ? Number.isNaN(v) : isBlank(v));

function text(table: QueryTable, c: number, r: number): string {
  const v = table.data[c]![r]!;
  return typeof v === 'number' ? (Number.isNaN(v) ? '' : numericText(v, table.columns[c]!)) : v;
}

function searchText(table: QueryTable, c: number, r: number): string {
  const v = table.data[c]![r]!;
  if (typeof v === 'number') return Number.isNaN(v) ? '' : numericSearchText(v, table.columns[c]!);
  return isBlank(v) ? '' : foldText(v);
}

/** Row numbers of the result, in order. */
export function naiveQuery(table: QueryTable, query: TableQuery): number[] {
  let rows = Array.from({ length: table.rowCount }, (_, i) => i);
  for (const f of query.filters ?? []) {
    const values = table.data[f.column]!;
    if (f.kind === 'text') {
      const needle = foldText(f.contains);
      if (needle) rows = rows.filter((r) => searchText(table, f.column, r).includes(needle));
    } else if (f.kind === 'enum') {
      if (f.values.length) rows = rows.filter((r) => !isEmpty(values[r]!) && f.values.includes(text(table, f.column, r)));
    } else {
      let min = -Infinity;
      let max = Infinity;
      if (f.kind === 'range') {
        min = f.min ?? -Infinity;
        max = f.max ?? Infinity;
      } else {
        if (f.from) min = parseIsoDate(f.from)?.ms ?? -Infinity;
        const to = f.to ? parseIsoDate(f.to) : undefined;
        if (to) max = to.withTime ? to.ms : to.ms + 86_400_000 - 1;
      }
      if (min !== -Infinity || max !== Infinity) rows = rows.filter((r) => typeof values[r] === 'number' && (values[r] as number) >= min && (values[r] as number) <= max);
    }
  }
  const words = searchWords(query.search);
  if (words.length) rows = rows.filter((r) => words.every((w) => table.columns.some((_, c) => searchText(table, c, r).includes(w))));
  const keys = query.sort ?? [];
  if (keys.length) {
    rows.sort((a, b) => {
      for (const { column, direction } of keys) {
        const va = table.data[column]![a]!;
        const vb = table.data[column]![b]!;
        const ea = isEmpty(va);
        const eb = isEmpty(vb);
        if (ea || eb) {
          if (ea && eb) continue;
          return ea ? 1 : -1;
        }
        const d = typeof va === 'number' ? va - (vb as number) : collator.compare(va.trim(), (vb as string).trim());
        if (d !== 0) return direction === 'descending' ? -d : d;
      }
      return 0;
    });
  }
  return rows;
}

export function naiveCell(table: QueryTable, c: number, r: number): CellValue {
  const v = table.data[c]![r]!;
  if (isEmpty(v)) return null;
  if (typeof v === 'string') return v;
  const info = table.columns[c]!;
  return info.type === 'boolean' ? v !== 0 : info.type === 'date' ? isoDate(v, info.withTime) : v;
}

export function naiveGroups(table: QueryTable, rows: readonly number[], q: GroupQuery): Group[] {
  const map = new Map<string, { count: number; sum: number; filled: number; first: number }>();
  for (const r of rows) {
    if (isEmpty(table.data[q.by]![r]!)) continue;
    const label = text(table, q.by, r);
    const g = map.get(label) ?? { count: 0, sum: 0, filled: 0, first: r };
    map.set(label, g);
    g.count++;
    if (q.value !== undefined) {
      const v = table.data[q.value]![r] as number;
      if (!Number.isNaN(v)) {
        g.sum += v;
        g.filled++;
      }
    }
  }
  const measure = (g: { count: number; sum: number; filled: number }) => (q.measure === 'count' ? g.count : q.measure === 'sum' ? g.sum : g.filled ? g.sum / g.filled : NaN);
  const byLabel = (a: [string, { first: number }], b: [string, { first: number }]) => {
    const va = table.data[q.by]![a[1].first]!;
    const vb = table.data[q.by]![b[1].first]!;
    return typeof va === 'number' ? va - (vb as number) : collator.compare(va.trim(), (vb as string).trim());
  };
  // Labels the collation finds equal (" a" and "a"): first met in the whole table first.
  for (const g of map.values()) g.first = (table.data[q.by] as ArrayLike<unknown> & { indexOf(v: unknown): number }).indexOf(table.data[q.by]![g.first]);
  const entries = [...map].sort((a, b) => {
    const va = measure(a[1]);
    const vb = measure(b[1]);
    if (va !== vb && !(Number.isNaN(va) && Number.isNaN(vb))) return Number.isNaN(vb) ? -1 : Number.isNaN(va) ? 1 : vb - va;
    return byLabel(a, b) || a[1].first - b[1].first;
  });
  const limit = q.limit ?? Infinity;
  const kept = entries.slice(0, limit);
  if (q.order === 'label') kept.sort((a, b) => byLabel(a, b) || a[1].first - b[1].first);
  const groups: Group[] = kept.map(([label, g]) => ({ label, value: measure(g), count: g.count }));
  const rest = entries.slice(kept.length);
  if (rest.length) {
    const g = rest.reduce((t, [, x]) => ({ count: t.count + x.count, sum: t.sum + x.sum, filled: t.filled + x.filled }), { count: 0, sum: 0, filled: 0 });
    groups.push({ label: OTHER_LABEL, value: measure(g), count: g.count, other: true });
  }
  return groups;
}
