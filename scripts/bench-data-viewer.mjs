#!/usr/bin/env node
// `node scripts/bench-data-viewer.mjs [MB] [runs]`: CSV reading (issue #5) in Chromium, a synthetic French
// CSV (~20 MB, 12 columns); papaparse used directly (bare, and with header + dynamicTyping) next to the
// data-viewer pipeline (decode, sniff, papaparse, row checks, typed columns) in the same run, with the
// pipeline's parse stage measured alone. A benchmark, not a test: read the ratios (other work on the
// machine slows every contender alike; absolute times are not comparable between runs). Writes .bench/data-viewer.json.
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
  // The page's clock of main-thread CPU time (Chrome's ThreadTime metric), read between runs.
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await page.exposeFunction('__benchCpu', async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((x) => x.name === 'ThreadTime').value * 1000;
  });
  await page.goto(`http://127.0.0.1:${port}/data-viewer-bench.html?mb=${mb}&runs=${runs}`);
  await page.waitForFunction('window.__benchResults || window.__benchError', { timeout: 600_000, polling: 500 });
  const error = await page.evaluate('window.__benchError');
  if (error) throw new Error(error);
  const r = await page.evaluate('window.__benchResults');
  const f = (x) => x.toFixed(0).padStart(6);
  const pct = (x) => `${x >= 1 ? '+' : ''}${((x - 1) * 100).toFixed(0)} %`;
  const times = (x) => `× ${x.toFixed(2)}`.padStart(6);
  const m = r.medians;
  const c = r.cpuMedians;
  const p = r.pairedRatios;
  const q = r.cpuPairedRatios;
  // Wall time, then main-thread CPU time (what a busy machine disturbs least).
  const both = (wall, cpu) => `${f(wall)} ${f(cpu)}`;
  const vs = (pw, pc) => `${times(pw)} ${times(pc)}  (overhead ${pct(pw)} / ${pct(pc)})`;
  console.log(`${r.userAgent}\n${r.megabytes.toFixed(1)} MB, ${r.rows} records (${r.tableRows} data rows), ${runs} interleaved runs after a warm-up`);
  console.log('Medians in ms: wall time, then main-thread CPU time; ratios are medians of run-by-run ratios (wall, CPU).');
  console.log('\nFrom text (already decoded)                     wall    cpu');
  console.log(`  papaparse, arrays of strings (bare)          ${both(m.papaText, c.papaText)}`);
  console.log(`  papaparse, header + dynamicTyping            ${both(m.papaTyped, c.papaTyped)}`);
  console.log(`  pipeline (sniff, parse, checks, typed cols)  ${both(m.pipelineText, c.pipelineText)}`);
  console.log(`    pipeline ÷ bare papaparse                               ${vs(p.textVsPapa, q.textVsPapa)}`);
  console.log(`    pipeline ÷ papaparse header + dynamicTyping             ${vs(p.textVsPapaTyped, q.textVsPapaTyped)}`);
  console.log("\nWhere the pipeline's time goes (from text)");
  console.log(`  parse: papaparse in 1 M-character chunks     ${both(m.papaChunks, c.papaChunks)}   ${times(p.chunksVsPapa)} ${times(q.chunksVsPapa)} bare papaparse in one call`);
  console.log(`  row checks + typing (pipeline − parse)       ${both(r.tableAndTyping, r.cpuTableAndTyping)}   pipeline ÷ parse stage: ${times(p.textVsPapaChunks)} ${times(q.textVsPapaChunks)}`);
  console.log('\nFrom bytes');
  console.log(`  TextDecoder (fatal)                          ${both(m.textDecoder, c.textDecoder)}`);
  console.log(`  decode() (BOM, UTF-8 or Windows-1252)        ${both(m.decode, c.decode)}   ${vs(p.decodeVsTextDecoder, q.decodeVsTextDecoder)}`);
  console.log(`  papaparse, TextDecoder + parse               ${both(m.papaBytes, c.papaBytes)}`);
  console.log(`  pipeline, decode + the above                 ${both(m.pipelineBytes, c.pipelineBytes)}   ${vs(p.bytesVsPapaBytes, q.bytesVsPapaBytes)}`);
  console.log(`  pipeline in a worker, Blob → table           ${f(m.pipelineWorker)}      -   (read, decode, parse, type, transfer, unpack; off the main thread)`);
  console.log(`\ncolumn types: ${r.types.join(', ')}`);
  writeFileSync(path.join(out, 'data-viewer.json'), JSON.stringify(r, null, 2));
} finally {
  await browser.close();
  server.close();
}
