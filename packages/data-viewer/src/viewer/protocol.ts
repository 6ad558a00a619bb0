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

/** What the page learns of a table once read (everything but the cells). */
export interface TableSummary {
  columns: ColumnInfo[];
  rowCount: number;
  issues: DataIssue[];
  issueCounts: Partial<Record<IssueKind, number>>;
  source: DataTable['source'];
  /** The issues worded in both languages (the page then needs no catalogue of the data layer). */
  remarks: { fr: string[]; en: string[] };
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
  | { id: number; type: 'open'; source: ReadSource; delimiter?: Delimiter }
  | { id: number; type: 'query'; query: TableQuery }
  | { id: number; type: 'rows'; start: number; end: number }
  | { id: number; type: 'groups'; query: GroupQuery }
  | { id: number; type: 'distinct'; column: number; limit: number }
  | { id: number; type: 'export'; options: ExportOptions };

export type SessionResponse =
  | { id: number; type: 'ready' }
  | { id: number; type: 'progress'; loaded: number; total?: number; rows: number }
  | { id: number; type: 'opened'; summary: TableSummary }
  | { id: number; type: 'result'; total: number }
  | { id: number; type: 'rows'; rows: CellValue[][] }
  | { id: number; type: 'groups'; groups: Group[] }
  | { id: number; type: 'distinct'; values: { value: string; count: number }[] }
  | { id: number; type: 'exported'; text: string }
  | { id: number; type: 'error'; error: SessionErrorData };
