#!/usr/bin/env node
// `node scripts/bench-data-viewer-paint.mjs [runs] [--no-huge] [--no-trace] [--huge-mb=100] [--sizes=10000,100000,1000000]`:
// the first paint of <pv-data-viewer src="….csv"> (issue #5) in Chromium, on synthetic French CSV
// files (12 columns, `;`, UTF-8, decimal commas, dd/mm/yyyy dates) of 10,000, 100,000 and
// 1,000,000 rows, then a ~100 MB file. Per run: time to the first data rows, split into reading
// (until pv-data-loaded) and rendering (from pv-data-loaded to the frame that shows the rows), the
// elements in the document counting shadow roots, long tasks and main-thread lateness; for the
// 100 MB file also whether the tab survives, the peak JS heap (page and worker) and the progress bar.
// Then one run per size under a Chrome trace: the CPU time of the main thread's tasks, since on a
// shared machine a long task or a slow render may be time spent waiting for a core (--no-trace: skip).
// A benchmark, not a test: read the numbers next to the targets (render ≤ 200 ms, ≤ 2,000 elements,
// no long task > 200 ms). The CSV files are generated once into .bench/data-viewer-paint/ (git-ignored);
// writes .bench/data-viewer-paint.json.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { startStaticServer } from './serve.mjs';

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 3);
const huge = !args.includes('--no-huge');
const traced = !args.includes('--no-trace');
const hugeMb = Number(option('huge-mb') ?? 100);
const sizes = (option('sizes') ?? '10000,100000,1000000').split(',').map(Number);
const TARGET = { renderMs: 200, elements: 2000, longTaskMs: 200 };

const bench = path.resolve('.bench');
const out = path.join(bench, 'data-viewer-paint');
mkdirSync(out, { recursive: true });

// ── Synthetic files ─────────────────────────────────────────────────────────────────────────────
// Deterministic (a seeded PRNG) and written in ~1 MB pieces: the 100 MB file is never in memory.
const GENERATOR = 2; // bump when the rows below change: files of an older generator are written again
const WORDS = ['subvention', 'association', 'école', 'élève', 'marché', 'forêt', 'château', 'cœur', 'août', 'garçon', 'résumé', 'théâtre', 'bibliothèque', 'médiathèque', 'équipement', 'sportif', 'culturel', 'numérique', 'santé', 'économie', 'solidarité', 'jeunesse', 'Étienne', 'Élodie', 'Eliane', 'Emma', 'Zoé', 'Noël', 'Ça', 'île'];
const PLACES = ['Saint', 'Sainte', 'Le', 'La', 'Les', 'Mont', 'Val', 'Pont', 'Bois', 'Champ', 'Château', 'Île', 'Écouen', 'Évry', 'Orléans', 'Béziers', 'Nîmes', 'Besançon', 'Créteil', 'Mâcon'];
const HEADER = 'libellé;commune;catégorie;code_insee;siret;population;montant;taux;date;fin;ouvert;note';

