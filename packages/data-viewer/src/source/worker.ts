/**
 * Module worker: reads a CSV or JSON source off the main thread (fetch stream, Blob stream or buffer),
 * posting progress, then the table packed for a cheap transfer (see transfer.ts).
 * Start it with `new Worker(new URL('./worker.js', import.meta.url), { type: 'module' })`.
 */
import type { Delimiter } from './sniff.js';
import type { ReadSource } from './read.js';
import type { PackedTable } from './transfer.js';
import type { SourceParams } from './messages.js';

export interface WorkerRequest {
  source: ReadSource;
  delimiter?: Delimiter;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; loaded: number; total?: number; rows: number }
  | { type: 'done'; table: PackedTable }
  | { type: 'error'; code: string; message: string; params?: SourceParams };

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
};

// Imported dynamically so that a module that fails to load is reported as a message, not a silent
// worker error: the client then reads the file on the main thread. 'ready' tells the client it can
// transfer an ArrayBuffer: before that, a failed worker would have taken the bytes with it.
const modules = Promise.all([import('./read.js'), import('./transfer.js'), import('./errors.js')]);
modules.then(
  () => scope.postMessage({ type: 'ready' }),
  (error: unknown) => scope.postMessage({ type: 'error', code: 'worker-failed', message: error instanceof Error ? error.message : String(error) }),
);

scope.addEventListener('message', (event) => {
  void (async () => {
    let loaded: Awaited<typeof modules>;
    try {
      loaded = await modules;
    } catch (error) {
      scope.postMessage({ type: 'error', code: 'worker-failed', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    const [{ readSource }, { packTable }, { DataSourceError }] = loaded;
    const { source, delimiter } = event.data;
    try {
      // Progress at most every 100 ms: a message per megabyte would flood a slow page.
      let last = 0;
      const table = await readSource(source, {
        delimiter,
        onProgress: (p) => {
          const now = performance.now();
          if (now - last < 100) return;
          last = now;
          scope.postMessage({ type: 'progress', ...p });
        },
      });
      const { packed, transfer } = packTable(table);
      scope.postMessage({ type: 'done', table: packed }, transfer);
    } catch (error) {
      if (error instanceof DataSourceError) scope.postMessage({ type: 'error', code: error.code, message: error.message, params: error.params });
      else scope.postMessage({ type: 'error', code: 'read-failed', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
