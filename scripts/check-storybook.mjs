#!/usr/bin/env node
// Checks the static Storybook in a real browser: `storybook build` exits 0 even when the stories
// cannot run (decorators left untransformed, a broken decorator, a missing theme file…).
//
//   pnpm build-storybook && node scripts/check-storybook.mjs [storybook-static]
//
// For every entry of storybook-static/index.json:
//   story → iframe.html?id=…&viewMode=story renders inside the theme/lang wrapper, every pv-* element
//           in it is defined and has rendered its shadow root, no page error, no Storybook error screen;
//   docs  → iframe.html?id=…&viewMode=docs renders; component docs show the attributes table from the
//           Custom Elements Manifest.
// Plus one check of the toolbar globals (theme=dark, lang=en reach the wrapper).
// Browser: CHROME_PATH or /usr/bin/chromium (Debian), never a downloaded one.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import { abortedAfterResponse } from '../test/embed/helpers.mjs';

const dir = resolve(process.argv[2] ?? 'storybook-static');
const indexFile = join(dir, 'index.json');
if (!existsSync(indexFile)) {
  console.error(`check-storybook: ${indexFile} not found; run pnpm build-storybook first`);
  process.exit(2);
}
const entries = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries);

// ---- a tiny static server (module scripts do not load from file://) -----------------------------
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2',
  '.map': 'application/json', '.txt': 'text/plain',
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let file = resolve(dir, `.${path}`);
  if (file !== dir && !file.startsWith(dir + sep)) return void res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

// One page per browser: Storybook waits for animation frames, which a background tab does not get
// (stories and docs pages then time out at random). Two browsers check two entries at a time.
const launch = () =>
  puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
    ],
  });
const browsers = await Promise.all([launch(), launch()]);

/** Waits for Storybook to finish: rendered content, or its error screen. */
async function settle(page, viewMode) {
  await page.waitForFunction(
    (mode) => {
      const body = document.body;
      if (body.classList.contains('sb-show-errordisplay') || body.classList.contains('sb-show-nopreview')) return true;
      if (mode === 'docs') return Boolean(document.querySelector('#storybook-docs .sbdocs-content, #storybook-docs .sbdocs'));
      return Boolean(document.querySelector('#storybook-root > *'));
    },
    { timeout: 20000 },
    viewMode,
  );
  // Let Lit finish its first renders (and the docs page its lazy blocks).
  await page.evaluate(async () => {
    const all = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('pv-'));
    await Promise.all(all.map((e) => e.updateComplete).filter(Boolean));
  });
}

function inspectStory(isComponent) {
  const problems = [];
  const body = document.body;
  if (body.classList.contains('sb-show-errordisplay')) {
    problems.push(`Storybook error: ${document.querySelector('#error-message')?.textContent?.trim() ?? ''} ${document.querySelector('#error-stack')?.textContent?.trim().split('\n')[0] ?? ''}`);
  }
  if (body.classList.contains('sb-show-nopreview')) problems.push('Storybook shows "no preview"');
  const root = document.querySelector('#storybook-root');
  const wrapper = root?.querySelector('.pv-story[data-pv-theme][lang]');
  if (!wrapper) problems.push('theme/lang decorator wrapper (.pv-story[data-pv-theme][lang]) missing');
  const custom = [...(root?.querySelectorAll('*') ?? [])].filter((e) => e.localName.includes('-'));
  const elements = custom.filter((e) => e.localName.startsWith('pv-'));
  // Component stories must show a Parvis element; other pages (tokens…) at least some content.
  if (isComponent && elements.length === 0) problems.push('no pv-* element rendered');
  if (!root?.querySelector('.pv-story > *, .pv-story *')) problems.push('the story rendered nothing');
  for (const el of custom) {
    if (!customElements.get(el.localName)) problems.push(`<${el.localName}> is not defined`);
    // Upgraded and rendered once (an element may legitimately render nothing, e.g. an empty error summary).
    else if (!el.shadowRoot || el.hasUpdated === false) problems.push(`<${el.localName}> has not rendered`);
    // A form control renders its native control in its own shadow root (label and ARIA ids with it).
    else if (el.constructor.formAssociated && !el.shadowRoot.querySelector('input, select, textarea, button, a[href], [role="combobox"]'))
      problems.push(`<${el.localName}> (form control) has no native control in its shadow root`);
  }
  problems.splice(0, problems.length, ...new Set(problems));
  const tags = [...new Set(elements.map((e) => e.localName))];
  return { problems, tags, theme: wrapper?.getAttribute('data-pv-theme'), lang: wrapper?.getAttribute('lang') };
}

