/**
 * Module worker: reads a dataset off the main thread. Message in: `{ text } | { bytes } | { url }` plus
 * `ParseOptions` and the plain quality options; message out: `{ ok: true, result: RawLoadResult,
 * report? }` or `{ ok: false, code, message }`.
 * Start it with `new Worker(new URL('./worker.js', import.meta.url), { type: 'module' })`.
 */
import { VenueDataError } from './errors.js';
import { finishLoad, loadRaw, type ParseOptions, type RawLoadResult } from './load.js';
import type { QualityOptions, QualityReport } from './quality.js';

// The data modules import only DOM-free code (`@parvis/core/url`, not the root of core, which
// defines Lit elements): they load in a worker as they are. Imported statically: a module that fails
// to load or to run makes the Worker fire `error`, which the page already treats as "no worker" (it
// then reads the file itself); dynamic imports did the same at a cost of 0.4 kB gzip in the
// script-tag bundle's single worker file, room its text decoder needs (size-budgets.json).

export interface WorkerRequest extends ParseOptions, Pick<QualityOptions, 'now' | 'staleMonths'> {
  /** Text given by the page: read as is. */
  text?: string;
  /** A file the page downloaded itself: decoded here (UTF-8, Windows-1252…). */
  bytes?: ArrayBuffer;
  url?: string;
  /** The caller makes the quality report itself (its options hold a function). */
  noReport?: boolean;
}

export type WorkerResponse =
  | { ok: true; result: RawLoadResult; report?: QualityReport }
  | { ok: false; code: string; message: string };

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
  postMessage(message: WorkerResponse): void;
};

scope.addEventListener('message', (event) => {
  void (async () => {
    const { text, bytes, url, noReport, ...options } = event.data ?? {};
    try {
      let content: string | ArrayBuffer | undefined = text ?? bytes;
      if (content === undefined && url) {
        // Same-origin credentials, as a page's own fetch; a network failure is a download error, not the data's.
        const response = await fetch(url, { credentials: 'same-origin' }).catch(() => {
          throw new VenueDataError('download', 'Le fichier n’a pas pu être téléchargé (réseau).');
        });
        if (!response.ok) throw new VenueDataError('download', `Le fichier n’a pas pu être téléchargé (HTTP ${response.status}).`);
        // Bytes, not response.text() (always UTF-8): the decoder recognises Windows-1252 files of Excel.
        content = await response.arrayBuffer();
      }
      const result = loadRaw(content ?? '', options);
      // The report here too (when its options are plain data): the page then needs no data module.
      scope.postMessage(noReport ? { ok: true, result } : { ok: true, result, report: finishLoad(result, options).report });
    } catch (error) {
      const code = error instanceof VenueDataError ? error.code : 'unknown';
      const message = error instanceof Error ? error.message : String(error);
      scope.postMessage({ ok: false, code, message });
    }
  })();
});
