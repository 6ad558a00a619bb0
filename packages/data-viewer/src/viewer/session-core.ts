/**
 * The work of a data session, the same in the worker and (when no worker can start) in the page:
 * read the source, keep the table, answer queries. DOM-free.
 */
import { readSource, type ReadSource } from '../source/read.js';
import type { Delimiter } from '../source/sniff.js';
import type { DataTable } from '../source/table.js';
import type { ReadProgress } from '../source/read.js';
import { createQueryEngine, preparationSteps, type QueryEngine } from '../query/engine.js';
import { toCsv } from '@parvis/core/csv';
import { DataSourceError } from '../source/errors.js';
import { sourceText, type SourceTextKey } from '../source/messages.js';
import type { CellValue, GroupQuery, TableQuery } from '../model.js';
import type { CellNote, ExportOptions, SchemaSummary, SessionErrorData, TableSummary } from './protocol.js';
import { readTableSchema } from '../schema/read.js';
import { noteFor } from '../schema/apply.js';
import { schemaMessagesEn, schemaMessagesFr } from '../schema/messages.js';
import { fieldsFor } from '../source/table.js';
import type { SchemaField, TableSchema } from '../schema/types.js';

/** Notes worded for at most this many invalid cells per window (a window is a few dozen rows). */
const MAX_NOTES = 2000;

export class SessionCore {
  private table: DataTable | undefined;
  private engine: QueryEngine | undefined;
  private total = 0;
  /** Columns whose sort order, then search text, is still to be built ahead (`prepareNext`). */
  private toPrepare: { column: number; folded: boolean }[] = [];
  /** The schema's field of each column (checks are worded again from it). */
  private fields: (SchemaField | undefined)[] = [];

  /** `schema`: a Table Schema as JSON (read here: a worker receives plain data only). */
  async open(source: ReadSource, options: { delimiter?: Delimiter; schema?: unknown; signal?: AbortSignal; onProgress?: (p: ReadProgress) => void }): Promise<TableSummary> {
    const schema = options.schema === undefined ? undefined : readTableSchema(options.schema);
    const table = await readSource(source, { ...options, schema });
    this.table = table;
    this.fields = fieldsFor(schema, table.columns.map((c) => c.name))?.map((f) => f?.field) ?? [];
    this.engine = createQueryEngine(table);
    this.toPrepare = preparationSteps(table.columns.length);
    this.total = this.engine.run({}).total;
    const { columns, rowCount, issues, issueCounts } = table;
    const word = (lang: 'fr' | 'en') =>
      issues.slice(0, 50).map((i) => sourceText(i.kind, { line: i.line, column: i.column, count: i.count, sample: i.sample, ...(i.params ?? {}), name: i.column !== undefined ? columns[i.column - 1]?.name : undefined }, lang));
    const summary: TableSummary = { columns, rowCount, issues, issueCounts, source: table.source, remarks: { fr: word('fr'), en: word('en') } };
    if (schema) summary.schema = this.schemaSummary(schema);
    return summary;
  }

  private schemaSummary(schema: TableSchema): SchemaSummary {
    const table = this.table!;
    const names = new Set(table.columns.map((c) => c.name));
    let invalid = 0;
    const columns = table.columns.map((_, c) => {
      const field = this.fields[c];
      const check = table.checks?.[c];
      if (!field) return null;
      invalid += check?.total ?? 0;
      const values = field.constraints.enum?.map(String);
      return {
        title: field.title,
        ...(field.description ? { description: field.description } : {}),
        ...(values && values.length > 0 ? { values } : {}),
        invalid: check?.total ?? 0,
        counts: { ...check?.counts },
      };
    });
    return { columns, invalid, missingFields: schema.fields.map((f) => f.name).filter((n) => !names.has(n)), warnings: [...schema.warnings] };
  }

  /** Why the invalid cells of rows `start`–`end` of the current result break the schema. */
  notes(start: number, end: number): CellNote[] {
    const table = this.table;
    const checks = table?.checks;
    if (!table || !checks) return [];
    const from = Math.max(0, Math.min(start, this.total));
    const rows = this.need().rowNumbers(from, Math.max(from, Math.min(end, this.total)));
    const notes: CellNote[] = [];
    rows.forEach((row, r) => {
      checks.forEach((check, c) => {
        const field = this.fields[c];
        if (!check || !field || check.codes[row] === 0 || notes.length >= MAX_NOTES) return;
        const cell = check.raw?.[row] ?? String(table.data[c]![row] ?? '');
        const fr = noteFor(field, check, row, cell, schemaMessagesFr);
        const en = noteFor(field, check, row, cell, schemaMessagesEn);
        if (fr && en) notes.push({ row: r, column: c, fr: fr.message, en: en.message });
      });
    });
    return notes;
  }

  /**
   * Builds the next column's sort order ahead, so that a first click on a header does not wait for it
   * (a worker calls this while idle; never the page: it would block it). True while some remain.
   */
  prepareNext(): boolean {
    const next = this.toPrepare.shift();
    if (!next || !this.engine) return false;
    this.engine.prepare(next.column, next.folded);
    return this.toPrepare.length > 0;
  }

  query(query: TableQuery): number {
    this.total = this.need().run(query).total;
    return this.total;
  }

  rows(start: number, end: number): CellValue[][] {
    const from = Math.max(0, Math.min(start, this.total));
    return this.need().rows(from, Math.max(from, Math.min(end, this.total)));
  }

  /**
   * The values of a text column when it has at most `max` different ones (blank cells aside), else
   * null: what a pick-list needs. It stops at the value after `max`, and builds no dictionary: a
   * column of names costs a few cells, not a collation of every one (that waited before the table).
   */
  fewValues(column: number, max: number): string[] | null {
    const values = this.table?.data[column];
    if (!Array.isArray(values)) return null;
    const seen = new Set<string>();
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      if (value.length === 0 || seen.has(value) || (value.charCodeAt(0) <= 32 && value.trim() === '')) continue;
      seen.add(value);
      if (seen.size > max) return null;
    }
    return [...seen];
  }

  groups(query: GroupQuery) {
    return this.need().groups(query);
  }

  /** The current result (filters and sort applied) as a file; every text cell formula-escaped. */
  export(options: ExportOptions): string {
    const table = this.table!;
    const rows = this.rows(0, this.total);
    const columns = options.columns.filter((c) => c >= 0 && c < table.columns.length);
    if (options.format === 'json') {
      const names = columns.map((c) => table.columns[c]!.name);
      return JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((c, i) => [names[i], row[c] ?? null]))), null, 1);
    }
    const header = columns.map((c) => table.columns[c]!.name);
    const body = rows.map((row) => columns.map((c) => row[c] ?? null));
    return toCsv([header, ...body], options.excel ? { separator: ';', bom: true } : {});
  }

  private need(): QueryEngine {
    if (!this.engine) throw new Error('no table open');
    return this.engine;
  }
}

/** Any failure, worded in French and English for the page (which holds no catalogue of its own). */
export function sessionError(error: unknown): SessionErrorData {
  if (error instanceof DataSourceError) {
    return { code: error.code, fr: sourceText(error.code, error.params, 'fr'), en: sourceText(error.code, error.params, 'en') };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'read-failed', fr: sourceText('read-failed' as SourceTextKey, { detail }, 'fr'), en: sourceText('read-failed' as SourceTextKey, { detail }, 'en') };
}
