/**
 * A data session over an open-data API (data.gouv.fr Tabular, CKAN, Opendatasoft, Datasette): the
 * server filters, sorts and pages, the page asks only for the rows it shows. Same methods as
 * `DataSession`, so the viewer does not care where its rows come from. Groups (the chart) need every
 * row: they are not offered for an API (`canGroup` is false).
 */
import { createTableSource, type ApiColumnType, type Capabilities, type Column, type Filter, type FilterOperator, type PageQuery, type SourceConfig, type TableSource } from '../api/index.js';
import { ApiError, apiMessagesEn } from '../api/errors.js';
import type { CellValue, ColumnFilter, ColumnType, TableQuery } from '../model.js';
import type { QuerySupport, TableSummary } from './protocol.js';
import { SessionError } from './session.js';

const TYPES: Record<ApiColumnType, ColumnType> = {
  string: 'text', integer: 'integer', number: 'number', boolean: 'boolean', date: 'date', datetime: 'date', json: 'text', unknown: 'text',
};
/** Rows written by a download from an API (each page is a request to someone else's server). */
export const API_EXPORT_MAX = 10_000;
/** Rows asked for at once (the table asks for windows of about 50). */
const PAGE = 100;

function toSessionError(error: unknown): SessionError {
  if (error instanceof ApiError) {
    const en = new ApiError(error.code, apiMessagesEn, { ...(error.status !== undefined ? { status: error.status } : {}), ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}) });
    return new SessionError({ code: error.code, fr: error.message, en: en.message });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new SessionError({ code: 'read-failed', fr: `Les données n’ont pas pu être lues (${detail}).`, en: `The data could not be read (${detail}).` });
}

/** What the viewer may offer over this API: only what the API applies as the viewer words it. */
function querySupport({ search, operators }: Capabilities): QuerySupport {
  const exact = operators.includes('eq');
  return {
    search,
    text: operators.includes('contains') ? 'contains' : exact ? 'exact' : 'none',
    ranges: operators.includes('gte') && operators.includes('lte'),
    exact,
  };
}

export class ApiSession {
  readonly canGroup = false;
  private base: Omit<PageQuery, 'offset' | 'limit'> = {};
  private total = 0;

  private constructor(
    private readonly source: TableSource,
    private readonly columns: readonly Column[],
    readonly capabilities: Capabilities,
    readonly summary: TableSummary,
  ) {}

  static async open(config: SourceConfig, signal?: AbortSignal): Promise<ApiSession> {
    try {
      const source = createTableSource(config);
      const described = await source.describe(signal);
      const summary: TableSummary = {
        // shown by its title (CKAN's data dictionary label); `sourceName` is the API's field name
        columns: described.columns.map((c) => ({ name: c.title || c.name, sourceName: c.name, type: TYPES[c.type] ?? 'text' }) as TableSummary['columns'][number]),
        rowCount: described.total,
        issues: [],
        issueCounts: {},
        source: { format: 'json' },
        remarks: { fr: [], en: [] },
        capabilities: querySupport(described.capabilities),
      };
      const session = new ApiSession(source, described.columns, described.capabilities, summary);
      session.total = described.total;
      return session;
    } catch (error) {
      throw toSessionError(error);
    }
  }

  /**
   * The viewer's query in the API's terms. The viewer offers only what `summary.capabilities`
   * allows, so nothing is reworded here: a filter the API lacks (a "contains" on CKAN) is
   * left out rather than sent as something else.
   */
  async query(query: TableQuery): Promise<number> {
    const filters = (query.filters ?? []).flatMap((f) => this.toFilters(f));
    const key = query.sort?.[0];
    const sortColumn = key ? this.columns[key.column]?.name : undefined;
    this.base = {
      ...(filters.length ? { filters } : {}),
      ...(sortColumn !== undefined ? { sort: { column: sortColumn, direction: key!.direction === 'descending' ? 'desc' : 'asc' } } : {}),
      ...(query.search && this.capabilities.search ? { search: query.search } : {}),
    };
    try {
      this.total = Math.min((await this.source.page({ ...this.base, offset: 0, limit: 1 })).total, this.capabilities.maxOffset);
    } catch (error) {
      throw toSessionError(error);
    }
    return this.total;
  }

  /** One filter of the viewer as the API's conditions (none when the API cannot apply it). */
  private toFilters(f: ColumnFilter): Filter[] {
    const ops = this.capabilities.operators;
    const column = this.columns[f.column]?.name;
    if (column === undefined) return [];
    const when = (operator: FilterOperator, value: string | number | undefined): Filter[] =>
      value !== undefined && ops.includes(operator) ? [{ column, operator, value: String(value) }] : [];
    switch (f.kind) {
      case 'text':
        return when('contains', f.contains);
      case 'enum':
        return when('eq', f.values[0]);
      case 'range':
        return [...when('gte', f.min), ...when('lte', f.max)];
      case 'date':
        return [...when('gte', f.from), ...when('lte', f.to)];
    }
  }

  async rows(start: number, end: number): Promise<CellValue[][]> {
    const from = Math.max(0, Math.min(start, this.total));
    const to = Math.max(from, Math.min(end, this.total));
    const out: CellValue[][] = [];
    for (let offset = from; offset < to; offset += PAGE) {
      let page;
      try {
        page = await this.source.page({ ...this.base, offset, limit: Math.min(PAGE, to - offset) });
      } catch (error) {
        throw toSessionError(error);
      }
      for (const row of page.rows) out.push(this.columns.map((c) => row[c.name] ?? null));
      if (page.rows.length === 0) break;
    }
    return out;
  }

  async groups(): Promise<never[]> {
    return [];
  }

  /** The current result as a file, at most `API_EXPORT_MAX` rows. */
  async export(options: { format: 'csv' | 'json'; excel?: boolean; columns: number[] }): Promise<string> {
    const rows = await this.rows(0, Math.min(this.total, API_EXPORT_MAX));
    const columns = options.columns.filter((c) => c >= 0 && c < this.columns.length);
    const names = columns.map((c) => this.summary.columns[c]!.name);
    if (options.format === 'json') return JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((c, i) => [names[i], row[c] ?? null]))), null, 1);
    const { toCsv } = await import('@parvis/core/csv');
    return toCsv([names, ...rows.map((row) => columns.map((c) => row[c] ?? null))], options.excel ? { separator: ';', bom: true } : {});
  }

  close(): void {
    // nothing is held: every request is answered or aborted by its caller
  }
}
