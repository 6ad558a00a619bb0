/**
 * data.gouv.fr Tabular API (datagouv/api-tabular): any CSV published on data.gouv.fr, by resource id.
 *   GET {base}/api/resources/{rid}/profile/  → { profile: { header: [...], columns: { col: { python_type } } } }
 *   GET {base}/api/resources/{rid}/data/?page=&page_size=&col__sort=asc&col__exact=v
 *     → { data: [{ __id, …}], meta: { page, page_size, total }, links: { next, prev } }
 * Pages of at most 50 rows (the API's cap); no full-text search.
 */
import { ApiError } from './errors.js';
import { buildUrl, columnNames, count, isRecord, segment, toRow, type AdapterContext } from './http.js';
import type { Column, ApiColumnType, Description, FilterOperator, PageQuery, PageResult, Row, TableSource } from './types.js';

export const TABULAR_MAX_PAGE_SIZE = 50;

const OPERATORS: Record<FilterOperator, string> = { eq: 'exact', contains: 'contains', gte: 'greater', lte: 'less' };

/** csv-detective `python_type` → our column type. */
const TYPES: Record<string, ApiColumnType> = {
  string: 'string', int: 'integer', float: 'number', bool: 'boolean', date: 'date', datetime: 'datetime',
  json: 'json', binary: 'string',
};

export function tabularSource(context: AdapterContext, resource: string): TableSource {
  const { getJson, messages } = context;
  const base = `${context.root}/api/resources/${segment(resource, messages)}`;
  const bad = () => new ApiError('bad-answer', messages);
  let columns: string[] | undefined;

  /** One page of the API, validated. */
  async function fetchPage(params: Array<[string, string]>, signal?: AbortSignal) {
    const answer = await getJson(buildUrl(base, '/data/', params), signal);
    if (!isRecord(answer) || !Array.isArray(answer['data']) || !isRecord(answer['meta'])) throw bad();
    const total = count(answer['meta']['total']);
    if (total === undefined) throw bad();
    return { data: answer['data'] as unknown[], total };
  }

  /** `__id` is the API's own row number, not a column of the file. */
  const keysOf = (row: unknown) => (isRecord(row) ? Object.keys(row).filter((key) => key !== '__id') : []);

  async function describe(signal?: AbortSignal): Promise<Description> {
    const [profile, first] = await Promise.all([
      // the profile gives types; an old resource without one still shows as text
      getJson(buildUrl(base, '/profile/'), signal).catch((error: unknown) => {
        if (error instanceof ApiError && ['not-found', 'bad-answer', 'http'].includes(error.code)) return undefined;
        throw error;
      }),
      fetchPage([['page', '1'], ['page_size', '1']], signal),
    ]);
    const detected = isRecord(profile) && isRecord(profile['profile']) ? profile['profile'] : {};
    const types = isRecord(detected['columns']) ? detected['columns'] : {};
    const names = columnNames(detected['header'])?.filter((name) => name !== '__id') ?? keysOf(first.data[0]);
    columns = names;
    const described: Column[] = names.map((name) => {
      const info = Object.hasOwn(types, name) ? types[name] : undefined;
      const pythonType = isRecord(info) && typeof info['python_type'] === 'string' ? info['python_type'] : '';
      return { name, title: name, type: (Object.hasOwn(TYPES, pythonType) && TYPES[pythonType]) || 'unknown' };
    });
    return {
      columns: described,
      total: first.total,
      capabilities: { search: false, operators: ['eq', 'contains', 'gte', 'lte'], maxOffset: Infinity },
    };
  }

  async function page(query: PageQuery, signal?: AbortSignal): Promise<PageResult> {
    if (query.search) throw new ApiError('unsupported', messages);
    const params: Array<[string, string]> = [];
    if (query.sort) params.push([`${query.sort.column}__sort`, query.sort.direction]);
    for (const filter of query.filters ?? []) params.push([`${filter.column}__${OPERATORS[filter.operator]}`, filter.value]);
    // The API pages by number: read the pages that cover [offset, offset + limit) and cut.
    const size = Math.min(query.limit, TABULAR_MAX_PAGE_SIZE);
    const end = query.offset + query.limit;
    const rows: unknown[] = [];
    let total = 0;
    for (let number = Math.floor(query.offset / size) + 1; (number - 1) * size < end; number++) {
      const answer = await fetchPage([['page', String(number)], ['page_size', String(size)], ...params], signal);
      total = answer.total;
      const start = (number - 1) * size;
      rows.push(...answer.data.slice(Math.max(0, query.offset - start), end - start));
      if (answer.data.length < size || start + size >= total) break;
    }
    const names = columns ?? keysOf(rows[0]);
    return { rows: rows.map((raw) => toRow(raw, names)).filter((row): row is Row => row !== undefined), total };
  }

  return { describe, page };
}
