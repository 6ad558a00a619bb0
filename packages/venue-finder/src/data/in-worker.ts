/** `loadVenues` off the main thread, with a main-thread fallback when workers are unavailable. */
import { finishLoad, loadRaw, type LoadOptions, type LoadResult, type RawLoadResult } from './load.js';
import { VenueDataError, type VenueDataErrorCode } from './parse.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

export interface WorkerLoadOptions extends LoadOptions {
  /** URL of the worker module (default: `./worker.js` beside this module). */
  workerUrl?: URL | string;
  /** Abort: the worker is terminated and the promise rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Never start a worker (tests, old browsers). */
  mainThread?: boolean;
}

async function fetchText(url: URL, signal?: AbortSignal): Promise<string> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new VenueDataError('empty', `Le fichier n’a pas pu être téléchargé (HTTP ${response.status}).`);
  return response.text();
}

function abortError(): DOMException {
  return new DOMException('Lecture du fichier annulée.', 'AbortError');
}

function runInWorker(request: WorkerRequest, options: WorkerLoadOptions): Promise<RawLoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(options.workerUrl ?? new URL('./worker.js', import.meta.url), { type: 'module' });
    const done = (): void => {
      worker.terminate();
      options.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      done();
      reject(abortError());
    };
    options.signal?.addEventListener('abort', onAbort);
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      done();
      const data = event.data;
      if (data.ok) resolve(data.result);
      else if (data.code === 'worker-failed') reject(new Error(`worker-failed: ${data.message}`));
      else reject(new VenueDataError(data.code as VenueDataErrorCode, data.message));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      done();
      reject(new Error('worker-failed'));
    });
    worker.postMessage(request);
  });
}

/**
 * Reads a dataset (its text, or a URL to fetch) in a module worker, so that large files do not block
 * the page; falls back to the main thread when a worker cannot be started or fails to load.
 * Dataset errors are `VenueDataError`s in both cases.
 */
export async function loadVenuesInWorker(source: string | URL, options: WorkerLoadOptions = {}): Promise<LoadResult> {
  if (options.signal?.aborted) throw abortError();
  const { territory, version } = options;
  const request: WorkerRequest = typeof source === 'string' ? { text: source, territory, version } : { url: source.href, territory, version };
  if (!options.mainThread && typeof Worker === 'function') {
    try {
      return finishLoad(await runInWorker(request, options), options);
    } catch (error) {
      if (error instanceof VenueDataError || (error instanceof DOMException && error.name === 'AbortError')) throw error;
      // The worker could not start (CSP, file:// page, missing module): do it here.
    }
  }
  const text = typeof source === 'string' ? source : await fetchText(source, options.signal);
  if (options.signal?.aborted) throw abortError();
  return finishLoad(loadRaw(text, options), options);
}
