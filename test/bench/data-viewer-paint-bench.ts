/**
 * First paint of `<pv-data-viewer src="….csv">` (issue #5), run in Chromium by
 * scripts/bench-data-viewer-paint.mjs, which calls `window.paintRun(url)` once per run and reads
 * what it resolves with. A benchmark, not a test: the script prints the numbers next to the targets.
 *
 * One run: a fresh viewer is connected, then `src` is set (t = 0). Times are taken from
 * - the viewer's preview of the first rows, shown while the file is read (in the DOM, then painted),
 * - the viewer's `pv-data-loaded` event (the file is read, parsed, its columns described and the
 *   first query answered: "read"),
 * - MutationObservers on the viewer's and the table's shadow roots: the table's first rows in the
 *   DOM ("Chargement…" rows), then the first data row (`tr.row`),
 * - a requestAnimationFrame then a message after the data rows are in the DOM: the frame that
 *   shows them has been produced ("painted"; render = painted − loaded, the ≤ 200 ms target),
 * - every message to and from the session worker (the page's `Worker` is wrapped), to split the
 *   read into worker start, parse, and the requests made before `pv-data-loaded`.
 * Around them: long tasks (PerformanceObserver 'longtask'), the lateness of a 10 ms timer on the
 * main thread (what a keystroke would wait), rAF frame gaps, the `<progress>` value as each frame
 * sees it, and the elements in the document counting every shadow root.
 */
import '../../packages/data-viewer/src/viewer/viewer.js';

type Stamp = { t: number; dir: 'to' | 'from'; type: string; id?: number };

const now = () => performance.now();
const gc = () => (globalThis as { gc?: () => void }).gc?.();

// Every message of every worker, stamped: the page cannot see inside the viewer otherwise, and
// wrapping `Worker` changes nothing of what the viewer does (startModuleWorker calls `new Worker`).
let stamps: Stamp[] = [];
const NativeWorker = globalThis.Worker;
class StampedWorker extends NativeWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    this.addEventListener('message', (event: MessageEvent<{ type?: string; id?: number }>) => {
      stamps.push({ t: now(), dir: 'from', type: String(event.data?.type), id: event.data?.id });
      if (event.data?.type === 'opened') performance.mark('paint-bench:opened');
    });
  }
  override postMessage(message: unknown, options?: unknown): void {
    const m = message as { type?: string; id?: number };
    stamps.push({ t: now(), dir: 'to', type: String(m?.type), id: m?.id });
    super.postMessage(message, options as StructuredSerializeOptions);
  }
}
globalThis.Worker = StampedWorker as typeof Worker;

// Long tasks of the whole page life; each run keeps those that started within it.
const longTasks: { start: number; duration: number }[] = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  /* no Long Tasks API: reported as null */
}
const longTaskApi = PerformanceObserver.supportedEntryTypes?.includes('longtask') ?? false;

/** Elements of a root and of every open shadow root below it. */
function countElements(root: Document | ShadowRoot): number {
  let n = 0;
  for (const el of root.querySelectorAll('*')) {
    n += 1;
    if (el.shadowRoot) n += countElements(el.shadowRoot);
  }
  return n;
}

/** Resolves once the frame after the current one has been produced (rAF, then a task after it). */
function afterNextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(now());
      channel.port2.postMessage(0);
    }),
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quantile = (xs: number[], q: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]! : 0);

export interface PaintRun {
  url: string;
  rows: number;
  ok: boolean;
  error?: string;
  /** ms from setting src. */
  loaded: number;
  /** The viewer's preview of the first rows while the file is read (in the DOM, then painted); NaN when none. */
  previewDom: number;
  previewPainted: number;
  previewRows: number;
  tableDom: number;
  rowsDom: number;
  painted: number;
  /** worker: started (constructor), ready, 'opened' (file parsed), requests between opened and loaded. */
  worker: { ready?: number; opened?: number; afterOpened: { type: string; ms: number }[]; rowsRequest?: number; rowsAnswer?: number };
  elements: { document: number; viewerShadow: number; tableShadow: number; dataRows: number };
  longTasks: { count: number; max: number; total: number; over200: number; supported: boolean; top: { at: number; ms: number; after: string }[] };
  timer: { max: number; p95: number; samples: number; over50: number };
  frames: { count: number; maxGap: number; p95Gap: number };
  progress: { messages: number; lastMessageBeforeOpened?: number; framesWithNewValue: number; firstValueAt?: number; values: number; lastFraction?: number; textSeen: boolean };
  heap: { pageUsed?: number };
}

