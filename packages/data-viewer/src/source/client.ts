/** `readSource` in a module worker, with progress, cancel (the worker is terminated) and a main-thread fallback. */
import { startModuleWorker } from '@parvis/core/worker';
import { DataSourceError, abortError, isAbortError, type DataSourceErrorCode } from './errors.js';
import { readSource, type ReadProgress, type ReadSource } from './read.js';
import type { Delimiter } from './sniff.js';
import type { DataTable } from './table.js';
import { unpackTable } from './transfer.js';
import type { WorkerMessage, WorkerRequest } from './worker.js';

export type ParseProgress = ReadProgress;

export interface WorkerParseOptions {
  /** Called while reading: bytes read (and in all, when known) and rows parsed so far. */
  onProgress?: (progress: ParseProgress) => void;
  /** Abort: the worker is terminated and the promise rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Separator; sniffed when not given. */
  delimiter?: Delimiter;
  /** URL of the worker module (default: `./worker.js` beside this module). */
  workerUrl?: URL | string;
  /** Never start a worker (tests, pages whose CSP forbids workers). */
  mainThread?: boolean;
}

class WorkerFailed extends Error {}

function toSource(source: URL | Blob | ArrayBuffer): ReadSource {
  if (source instanceof URL) return { url: source.href };
  if (source instanceof Blob) return { blob: source };
  return { buffer: source };
}

function runInWorker(request: WorkerRequest, options: WorkerParseOptions): Promise<DataTable> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      // Through Parvis's one Trusted Types policy (core/worker.ts), like every Parvis worker.
      worker = startModuleWorker(options.workerUrl ?? new URL('./worker.js', import.meta.url));
    } catch (error) {
      reject(new WorkerFailed(String(error)));
      return;
    }
    const done = (): void => {
      worker.terminate();
      options.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      done();
      reject(abortError());
    };
    options.signal?.addEventListener('abort', onAbort);
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'ready') {
        const transfer = 'buffer' in request.source ? [request.source.buffer] : [];
        worker.postMessage(request, transfer);
        return;
      }
      if (message.type === 'progress') {
        options.onProgress?.({ loaded: message.loaded, total: message.total, rows: message.rows });
        return;
      }
      done();
      if (message.type === 'done') unpackTable(message.table).then(resolve, reject);
      else if (message.code === 'worker-failed') reject(new WorkerFailed(message.message));
      else reject(new DataSourceError(message.code as DataSourceErrorCode, message.params ?? {}));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      done();
      reject(new WorkerFailed(event.message || 'worker error'));
    });
  });
}

/**
 * Reads a CSV (or JSON) source — a URL, a Blob/File, or an ArrayBuffer (transferred to the worker: it
 * is detached afterwards) — in a module worker so that a large file never blocks the page. Falls back
 * to the main thread when a worker cannot start (CSP, missing module). Rejects with `DataSourceError`
 * (French message, `code` to translate) or a DOMException `AbortError`.
 */
export async function parseCsvInWorker(source: URL | Blob | ArrayBuffer, options: WorkerParseOptions = {}): Promise<DataTable> {
  if (options.signal?.aborted) throw abortError();
  const request: WorkerRequest = { source: toSource(source), delimiter: options.delimiter };
  if (!options.mainThread && typeof Worker === 'function') {
    try {
      return await runInWorker(request, options);
    } catch (error) {
      if (!(error instanceof WorkerFailed) || isAbortError(error)) throw error;
      // The worker could not run: read here (an ArrayBuffer is transferred only once the worker is ready).
    }
  }
  return readSource(toSource(source), { delimiter: options.delimiter, signal: options.signal, onProgress: options.onProgress });
}
