/**
 * CKAN DataStore (ckanext/datastore): `GET {base}/api/3/action/datastore_search?resource_id=…`
 *   &limit=&offset=&sort="col" asc&q=text&filters={"col":"v"}
 *   → { success: true, result: { fields: [{ id, type }], records: [...], total } }
 * Exact-match filters and full-text search only.
 */
import { ApiError } from './errors.js';
import { buildUrl, count, isRecord, toRow, type AdapterContext } from './http.js';
import type { Column, ApiColumnType, Description, PageQuery, PageResult, Row, TableSource } from './types.js';

/** CKAN's default `ckan.datastore.search.rows_max`. */
export const CKAN_MAX_LIMIT = 32_000;

/** PostgreSQL types the DataStore reports → our column type. */
function typeOf(type: unknown): ApiColumnType {
  const t = typeof type === 'string' ? type.toLowerCase() : '';
  if (t === 'text' || t === 'varchar' || t === 'name') return 'string';
  if (/^(int|int2|int4|int8|bigint|smallint|integer)$/.test(t)) return 'integer';
  if (/^(numeric|float4|float8|double precision|real)$/.test(t)) return 'number';
  if (t === 'bool' || t === 'boolean') return 'boolean';
  if (t === 'date') return 'date';
  if (t.startsWith('timestamp')) return 'datetime';
  if (t === 'json' || t === 'jsonb' || t.startsWith('_')) return 'json'; // `_text` etc. are arrays
  return 'unknown';
}

/** `_id` and `_full_text` are the DataStore's internals, not columns of the file. */
const INTERNAL = new Set(['_id', '_full_text']);

export function ckanSource(context: AdapterContext, resourceId: string): TableSource {
  const { getJson, messages } = context;
  if (typeof resourceId !== 'string' || resourceId.trim() === '') throw new ApiError('config', messages);
  const bad = () => new ApiError('bad-answer', messages);
  let columns: string[] | undefined;

  async function search(params: Array<[string, string]>, signal?: AbortSignal) {
    const url = buildUrl(context.root, '/api/3/action/datastore_search', [['resource_id', resourceId.trim()], ...params]);
    const answer = await getJson(url, signal);
    if (!isRecord(answer) || answer['success'] !== true || !isRecord(answer['result'])) throw bad();
    const result = answer['result'];
    const total = count(result['total']);
    if (!Array.isArray(result['fields']) || !Array.isArray(result['records']) || total === undefined) throw bad();
    const fields: Column[] = [];
    for (const field of result['fields'] as unknown[]) {
      if (!isRecord(field) || typeof field['id'] !== 'string' || field['id'] === '' || INTERNAL.has(field['id'])) continue;
      const info = isRecord(field['info']) ? field['info'] : {}; // data dictionary, when filled in
      const title = typeof info['label'] === 'string' && info['label'].trim() ? info['label'].trim() : field['id'];
      const description = typeof info['notes'] === 'string' && info['notes'].trim() ? info['notes'].trim() : undefined;
      fields.push({ name: field['id'], title, type: typeOf(field['type']), ...(description ? { description } : {}) });
    }
    return { fields, records: result['records'] as unknown[], total };
  }

  async function describe(signal?: AbortSignal): Promise<Description> {
    const { fields, total } = await search([['limit', '0']], signal);
    columns = fields.map((field) => field.name);
    return { columns: fields, total, capabilities: { search: true, operators: ['eq'], maxOffset: Infinity } };
  }

  async function page(query: PageQuery, signal?: AbortSignal): Promise<PageResult> {
    const params: Array<[string, string]> = [
      ['limit', String(Math.min(query.limit, CKAN_MAX_LIMIT))],
      ['offset', String(query.offset)],
    ];
    if (query.sort) {
      // CKAN parses `sort` itself: a name with a quote or a comma cannot be written safely, refuse it
      if (/[",]/.test(query.sort.column)) throw new ApiError('unsupported', messages);
      params.push(['sort', `"${query.sort.column}" ${query.sort.direction}`]);
    }
    const filters = query.filters ?? [];
    if (filters.some((filter) => filter.operator !== 'eq')) throw new ApiError('unsupported', messages);
    if (filters.length > 0) {
      // a JSON object built by JSON.stringify: names and values are escaped by construction
      const exact: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
      for (const { column, value } of filters) exact[column] = value;
      params.push(['filters', JSON.stringify(exact)]);
    }
    if (query.search) params.push(['q', query.search]);
    const { fields, records, total } = await search(params, signal);
    const names = columns ?? fields.map((field) => field.name);
    return { rows: records.map((raw) => toRow(raw, names)).filter((row): row is Row => row !== undefined), total };
  }

  return { describe, page };
}
