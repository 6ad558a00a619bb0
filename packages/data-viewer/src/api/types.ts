/**
 * The one interface the viewer talks to, whatever the back-end: an open-data API with server-side
 * paging, sort and filter (issue #5). Adapters: tabular.ts (data.gouv.fr), ckan.ts, ods.ts, datasette.ts.
 */

/** A cell as the viewer receives it: plain text, a number, a boolean or nothing. Never HTML. */
export type Cell = string | number | boolean | null;

/**
 * A row keyed by column name. Null-prototype object: a column named `__proto__` or `constructor`
 * (hostile or unlucky data) is an ordinary key, not the object's prototype.
 */
export type Row = Readonly<Record<string, Cell>>;

/** Column types common to every API (each adapter maps its own names onto these). */
export type ApiColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'json' | 'unknown';

export interface Column {
  /** Key in each row and in filters/sort (the API's own field name; untrusted text). */
  readonly name: string;
  /** Human label when the API gives one (ODS `label`), else the name. */
  readonly title: string;
  readonly type: ApiColumnType;
  readonly description?: string;
}

/** Filter operators. Not every API has every one: see `Capabilities.operators`. */
export type FilterOperator = 'eq' | 'contains' | 'gte' | 'lte';

export interface Filter {
  readonly column: string;
  readonly operator: FilterOperator;
  /** Typed by the user or picked: always sent as an encoded value, never spliced into a query. */
  readonly value: string;
}

export interface SortOrder {
  readonly column: string;
  readonly direction: 'asc' | 'desc';
}

export interface PageQuery {
  /** Rows to skip (≥ 0). */
  readonly offset: number;
  /** Rows wanted (≥ 1); adapters split it when the API caps its page size. */
  readonly limit: number;
  readonly sort?: SortOrder;
  readonly filters?: readonly Filter[];
  /** Full-text search over the whole table (when `Capabilities.search`). */
  readonly search?: string;
}

/** What the back-end can do, so the UI only offers what works. */
export interface Capabilities {
  readonly search: boolean;
  readonly operators: readonly FilterOperator[];
  /** Largest `offset + limit` the API serves (ODS: 10 000), or Infinity. */
  readonly maxOffset: number;
}

export interface Description {
  readonly columns: readonly Column[];
  /** Rows in the whole table (no filter). */
  readonly total: number;
  readonly capabilities: Capabilities;
}

export interface PageResult {
  readonly rows: readonly Row[];
  /** Rows matching the query's filters and search. */
  readonly total: number;
}

export interface TableSource {
  describe(signal?: AbortSignal): Promise<Description>;
  page(query: PageQuery, signal?: AbortSignal): Promise<PageResult>;
}
