/**
 * The shapes the parts of the data viewer agree on: the query engine (query/), the table (table/),
 * the chart (chart/) and the element that wires them (viewer/). The data itself (`DataTable`,
 * source/table.ts) stays where it was read — in a worker for files — and the page only ever holds
 * the rows it shows: the table asks for a window of rows, the chart for groups.
 */
import type { ColumnType } from './source/columns.js';

export type { ColumnType } from './source/columns.js';

/** A column as shown: its name in the file, a title (Table Schema `title`, else the name), its type. */
export interface ViewColumn {
  name: string;
  title: string;
  type: ColumnType;
  description?: string;
  /** Allowed values (Table Schema enum, or few distinct values): the filter becomes a pick-list. */
  values?: readonly string[];
}

/** One cell as sent to the page: numbers as numbers (formatted fr-FR by the table), dates as ISO text. */
export type CellValue = string | number | boolean | null;

export type SortDirection = 'ascending' | 'descending';

export interface SortKey {
  /** Column index. */
  column: number;
  direction: SortDirection;
}

export type ColumnFilter =
  | { column: number; kind: 'text'; contains: string }
  | { column: number; kind: 'range'; min?: number; max?: number }
  | { column: number; kind: 'date'; from?: string; to?: string }
  | { column: number; kind: 'enum'; values: readonly string[] };

export interface TableQuery {
  /** First key first; ties keep the file's order (stable). */
  sort?: readonly SortKey[];
  /** AND between filters. */
  filters?: readonly ColumnFilter[];
  /** Every word in some cell of the row (accents and case ignored). */
  search?: string;
}

export type Measure = 'count' | 'sum' | 'avg';

export interface GroupQuery {
  /** Column whose values make the groups (categories of a bar or pie chart, x of a line chart). */
  by: number;
  measure: Measure;
  /** Column summed or averaged (numeric); not used by `count`. */
  value?: number;
  /** Keep the largest groups, the rest summed as one "Autres" group (charts stay readable). */
  limit?: number;
  /** `value` (largest first, bars and pies) or `label` (in order, lines over dates or numbers). */
  order?: 'value' | 'label';
}

export interface Group {
  label: string;
  value: number;
  /** Rows in the group. */
  count: number;
  /** The "Autres" group that gathers the groups beyond `limit`. */
  other?: boolean;
}

/**
 * What the table reads rows from: the current result of the query, in display order. `rows` may
 * answer from a worker; the table asks only for the rows it shows (and a few around them).
 */
export interface RowSource {
  readonly columns: readonly ViewColumn[];
  /** Rows of the current result (after filters). */
  readonly rowCount: number;
  /** Rows `start` (included) to `end` (excluded) of the current result, each with one value per column. */
  rows(start: number, end: number): Promise<CellValue[][]> | CellValue[][];
  /**
   * Optional: why cells of rows `start`–`end` are invalid (a Table Schema's constraints), as text to
   * show; `row` counts from `start`. Asked with the rows; cells without a note are valid.
   */
  notes?(start: number, end: number): Promise<CellNoteText[]>;
}

export interface CellNoteText {
  row: number;
  column: number;
  text: string;
}
