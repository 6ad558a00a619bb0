/**
 * Rows → a columnar table: header cleaning (blank, duplicate, hostile names), title and comment rows
 * before the header, repeated headers, empty and ragged rows reported with their spreadsheet row
 * number. Rows are checked as they arrive (streaming), then handed to the columns a parsed chunk at a
 * time, column by column; each column types its cells as they come.
 */
import { ColumnBuilder, type ColumnInfo, type ColumnValues } from './columns.js';
import { DataSourceError } from './errors.js';
import { IssueLog, type DataIssue, type IssueKind } from './issues.js';
import type { TextEncodingName } from './decode.js';
import { sourceText } from './messages.js';
import type { ColumnCheck } from '../schema/apply.js';
import type { TableSchema } from '../schema/types.js';
import type { Delimiter } from './sniff.js';

export type SourceFormat = 'csv' | 'json' | 'geojson';

export interface DataTable {
  columns: ColumnInfo[];
  rowCount: number;
  /** `data[c][r]`: value of column c at row r (see `ColumnValues`). */
  data: ColumnValues[];
  /** The first issues of each kind (at most 50 each), in the order met. */
  issues: DataIssue[];
  /** How many issues of each kind in all. */
  issueCounts: Partial<Record<IssueKind, number>>;
  source: { format: SourceFormat; encoding?: TextEncodingName; delimiter?: Delimiter; bytes?: number };
  /** With a Table Schema: per column, its cells checked against the field of the same name. */
  checks?: (ColumnCheck | undefined)[];
}

/** The schema's field for each column (by name), and whether its values must be unique. */
export function fieldsFor(schema: TableSchema | undefined, names: readonly string[]) {
  if (!schema) return undefined;
  const key = schema.primaryKey.length === 1 ? schema.primaryKey[0] : undefined;
  return names.map((name) => {
    const field = schema.field(name);
    return field && { field, unique: field.constraints.unique || key === name };
  });
}

/** Finishes the columns; the checks are there when a schema was given. */
export function finishColumns(builders: readonly ColumnBuilder[], rowCount: number, issues: IssueLog, schema: TableSchema | undefined): Pick<DataTable, 'columns' | 'data' | 'checks'> {
  const fields = fieldsFor(schema, builders.map((b) => b.name));
  const columns: ColumnInfo[] = [];
  const data: ColumnValues[] = [];
  const checks: (ColumnCheck | undefined)[] = [];
  builders.forEach((builder, i) => {
    const { info, values, check } = builder.finish(rowCount, i, issues, fields?.[i]);
    columns.push(info);
    data.push(values);
    checks.push(check);
  });
  return { columns, data, ...(fields ? { checks } : {}) };
}

export const MAX_COLUMNS = 1000;
/** Rows kept for the preview of a file being read (a screenful). */
const PREVIEW_ROWS = 30;
/** Rows looked at before the header is decided (title and comment rows come first). */
const HEADER_SEARCH = 5;

const isBlank = (s: string | undefined): boolean => s === undefined || s.length === 0 || (s.charCodeAt(0) <= 32 && s.trim() === '');
const filled = (row: string[]): number => row.reduce((n, s) => (isBlank(s) ? n : n + 1), 0);

export class TableBuilder {
  readonly issues = new IssueLog();
  private columns: ColumnBuilder[] = [];
  private header: string[] | undefined;
  private pending: string[][] = [];
  /** Data rows accepted (not blank, not a repeated header) and not yet handed to the columns. */
  private batch: string[][] = [];
  /** Records seen so far (the spreadsheet row number of the last one). */
  private records = 0;
  private rows = 0;

  /** The first data rows as written, for a preview while the rest is read. */
  private head: string[][] = [];

  constructor(private readonly schema?: TableSchema) {}

  /** Column names and the first rows as text (undefined until the header and one row are known). */
  preview(): { columns: string[]; rows: string[][] } | undefined {
    if (this.head.length === 0) return undefined;
    return { columns: this.columns.map((c) => c.name), rows: this.head };
  }

  get rowCount(): number {
    return this.rows;
  }

  /** Adds the next record of the file (a header, a title line, a data row, a blank line…). */
  add(row: string[]): void {
    this.addRecord(row);
    this.flush();
  }

  /** Adds the next records of the file (a chunk just parsed). */
  addRows(rows: readonly string[][]): void {
    for (let i = 0; i < rows.length; i++) this.addRecord(rows[i]!);
    this.flush();
  }

  private addRecord(row: string[]): void {
    if (this.header) {
      this.records++;
      this.addData(row);
      return;
    }
    this.pending.push(row);
    if (filled(row) >= 2 || this.pending.length >= HEADER_SEARCH) this.decideHeader();
  }