function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes rows until `maxRows` rows or `maxBytes` bytes; returns { rows, bytes }. */
function writeCsv(file, { maxRows = Infinity, maxBytes = Infinity }) {
  const rand = prng(5);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const communes = Array.from({ length: 3000 }, (_, i) => `${pick(PLACES)}-${pick(WORDS)}${i % 7 ? '' : '-sur-Mer'} ${i}`);
  const dmy = (i) => `${String(1 + (i % 28)).padStart(2, '0')}/${String(1 + (i % 12)).padStart(2, '0')}/20${10 + (i % 15)}`;
  const decimal = (x, digits) => x.toFixed(digits).replace('.', ',');
  const fd = openSync(file, 'w');
  let bytes = 0;
  let rows = 0;
  let piece = [HEADER];
  let pieceChars = HEADER.length;
  const flush = () => {
    const text = piece.join('\n') + '\n';
    bytes += writeSync(fd, text);
    piece = [];
    pieceChars = 0;
  };
  try {
    while (rows < maxRows && bytes + pieceChars < maxBytes) {
      const i = rows;
      // 1 row in 100 needs quotes (a `;` or a `"` in the text), as real exports do.
      const label = i % 100 === 7 ? `"${pick(WORDS)} ; ${pick(WORDS)} n° ${i}"` : i % 100 === 51 ? `"projet ""${pick(WORDS)}"" n° ${i}"` : `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} n° ${i}`;
      const line = [
        label,
        pick(communes),
        i % 50 ? `Catégorie ${pick(WORDS)}` : '',
        String(1000 + Math.floor(rand() * 95000)).padStart(5, '0'),
        String(10000000000000 + i * 7919),
        String(Math.floor(rand() * 200000)),
        i % 40 ? decimal(rand() * 1e5, 2) : '',
        decimal(rand() * 100, 1),
        dmy(i),
        i % 9 ? dmy(i * 7) : '',
        rand() < 0.5 ? 'oui' : 'non',
        String(Math.floor(rand() * 21)),
      ].join(';');
      piece.push(line);
      pieceChars += line.length + 20; // bytes ≥ chars (accents): a rough count is enough for the budget
      rows += 1;
      if (pieceChars >= 1 << 20) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return { rows, bytes };
}

/** The file for a case, generated once (its .json says how it was made). */
function csvFile(name, spec) {
  const file = path.join(out, `${name}.csv`);
  const metaFile = `${file}.json`;
  const wanted = { generator: GENERATOR, ...spec };
  if (existsSync(file) && existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
    if (meta.generator === GENERATOR && meta.maxRows === wanted.maxRows && meta.maxBytes === wanted.maxBytes && statSync(file).size === meta.bytes) return { file, ...meta };
  }
  const t0 = performance.now();
  const made = writeCsv(file, { maxRows: spec.maxRows ?? Infinity, maxBytes: spec.maxBytes ?? Infinity });
  const meta = { ...wanted, ...made };
  writeFileSync(metaFile, JSON.stringify(meta));
  console.log(`wrote ${path.relative('.', file)}: ${made.rows.toLocaleString('en')} rows, ${(made.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { file, ...meta };
}

const cases = sizes.map((n) => ({ name: `rows-${n}`, ...csvFile(`rows-${n}`, { maxRows: n }) }));
const hugeCase = huge ? { name: `mb-${hugeMb}`, ...csvFile(`mb-${hugeMb}`, { maxBytes: hugeMb * 1e6 }) } : undefined;

// ── Page and worker ─────────────────────────────────────────────────────────────────────────────
// session.ts starts its worker with `new URL('./session-worker.js', import.meta.url)`: esbuild leaves
// that URL as written, so the worker is built as an entry of its own next to the page's bundle.
const common = { bundle: true, format: 'esm', minify: true, target: 'es2022', conditions: ['parvis-source'], logLevel: 'warning' };
await build({ ...common, entryPoints: ['test/bench/data-viewer-paint-bench.ts'], outfile: path.join(out, 'data-viewer-paint-bench.js') });
await build({ ...common, entryPoints: ['packages/data-viewer/src/viewer/session-worker.ts'], outfile: path.join(out, 'session-worker.js') });
copyFileSync('test/bench/data-viewer-paint-bench.html', path.join(out, 'data-viewer-paint-bench.html'));

// ── Chromium processes' memory (Linux): the sum of their resident sets, sampled ──────────────────
function processTree(root) {
  if (!root || process.platform !== 'linux') return [];
  const parent = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* gone */
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parent) if (ppid === tree[i]) tree.push(pid);
  return tree;
}
function rssMb(pids) {
  let kb = 0;
  for (const pid of pids) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      /* gone */
    }
  }
  return kb / 1024;
}

// ── Run ─────────────────────────────────────────────────────────────────────────────────────────
const server = await startStaticServer({ dir: out, listenPort: 0, listenHost: '127.0.0.1' });
// serve.mjs streams files without a Content-Length; most servers of data files send one, and the
// viewer's <progress> only has a value with it: the CSV files get one here, the rest is serve.mjs's.
const [serveFile] = server.listeners('request');
server.removeAllListeners('request');
server.on('request', (req, res) => {
  const name = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (name.endsWith('.csv') && existsSync(path.join(out, name)) && path.resolve(out, '.' + name).startsWith(out)) {
    const { size } = statSync(path.join(out, name));
    res.setHeader('content-length', String(size));
  }
  serveFile(req, res);
});
const { port } = server.address();
const origin = `http://127.0.0.1:${port}`;

// A browser that cannot start must not leave the server listening (the script would never end).
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true,
  protocolTimeout: 900_000,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
}).catch((error) => {
  server.close();
  throw error;
});
// Whatever happens (a hung page, an exception), the browser and the server do not outlive the script.
const watchdog = setTimeout(() => {
  console.error('bench-data-viewer-paint: watchdog (40 min), closing');
  browser.process()?.kill('SIGKILL');
  server.close();
  process.exit(2);
}, 40 * 60_000);
watchdog.unref();

const median = (xs) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return v.length ? v[Math.floor(v.length / 2)] : NaN;
};
const max = (xs) => Math.max(...xs.filter((x) => Number.isFinite(x)));

/** The page's main thread in the trace: its tasks' wall and CPU time. */
function taskStats(events) {
  const threads = new Map();
  for (const e of events) if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || (e.name !== 'ThreadControllerImpl::RunTask' && e.name !== 'RunTask')) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  const stats = (tasks = []) => {
    const wall = tasks.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000;
    const cpu = tasks.reduce((a, e) => a + (e.tdur ?? 0), 0) / 1000;
    const byWall = tasks.reduce((a, e) => ((e.dur ?? 0) > (a?.dur ?? -1) ? e : a), undefined);
    return {
      tasks: tasks.length, wall, cpu, longestWall: (byWall?.dur ?? 0) / 1000, longestWallCpu: (byWall?.tdur ?? 0) / 1000,
      longestCpu: Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000)), over200Cpu: tasks.filter((e) => (e.tdur ?? 0) > 200_000).length,
    };
  };
  const pick = (re) => [...byThread].filter(([key]) => re.test(threads.get(key) ?? '')).sort((a, b) => b[1].length - a[1].length)[0]?.[1];
  const main = pick(/CrRendererMain/) ?? [];
  // The render under the same light: the main thread's tasks from pv-data-loaded to the painted
  // frame (the page marks both), their CPU time next to the wall time the run measured.
  const mark = (name) => events.find((e) => e.name === `paint-bench:${name}` && e.ph !== 'e')?.ts;
  const [loaded, painted] = [mark('loaded'), mark('painted')];
  const during = loaded && painted ? main.filter((e) => e.ts + (e.dur ?? 0) > loaded && e.ts < painted) : [];
  const render = loaded && painted ? { wall: (painted - loaded) / 1000, cpu: during.reduce((a, e) => a + (e.tdur ?? 0), 0) / 1000, tasks: during.length } : undefined;
  return { main: { ...stats(main), render } };
}

