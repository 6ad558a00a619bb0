/**
 * Opendatasoft Explore API v2.1:
 *   GET {base}/api/explore/v2.1/catalog/datasets/{id}           → { fields: [{ name, label, type, description }] }
 *   GET {base}/api/explore/v2.1/catalog/datasets/{id}/records?limit=&offset=&order_by=&where=
 *     → { total_count, results: [{ col: value }] }
 * `where` and `order_by` are ODSQL: every value goes through `odsqlString` (a quoted, escaped
 * literal) and every field name through `odsqlField`; nothing typed by a user is spliced in raw.
 * limit ≤ 100 and offset + limit ≤ 10 000 (the API refuses more).
 */
import { ApiError, type ApiMessages } from './errors.js';
import { buildUrl, count, isRecord, segment, toRow, type AdapterContext } from './http.js';
import type { Column, ApiColumnType, Description, Filter, PageQuery, PageResult, Row, TableSource } from './types.js';

export const ODS_MAX_LIMIT = 100;
export const ODS_MAX_OFFSET = 10_000;

const TYPES: Record<string, ApiColumnType> = {
  text: 'string', int: 'integer', double: 'number', boolean: 'boolean', date: 'date', datetime: 'datetime',
  geo_point_2d: 'json', geo_shape: 'json', file: 'json', json_blob: 'json',
};

/** An ODSQL string literal: double quotes, with backslash and double quote escaped by a backslash. */
export function odsqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * An ODSQL field reference. ODS field names are identifiers (`[a-z0-9_]`); anything else cannot come
 * from a real ODS dataset, so it is refused rather than escaped into a query.
 */
export function odsqlField(name: string): string | undefined {
  return /^[A-Za-z_][A-Za-z0-9_]{0,127}$/.test(name) ? `\`${name}\`` : undefined;
}

/**
 * A literal for a comparison. With the column's type known (after describe), a number column gets
 * a number literal and a date column a date'…' literal; a text column always gets a quoted string
 * (`code >= 01000` must compare text). Without it, the value's own shape decides.
 */
function comparable(value: string, type: ApiColumnType | undefined): string {
  const text = value.trim();
  const numeric = /^-?\d+(\.\d+)?$/.test(text);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text);
  if (numeric && (type === undefined || type === 'integer' || type === 'number')) return text;
  if (date && (type === undefined || type === 'date' || type === 'datetime')) return `date'${text}'`;
  return odsqlString(value);
}

function clause(filter: Filter, types: ReadonlyMap<string, ApiColumnType>): string | undefined {
  const field = odsqlField(filter.column);
  if (!field) return undefined;
  const type = types.get(filter.column);
  switch (filter.operator) {
    case 'eq': return `${field} = ${odsqlString(filter.value)}`;
    case 'contains': return `search(${field}, ${odsqlString(filter.value)})`;
    case 'gte': return `${field} >= ${comparable(filter.value, type)}`;
    case 'lte': return `${field} <= ${comparable(filter.value, type)}`;
  }
}

/** The `where` of a query, or undefined when it has none; throws when a part cannot be written safely. */
export function odsqlWhere(
  query: Pick<PageQuery, 'filters' | 'search'>,
  messages?: ApiMessages,
  types: ReadonlyMap<string, ApiColumnType> = new Map(),
): string | undefined {
  const parts: string[] = [];
  if (query.search) parts.push(`search(${odsqlString(query.search)})`);
  for (const filter of query.filters ?? []) {
    const part = clause(filter, types);
    if (!part) throw new ApiError('unsupported', messages);
    parts.push(part);
  }
  return parts.length ? parts.join(' and ') : undefined;
}

export function odsSource(context: AdapterContext, dataset: string): TableSource {
  const { getJson, messages } = context;
  const base = `${context.root}/api/explore/v2.1/catalog/datasets/${segment(dataset, messages)}`;
  const bad = () => new ApiError('bad-answer', messages);
  let columns: string[] | undefined;
  const types = new Map<string, ApiColumnType>();

  async function records(params: Array<[string, string]>, signal?: AbortSignal) {
    const answer = await getJson(buildUrl(base, '/records', params), signal);
    const total = isRecord(answer) ? count(answer['total_count']) : undefined;
    if (!isRecord(answer) || total === undefined || !Array.isArray(answer['results'])) throw bad();
    return { results: answer['results'] as unknown[], total };
  }

  async function describe(signal?: AbortSignal): Promise<Description> {
    const [meta, first] = await Promise.all([getJson(buildUrl(base, ''), signal), records([['limit', '0']], signal)]);
    if (!isRecord(meta) || !Array.isArray(meta['fields'])) throw bad();
    const fields: Column[] = [];
    for (const field of meta['fields'] as unknown[]) {
      if (!isRecord(field) || typeof field['name'] !== 'string' || !field['name']) continue;
      const { name, label, type, description } = field as Record<string, unknown> & { name: string };
      fields.push({
        name,
        title: typeof label === 'string' && label.trim() ? label.trim() : name,
        type: typeof type === 'string' && Object.hasOwn(TYPES, type) ? TYPES[type]! : 'unknown',
        // ODS descriptions are HTML written by the publisher: the UI must show them as text
        ...(typeof description === 'string' && description.trim() ? { description: description.trim() } : {}),
      });
    }
    columns = fields.map((field) => field.name);
    for (const field of fields) types.set(field.name, field.type);
    return {
      columns: fields,
      total: first.total,
      capabilities: { search: true, operators: ['eq', 'contains', 'gte', 'lte'], maxOffset: ODS_MAX_OFFSET },
    };
  }

  async function page(query: PageQuery, signal?: AbortSignal): Promise<PageResult> {
    const common: Array<[string, string]> = [];
    if (query.sort) {
      const field = odsqlField(query.sort.column);
      if (!field) throw new ApiError('unsupported', messages);
      common.push(['order_by', `${field} ${query.sort.direction}`]);
    }
    const where = odsqlWhere(query, messages, types);
    if (where) common.push(['where', where]);
    const end = Math.min(query.offset + query.limit, ODS_MAX_OFFSET);
    if (query.offset >= ODS_MAX_OFFSET) throw new ApiError('unsupported', messages);
    // limit ≤ 100 per request: read consecutive slices
    const rows: unknown[] = [];
    let total = 0;
    for (let offset = query.offset; offset < end; offset += ODS_MAX_LIMIT) {
      const limit = Math.min(ODS_MAX_LIMIT, end - offset);
      const answer = await records([['limit', String(limit)], ['offset', String(offset)], ...common], signal);
      total = answer.total;
      rows.push(...answer.results.slice(0, limit));
      if (answer.results.length < limit) break;
    }
    const names = columns ?? (isRecord(rows[0]) ? Object.keys(rows[0]) : []);
    return { rows: rows.map((raw) => toRow(raw, names)).filter((row): row is Row => row !== undefined), total };
  }

  return { describe, page };
}
