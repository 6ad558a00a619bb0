/**
 * Messages between the page (client.ts) and the query worker (worker.ts), and the answering side
 * shared by the worker and the main-thread fallback, so both behave alike.
 */
import type { GroupQuery, TableQuery } from '../model.js';
import type { ColumnValues } from '../source/columns.js';
import type { PackedStrings } from '../source/transfer.js';
import { createQueryEngine, preparationSteps, type QueryEngine, type QueryTable } from './engine.js';

/** A table on its way to the worker: text columns packed (source/transfer.ts) or as arrays. */
export type TransferTable = Omit<QueryTable, 'data'> & { data: (ColumnValues | PackedStrings)[] };

export type QueryRequest =
  | { id: number; type: 'init'; table: TransferTable }
  | { id: number; type: 'run'; query: TableQuery }
  | { id: number; type: 'rows'; start: number; end: number }
  | { id: number; type: 'groups'; query: GroupQuery }
  | { id: number; type: 'distinct'; column: number; limit?: number };

export type QueryResponse =
  | { id: number; ok: true; result: unknown }
  /** `stale`: skipped because a newer `run` came after it (its answer would be out of date). */
  | { id: number; ok: false; stale?: true; message: string };

/** The worker tells it has loaded before the table (possibly transferred) is sent to it. */
export const READY = 'ready';

/** Packed text columns back to strings, in one go (in a worker, nothing waits for us). */
export function unpackColumns(data: TransferTable['data']): ColumnValues[] {
  const decoder = new TextDecoder('utf-16le');
  return data.map((column) => {
    if (column instanceof Float64Array || Array.isArray(column)) return column;
    const { units, offsets } = column;
    const text = decoder.decode(units);
    const values: string[] = [];
    for (let i = 0; i + 1 < offsets.length; i++) values.push(text.slice(offsets[i]!, offsets[i + 1]!));
    return values;
  });
}

/** Answers requests in order; a `run`, `rows` or `groups` followed by a newer `run` is skipped as stale. */
export class QueryServer {
  private engine: QueryEngine | undefined;

  answer(batch: readonly QueryRequest[]): QueryResponse[] {
    let lastRun = -1;
    batch.forEach((r, i) => {
      if (r.type === 'run') lastRun = i;
    });
    return batch.map((request, i) => {
      if (i < lastRun && (request.type === 'run' || request.type === 'rows' || request.type === 'groups')) {
        return { id: request.id, ok: false, stale: true, message: 'stale' };
      }
      try {
        return { id: request.id, ok: true, result: this.one(request) };
      } catch (error) {
        return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    });
  }

  /** Columns still to prepare while idle (their sort order). */
  private toPrepare: { column: number; folded: boolean }[] = [];

  /** Prepares one more column (see `QueryEngine.prepare`); false when there is nothing left to do. */
  prepareNext(): boolean {
    const next = this.toPrepare.shift();
    if (!next || !this.engine) return false;
    this.engine.prepare(next.column, next.folded);
    return this.toPrepare.length > 0;
  }

  private one(request: QueryRequest): unknown {
    if (request.type === 'init') {
      this.engine = createQueryEngine({ ...request.table, data: unpackColumns(request.table.data) });
      // As the viewer's session: without the folded text, the first keystroke after idle took 0.7 s at 400,000 rows.
      this.toPrepare = preparationSteps(request.table.columns.length);
      return request.table.rowCount;
    }
    const engine = this.engine;
    if (!engine) throw new Error('The query engine has no table yet.');
    switch (request.type) {
      case 'run':
        return engine.run(request.query);
      case 'rows':
        return engine.rows(request.start, request.end);
      case 'groups':
        return engine.groups(request.query);
      case 'distinct':
        return engine.distinct(request.column, request.limit);
    }
  }
}
