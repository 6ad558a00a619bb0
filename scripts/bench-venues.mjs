#!/usr/bin/env node
// `node scripts/bench-venues.mjs`: venue search (issue #4) in Chromium, 20,000 synthetic venues; the index
// next to the straightforward implementation in the same run (a benchmark, not a test: read the ratio).
// Writes .bench/venues.json.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { startStaticServer } from './serve.mjs';

const out = path.resolve('.bench');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ['test/bench/venues-bench.ts'], bundle: true, format: 'esm', minify: true, target: 'es2022',
  outfile: path.join(out, 'venues-bench.js'), conditions: ['parvis-source'], logLevel: 'warning',
});
copyFileSync('test/bench/venues-bench.html', path.join(out, 'venues-bench.html'));

const server = await startStaticServer({ dir: out, listenPort: 0, listenHost: '127.0.0.1' });
const { port } = server.address();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true,
  // waitForFunction below is one protocol call lasting the whole run: allow more than the default 3 min
  protocolTimeout: 900_000,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage', '--js-flags=--expose-gc'],
});
const ms = (x) => x.toFixed(3).padStart(9);
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/venues-bench.html`);
  await page.waitForFunction('window.__benchResults || window.__benchError', { timeout: 600_000, polling: 500 });
  const error = await page.evaluate('window.__benchError');
  if (error) throw new Error(error);
  const r = await page.evaluate('window.__benchResults');
  console.log(`${r.userAgent}\n${r.venues} venues, JSON ${r.jsonKB} kB; timer ${r.crossOriginIsolated ? 'fine (isolated)' : 'coarse (not isolated: indexed keystrokes are averaged over repeats)'}`);
  console.log(`load (JSON.parse), ms min/median/max: ${r.parse.min.toFixed(1)} / ${r.parse.median.toFixed(1)} / ${r.parse.max.toFixed(1)}`);
  console.log(`index build,       ms min/median/max: ${r.build.min.toFixed(1)} / ${r.build.median.toFixed(1)} / ${r.build.max.toFixed(1)}`);
  console.log(`queries: ${r.queries.join(', ')}`);
  for (const [title, m] of [['keystroke: text + 2 filters + distance sort', r.plain], ['keystroke: same + facet counts', r.withFacets], [`keystroke: text + 2 filters + distance sort, limit ${r.limit}`, r.plainLimited]]) {
    console.log(`\n${title} (${m.keystrokes} keystrokes, ${m.meanResults.toFixed(0)} matches on average, ${m.mismatches} mismatches index/naive)`);
    console.log('case'.padEnd(44), 'min'.padStart(9), 'median'.padStart(9), 'p90'.padStart(9), 'max'.padStart(9), 'ratio'.padStart(7));
    for (const [name, s] of [['naive (fold + filter + map + sort)', m.naive], ['index (typing: reuses previous matches)', m.indexed], ['index (every key scanned)', m.indexedCold]]) {
      console.log(name.padEnd(44), ms(s.min), ms(s.median), ms(s.p90), ms(s.max), (m.naive.median / Math.max(s.median, 0.001)).toFixed(1).padStart(7));
    }
  }
  console.log(`\nworst case: no text, no filter, every one of the ${r.venues} venues matches, nearest first (median of ${r.queries.length} points)`);
  console.log('case'.padEnd(44), 'min'.padStart(9), 'median'.padStart(9), 'p90'.padStart(9), 'max'.padStart(9), 'mismatches'.padStart(11));
  for (const [name, c] of [[`order all ${r.venues}`, r.sortAll], [`order the first ${r.limit} (limit ${r.limit})`, r.sortAllLimited]]) {
    for (const [impl, s] of [['naive', c.naive], ['index', c.indexed]]) {
      console.log(`${impl}: ${name}`.padEnd(44), ms(s.min), ms(s.median), ms(s.p90), ms(s.max), String(c.mismatches).padStart(11));
    }
  }
  console.log(`median, index: ${r.sortAll.indexed.median.toFixed(2)} ms ordering all, ${r.sortAllLimited.indexed.median.toFixed(2)} ms with limit ${r.limit} (naive: ${r.sortAll.naive.median.toFixed(2)} / ${r.sortAllLimited.naive.median.toFixed(2)} ms)`);
  writeFileSync(path.join(out, 'venues.json'), JSON.stringify(r, null, 2));
} finally {
  await browser.close();
  server.close();
}
