/**
 * Module worker: reads a dataset off the main thread. Message in: `{ text } | { url }` plus
 * `ParseOptions` and the plain quality options; message out: `{ ok: true, result: RawLoadResult,
 * report? }` or `{ ok: false, code, message }`.
 * Start it with `new Worker(new URL('./worker.js', import.meta.url), { type: 'module' })`.
 */
import type { ParseOptions, RawLoadResult } from './load.js';
import type { QualityOptions, QualityReport } from './quality.js';

// The data modules import only DOM-free code (`@parvis/core/url`, not the root of core, which
// defines Lit elements): they load in a worker as they are. (The script-tag bundle inlines them
// into one worker file.)
const modules = Promise.all([import('./load.js'), import('./errors.js')]);

export interface WorkerRequest extends ParseOptions, Pick<QualityOptions, 'now' | 'staleMonths'> {
  text?: string;
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
    const { text, url, noReport, ...options } = event.data ?? {};
    let loaded: Awaited<typeof modules>;
    try {
      loaded = await modules;
    } catch (error) {
      // The main thread treats this as "no worker" and reads the file itself.
      scope.postMessage({ ok: false, code: 'worker-failed', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    const [{ loadRaw, finishLoad }, { VenueDataError }] = loaded;
    try {
      let content = text;
      if (content === undefined && url) {
        // Same-origin credentials, as a page's own fetch; a network failure is a download error, not the data's.
        const response = await fetch(url, { credentials: 'same-origin' }).catch(() => {
          throw new VenueDataError('download', 'Le fichier n’a pas pu être téléchargé (réseau).');
        });
        if (!response.ok) throw new VenueDataError('download', `Le fichier n’a pas pu être téléchargé (HTTP ${response.status}).`);
        content = await response.text();
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
