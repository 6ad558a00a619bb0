/**
 * `loadVenues` off the main thread, with a main-thread fallback when workers are unavailable.
 *
 * Nothing heavy is imported statically: the parser (papaparse) and the normalisation run in the
 * worker, and the main thread loads them (`import('./load.js')`, a lazy chunk in the script-tag
 * bundle) only when the worker cannot run. So a component that imports this module stays small.
 */
import { startModuleWorker } from '@parvis/core/worker';
import { VenueDataError, type VenueDataErrorCode } from './errors.js';

/** The Trusted Types policy name the page lists in `trusted-types` (kept here for existing callers). */
export { WORKER_POLICY } from '@parvis/core/worker';
import type { LoadOptions, LoadResult, RawLoadResult } from './load.js';
import type { QualityReport } from './quality.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

export interface WorkerLoadOptions extends LoadOptions {
  /** URL of the worker module (default: `./worker.js` beside this module). */
  workerUrl?: URL | string;
  /** Abort: the worker is terminated and the promise rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Never start a worker (tests, old browsers). */
  mainThread?: boolean;
}

/** Bytes, not `response.text()` (always UTF-8): the lazy parser chunk decodes them (Windows-1252 of Excel…). */
async function fetchBytes(url: URL, signal?: AbortSignal): Promise<ArrayBuffer> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new VenueDataError('download', `Le fichier n’a pas pu être téléchargé (HTTP ${response.status}).`);
  return response.arrayBuffer();
}

function abortError(): DOMException {
  return new DOMException('Lecture du fichier annulée.', 'AbortError');
}

function startWorker(url: URL | string | undefined): Worker {
  // `new URL('./worker.js', import.meta.url)`: the script-tag bundle replaces it with the URL of the
  // worker file it builds (packages/embed/scripts/workers.mjs).
  return startModuleWorker(url ?? new URL('./worker.js', import.meta.url));
}

function runInWorker(request: WorkerRequest, options: WorkerLoadOptions): Promise<{ raw: RawLoadResult; report?: QualityReport }> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(options.workerUrl);
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
      if (data.ok) resolve({ raw: data.result, report: data.report });
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
 * Reads a dataset (its text, the bytes of a file, or a URL to fetch) in a module worker, so that large files do not block
 * the page and the parser is never downloaded into the page; falls back to the main thread (loading
 * the parser then) when a worker cannot be started (CSP `worker-src`, file:// page, missing module).
 * Dataset errors are `VenueDataError`s in both cases. Text is read as is; bytes and downloaded files are
 * decoded (UTF-8, Windows-1252, UTF-16), and a file that is not text is a `VenueDataError('binary')`.
 */
export async function loadVenuesOffMainThread(source: string | URL | ArrayBuffer, options: WorkerLoadOptions = {}): Promise<LoadResult> {
  if (options.signal?.aborted) throw abortError();
  const { territory, version, now, staleMonths, checkHours } = options;
  const input = typeof source === 'string' ? { text: source } : source instanceof ArrayBuffer ? { bytes: source } : { url: source.href };
  // Bytes are copied, not transferred: the fallback below still needs them if the worker cannot start.
  const request: WorkerRequest = { ...input, territory, version, now, staleMonths };
  // A function cannot cross to the worker: then the report is made here.
  if (checkHours) request.noReport = true;
  if (!options.mainThread && typeof Worker === 'function') {
    try {
      const { raw, report } = await runInWorker(request, options);
      if (report) return { venues: raw.venues, report, format: raw.format, version: raw.version };
      const { qualityReport } = await import('./quality.js');
      return { venues: raw.venues, report: qualityReport(raw.venues, raw.issues, { ...options, warnings: raw.warnings, encoding: raw.encoding }), format: raw.format, version: raw.version };
    } catch (error) {
      if (error instanceof VenueDataError || (error instanceof DOMException && error.name === 'AbortError')) throw error;
      // The worker could not start: do it here.
    }
  }
  const [data, { loadVenues }] = await Promise.all([typeof source === 'string' || source instanceof ArrayBuffer ? source : fetchBytes(source, options.signal), import('./load.js')]);
  if (options.signal?.aborted) throw abortError();
  return loadVenues(data, options);
}

/** The first name of `loadVenuesOffMainThread`, kept for existing callers. */
export const loadVenuesInWorker = loadVenuesOffMainThread;
