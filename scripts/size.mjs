#!/usr/bin/env node
// `pnpm size`: weight of the script-tag bundle (packages/embed/dist) against size-budgets.json.
//
// 1. gzip (level 9) and brotli size of every file: entry, chunks, CSS, themes;
// 2. the pages of size-budgets.json ("5-field form" page) loaded in Chromium with every request
//    recorded (the method of /work/shared/research/performance-baselines.md §1): what a visitor
//    really downloads, in files and gzip bytes, fonts included;
// 3. exits 1 when a ceiling is exceeded, with the table.
//
// Uses the existing build; `--build` (or a missing dist/) runs `pnpm --filter "@parvis/embed..." build`
// first. 1 kB = 1000 bytes, as in the research tables.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { dist, launchBrowser, openPage, repoRoot, startServer, waitForElements } from '../test/embed/helpers.mjs';
import { OWN } from '../packages/embed/chunks.config.mjs';

const budgets = JSON.parse(readFileSync(join(repoRoot, 'size-budgets.json'), 'utf8'));

if (process.argv.includes('--build') || !existsSync(join(dist, 'parvis.js'))) {
  console.log('Building packages/embed and what it needs (pnpm --filter "@parvis/embed..." build)…');
  execSync('pnpm --filter "@parvis/embed..." build', { cwd: repoRoot, stdio: 'inherit' });
}

const kB = (n) => (n / 1000).toFixed(1);
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

const sizes = new Map();
for (const file of walk(dist)) {
  const rel = relative(dist, file).split('\\').join('/');
  if (!/\.(js|css)$/.test(rel)) continue;
  const buf = readFileSync(file);
  sizes.set(rel, { raw: buf.length, gzip: gz(buf), brotli: br(buf) });
}

/** Ceiling (gzip bytes) for a dist file: exact name, or a pattern like "chunks/form-*.js". */
function ceilingFor(rel) {
  for (const [pattern, max] of Object.entries(budgets.files ?? {})) {
    const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
    if (re.test(rel)) return max;
  }
  return undefined;
}

const kind = (rel) =>
  rel === 'parvis.js' ? 'autoloader' : /^chunks\/base-/.test(rel) ? 'base (Lit + core)' : /^chunks\/form-/.test(rel) ? 'form primitives + texts'
  : /^chunks\/extra-/.test(rel) ? 'primitives: extra' : /^chunks\/en-/.test(rel) ? 'English texts (lang=en only)'
  : OWN.some((name) => rel.startsWith(`chunks/${name}-`)) ? 'primitive: own chunk (widgets load it on demand)'
  : /^chunks\/widgets-/.test(rel) ? 'shared by widgets only' : /^chunks\/registry-/.test(rel) ? 'French validators (validate=)' : /^chunks\/rolldown-runtime-/.test(rel) ? 'bundler helper (lazy chunks)'
  : /^chunks\/[a-z-]+-worker-/.test(rel) ? 'widget: worker (lazy)' : /^chunks\/(opening-hours|hours-engine|load|venue-map|export|url-state|viewer-url-state|shared-[a-z-]+|filters|finder-filters|map-panel|schema-panel|address-search|finder-en|report-en|chart|chart-panel|chart-en|viewer-en|table-en|session-core|api-session)-/.test(rel) ? 'widget: lazy part'
  : rel.startsWith('chunks/') ? 'widget' : rel.startsWith('themes/') ? 'theme' : 'CSS';

let failures = 0;
const targetsMissed = [];
const rows = [];
for (const [rel, s] of [...sizes].sort((a, b) => kind(a[0]).localeCompare(kind(b[0])) || a[0].localeCompare(b[0]))) {
  const max = ceilingFor(rel);
  const over = max !== undefined && s.gzip > max;
  if (over) failures++;
  rows.push([rel, kind(rel), kB(s.raw), kB(s.gzip), kB(s.brotli), max === undefined ? '–' : kB(max), over ? 'OVER' : max === undefined ? '' : 'ok']);
}

function table(header, body) {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 || i === 1 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of body) console.log(line(r));
}

console.log('\nFiles of packages/embed/dist (kB, 1 kB = 1000 B; gzip -9, brotli 11)\n');
table(['file', 'role', 'raw', 'gzip', 'brotli', 'max gz', ''], rows);

