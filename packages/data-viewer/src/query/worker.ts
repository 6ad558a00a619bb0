/**
 * Module worker holding the table and the query engine: the page sends queries and asks for the rows
 * it shows, it never sorts 400,000 rows itself. Start it with
 * `new Worker(new URL('./worker.js', import.meta.url), { type: 'module' })` (client.ts does).
 *
 * Requests are answered in batches: those that arrived while the previous batch was computed are
 * answered together, and a query followed by a newer one is skipped (a fast typist's intermediate
 * keystrokes are never computed once the worker is behind).
 */
import { QueryServer, READY, type QueryRequest, type QueryResponse } from './protocol.js';

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<QueryRequest>) => void): void;
  postMessage(message: QueryResponse | typeof READY): void;
};

const server = new QueryServer();
let queue: QueryRequest[] = [];
let scheduled = false;

function drain(): void {
  scheduled = false;
  const batch = queue;
  queue = [];
  for (const response of server.answer(batch)) scope.postMessage(response);
  schedulePrepare();
}

let preparing = false;

/**
 * While no request waits, one column at a time gets its sort order built (a 400,000-row text column
 * of distinct values takes a few hundred milliseconds): a request arriving meanwhile waits for one column at most.
 */
function schedulePrepare(): void {
  if (preparing) return;
  preparing = true;
  setTimeout(() => {
    preparing = false;
    if (queue.length > 0) return; // drain runs first, and schedules us again
    if (server.prepareNext()) schedulePrepare();
  }, 0);
}

scope.addEventListener('message', (event) => {
  queue.push(event.data);
  if (!scheduled) {
    scheduled = true;
    // A task, not a microtask: messages already waiting are delivered first and join the batch.
    setTimeout(drain, 0);
  }
});

scope.postMessage(READY);
