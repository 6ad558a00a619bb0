/**
 * Filters and search in a form that can be compared: folded needles, dates as ms, no-op filters
 * dropped. A query that is "narrower" than the previous one (a letter typed at the end of a search,
 * a tighter range) can only keep rows the previous one kept: the engine then tests those rows only.
 */
import type { ColumnFilter, TableQuery } from '../model.js';
import { foldText, searchWords } from './fold.js';

export type Condition =
  | { column: number; kind: 'text'; needle: string }
  | { column: number; kind: 'range'; min: number; max: number }
  | { column: number; kind: 'enum'; values: ReadonlySet<string> };

export interface Conditions {
  filters: Condition[];
  /** Folded words of the global search, each to be found in some cell of the row. */
  words: string[];
}

const ISO_RE = /^(-?\d{4,6})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?Z?$/;
const DAY = 86_400_000;

/** An ISO date (or date-time) → ms since 1970 UTC, and whether it had a time; undefined when invalid. */
export function parseIsoDate(s: string): { ms: number; withTime: boolean } | undefined {
  const m = ISO_RE.exec(s.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, sec, frac] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(sec ?? 0), Number((frac ?? '0').padEnd(3, '0')));
  return Number.isNaN(ms) ? undefined : { ms, withTime: h !== undefined };
}

function condition(f: ColumnFilter): Condition | undefined {
  switch (f.kind) {
    case 'text': {
      const needle = foldText(f.contains ?? '');
      return needle === '' ? undefined : { column: f.column, kind: 'text', needle };
    }
    case 'range': {
      const min = typeof f.min === 'number' && !Number.isNaN(f.min) ? f.min : -Infinity;
      const max = typeof f.max === 'number' && !Number.isNaN(f.max) ? f.max : Infinity;
      return min === -Infinity && max === Infinity ? undefined : { column: f.column, kind: 'range', min, max };
    }
    case 'date': {
      const from = f.from ? parseIsoDate(f.from) : undefined;
      const to = f.to ? parseIsoDate(f.to) : undefined;
      // `to` without a time means the whole day.
      const max = to ? (to.withTime ? to.ms : to.ms + DAY - 1) : Infinity;
      const min = from ? from.ms : -Infinity;
      return min === -Infinity && max === Infinity ? undefined : { column: f.column, kind: 'range', min, max };
    }
    case 'enum':
      // Nothing ticked in a pick-list shows every row.
      return f.values.length === 0 ? undefined : { column: f.column, kind: 'enum', values: new Set(f.values) };
    default:
      return undefined;
  }
}

export function conditions(query: TableQuery): Conditions {
  const filters: Condition[] = [];
  for (const f of query.filters ?? []) {
    const c = condition(f);
    if (c) filters.push(c);
  }
  return { filters, words: searchWords(query.search) };
}

/** `a` keeps no row that `b` drops (a is at least as strict as b). */
function stricter(a: Condition, b: Condition): boolean {
  if (a.column !== b.column || a.kind !== b.kind) return false;
  if (a.kind === 'text') return a.needle.includes((b as typeof a).needle);
  if (a.kind === 'range') return a.min >= (b as typeof a).min && a.max <= (b as typeof a).max;
  const wider = (b as typeof a).values;
  for (const v of a.values) if (!wider.has(v)) return false;
  return true;
}

/** Every row `next` keeps, `previous` kept: `next` may test the previous matches only. */
export function narrows(next: Conditions, previous: Conditions): boolean {
  return (
    previous.filters.every((p) => next.filters.some((n) => stricter(n, p))) &&
    previous.words.every((p) => next.words.some((n) => n.includes(p)))
  );
}

export function sameConditions(a: Conditions, b: Conditions): boolean {
  return narrows(a, b) && narrows(b, a);
}
