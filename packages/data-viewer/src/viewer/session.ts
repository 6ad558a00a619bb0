/**
 * The page's side of a data session: the table lives in a worker (session-worker.ts), or, when no
 * worker can start (CSP `worker-src`, file:// page), in a lazily loaded module of this page.
 * Every method answers for the latest state; answers to superseded queries are never mixed up
 * (each request has its id).
 */
import { startModuleWorker } from '@parvis/core/worker';
import type { CellValue, Group, GroupQuery, TableQuery } from '../model.js';
import type { ReadProgress, ReadSource } from '../source/read.js';
import type { Delimiter } from '../source/sniff.js';
import type { CellNote, ExportOptions, SessionErrorData, SessionRequest, SessionResponse, TableSummary } from './protocol.js';

/** A failure of the session (unreadable file, network…), worded in French and English. */
export class SessionError extends Error {
  override readonly name = 'SessionError';
  constructor(readonly data: SessionErrorData) {
    super(data.fr);
  }
}

function abortError(): DOMException {
  return new DOMException('Lecture du fichier annulée.', 'AbortError');
}

export interface OpenOptions {
  delimiter?: Delimiter;
  /** A Table Schema as JSON: columns read with its types, cells checked (`summary.schema`, `notes`). */
  schema?: unknown;
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
  /** Never start a worker (tests). */
  mainThread?: boolean;
}

/** A request without its id (given by the channel), for each kind of request. */
type Unsent = SessionRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;
type Pending = { resolve: (message: SessionResponse) => void; reject: (error: unknown) => void };

class WorkerFailed extends Error {}

/** Requests to the worker, each answered by the message with the same id. */
class Channel {
  private next = 1;
  private readonly pending = new Map<number, Pending>();
  onProgress: ((p: ReadProgress) => void) | undefined;

  constructor(readonly worker: Worker) {
    worker.addEventListener('message', (event: MessageEvent<SessionResponse>) => {
      const message = event.data;
      if (message.type === 'progress') return void this.onProgress?.(message);
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.type !== 'error') waiting.resolve(message);
      else if (message.error.code === 'worker-failed') waiting.reject(new WorkerFailed(message.error.fr));
      else waiting.reject(new SessionError(message.error));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.failAll(new WorkerFailed(event.message || 'worker error'));
    });
  }

  send<T extends SessionResponse['type']>(request: Unsent, expect: T): Promise<Extract<SessionResponse, { type: T }>> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: (m) => (m.type === expect ? resolve(m as Extract<SessionResponse, { type: T }>) : reject(new Error(`unexpected ${m.type}`))), reject });
      this.worker.postMessage({ ...request, id } as SessionRequest);
    });
  }

  failAll(error: unknown): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}

/**
 * The worker URL below, written literally, is what the script-tag build turns into a worker file of
 * its own (packages/embed/scripts/workers.mjs); it goes through Parvis's Trusted Types policy. A refused worker (CSP) throws:
 * the session then works in the page.
 */
function startWorker(): Worker {
  try {
    return startModuleWorker(new URL('./session-worker.js', import.meta.url));
  } catch (error) {
    throw new WorkerFailed(error instanceof Error ? error.message : String(error));
  }
}

function waitReady(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<SessionResponse>): void => {
      if (event.data.id !== 0) return;
      worker.removeEventListener('message', onMessage);
      if (event.data.type === 'ready') resolve();
      else reject(new WorkerFailed(event.data.type === 'error' ? event.data.error.fr : 'worker'));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      reject(new WorkerFailed(event.message || 'worker error'));
    });
  });
}

export class DataSession {
  /** Groups (the chart) are computed where the rows are. */
  readonly canGroup = true;

  private constructor(
    readonly summary: TableSummary,
    private readonly channel: Channel | undefined,
    private readonly local: import('./session-core.js').SessionCore | undefined,
  ) {}

  /** Reads the source; rejects with a `SessionError` (French and English texts) or an `AbortError`. */
  static async open(source: ReadSource, options: OpenOptions = {}): Promise<DataSession> {
    if (options.signal?.aborted) throw abortError();
    if (!options.mainThread && typeof Worker === 'function') {
      let worker: Worker | undefined;
      try {
        worker = startWorker();
        await waitReady(worker);
        const channel = new Channel(worker);
        channel.onProgress = options.onProgress;
        const onAbort = (): void => {
          worker!.terminate();
          channel.failAll(abortError());
        };
        options.signal?.addEventListener('abort', onAbort, { once: true });
        // A buffer is transferred once the worker is ready: a failed worker cannot take it with it.
        const opened = await channel.send({ type: 'open', source, ...(options.delimiter ? { delimiter: options.delimiter } : {}), ...(options.schema !== undefined ? { schema: options.schema } : {}) }, 'opened');
        options.signal?.removeEventListener('abort', onAbort);
        channel.onProgress = undefined;
        return new DataSession(opened.summary, channel, undefined);
      } catch (error) {
        if (!(error instanceof WorkerFailed)) {
          worker?.terminate();
          throw error;
        }
        worker?.terminate(); // no worker here: read in the page
      }
    }
    const { SessionCore, sessionError } = await import('./session-core.js');
    const core = new SessionCore();
    try {
      const summary = await core.open(source, { delimiter: options.delimiter, schema: options.schema, signal: options.signal, onProgress: options.onProgress });
      return new DataSession(summary, undefined, core);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new SessionError(sessionError(error));
    }
  }

  /** Applies filters and sort; resolves with the number of rows of the result. */
  async query(query: TableQuery): Promise<number> {
    if (this.local) return this.local.query(query);
    return (await this.channel!.send({ type: 'query', query }, 'result')).total;
  }

  async rows(start: number, end: number): Promise<CellValue[][]> {
    if (this.local) return this.local.rows(start, end);
    return (await this.channel!.send({ type: 'rows', start, end }, 'rows')).rows;
  }

  /** Why the invalid cells of rows `start`–`end` of the current result break the schema (none without one). */
  async notes(start: number, end: number): Promise<CellNote[]> {
    if (!this.summary.schema) return [];
    if (this.local) return this.local.notes(start, end);
    return (await this.channel!.send({ type: 'notes', start, end }, 'notes')).notes;
  }

  async groups(query: GroupQuery): Promise<Group[]> {
    if (this.local) return this.local.groups(query);
    return (await this.channel!.send({ type: 'groups', query }, 'groups')).groups;
  }

  /** The values of a text column when it has at most `max` different ones, else null (pick-lists). */
  async fewValues(column: number, max: number): Promise<string[] | null> {
    if (this.local) return this.local.fewValues(column, max);
    return (await this.channel!.send({ type: 'few-values', column, max }, 'few-values')).values;
  }

  async export(options: ExportOptions): Promise<string> {
    if (this.local) return this.local.export(options);
    return (await this.channel!.send({ type: 'export', options }, 'exported')).text;
  }

  /** True when the table is read in a worker (false: in the page). */
  get inWorker(): boolean {
    return this.channel !== undefined;
  }

  close(): void {
    this.channel?.worker.terminate();
    this.channel?.failAll(abortError());
  }
}