function inspectDocs(isComponent) {
  const problems = [];
  if (document.body.classList.contains('sb-show-errordisplay')) {
    problems.push(`Storybook error: ${document.querySelector('#error-message')?.textContent?.trim() ?? ''}`);
  }
  const docs = document.querySelector('#storybook-docs');
  const text = docs?.textContent ?? '';
  if (text.trim().length < 20) problems.push('docs page is empty');
  const table = docs?.querySelector('.docblock-argstable');
  if (isComponent) {
    if (!table) problems.push('no attributes table (Custom Elements Manifest not loaded?)');
    else if (!/attributes/i.test(table.textContent ?? '')) problems.push('args table has no "attributes" section');
  }
  return { problems, rows: table?.querySelectorAll('tbody tr').length ?? 0 };
}

/** Pages of an element (sidebar "Composants/…", "Widgets/…"): autodocs must show its CEM attributes. */
const isComponentTitle = (title = '') => /^(Composants|Widgets)\//.test(title);

const results = [];
async function check(page, entry) {
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  const errors = [];
  const onError = (err) => errors.push(`page error: ${err.message.split('\n')[0]}`);
  const onConsole = (msg) => {
    if (msg.type() === 'error' && !/Failed to load resource: .*404/.test(msg.text())) errors.push(`console.error: ${msg.text().split('\n')[0]}`);
  };
  const onFailed = (req) => abortedAfterResponse(req) || errors.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
  const onResponse = (res) => {
    // Chromium asks for /favicon.ico on its own; Storybook ships favicon.svg.
    if (res.status() >= 400 && !res.url().endsWith('/favicon.ico')) errors.push(`HTTP ${res.status()}: ${res.url()}`);
  };
  page.on('pageerror', onError).on('console', onConsole).on('requestfailed', onFailed).on('response', onResponse);
  let detail = {};
  try {
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`, { waitUntil: 'load', timeout: 30000 });
    await settle(page, viewMode);
    detail = viewMode === 'docs'
      ? await page.evaluate(inspectDocs, isComponentTitle(entry.title))
      : await page.evaluate(inspectStory, isComponentTitle(entry.title));
  } catch (err) {
    detail = { problems: [`did not render: ${err.message.split('\n')[0]}`] };
  } finally {
    page.off('pageerror', onError).off('console', onConsole).off('requestfailed', onFailed).off('response', onResponse);
  }
  const problems = [...(detail.problems ?? []), ...errors];
  results.push({ id: entry.id, type: entry.type, problems, detail });
  const extra = detail.tags ? ` ${detail.tags.join(',')}` : detail.rows !== undefined ? ` (${detail.rows} rows)` : '';
  console.log(`${problems.length ? '✗' : '✓'} ${entry.type.padEnd(5)} ${entry.id}${extra}`);
  for (const p of problems) console.log(`    ${p}`);
}

try {
  const workers = await Promise.all(browsers.map(async (b) => (await b.pages())[0] ?? b.newPage()));
  const queue = [...entries];
  await Promise.all(
    workers.map(async (page) => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) await check(page, entry);
    }),
  );

  // Toolbar globals reach the decorator (theme and language switches).
  const firstStory = entries.find((e) => e.type === 'story');
  if (firstStory) {
    const page = workers[0];
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(firstStory.id)}&viewMode=story&globals=theme:dark;lang:en`, { waitUntil: 'load' });
    await settle(page, 'story');
    const { theme, lang } = await page.evaluate(inspectStory, false);
    const ok = theme === 'dark' && lang === 'en';
    console.log(`${ok ? '✓' : '✗'} globals theme:dark;lang:en → wrapper data-pv-theme=${theme} lang=${lang}`);
    if (!ok) results.push({ id: 'globals', problems: ['toolbar globals do not reach the decorator'] });
  }
} finally {
  await Promise.all(browsers.map((b) => b.close()));
  server.close();
}

const failed = results.filter((r) => r.problems.length);
const stories = results.filter((r) => r.type === 'story').length;
const docs = results.filter((r) => r.type === 'docs').length;
console.log(`\ncheck-storybook: ${stories} stories, ${docs} docs pages, ${failed.length} failing`);
process.exit(failed.length ? 1 : 0);
