/**
 * Module worker of a data session: reads the source, keeps the table and answers the page's
 * queries (see protocol.ts). Started by session.ts with
 * `new Worker(new URL(<this file, as .js>, import.meta.url), { type: 'module' })` (see session.ts).
 */
import type { SessionRequest, SessionResponse } from './protocol.js';

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<SessionRequest>) => void): void;
  postMessage(message: SessionResponse): void;
};

// Loaded dynamically: a module that fails to load becomes a message (the page then works alone).
const modules = import('./session-core.js');
modules.then(
  () => scope.postMessage({ id: 0, type: 'ready' }),
  (error: unknown) => scope.postMessage({ id: 0, type: 'error', error: { code: 'worker-failed', fr: String(error), en: String(error) } }),
);

let core: InstanceType<Awaited<typeof modules>['SessionCore']> | undefined;
/** Requests being answered: the idle work waits for none to be left. */
let busy = 0;

/** Quiet time before idle work starts: a table's first requests (query, rows, notes…) come in a burst. */
const IDLE_AFTER_MS = 400;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Once no request has come for a while, one column at a time gets its sort order built (one task
 * each: a request arriving meanwhile waits for one column at most). Started right after a request,
 * it made the table's first rows wait for a whole column (seen by the paint benchmark).
 */
function schedulePrepare(delay = IDLE_AFTER_MS): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (busy > 0) return; // the request that ends schedules us again
    if (core?.prepareNext()) schedulePrepare(0);
  }, delay);
}

scope.addEventListener('message', (event) => {
  busy += 1;
  clearTimeout(idleTimer);
  void (async () => {
    const request = event.data;
    const { SessionCore, sessionError } = await modules;
    const { id } = request;
    try {
      switch (request.type) {
        case 'open': {
          core = new SessionCore();
          let last = 0;
          const summary = await core.open(request.source, {
            delimiter: request.delimiter,
            schema: request.schema,
            onProgress: (p) => {
              // at most every 100 ms: a message per megabyte would flood a slow page
              const now = performance.now();
              if (now - last < 100 && !p.preview) return;
              last = now;
              scope.postMessage({ id, type: 'progress', ...p });
            },
          });
          scope.postMessage({ id, type: 'opened', summary });
          break;
        }
        case 'query':
          scope.postMessage({ id, type: 'result', total: core!.query(request.query) });
          break;
        case 'notes':
          scope.postMessage({ id, type: 'notes', notes: core!.notes(request.start, request.end) });
          break;
        case 'rows':
          scope.postMessage({ id, type: 'rows', rows: core!.rows(request.start, request.end) });
          break;
        case 'groups':
          scope.postMessage({ id, type: 'groups', groups: core!.groups(request.query) });
          break;
        case 'few-values':
          scope.postMessage({ id, type: 'few-values', values: core!.fewValues(request.column, request.max) });
          break;
        case 'export':
          scope.postMessage({ id, type: 'exported', text: core!.export(request.options) });
          break;
      }
    } catch (error) {
      scope.postMessage({ id, type: 'error', error: sessionError(error) });
    } finally {
      busy -= 1;
      if (busy === 0) schedulePrepare();
    }
  })();
});
