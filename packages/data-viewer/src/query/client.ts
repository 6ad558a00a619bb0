/**
 * The query engine in a module worker, seen from the page: the same calls as `createQueryEngine`,
 * answered asynchronously. Every request has an id; an answer that a newer `run` made out of date
 * (the result of an earlier keystroke, rows of an earlier result) rejects with an `AbortError`
 * instead of being shown. Falls back to the main thread when no worker can start (CSP, old browser).
 */
import { startModuleWorker } from '@parvis/core/worker';
import type { CellValue, Group, GroupQuery, TableQuery } from '../model.js';
import type { DataTable } from '../source/table.js';
import { packTable, type PackedTable } from '../source/transfer.js';
import type { DistinctValue, QueryTable } from './engine.js';
import { QueryServer, READY, type QueryRequest, type QueryResponse, type TransferTable } from './protocol.js';

export interface RemoteQueryOptions {
  /** URL of the worker module (default: `./worker.js` beside this module). */
  workerUrl?: URL | string;
  /** Never start a worker (tests, pages whose CSP forbids workers). */
  mainThread?: boolean;
  /**
   * Give the table's buffers to the worker instead of copying them: the numeric columns of a
   * `DataTable` (and the packed text of a `PackedTable`) are unusable here afterwards.
   */
  transfer?: boolean;
}

export interface RemoteQuery {
  run(query: TableQuery): Promise<{ total: number }>;
  rows(start: number, end: number): Promise<CellValue[][]>;
  groups(query: GroupQuery): Promise<Group[]>;
  distinct(column: number, limit?: number): Promise<DistinctValue[]>;
  /** Stops the worker; pending and later calls reject with an `AbortError`. */
  terminate(): void;
  /** Whether the engine runs in a worker (false: main-thread fallback). */
  readonly inWorker: boolean;
}

type Body = QueryRequest extends infer R ? (R extends QueryRequest ? Omit<R, 'id'> : never) : never;

export const staleError = (): DOMException => new DOMException('Réponse périmée : une requête plus récente a été envoyée.', 'AbortError');
const stoppedError = (): DOMException => new DOMException('Le moteur de requêtes est arrêté.', 'AbortError');

/** An answer dropped because a newer query was sent: ignore it. */
export const isStale = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

/** The table as the worker wants it, and the buffers to transfer. */
function forTransfer(source: QueryTable | PackedTable, transfer: boolean): { table: TransferTable; buffers: ArrayBuffer[] } {
  const { columns, rowCount } = source;
  const packedAlready = source.data.some((d) => !(d instanceof Float64Array) && !Array.isArray(d));
  if (packedAlready || source.data.every((d) => d instanceof Float64Array)) {
    const data = transfer
      ? source.data
      : source.data.map((d) => (d instanceof Float64Array ? d.slice() : Array.isArray(d) ? d : { units: d.units.slice(), offsets: d.offsets.slice() }));
    const buffers: ArrayBuffer[] = [];
    for (const d of data) {
      if (d instanceof Float64Array) buffers.push(d.buffer as ArrayBuffer);
      else if (!Array.isArray(d)) buffers.push(d.units.buffer as ArrayBuffer, d.offsets.buffer as ArrayBuffer);
    }
    return { table: { columns, rowCount, data }, buffers };
  }
  // Strings travel as one buffer per column: structured-cloning 400,000 strings is a long task.
  const own = source as QueryTable;
  const copy = { columns, rowCount, data: transfer ? own.data : own.data.map((d) => (d instanceof Float64Array ? d.slice() : d)) };
  const { packed, transfer: buffers } = packTable(copy as DataTable);
  return { table: { columns, rowCount, data: packed.data }, buffers };
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  /** `run`s sent before this request (a later run makes it stale); undefined: never stale. */
  generation: number | undefined;
}

/**
 * Starts the query engine in a module worker with `source` (a `DataTable`, or the `PackedTable` a
 * parsing worker posted). Requests sent before the worker is ready wait for it.
 */
export function createRemoteQuery(source: QueryTable | PackedTable, options: RemoteQueryOptions = {}): RemoteQuery {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let generation = 0;
  let stopped = false;
  let worker: Worker | undefined;
  let ready = false;
  /** Requests waiting for the worker's 'ready' (the table goes first). */
  let waiting: QueryRequest[] = [];
  let buffers: ArrayBuffer[] = [];
  let local: QueryServer | undefined;

  const settle = (response: QueryResponse): void => {
    const p = pending.get(response.id);
    if (!p) return;
    pending.delete(response.id);
    if (p.generation !== undefined && p.generation !== generation) p.reject(staleError());
    else if (response.ok) p.resolve(response.result);
    else if (response.stale) p.reject(staleError());
    else p.reject(new Error(response.message));
  };

  const fallBack = (): void => {
    // The table never left: the worker failed before 'ready', so nothing was transferred.
    worker?.terminate();
    worker = undefined;
    local = new QueryServer();
    const queued = waiting;
    waiting = [];
    queueMicrotask(() => local!.answer(queued).forEach(settle));
  };

  const init = forTransfer(source, options.transfer === true);
  waiting.push({ id: 0, type: 'init', table: init.table });
  buffers = init.buffers;

  if (!options.mainThread && typeof Worker === 'function') {
    try {
      // Through Parvis's one Trusted Types policy (core/worker.ts), like every Parvis worker.
      worker = startModuleWorker(options.workerUrl ?? new URL('./worker.js', import.meta.url));
      worker.addEventListener('message', (event: MessageEvent<QueryResponse | typeof READY>) => {
        if (event.data === READY) {
          ready = true;
          const [first, ...rest] = waiting;
          waiting = [];
          worker!.postMessage(first, buffers);
          buffers = [];
          for (const r of rest) worker!.postMessage(r);
          return;
        }
        settle(event.data);
      });
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        if (!ready) fallBack();
        else for (const id of [...pending.keys()]) settle({ id, ok: false, message: event.message || 'worker error' });
      });
    } catch {
      fallBack();
    }
  } else fallBack();

  function request<T>(body: Body, staleable: boolean): Promise<T> {
    if (stopped) return Promise.reject(stoppedError());
    const id = nextId++;
    if (body.type === 'run') generation++;
    const message = { ...body, id } as QueryRequest;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, generation: staleable ? generation : undefined });
      if (local) {
        const server = local;
        queueMicrotask(() => server.answer([message]).forEach(settle));
      } else if (worker && ready) worker.postMessage(message);
      else waiting.push(message);
    });
  }

  return {
    get inWorker() {
      return worker !== undefined;
    },
    run: (query) => request({ type: 'run', query }, true),
    rows: (start, end) => request({ type: 'rows', start, end }, true),
    groups: (query) => request({ type: 'groups', query }, true),
    distinct: (column, limit) => request({ type: 'distinct', column, limit }, false),
    terminate() {
      stopped = true;
      worker?.terminate();
      worker = undefined;
      local = undefined;
      for (const p of pending.values()) p.reject(stoppedError());
      pending.clear();
      waiting = [];
    },
  };
}