const longest = (one) => (one.longTasks?.top?.length ? `; longest tasks: ${one.longTasks.top.map((l) => `${l.ms} ms at ${l.at} (after ${l.after})`).join(', ')}` : '');

async function openPage() {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const problems = [];
  page.on('error', (e) => problems.push(`crash: ${e.message}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto(`${origin}/data-viewer-paint-bench.html`);
  await page.waitForFunction('window.paintReady === true', { timeout: 60_000 });
  return { page, problems };
}

// What was measured: the working tree, uncommitted changes included (the bundle is built from it).
const git = (...a) => {
  try {
    return execFileSync('git', a, { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
};
const source = { head: git('rev-parse', '--short', 'HEAD'), changed: git('status', '--porcelain', '--', 'packages/data-viewer/src', 'packages/core/src')?.split('\n').filter(Boolean) ?? [] };
const results = { userAgent: '', date: new Date().toISOString(), source, loadBefore: loadavg(), runs, targets: TARGET, cases: [], huge: undefined };
try {
  const { page, problems } = await openPage();
  results.userAgent = await browser.version();
  const run = (c) => page.evaluate((url) => window.paintRun(url), `${origin}/${path.basename(c.file)}`);
  // The first viewer of the page pays for compiling its code, Lit's templates, the Intl formatters:
  // reported apart ("cold"), not in the medians, which are those of a viewer on a warm page.
  const cold = await run(cases[0]);
  results.cold = { name: cases[0].name, rows: cases[0].rows, bytes: cases[0].bytes, run: cold };
  process.stdout.write(`  ${cases[0].name} cold: ${cold.ok ? `rows at ${cold.painted.toFixed(0)} ms (read ${cold.loaded.toFixed(0)}, render ${(cold.painted - cold.loaded).toFixed(0)})` : cold.error}${longest(cold)}\n`);
  for (const c of cases) c.runs = [];
  // Interleaved (10k, 100k, 1M, 10k, …): a neighbour's load spreads over every size.
  for (let r = 0; r < runs; r++) {
    for (const c of cases) {
      const one = await run(c);
      c.runs.push(one);
      process.stdout.write(`  ${c.name} run ${r + 1}: ${one.ok ? `preview at ${one.previewPainted.toFixed(0)} ms, table rows at ${one.painted.toFixed(0)} ms (read ${one.loaded.toFixed(0)}, render ${(one.painted - one.loaded).toFixed(0)})` : one.error}${longest(one)}\n`);
    }
  }
  results.cases = cases.map(({ name, rows, bytes, runs: list }) => ({ name, rows, bytes, runs: list }));
  if (traced) {
    // A long task is wall time: on a shared machine a 2 ms task that waits for a core looks long.
    // One more run per size under a Chrome trace ('toplevel': every task with its wall and thread
    // CPU time) tells the two apart.
    for (const c of cases) {
      await page.tracing.start({ categories: ['toplevel', 'blink.user_timing'] });
      const one = await run(c);
      const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
      c.traced = { run: one, tasks: taskStats(trace.traceEvents ?? trace) };
      const m = c.traced.tasks.main;
      process.stdout.write(`  ${c.name} traced: longest main-thread task ${m.longestWall.toFixed(0)} ms wall / ${m.longestWallCpu.toFixed(0)} ms CPU; most CPU in one task ${m.longestCpu.toFixed(0)} ms; render ${m.render?.wall.toFixed(0)} ms wall, main thread CPU ${m.render?.cpu.toFixed(0)} ms\n`);
    }
    results.traced = cases.map(({ name, traced: t }) => ({ name, ...t }));
  }
  if (problems.length) results.problems = problems;
  await page.close();

  if (hugeCase) {
    // A fresh tab: a crash here must not hide the numbers above, and the heap starts clean.
    const { page: tab, problems: hugeProblems } = await openPage();
    const session = await tab.createCDPSession();
    const pids = processTree(browser.process()?.pid);
    const peak = { pageHeapMb: 0, workerHeapMb: 0, chromiumRssMb: 0, samples: 0 };
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        try {
          const [pageHeap, ...workerHeaps] = await Promise.all([
            session.send('Runtime.getHeapUsage'),
            ...tab.workers().map((w) => w.client.send('Runtime.getHeapUsage').catch(() => ({ usedSize: 0 }))),
          ]);
          peak.pageHeapMb = Math.max(peak.pageHeapMb, pageHeap.usedSize / 2 ** 20);
          peak.workerHeapMb = Math.max(peak.workerHeapMb, ...workerHeaps.map((h) => h.usedSize / 2 ** 20));
          const tree = processTree(browser.process()?.pid); // renderers come and go: listed again each time
          peak.chromiumRssMb = Math.max(peak.chromiumRssMb, rssMb(tree.length ? tree : pids));
          peak.samples += 1;
        } catch {
          /* a busy or closing target: the next sample */
        }
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    let one;
    let crashed = false;
    let tasks;
    // Traced too: this run is cold and long, the main thread's CPU time tells its tasks from waiting.
    if (traced) await tab.tracing.start({ categories: ['toplevel', 'blink.user_timing'] });
    try {
      one = await Promise.race([
        tab.evaluate((url) => window.paintRun(url), `${origin}/${path.basename(hugeCase.file)}`),
        new Promise((_, reject) => tab.once('error', reject)),
      ]);
    } catch (error) {
      crashed = true;
      one = { ok: false, error: String(error) };
    } finally {
      sampling = false;
      await sampler;
      if (traced) {
        try {
          const trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8'));
          tasks = taskStats(trace.traceEvents ?? trace);
        } catch {
          /* a crashed tab has no trace to give */
        }
      }
    }
    results.huge = { name: hugeCase.name, rows: hugeCase.rows, bytes: hugeCase.bytes, crashed, problems: hugeProblems, peak, run: one, tasks };
    await tab.close().catch(() => {});
  }
} finally {
  clearTimeout(watchdog);
  await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
  server.close();
}

// ── Report ──────────────────────────────────────────────────────────────────────────────────────
results.loadAfter = loadavg();
const ms = (x) => (Number.isFinite(x) ? x.toFixed(0) : '—').padStart(7);
const yes = (ok) => (ok ? 'yes' : 'NO ');
console.log(`\n${results.userAgent}; load average before ${results.loadBefore.map((x) => x.toFixed(1)).join(' ')}, after ${results.loadAfter.map((x) => x.toFixed(1)).join(' ')} (2 cores shared)`);
console.log(`source: ${source.head ?? '?'}${source.changed.length ? ` + ${source.changed.length} uncommitted file(s) in packages/data-viewer and core (listed in the JSON)` : ''}`);
console.log(`${runs} interleaved runs per size, medians in ms from setting src (max over runs for long tasks, lateness and elements)`);
console.log(
  [
    'file'.padEnd(15), 'MB'.padStart(6), 'start'.padStart(7), 'preview'.padStart(7), 'parsed'.padStart(7), 'loaded'.padStart(7), 'rows'.padStart(7), 'painted'.padStart(7),
    'render'.padStart(7), 'ok≤200'.padStart(7), 'elems'.padStart(6), 'table'.padStart(6), 'longest'.padStart(7), 'late'.padStart(7), 'gap'.padStart(7),
  ].join(' '),
);
const line = (name, bytes, list) => {
  const render = median(list.map((x) => x.painted - x.loaded));
  const elements = max(list.map((x) => x.elements.document));
  console.log(
    [
      name.padEnd(15), (bytes / 1e6).toFixed(1).padStart(6), ms(median(list.map((x) => x.worker.ready))), ms(median(list.map((x) => x.previewPainted))), ms(median(list.map((x) => x.worker.opened))), ms(median(list.map((x) => x.loaded))),
      ms(median(list.map((x) => x.rowsDom))), ms(median(list.map((x) => x.painted))), ms(render), yes(render <= TARGET.renderMs).padStart(7),
      String(elements).padStart(6), String(max(list.map((x) => x.elements.tableShadow))).padStart(6), ms(max(list.map((x) => x.longTasks.max))), ms(max(list.map((x) => x.timer.max))), ms(max(list.map((x) => x.frames.maxGap))),
    ].join(' '),
  );
};
if (results.cold?.run?.ok) line(`${results.cold.rows.toLocaleString('en')} cold`, results.cold.bytes, [results.cold.run]);
for (const c of results.cases) line(`${c.rows.toLocaleString('en')} rows`, c.bytes, c.runs);
if (results.huge?.run?.ok) line(`${results.huge.rows.toLocaleString('en')} (cold)`, results.huge.bytes, [results.huge.run]);
console.log('cold: the first viewer of a page (the 100 MB file is read in a fresh tab, cold too); the other rows: medians of a warm page;');
console.log('preview: the viewer\'s preview of the first rows painted, while the file is read (— when none);');
console.log('start: worker ready; parsed: worker says "opened"; loaded: pv-data-loaded; rows: first data row in the DOM; painted: the frame after it;');
console.log('render = painted − loaded; elems: whole document with shadow roots; table: the table\'s shadow root; longest: long task (ms);');
console.log('late: worst lateness of a 10 ms timer on the main thread; gap: longest time between two frames.');

console.log('\nbetween "opened" and pv-data-loaded (the viewer\'s requests to the worker, median ms):');
for (const c of results.cases) {
  const byType = new Map();
  for (const x of c.runs) for (const q of x.worker.afterOpened) byType.set(q.type, [...(byType.get(q.type) ?? []), q.ms]);
  const parts = [...byType].map(([type, list]) => `${type} ×${Math.round(list.length / c.runs.length)} (slowest ${median(list.length ? [max(list)] : [])?.toFixed(0)})`);
  const rowsTrip = median(c.runs.map((x) => x.worker.rowsAnswer - x.worker.rowsRequest));
  console.log(`  ${c.rows.toLocaleString('en').padStart(9)} rows: ${ms(median(c.runs.map((x) => x.loaded - x.worker.opened))).trim()} ms — ${parts.join(', ')}; table's first rows request → answer ${rowsTrip.toFixed(0)} ms`);
}
console.log('\nrender, from pv-data-loaded (median ms): table in the DOM ("Chargement…" rows) / rows asked of the worker / answered / data rows in the DOM / painted');
const renderSteps = (name, list) => {
  const at = (f) => ms(median(list.map((x) => f(x) - x.loaded))).trim();
  console.log(`  ${name.padStart(9)} rows: ${at((x) => x.tableDom)} / ${at((x) => x.worker.rowsRequest)} / ${at((x) => x.worker.rowsAnswer)} / ${at((x) => x.rowsDom)} / ${at((x) => x.painted)}`);
};
if (results.cold?.run?.ok) renderSteps(`${results.cold.rows.toLocaleString('en')} cold`, [results.cold.run]);
for (const c of results.cases) renderSteps(c.rows.toLocaleString('en'), c.runs);
if (results.huge?.run?.ok) renderSteps(`${results.huge.rows.toLocaleString('en')} cold`, [results.huge.run]);

const all = [...(results.cold?.run?.ok ? [results.cold.run] : []), ...results.cases.flatMap((c) => c.runs), ...(results.huge?.run?.ok ? [results.huge.run] : [])];
console.log('\ntargets:');
console.log(`  render ≤ ${TARGET.renderMs} ms (median per size, warm page): ${yes(results.cases.every((c) => median(c.runs.map((x) => x.painted - x.loaded)) <= TARGET.renderMs))}; worst run, cold ones included, ${max(all.map((x) => x.painted - x.loaded)).toFixed(0)} ms`);
console.log(`  ≤ ${TARGET.elements} elements in the document: ${yes(max(all.map((x) => x.elements.document)) <= TARGET.elements)} (max ${max(all.map((x) => x.elements.document))})`);
console.log(`  no long task > ${TARGET.longTaskMs} ms: ${yes(all.every((x) => x.longTasks.over200 === 0))} (longest ${max(all.map((x) => x.longTasks.max)).toFixed(0)} ms${all[0]?.longTasks.supported ? '' : ', Long Tasks API missing'})`);
if (results.traced) {
  console.log(`  render under a trace (one run per size): ${results.traced.map((t) => `${t.name}: ${t.tasks.main.render?.wall.toFixed(0)} ms wall, of which main-thread CPU ${t.tasks.main.render?.cpu.toFixed(0)} ms (${t.tasks.main.render?.tasks} tasks)`).join('; ')}`);
  console.log(`  main thread under a trace (one run per size), CPU time of its tasks: ${results.traced.map((t) => `${t.name}: longest task ${t.tasks.main.longestWall.toFixed(0)} ms wall / ${t.tasks.main.longestWallCpu.toFixed(0)} ms CPU, most CPU in a task ${t.tasks.main.longestCpu.toFixed(0)} ms, ${t.tasks.main.over200Cpu} over ${TARGET.longTaskMs} ms CPU`).join('; ')}`);
}
if (results.huge) {
  const h = results.huge;
  const r = h.run;
  console.log(
    `  ${(h.bytes / 1e6).toFixed(0)} MB (${h.rows.toLocaleString('en')} rows): ${h.crashed ? 'CRASHED' : r.ok ? 'read, no crash' : 'FAILED'}${r.error ? ` (${r.error})` : ''}` +
      (r.ok ? `; preview of the first ${r.previewRows} rows at ${Number.isFinite(r.previewPainted) ? `${(r.previewPainted / 1000).toFixed(1)} s` : '— (none)'}; table at ${(r.painted / 1000).toFixed(1)} s (read ${(r.loaded / 1000).toFixed(1)} s, render ${(r.painted - r.loaded).toFixed(0)} ms)` : ''),
  );
  console.log(`    peak JS heap: page ${h.peak.pageHeapMb.toFixed(0)} MB, worker ${h.peak.workerHeapMb.toFixed(0)} MB; Chromium processes' resident memory ${h.peak.chromiumRssMb.toFixed(0)} MB (${h.peak.samples} samples)`);
  if (r.ok) {
    console.log(
      `    progress: ${r.progress.messages} messages from the worker, ${r.progress.framesWithNewValue} frames showed a new <progress> value (first at ${(r.progress.firstValueAt / 1000).toFixed(1)} s, last ${((r.progress.lastFraction ?? 0) * 100).toFixed(0)} %), text ${r.progress.textSeen ? 'shown' : 'never shown'}; ` +
        `first rows ${Number.isFinite(r.previewPainted) && r.previewPainted < r.loaded ? `shown early (the preview, ${(r.previewPainted / 1000).toFixed(1)} s)` : 'only with the table'}, the table once the whole file is read (${(r.loaded / 1000).toFixed(1)} s)`,
    );
  }
  if (r.ok && r.longTasks.top.length) console.log(`    ${longest(r).slice(2)}`);
  const m = h.tasks?.main;
  if (m) console.log(`    under a trace: render ${m.render?.wall.toFixed(0)} ms wall, main-thread CPU ${m.render?.cpu.toFixed(0)} ms; longest main-thread task ${m.longestWall.toFixed(0)} ms wall / ${m.longestWallCpu.toFixed(0)} ms CPU, most CPU in a task ${m.longestCpu.toFixed(0)} ms, ${m.over200Cpu} over ${TARGET.longTaskMs} ms CPU`);
  if (h.problems.length) console.log(`    problems: ${h.problems.join(' | ')}`);
}
if (results.problems) console.log(`problems: ${results.problems.join(' | ')}`);
writeFileSync(path.join(bench, 'data-viewer-paint.json'), JSON.stringify(results, null, 2));
console.log(`\nwrote ${path.relative('.', path.join(bench, 'data-viewer-paint.json'))}`);
