/**
 * Datasette (simonw/datasette) table JSON:
 *   GET {base}/{db}/{table}.json?_shape=objects&_size=&_next=&_sort=|_sort_desc=&col__exact=v&_search=
 *   → { rows: [{…}], columns: [...], next, next_url, filtered_table_rows_count }
 * Datasette pages by key (`_next` tokens), not by offset: the tokens seen are remembered per query,
 * and a jump forward walks from the nearest known one.
 */
import { ApiError } from './errors.js';
import { buildUrl, columnNames, count, isRecord, toRow, type AdapterContext } from './http.js';
import type { Description, FilterOperator, PageQuery, PageResult, Row, TableSource } from './types.js';

/** Datasette's default `max_returned_rows`. */
export const DATASETTE_MAX_SIZE = 1000;
/** A jump needing more requests than this is refused (the UI should page forward instead). */
const MAX_WALK = 20;

const OPERATORS: Record<FilterOperator, string> = { eq: 'exact', contains: 'contains', gte: 'gte', lte: 'lte' };

/**
 * Datasette's "tilde encoding" of database and table names in paths (since 0.62): every byte
 * outside [A-Za-z0-9_-] becomes ~XX, space becomes +. A plain %-encoding would let a `.` or `/`
 * in the name change the route (`.json`, another table).
 */
export function tildeEncode(name: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(name)) {
    const char = String.fromCharCode(byte);
    if (/[A-Za-z0-9_-]/.test(char)) out += char;
    else if (char === ' ') out += '+';
    else out += `~${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export function datasetteSource(context: AdapterContext, database: string, table: string): TableSource {
  const { getJson, messages } = context;
  if (![database, table].every((name) => typeof name === 'string' && name.trim() !== '' && name.length <= 500)) {
    throw new ApiError('config', messages);
  }
  const path = `/${tildeEncode(database.trim())}/${tildeEncode(table.trim())}.json`;
  const bad = () => new ApiError('bad-answer', messages);
  let columns: string[] | undefined;
  /** Query key (sort, filters, search, size) → offset → the `_next` token that starts there. */
  const tokens = new Map<string, Map<number, string>>();

  async function fetchRows(params: Array<[string, string]>, signal?: AbortSignal) {
    const answer = await getJson(buildUrl(context.root, path, [['_shape', 'objects'], ...params]), signal);
    if (!isRecord(answer) || !Array.isArray(answer['rows'])) throw bad();
    const names = columnNames(answer['columns']);
    const total = count(answer['filtered_table_rows_count']);
    if (!names || total === undefined) throw bad();
    const next = answer['next'];
    if (next !== null && next !== undefined && typeof next !== 'string' && typeof next !== 'number') throw bad();
    return { rows: answer['rows'] as unknown[], names, total, next: next == null ? undefined : String(next) };
  }

  async function describe(signal?: AbortSignal): Promise<Description> {
    const { names, total } = await fetchRows([['_size', '1']], signal);
    columns = names;
    // the table JSON carries no SQLite types: the viewer infers them from values (or a Table Schema)
    return {
      columns: names.map((name) => ({ name, title: name, type: 'unknown' as const })),
      total,
      // `_search` works only on tables with full-text search set up; Datasette answers 400 otherwise
      capabilities: { search: true, operators: ['eq', 'contains', 'gte', 'lte'], maxOffset: Infinity },
    };
  }

  async function page(query: PageQuery, signal?: AbortSignal): Promise<PageResult> {
    const size = Math.min(query.limit, DATASETTE_MAX_SIZE);
    const params: Array<[string, string]> = [['_size', String(size)]];
    if (query.sort) params.push([query.sort.direction === 'desc' ? '_sort_desc' : '_sort', query.sort.column]);
    for (const filter of query.filters ?? []) params.push([`${filter.column}__${OPERATORS[filter.operator]}`, filter.value]);
    if (query.search) params.push(['_search', query.search]);
    const key = JSON.stringify(params);
    let known = tokens.get(key);
    if (!known) tokens.set(key, (known = new Map([[0, '']])));
    // start from the last known token at or before the offset
    let at = Math.max(...[...known.keys()].filter((offset) => offset <= query.offset));
    const end = query.offset + query.limit;
    const rows: unknown[] = [];
    let total = 0;
    let names = columns ?? [];
    for (let requests = 0; at < end; requests++) {
      if (requests >= MAX_WALK) throw new ApiError('unsupported', messages);
      const token = known.get(at)!;
      const answer = await fetchRows(token ? [...params, ['_next', token]] : params, signal);
      total = answer.total;
      names = columns ?? answer.names; // every answer lists its columns, even before describe()
      rows.push(...answer.rows.slice(Math.max(0, query.offset - at), end - at));
      if (!answer.next || answer.rows.length === 0) break;
      at += answer.rows.length;
      known.set(at, answer.next);
    }
    return { rows: rows.map((raw) => toRow(raw, names)).filter((row): row is Row => row !== undefined), total };
  }

  return { describe, page };
}
