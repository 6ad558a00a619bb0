#!/usr/bin/env node
// `node scripts/bench-data-viewer.mjs [MB]`: CSV reading (issue #5) in Chromium, a synthetic French CSV
// (~20 MB, 12 columns); papaparse used directly next to the data-viewer pipeline (decode, sniff,
// papaparse, typed columns) in the same run. A benchmark, not a test: read the ratio. Writes .bench/data-viewer.json.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { startStaticServer } from './serve.mjs';

const mb = Number(process.argv[2] ?? 20);
const runs = Number(process.argv[3] ?? 7);
const out = path.resolve('.bench');
mkdirSync(out, { recursive: true });
const common = { bundle: true, format: 'esm', minify: true, target: 'es2022', conditions: ['parvis-source'], logLevel: 'warning' };
await build({ ...common, entryPoints: ['test/bench/data-viewer-bench.ts'], outfile: path.join(out, 'data-viewer-bench.js') });
// The worker as a page would ship it: one module.
await build({ ...common, entryPoints: ['packages/data-viewer/src/source/worker.ts'], outfile: path.join(out, 'data-viewer-worker.js') });
copyFileSync('test/bench/data-viewer-bench.html', path.join(out, 'data-viewer-bench.html'));

const server = await startStaticServer({ dir: out, listenPort: 0, listenHost: '127.0.0.1' });
const { port } = server.address();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage', '--js-flags=--expose-gc'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/data-viewer-bench.html?mb=${mb}&runs=${runs}`);
  await page.waitForFunction('window.__benchResults || window.__benchError', { timeout: 600_000, polling: 500 });
  const error = await page.evaluate('window.__benchError');
  if (error) throw new Error(error);
  const r = await page.evaluate('window.__benchResults');
  const f = (x) => x.toFixed(0).padStart(7);
  const pct = (x) => `${((x - 1) * 100).toFixed(1)} %`.padStart(9);
  const m = r.medians;
  console.log(`${r.userAgent}\n${r.megabytes.toFixed(1)} MB, ${r.rows} records (${r.tableRows} data rows); interleaved runs, medians in ms`);
  console.log(`papaparse, text (delimiter given)         ${f(m.papaText)}`);
  console.log(`papaparse, text, dynamicTyping            ${f(m.papaTyped)}`);
  console.log(`papaparse, text, header: true (objects)   ${f(m.papaHeader)}`);
  console.log(`pipeline, text (sniff, parse, typed cols) ${f(m.pipelineText)}   overhead (median of paired ratios): ${pct(r.pairedRatios.textVsPapa)} vs papaparse arrays, ${pct(r.pairedRatios.textVsPapaTyped)} vs dynamicTyping, ${pct(r.pairedRatios.textVsPapaHeader)} vs header: true`);
  console.log(`papaparse, bytes (TextDecoder + parse)    ${f(m.papaBytes)}`);
  console.log(`pipeline, bytes (decode + the above)      ${f(m.pipelineBytes)}   overhead: ${pct(r.pairedRatios.bytesVsPapaBytes)}`);
  console.log(`TextDecoder fatal alone / decode()        ${f(m.textDecoder)} / ${f(m.decode).trim()}   overhead: ${pct(r.pairedRatios.decodeVsTextDecoder)}`);
  console.log(`pipeline in a worker, Blob → table        ${f(m.pipelineWorker)}   (read, decode, parse, type, transfer, unpack; off the main thread)`);
  console.log(`column types: ${r.types.join(', ')}`);
  writeFileSync(path.join(out, 'data-viewer.json'), JSON.stringify(r, null, 2));
} finally {
  await browser.close();
  server.close();
}