// Pages: what Chromium actually fetches.
const server = await startServer();
const browser = await launchBrowser();
const pageRows = [];
const pageDetails = [];
try {
  for (const [name, spec] of Object.entries(budgets.pages ?? {})) {
    const { page, log } = await openPage(browser);
    if (spec.readyEvent) await page.evaluateOnNewDocument((type) => document.addEventListener(type, () => (window.__pvReady = true)), spec.readyEvent);
    await page.goto(`${server.origin}/${spec.path}`, { waitUntil: 'networkidle0' });
    await waitForElements(page, spec.tags);
    // a widget that loads data: wait for it (its lazy chunks are then requested too)
    if (spec.readyEvent) await page.waitForFunction(() => window.__pvReady === true, { polling: 50 });
    await page.close();
    // A page may leave out files it fetches: `data` (paths of its data files, outside dist/) and
    // `lazy` (dist files loaded on demand: parsers, worker, map), listed apart with their sizes.
    const matches = (patterns, path) => (patterns ?? []).some((p) => new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(path));
    const all = log.requests.filter((u) => !u.startsWith('data:') && !u.endsWith('/' + spec.path) && !u.endsWith('/favicon.ico') && !matches(spec.data, new URL(u).pathname));
    const lazyFiles = all.filter((u) => matches(spec.lazy, new URL(u).pathname.replace(/^\/dist\//, '')));
    const fetched = all.filter((u) => !lazyFiles.includes(u));
    const fonts = fetched.filter((u) => /\.(woff2?|ttf|otf)(\?|$)/.test(u));
    const outside = fetched.filter((u) => !new URL(u).pathname.startsWith('/dist/'));
    let gzip = 0;
    let brotli = 0;
    const list = [];
    for (const url of fetched) {
      const rel = new URL(url).pathname.replace(/^\/dist\//, '');
      const s = sizes.get(rel);
      if (!s) continue;
      gzip += s.gzip;
      brotli += s.brotli;
      list.push(`${rel} ${kB(s.gzip)}`);
    }
    const problems = [];
    if (spec.maxGzipBytes !== undefined && gzip > spec.maxGzipBytes) problems.push(`gzip ${kB(gzip)} > ${kB(spec.maxGzipBytes)} kB`);
    if (spec.maxFiles !== undefined && fetched.length > spec.maxFiles) problems.push(`${fetched.length} files > ${spec.maxFiles}`);
    if (spec.maxFonts !== undefined && fonts.length > spec.maxFonts) problems.push(`${fonts.length} fonts`);
    if (outside.length) problems.push(`requests outside dist/: ${outside.join(', ')}`);
    if (log.notOk.length || log.failed.length) problems.push(`failed requests: ${[...log.notOk, ...log.failed].join(', ')}`);
    if (problems.length) failures++;
    // The target is the issue's budget; the ceiling stops regressions while the target is not met.
    const missed = spec.targetGzipBytes !== undefined && gzip > spec.targetGzipBytes;
    if (missed) targetsMissed.push(`${name}: ${kB(gzip)} kB > target ${kB(spec.targetGzipBytes)} kB (${spec.targetNote ?? ''})`);
    const verdict = problems.length ? `OVER: ${problems.join('; ')}` : missed ? `ceiling ok, TARGET ${kB(spec.targetGzipBytes)} kB NOT MET` : 'ok';
    pageRows.push([name, spec.path, String(fetched.length), kB(gzip), kB(brotli), `${kB(spec.maxGzipBytes ?? NaN)} kB, ${spec.maxFiles ?? '–'} files`, verdict]);
    const lazyList = lazyFiles.map((u) => new URL(u).pathname.replace(/^\/dist\//, '')).map((rel) => `${rel} ${kB(sizes.get(rel)?.gzip ?? NaN)}`);
    pageDetails.push(`${name} (${spec.description ?? spec.path}): ${list.join(' + ')}${fonts.length ? ` + fonts: ${fonts.join(', ')}` : ', no font'}${lazyList.length ? `\n  not counted, loaded on demand: ${lazyList.join(' + ')}` : ''}`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log('\nPages loaded in Chromium through the script tag (every request recorded)\n');
table(['page', 'path', 'files', 'gzip', 'brotli', 'budget', ''], pageRows);
for (const d of pageDetails) console.log(`\n${d}`);

const widgets = rows.filter((r) => r[1] === 'widget');
console.log(`\nWidget chunks: ${widgets.length ? widgets.map((r) => `${r[0]} ${r[3]} kB`).join(', ') : 'none yet'}`);
for (const line of targetsMissed) console.log(`\n⚠ target not met — ${line}`);
if (failures) {
  console.log(`\n✘ ${failures} budget(s) exceeded (size-budgets.json).`);
  process.exit(1);
}
console.log(targetsMissed.length ? '\n✔ every ceiling is met (see the targets not met above).' : '\n✔ every size budget is met.');
