/**
 * The viewer's state in the page address (opt-in `url-state`): a filtered, sorted view can be
 * bookmarked and shared. The host page owns its URL: only the viewer's own parameters are written,
 * with `history.replaceState` (no new history entry per keystroke), the rest left byte for byte.
 *
 *   ?pv-q=ecole&pv-sort=-montant&pv-f.commune==Poitiers&pv-f.montant=1000..5000&pv-view=chart
 *
 * After the prefix (`pv-` by default; `url-prefix` tells two viewers apart): `q` the search; `sort`
 * a column name, `-` first for descending (repeated for several keys); `f.<column>` a filter:
 * `~text` (contains), `=value` (one of the listed values, repeated), `min..max` (numbers, either
 * side may be empty) or `from..to` (ISO dates); `view` `chart`. Columns are named as in the file, so
 * a link survives a new version of the file with its columns in another order.
 *
 * Anyone can craft a link: texts are bounded, unknown columns and filters that do not fit the
 * column's type are dropped.
 */
import { cleanParamText, replaceQueryParams } from '@parvis/core/url-params';
import type { ColumnFilter, SortKey, ViewColumn } from '../model.js';
import type { QuerySupport } from './protocol.js';

export interface ViewerState {
  search: string;
  sort: SortKey[];
  filters: ColumnFilter[];
  view: 'table' | 'chart';
}

const MAX_SORT_KEYS = 3;
const MAX_VALUES = 50;
const NUMBER = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isNumeric = (c: ViewColumn) => c.type === 'number' || c.type === 'integer';

/** One `f.<column>` parameter's values → a filter that fits the column, or undefined. */
function readFilter(column: number, info: ViewColumn, values: string[]): ColumnFilter | undefined {
  const first = values[0] ?? '';
  if (first.startsWith('~') && (info.type === 'text' || info.type === 'code')) {
    const contains = cleanParamText(first.slice(1));
    return contains ? { column, kind: 'text', contains } : undefined;
  }
  if (first.startsWith('=')) {
    const picked = values.filter((v) => v.startsWith('=')).map((v) => cleanParamText(v.slice(1))).filter(Boolean).slice(0, MAX_VALUES);
    // a pick-list column: only its values (others would match nothing and could not be unticked)
    const allowed = info.values ? picked.filter((v) => info.values!.includes(v)) : picked;
    return allowed.length > 0 ? { column, kind: 'enum', values: [...new Set(allowed)] } : undefined;
  }
  const range = /^(.*?)\.\.(.*)$/.exec(first);
  if (!range) return undefined;
  const [, low = '', high = ''] = range;
  if (isNumeric(info) && (low === '' || NUMBER.test(low)) && (high === '' || NUMBER.test(high)) && (low || high)) {
    return { column, kind: 'range', ...(low ? { min: Number(low) } : {}), ...(high ? { max: Number(high) } : {}) };
  }
  if (info.type === 'date' && (low === '' || ISO_DATE.test(low)) && (high === '' || ISO_DATE.test(high)) && (low || high)) {
    return { column, kind: 'date', ...(low ? { from: low } : {}), ...(high ? { to: high } : {}) };
  }
  return undefined;
}

/** The state found in a query string for a table of these columns (what does not fit is dropped). */
export function readViewerState(search: string, columns: readonly ViewColumn[], prefix = 'pv-'): ViewerState {
  const params = new URLSearchParams(search);
  const index = (name: string) => columns.findIndex((c) => c.name === name);
  const sort: SortKey[] = [];
  for (const raw of params.getAll(prefix + 'sort').slice(0, MAX_SORT_KEYS)) {
    const descending = raw.startsWith('-');
    const column = index(descending ? raw.slice(1) : raw);
    if (column >= 0 && !sort.some((k) => k.column === column)) sort.push({ column, direction: descending ? 'descending' : 'ascending' });
  }
  const filters: ColumnFilter[] = [];
  const filterPrefix = prefix + 'f.';
  for (const name of new Set([...params.keys()].filter((k) => k.startsWith(filterPrefix)))) {
    const column = index(name.slice(filterPrefix.length));
    const filter = column >= 0 ? readFilter(column, columns[column]!, params.getAll(name)) : undefined;
    if (filter) filters.push(filter);
  }
  return { search: cleanParamText(params.get(prefix + 'q')), sort, filters, view: params.get(prefix + 'view') === 'chart' ? 'chart' : 'table' };
}

/** The address `url` with the viewer's parameters replaced by `state` (the page's own ones kept). */
export function writeViewerState(state: ViewerState, columns: readonly ViewColumn[], url: URL, prefix = 'pv-'): string {
  const params = new URLSearchParams();
  const name = (column: number) => columns[column]?.name;
  const search = cleanParamText(state.search);
  if (search) params.append(prefix + 'q', search);
  for (const key of state.sort.slice(0, MAX_SORT_KEYS)) {
    const n = name(key.column);
    if (n !== undefined) params.append(prefix + 'sort', (key.direction === 'descending' ? '-' : '') + n);
  }
  for (const f of state.filters) {
    const n = name(f.column);
    if (n === undefined) continue;
    const key = `${prefix}f.${n}`;
    if (f.kind === 'text' && f.contains) params.append(key, `~${f.contains}`);
    else if (f.kind === 'enum') for (const v of f.values.slice(0, MAX_VALUES)) params.append(key, `=${v}`);
    else if (f.kind === 'range' && (f.min !== undefined || f.max !== undefined)) params.append(key, `${f.min ?? ''}..${f.max ?? ''}`);
    else if (f.kind === 'date' && (f.from || f.to)) params.append(key, `${f.from ?? ''}..${f.to ?? ''}`);
  }
  if (state.view === 'chart') params.append(prefix + 'view', 'chart');
  const owned = new Set(['q', 'sort', 'view'].map((p) => prefix + p));
  return replaceQueryParams(url, (n) => owned.has(n) || n.startsWith(prefix + 'f.'), params);
}

/**
 * What of a saved state an API applies (`can`, from its description): a link made on another
 * viewer, or crafted, must not show a search or a filter the server would ignore or change. The
 * chart view needs the whole file: an API source stays a table.
 */
export function applicableState(state: ViewerState, columns: readonly ViewColumn[], can: QuerySupport): ViewerState {
  const applies = (f: ColumnFilter): boolean => {
    const type = columns[f.column]?.type;
    if (f.kind === 'text') return can.text === 'contains';
    if (f.kind === 'range' || f.kind === 'date') return can.ranges;
    // an exact value: a text column needs exact text filters; a number or a date, exact values
    return type === 'text' || type === 'code' ? can.text !== 'none' : can.exact;
  };
  return { search: can.search ? state.search : '', sort: state.sort.slice(0, 1), filters: state.filters.filter(applies), view: 'table' };
}