async function paintRun(url: string, timeoutMs = 600_000): Promise<PaintRun> {
  const stage = document.getElementById('stage')!;
  stage.replaceChildren();
  gc();
  await sleep(50);
  const viewer = document.createElement('pv-data-viewer');
  viewer.setAttribute('label', 'Subventions (synthétique)');
  stage.append(viewer);
  await afterNextPaint();
  stamps = [];

  const r: PaintRun = {
    url, rows: 0, ok: false, loaded: NaN, previewDom: NaN, previewPainted: NaN, previewRows: 0, tableDom: NaN, rowsDom: NaN, painted: NaN,
    worker: { afterOpened: [] },
    elements: { document: 0, viewerShadow: 0, tableShadow: 0, dataRows: 0 },
    longTasks: { count: 0, max: 0, total: 0, over200: 0, supported: longTaskApi, top: [] },
    timer: { max: 0, p95: 0, samples: 0, over50: 0 },
    frames: { count: 0, maxGap: 0, p95Gap: 0 },
    progress: { messages: 0, framesWithNewValue: 0, values: 0, textSeen: false },
    heap: {},
  };

  let done = false;
  // A 10 ms timer: its lateness is how long an input event would have waited.
  const lateness: number[] = [];
  const timer = () => {
    const due = now() + 10;
    setTimeout(() => {
      lateness.push(Math.max(0, now() - due));
      if (!done) timer();
    }, 10);
  };
  // Every frame: its gap to the previous one, and the progress bar as it is about to be painted.
  const gaps: number[] = [];
  let lastFrame = 0;
  let lastValue: string | null = null;
  const seenValues = new Set<string>();
  const frame = (t: number) => {
    if (lastFrame) gaps.push(t - lastFrame);
    lastFrame = t;
    const progress = viewer.shadowRoot?.querySelector('progress');
    if (progress) {
      const value = progress.getAttribute('value');
      if (value !== null && value !== lastValue) {
        r.progress.framesWithNewValue += 1;
        r.progress.firstValueAt ??= now() - t0;
        seenValues.add(value);
        const max = Number(progress.getAttribute('max'));
        if (max > 0) r.progress.lastFraction = Number(value) / max;
      }
      lastValue = value;
      if (viewer.shadowRoot?.querySelector('.progress-text')?.textContent?.trim()) r.progress.textSeen = true;
    }
    if (!done) requestAnimationFrame(frame);
  };

  let table: Element | null = null;
  let rowsSeen!: () => void;
  const rowsPromise = new Promise<void>((resolve) => (rowsSeen = resolve));
  const check = () => {
    const tableRoot = table?.shadowRoot;
    if (!tableRoot) return;
    if (Number.isNaN(r.tableDom) && tableRoot.querySelector('tbody tr')) r.tableDom = now() - t0;
    if (Number.isNaN(r.rowsDom) && tableRoot.querySelector('tbody tr.row')) {
      r.rowsDom = now() - t0;
      performance.mark('paint-bench:rows');
      rowsSeen();
    }
  };
  const tableObserver = new MutationObserver(check);
  const viewerObserver = new MutationObserver(() => {
    // The preview: the first rows as written, shown while the rest of the file is read.
    if (Number.isNaN(r.previewDom)) {
      const previewRows = viewer.shadowRoot?.querySelectorAll('.preview tbody tr').length ?? 0;
      if (previewRows > 0) {
        r.previewDom = now() - t0;
        r.previewRows = previewRows;
        performance.mark('paint-bench:preview');
        void afterNextPaint().then((t) => (r.previewPainted = t - t0));
      }
    }
    const found = viewer.shadowRoot?.querySelector('pv-data-table') ?? null;
    if (found && found !== table) {
      table = found;
      if (table.shadowRoot) tableObserver.observe(table.shadowRoot, { childList: true, subtree: true });
    }
    check();
  });

  let failed!: (reason: Error) => void;
  const failure = new Promise<never>((_, reject) => (failed = reject));
  viewer.addEventListener('pv-data-loaded', (event) => {
    r.loaded = now() - t0;
    performance.mark('paint-bench:loaded'); // for a trace of the run (a user timing event)
    r.rows = (event as CustomEvent<{ rows: number }>).detail.rows;
  });

  const t0 = now();
  viewer.setAttribute('src', url);
  // The shadow root exists (the viewer rendered once, idle): observe it from the start.
  viewerObserver.observe(viewer.shadowRoot!, { childList: true, subtree: true });
  timer();
  requestAnimationFrame(frame);
  const errorWatch = setInterval(() => {
    const alert = viewer.shadowRoot?.querySelector('[role="alert"]');
    if (alert) failed(new Error(`viewer error: ${alert.textContent?.replace(/\s+/g, ' ').trim()}`));
  }, 100);
  const timeout = setTimeout(() => failed(new Error(`no rows after ${timeoutMs} ms`)), timeoutMs);
  try {
    await Promise.race([rowsPromise, failure]);
    r.painted = (await afterNextPaint()) - t0;
    performance.mark('paint-bench:painted');
    r.ok = true;
  } catch (error) {
    r.error = error instanceof Error ? error.message : String(error);
  } finally {
    clearInterval(errorWatch);
    clearTimeout(timeout);
  }
  // Long task entries arrive a little after the task; the table settles (its window, widths).
  await sleep(300);
  done = true;
  viewerObserver.disconnect();
  tableObserver.disconnect();

  const end = t0 + (r.ok ? r.painted : now() - t0);
  const inRun = longTasks.filter((l) => l.start >= t0 - 1 && l.start <= end);
  // The longest tasks, each with the last worker message before it: which step of the load it belongs to.
  const lastBefore = (t: number) => {
    const s = stamps.filter((x) => x.t <= t).at(-1);
    return s ? `${s.dir === 'to' ? '→' : '←'} ${s.type} at ${Math.round(s.t - t0)}` : 'start';
  };
  const top = [...inRun].sort((a, b) => b.duration - a.duration).slice(0, 3).map((l) => ({ at: Math.round(l.start - t0), ms: Math.round(l.duration), after: lastBefore(l.start) }));
  r.longTasks = { count: inRun.length, max: Math.max(0, ...inRun.map((l) => l.duration)), total: inRun.reduce((a, l) => a + l.duration, 0), over200: inRun.filter((l) => l.duration > 200).length, supported: longTaskApi, top };
  r.timer = { max: Math.max(0, ...lateness), p95: quantile(lateness, 0.95), samples: lateness.length, over50: lateness.filter((x) => x > 50).length };
  r.frames = { count: gaps.length + 1, maxGap: Math.max(0, ...gaps), p95Gap: quantile(gaps, 0.95) };
  r.progress.values = seenValues.size;

  const rel = (s: Stamp) => s.t - t0;
  const ready = stamps.find((s) => s.dir === 'from' && s.type === 'ready');
  const opened = stamps.find((s) => s.dir === 'from' && s.type === 'opened');
  const progressMessages = stamps.filter((s) => s.dir === 'from' && s.type === 'progress');
  r.progress.messages = progressMessages.length;
  if (opened && progressMessages.length) r.progress.lastMessageBeforeOpened = rel(opened) - rel(progressMessages.at(-1)!);
  r.worker.ready = ready && rel(ready);
  r.worker.opened = opened && rel(opened);
  if (opened) {
    // Each request sent after the file was parsed and before pv-data-loaded: how long its answer took.
    const loadedAt = t0 + r.loaded;
    for (const sent of stamps.filter((s) => s.dir === 'to' && s.t >= opened.t && s.t <= loadedAt)) {
      const answer = stamps.find((s) => s.dir === 'from' && s.id === sent.id && s.t >= sent.t);
      if (answer) r.worker.afterOpened.push({ type: sent.type, ms: answer.t - sent.t });
    }
    const rowsRequest = stamps.find((s) => s.dir === 'to' && s.type === 'rows');
    const rowsAnswer = rowsRequest && stamps.find((s) => s.dir === 'from' && s.id === rowsRequest.id);
    r.worker.rowsRequest = rowsRequest && rel(rowsRequest);
    r.worker.rowsAnswer = rowsAnswer && rel(rowsAnswer);
  }
  const tableRoot = (table as Element | null)?.shadowRoot;
  r.elements = {
    document: countElements(document),
    viewerShadow: viewer.shadowRoot ? countElements(viewer.shadowRoot) : 0,
    tableShadow: tableRoot ? countElements(tableRoot) : 0,
    dataRows: tableRoot?.querySelectorAll('tbody tr.row').length ?? 0,
  };
  const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory;
  r.heap.pageUsed = memory?.usedJSHeapSize;
  // Disconnecting the viewer closes its session (the worker is terminated): the next run starts clean.
  stage.replaceChildren();
  return r;
}

Object.assign(window, { paintRun, paintReady: true });
document.getElementById('status')!.textContent = 'Prêt.';
