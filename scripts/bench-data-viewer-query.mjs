#!/usr/bin/env node
// `node scripts/bench-data-viewer-query.mjs [rows] [runs] [naive runs]`: the data viewer's query engine (issue #5) in
// Chromium on a synthetic 400,000 × 12 table; the engine next to the straightforward implementation
// (sort with localeCompare, filter with includes) in the same run. A benchmark, not a test: read the
// ratio. Writes .bench/data-viewer-query.json.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { startStaticServer } from './serve.mjs';

const rows = Number(process.argv[2] ?? 400_000);
const runs = Number(process.argv[3] ?? 5);
const naiveRuns = Number(process.argv[4] ?? 1);
const out = path.resolve('.bench');
mkdirSync(out, { recursive: true });
const common = { bundle: true, format: 'esm', minify: true, target: 'es2022', conditions: ['parvis-source'], logLevel: 'warning' };
await build({ ...common, entryPoints: ['test/bench/data-viewer-query-bench.ts'], outfile: path.join(out, 'data-viewer-query-bench.js') });
// The worker as a page would ship it: one module.
await build({ ...common, entryPoints: ['packages/data-viewer/src/query/worker.ts'], outfile: path.join(out, 'data-viewer-query-worker.js') });
copyFileSync('test/bench/data-viewer-query-bench.html', path.join(out, 'data-viewer-query-bench.html'));

const server = await startStaticServer({ dir: out, listenPort: 0, listenHost: '127.0.0.1' });
const { port } = server.address();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true,
  protocolTimeout: 900_000,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage', '--js-flags=--expose-gc'],
});
const ms = (x) => (x === undefined ? '—' : x.toFixed(1)).padStart(9);
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/data-viewer-query-bench.html?rows=${rows}&runs=${runs}&naiveRuns=${naiveRuns}`);
  await page.waitForFunction('window.__benchResults || window.__benchError', { timeout: 900_000, polling: 500 });
  const error = await page.evaluate('window.__benchError');
  if (error) throw new Error(error);
  const r = await page.evaluate('window.__benchResults');
  console.log(`load average at the end: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')} (2 cores shared)`);
  console.log(`${r.userAgent}\n${r.rows} rows × ${r.columns.length} columns (${r.columns.join(', ')}); medians in ms`);
  console.log('case'.padEnd(52), 'cold'.padStart(9), 'cold min'.padStart(9), 'engine'.padStart(9), 'naive'.padStart(9), 'ratio'.padStart(7), ' mismatches');
  for (const [name, c] of Object.entries(r.results)) {
    console.log(name.padEnd(52), ms(c.engineCold), ms(c.engineColdMin), ms(c.engineWarm), ms(c.naive), (c.naive / Math.max(c.engineWarm, 0.01)).toFixed(0).padStart(7), String(c.mismatches).padStart(11));
  }
  console.log(`worker: start + send the table ${r.worker.startAndSend.toFixed(0)} ms; after ${r.worker.idleMs / 1000} s idle (columns prepared), first sort by libellé + first 50 rows ${r.worker.firstTextSortAfterIdle.toFixed(1)} ms, first search keystroke ${r.worker.firstSearchAfterIdle.toFixed(1)} ms; sort by montant + first 50 rows, round trip ${r.worker.sortAndFirst50.toFixed(1)} ms`);
  console.log('cold: fresh engine, the column\'s dictionary and French ranks built first (median, and fastest run); engine: warm (other direction / next keystroke)');
  writeFileSync(path.join(out, 'data-viewer-query.json'), JSON.stringify(r, null, 2));
} finally {
  await browser.close();
  server.close();
}
