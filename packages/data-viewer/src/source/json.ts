/**
 * JSON text → `DataTable`: an array of objects (or of arrays, the first one naming the columns), the
 * wrappers of open-data APIs (`data`, `results`, `records`, `rows`, `items`, CKAN's `result.records`,
 * Opendatasoft v1 `fields`), and GeoJSON (feature properties, plus longitude/latitude for points).
 * Nested objects become `a.b` columns (three levels), arrays and deeper objects JSON text.
 */
import { ColumnBuilder } from './columns.js';
import { DataSourceError } from './errors.js';
import { IssueLog } from './issues.js';
import { sourceText } from './messages.js';
import { finishColumns, MAX_COLUMNS, type DataTable, type SourceFormat } from './table.js';
import type { TableSchema } from '../schema/types.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const MAX_DEPTH = 3;
const WRAPPERS = ['data', 'results', 'records', 'rows', 'items', 'features'];

/** JSON text of a value, or a marker when it is too deep to write (a stack bomb in a cell). */
function jsonText(value: Json): string {
  try {
    return JSON.stringify(value);
  } catch {
    return '[…]';
  }
}

function cellText(value: Json): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return jsonText(value);
}

/** Flattens one record: `{ a: { b: 1 } }` → `a.b` = "1". Writes into `out` (a Map: keys may be `__proto__`). */
function flatten(value: JsonObject, prefix: string, depth: number, out: Map<string, string>): void {
  for (const key of Object.keys(value)) {
    const v = value[key]!;
    const name = prefix ? `${prefix}.${key}` : key;
    if (isObject(v) && depth < MAX_DEPTH && Object.keys(v).length > 0) flatten(v, name, depth + 1, out);
    else out.set(name, cellText(v));
  }
}

interface Items {
  items: unknown[];
  format: SourceFormat;
}

function findItems(data: unknown): Items | undefined {
  if (Array.isArray(data)) return { items: data, format: 'json' };
  if (!isObject(data)) return undefined;
  if (data['type'] === 'FeatureCollection' && Array.isArray(data['features'])) return { items: data['features'], format: 'geojson' };
  if (data['type'] === 'Feature') return { items: [data], format: 'geojson' };
  for (const key of WRAPPERS) {
    const v = data[key];
    if (Array.isArray(v)) return { items: v, format: 'json' };
  }
  // CKAN: { success, result: { records: [...] } }
  if (isObject(data['result'])) return findItems(data['result']);
  return undefined;
}

/** The record a feature or an API item stands for. */
function recordOf(item: JsonObject, format: SourceFormat, geometryIgnored: { count: number }): JsonObject {
  if (format === 'geojson') {
    const record: JsonObject = isObject(item['properties']) ? { ...item['properties'] } : {};
    const geometry = item['geometry'];
    if (isObject(geometry) && geometry['type'] === 'Point' && Array.isArray(geometry['coordinates'])) {
      const [lon, lat] = geometry['coordinates'];
      if (typeof lon === 'number' && typeof lat === 'number') {
        record[Object.hasOwn(record, 'longitude') ? 'geometry.longitude' : 'longitude'] = lon;
        record[Object.hasOwn(record, 'latitude') ? 'geometry.latitude' : 'latitude'] = lat;
      }
    } else if (geometry !== null && geometry !== undefined) geometryIgnored.count++;
    return record;
  }
  // Opendatasoft API v1: { recordid, fields: {...}, geometry }
  if (isObject(item['fields']) && typeof item['recordid'] === 'string') return item['fields'];
  return item;
}

/**
 * Reads JSON data. Throws `DataSourceError` with code `empty`, `invalid-json`, `unsupported-json`
 * or `no-records` (French message) when there is nothing to show.
 */
export function parseJsonData(text: string, schema?: TableSchema): DataTable {
  const trimmed = String(text ?? '').replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new DataSourceError('empty');
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error);
    throw new DataSourceError('invalid-json', { detail });
  }
  const found = findItems(data);
  if (!found) throw new DataSourceError('unsupported-json');
  const issues = new IssueLog();
  const { items, format } = found;

  // Arrays of arrays (Datasette `_shape=arrays`, CSV-like JSON): the first row names the columns.
  if (items.length > 0 && items.every(Array.isArray)) return fromArrays(items as Json[][], issues, schema);

  const records: Map<string, string>[] = [];
  const keys = new Map<string, number>();
  let notObjects = 0;
  const geometry = { count: 0 };
  for (const item of items) {
    if (!isObject(item)) {
      notObjects++;
      continue;
    }
    const flat = new Map<string, string>();
    flatten(recordOf(item, format, geometry), '', 1, flat);
    for (const key of flat.keys()) if (!keys.has(key) && keys.size < MAX_COLUMNS) keys.set(key, keys.size);
    records.push(flat);
  }
  if (notObjects > 0) issues.add('not-object', { count: notObjects });
  if (geometry.count > 0) issues.add('geometry-ignored', { count: geometry.count });
  if (records.length === 0) throw new DataSourceError('no-records');
  const names = [...keys.keys()];
  const builders = names.map((name, i) => new ColumnBuilder(name === '' ? sourceText('column-name', { index: i + 1 }) : name, name));
  for (const record of records) {
    for (let c = 0; c < names.length; c++) builders[c]!.push(record.get(names[c]!) ?? '');
  }
  return finish(builders, records.length, issues, format, schema);
}

function fromArrays(rows: Json[][], issues: IssueLog, schema: TableSchema | undefined): DataTable {
  const head = rows[0]!;
  const named = head.length > 0 && head.every((v) => typeof v === 'string');
  const width = Math.min(MAX_COLUMNS, rows.reduce((n, r) => Math.max(n, r.length), 0));
  const used = new Set<string>();
  const builders = Array.from({ length: width }, (_, i) => {
    let name = named && typeof head[i] === 'string' && head[i].trim() ? head[i].trim() : sourceText('column-name', { index: i + 1 });
    if (used.has(name)) name = `${name} (${i + 1})`;
    used.add(name);
    return new ColumnBuilder(name, named ? String(head[i] ?? '') : '');
  });
  const body = named ? rows.slice(1) : rows;
  for (const row of body) for (let c = 0; c < width; c++) builders[c]!.push(c < row.length ? cellText(row[c]!) : '');
  return finish(builders, body.length, issues, 'json', schema);
}

function finish(builders: ColumnBuilder[], rowCount: number, issues: IssueLog, format: SourceFormat, schema: TableSchema | undefined): DataTable {
  const { columns, data, checks } = finishColumns(builders, rowCount, issues, schema);
  return { columns, rowCount, data, ...(checks ? { checks } : {}), issues: issues.list, issueCounts: issues.counts, source: { format } };
}
