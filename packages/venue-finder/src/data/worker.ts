/**
 * Module worker: reads a dataset off the main thread. Message in: `{ text } | { url }` plus
 * `ParseOptions`; message out: `{ ok: true, result: RawLoadResult }` or `{ ok: false, code, message }`.
 * Start it with `new Worker(new URL('./worker.js', import.meta.url), { type: 'module' })`.
 */
import type { ParseOptions, RawLoadResult } from './load.js';

// The data modules import only DOM-free code (`@parvis/core/url`, not the root of core, which
// defines Lit elements): they load in a worker as they are.
const modules = Promise.all([import('./load.js'), import('./parse.js')]);

export interface WorkerRequest extends ParseOptions {
  text?: string;
  url?: string;
}

export type WorkerResponse =
  | { ok: true; result: RawLoadResult }
  | { ok: false; code: string; message: string };

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
  postMessage(message: WorkerResponse): void;
};

scope.addEventListener('message', (event) => {
  void (async () => {
    const { text, url, ...options } = event.data ?? {};
    let loaded: Awaited<typeof modules>;
    try {
      loaded = await modules;
    } catch (error) {
      // The main thread treats this as "no worker" and reads the file itself.
      scope.postMessage({ ok: false, code: 'worker-failed', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    const [{ loadRaw }, { VenueDataError }] = loaded;
    try {
      let content = text;
      if (content === undefined && url) {
        const response = await fetch(url);
        if (!response.ok) throw new VenueDataError('empty', `Le fichier n’a pas pu être téléchargé (HTTP ${response.status}).`);
        content = await response.text();
      }
      scope.postMessage({ ok: true, result: loadRaw(content ?? '', options) });
    } catch (error) {
      const code = error instanceof VenueDataError ? error.code : 'unknown';
      const message = error instanceof Error ? error.message : String(error);
      scope.postMessage({ ok: false, code, message });
    }
  })();
});
