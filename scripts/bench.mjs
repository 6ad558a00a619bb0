#!/usr/bin/env node
// `pnpm bench`: speed of the primitives in Chromium, each next to its native equivalent in the same
// run (a benchmark, not a test: CI machines are noisy, so read the ratios). Writes .bench/primitives.json.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { startStaticServer } from './serve.mjs';

const out = path.resolve('.bench');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ['test/bench/primitives-entry.ts'], bundle: true, format: 'esm', minify: true, target: 'es2022',
  outfile: path.join(out, 'bench-bundle.js'), conditions: ['parvis-source'], logLevel: 'warning',
});
for (const f of ['primitives.html', 'primitives-bench.js']) copyFileSync(path.join('test/bench', f), path.join(out, f));
copyFileSync('packages/tokens/dist/parvis.css', path.join(out, 'parvis.css'));

const server = await startStaticServer({ dir: out, listenPort: 0, listenHost: '127.0.0.1' });
const { port } = server.address();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/primitives.html`);
  await page.waitForFunction('window.__benchResults || window.__benchError', { timeout: 120_000 });
  const error = await page.evaluate('window.__benchError');
  if (error) throw new Error(error);
  const r = await page.evaluate('window.__benchResults');
  const rows = [
    ['render 200 required text fields (ms, median of 9)', r.render200Native, r.render200Parvis],
    ['one keystroke: set value + validate SIRET (ms, mean of 300, median of 5 runs)', r.keystrokeNative, r.keystrokeParvis],
  ];
  console.log('case'.padEnd(80), 'native'.padStart(9), 'parvis'.padStart(9), 'ratio'.padStart(7));
  for (const [name, native, parvis] of rows) {
    console.log(name.padEnd(80), native.toFixed(3).padStart(9), parvis.toFixed(3).padStart(9), (parvis / Math.max(native, 0.001)).toFixed(1).padStart(7));
  }
  console.log(`submit a form with 50 invalid fields → messages + error summary: ${r.submit50Invalid.toFixed(1)} ms`);
  writeFileSync(path.join(out, 'primitives.json'), JSON.stringify(r, null, 2));
} finally {
  await browser.close();
  server.close();
}