  /**
   * Hands the data rows accepted since the last call to the columns, column by column: each column's
   * loop then keeps its own state at hand instead of twelve columns taking turns on every row.
   */
  private flush(): void {
    const batch = this.batch;
    if (batch.length === 0) return;
    const columns = this.columns;
    for (let c = 0; c < columns.length; c++) columns[c]!.pushRows(batch, batch.length, c);
    this.batch = [];
  }

  /** Spreadsheet row number of the record that would be added next. */
  get nextLine(): number {
    return this.records + this.pending.length + 1;
  }

  private decideHeader(): void {
    const rows = this.pending;
    this.pending = [];
    let h = rows.findIndex((r) => filled(r) >= 2);
    // Only lines of at most one cell before it: titles, comments, blanks. Otherwise the first non-blank.
    if (h < 0) h = rows.findIndex((r) => filled(r) > 0);
    if (h < 0) {
      // Nothing but blank lines so far: keep looking (they are reported as empty rows).
      rows.forEach(() => this.issues.add('empty-row', { line: ++this.records }));
      return;
    }
    for (let i = 0; i < h; i++) {
      const line = ++this.records;
      const first = rows[i]!.find((s) => !isBlank(s))?.trim();
      if (first === undefined) this.issues.add('empty-row', { line });
      else this.issues.add(first.startsWith('#') ? 'comment-row' : 'title-row', { line });
    }
    this.records++;
    this.setHeader(rows[h]!);
    for (const row of rows.slice(h + 1)) {
      this.records++;
      this.addData(row);
    }
  }

  private setHeader(cells: string[]): void {
    let names = cells.map((s, i) => (i === 0 ? s.replace(/^\uFEFF/, '') : s));
    // Trailing separators on the header line ("a;b;c;;;") are not columns.
    while (names.length > 1 && isBlank(names[names.length - 1])) names.pop();
    if (names.length > MAX_COLUMNS) {
      this.issues.add('too-many-columns', { max: MAX_COLUMNS });
      names = names.slice(0, MAX_COLUMNS);
    }
    this.header = names;
    const used = new Set<string>();
    this.columns = names.map((source, i) => {
      let name = source.trim().replace(/\s+/g, ' ');
      if (name === '') {
        name = sourceText('column-name', { index: i + 1 });
        this.issues.add('empty-header', { column: i + 1, renamed: name });
      }
      if (used.has(name)) {
        let k = 2;
        while (used.has(`${name} (${k})`)) k++;
        const renamed = `${name} (${k})`;
        this.issues.add('duplicate-header', { column: i + 1, name, renamed });
        name = renamed;
      }
      used.add(name);
      return new ColumnBuilder(name, source);
    });
  }

  private addData(row: string[]): void {
    const header = this.header!;
    const n = header.length;
    const line = this.records;
    // Blank line, or a row of separators only (";;;;" at the end of French exports).
    if (isBlank(row[0]) && filled(row) === 0) {
      this.issues.add('empty-row', { line });
      return;
    }
    if (row.length === n && row[0] === header[0] && row.every((s, i) => s === header[i])) {
      this.issues.add('repeated-header', { line });
      return;
    }
    if (this.head.length < PREVIEW_ROWS) this.head.push(Array.from({ length: n }, (_, c) => row[c] ?? ''));
    if (row.length !== n) {
      // Cells beyond the header that are blank (trailing separators) are not a problem. Short rows are
      // padded with '' by `ColumnBuilder.pushRows`, extra cells ignored.
      let found = row.length;
      while (found > n && isBlank(row[found - 1])) found--;
      if (found !== n) this.issues.add('ragged', { line, found, expected: n });
    }
    this.batch.push(row);
    this.rows++;
  }

  /** Adds a remark found by the CSV parser (quotes) at a record number. */
  addParserIssue(kind: IssueKind, line: number): void {
    this.issues.add(kind, { line });
  }

  finish(source: DataTable['source'], extra: DataIssue[] = []): DataTable {
    if (!this.header && this.pending.length > 0) this.decideHeader();
    this.flush();
    // No header means no line with any content: blank lines only, or nothing.
    if (!this.header) throw new DataSourceError('empty');
    for (const issue of extra) this.issues.addIssue(issue);
    const { columns, data, checks } = finishColumns(this.columns, this.rows, this.issues, this.schema);
    return { columns, rowCount: this.rows, data, ...(checks ? { checks } : {}), issues: this.issues.list, issueCounts: this.issues.counts, source };
  }
}
