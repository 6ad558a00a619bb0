/**
 * Messages between the page and the session worker (session-worker.ts). The worker reads the file
 * and keeps the table; the page sends queries and asks for the rows it shows, so it never holds
 * (nor garbage-collects) hundreds of thousands of strings.
 */
import type { CellValue, Group, GroupQuery, TableQuery } from '../model.js';
import type { ReadSource } from '../source/read.js';
import type { Delimiter } from '../source/sniff.js';
import type { ColumnInfo } from '../source/columns.js';
import type { DataIssue, IssueKind } from '../source/issues.js';
import type { DataTable } from '../source/table.js';
import type { ViolationCode } from '../schema/types.js';

/** What the page learns of a table once read (everything but the cells). */
export interface TableSummary {
  columns: ColumnInfo[];
  rowCount: number;
  issues: DataIssue[];
  issueCounts: Partial<Record<IssueKind, number>>;
  source: DataTable['source'];
  /** The issues worded in both languages (the page then needs no catalogue of the data layer). */
  remarks: { fr: string[]; en: string[] };
  /** With a Table Schema: what it says of each column, and how many cells break it. */
  schema?: SchemaSummary;
  /** What the source can apply (an API); absent for a file, where every search and filter works. */
  capabilities?: QuerySupport;
}

/**
 * The searches and filters an API applies, by kind, so the viewer offers only those and names them
 * truthfully (a filter the API would change or drop is not shown).
 */
export interface QuerySupport {
  /** The search field over the whole table. */
  search: boolean;
  /** A text filter matches part of the value, the exact value only, or cannot be applied. */
  text: 'contains' | 'exact' | 'none';
  /** "At least" / "at most" on numbers and dates. */
  ranges: boolean;
  /** An exact value (a number or a date, where ranges are missing). */
  exact: boolean;
}

/** A column as its Table Schema field describes it, with its invalid cells. */
export interface SchemaColumn {
  title: string;
  description?: string;
  /** The field's `enum`, as text (the filter becomes a pick-list). */
  values?: string[];
  /** Invalid cells, in all and per kind of violation. */
  invalid: number;
  counts: Partial<Record<ViolationCode, number>>;
}

export interface SchemaSummary {
  /** Per column of the table; null where the schema has no field of that name. */
  columns: (SchemaColumn | null)[];
  /** Invalid cells in the whole table. */
  invalid: number;
  /** Fields of the schema that the file lacks. */
  missingFields: string[];
  /** What was ignored while reading the schema (French, for the page's author). */
  warnings: string[];
}

/** Why a shown cell breaks the schema: row `row` of the requested window, column `column`. */
export interface CellNote {
  row: number;
  column: number;
  fr: string;
  en: string;
}

/** An error of the session, worded in both languages where it happened (worker or lazy module). */
export interface SessionErrorData {
  code: string;
  fr: string;
  en: string;
}

export interface ExportOptions {
  format: 'csv' | 'json';
  /** `;` and a BOM: what French Excel opens directly. */
  excel?: boolean;
  /** Column indices to write, in order (the visible ones). */
  columns: number[];
}

export type SessionRequest =
  | { id: number; type: 'open'; source: ReadSource; delimiter?: Delimiter; schema?: unknown }
  | { id: number; type: 'notes'; start: number; end: number }
  | { id: number; type: 'query'; query: TableQuery }
  | { id: number; type: 'rows'; start: number; end: number }
  | { id: number; type: 'groups'; query: GroupQuery }
  | { id: number; type: 'few-values'; column: number; max: number }
  | { id: number; type: 'export'; options: ExportOptions };

export type SessionResponse =
  | { id: number; type: 'ready' }
  | { id: number; type: 'progress'; loaded: number; total?: number; rows: number }
  | { id: number; type: 'opened'; summary: TableSummary }
  | { id: number; type: 'result'; total: number }
  | { id: number; type: 'rows'; rows: CellValue[][] }
  | { id: number; type: 'notes'; notes: CellNote[] }
  | { id: number; type: 'groups'; groups: Group[] }
  | { id: number; type: 'few-values'; values: string[] | null }
  | { id: number; type: 'exported'; text: string }
  | { id: number; type: 'error'; error: SessionErrorData };
