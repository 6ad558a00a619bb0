// Shared by the embed browser tests (node --test test/embed/) and scripts/size.mjs:
// a small HTTP server on 127.0.0.1 (random port) with the Content-Security-Policy chosen per page,
// and a headless Chromium (puppeteer-core, Debian's /usr/bin/chromium) that records every request,
// console message, page error and CSP violation.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import puppeteer from 'puppeteer-core';

export const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../..');
export const dist = join(repoRoot, 'packages/embed/dist');

/** The policies the tests load pages under (`?csp=<name>` on a page URL). */
export const CSP = {
  none: null,
  // what the brief asks a commune to set: no inline script or style, no eval, Trusted Types enforced
  strict: "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
  // + the only policy Parvis creates (Lit's, renamed 'parvis' in the script-tag bundle)
  'strict-tt': "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types parvis",
  // a host that also runs its own Lit ('lit-html' policy), without allowing duplicates
  'strict-tt-lit': "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html parvis",
  // two copies of Parvis on one page create 'parvis' twice
  'strict-tt-dup': "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types parvis 'allow-duplicates'",
  // the venue finder: its data file (connect-src), its worker (worker-src) and the worker URL's policy
  'strict-tt-finder': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; worker-src 'self'; require-trusted-types-for 'script'; trusted-types parvis parvis-worker",
  // the finder's file allowed, but not the worker URL's Trusted Types policy: main thread too
  'strict-tt-no-worker-policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; worker-src 'self'; require-trusted-types-for 'script'; trusted-types parvis",
  // the same, workers forbidden: the finder reads the file on the main thread
  'strict-tt-no-worker': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; worker-src 'none'; require-trusted-types-for 'script'; trusted-types parvis parvis-worker",
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
};

export const sri = (buf, alg = 'sha384') => `${alg}-${createHash(alg).update(buf).digest('base64')}`;

/** Exits the test early with a clear message when the bundle has not been built. */
export function requireDist() {
  if (!existsSync(join(dist, 'parvis.js')) || !existsSync(join(dist, 'parvis.css'))) {
    throw new Error('packages/embed/dist is missing: run `pnpm --filter @parvis/embed build` (after `pnpm --filter @parvis/tokens build`).');
  }
}

function safeJoin(root, path) {
  const file = resolve(root, '.' + path);
  return file === root || file.startsWith(root + sep) ? file : null;
}

/**
 * Starts the test server.
 * Routes: /dist/* → packages/embed/dist; /copy/* → the same files with the Parvis version
 * renamed (a second, different copy of Parvis); /tampered/* → dist with the base chunk altered
 * (integrity tests); /fixtures/* → `fixtures` (map of path → content); /submit → records the
 * form data; everything else → test/embed/. HTML pages get `?csp=<name>` (default strict) and may
 * contain `{{sri:<dist file>}}` and `{{importmap:<base>}}` placeholders (with `{{importmap…}}`
 * the CSP allows that inline import map by its hash).
 */
export async function startServer({ fixtures = {} } = {}) {
  const requests = [];
  const submissions = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ method: req.method, path: url.pathname + url.search });
    const send = (status, body, type = 'text/plain; charset=utf-8', headers = {}) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    if (url.pathname === '/favicon.ico') return send(204, '');
    if (url.pathname === '/submit') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        submissions.push({ method: req.method, body: req.method === 'GET' ? url.search.slice(1) : body });
        send(200, '<!doctype html><html lang="fr"><title>Merci</title><p>Demande reçue.</p>', TYPES['.html'], cspHeader('strict'));
      });
      return;
    }
    if (url.pathname.startsWith('/fixtures/')) {
      const content = fixtures[url.pathname.slice('/fixtures/'.length)];
      if (content === undefined) return send(404, 'Introuvable');
      const type = TYPES[extname(url.pathname)] ?? 'application/octet-stream';
      return send(200, content, type, extname(url.pathname) === '.html' ? cspHeader(url.searchParams.get('csp') ?? 'strict') : {});
    }
    let root = here;
    let path = url.pathname;
    let rewrite = null;
    for (const [prefix, transform] of [
      ['/dist/', null],
      // a second copy of Parvis with another version number (as if pasted from another release)
      ['/copy/', (file, buf) => (file.endsWith('.js') ? Buffer.from(buf.toString('utf8').replaceAll('"0.0.0"', '"0.0.0-copie"').replaceAll('`0.0.0`', '`0.0.0-copie`')) : buf)],
      // the base chunk altered after the hashes were published
      ['/tampered/', (file, buf) => (/chunks[\\/]base-/.test(file) ? Buffer.concat([buf, Buffer.from('\n/* altéré */\n')]) : buf)],
    ]) {
      if (path.startsWith(prefix)) {
        root = dist;
        path = path.slice(prefix.length - 1);
        rewrite = transform;
        break;
      }
    }
    const file = safeJoin(root, decodeURIComponent(path));
    if (!file || !existsSync(file) || !statSync(file).isFile()) return send(404, 'Introuvable');
    let buf = readFileSync(file);
    if (rewrite) buf = rewrite(file, buf);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (extname(file) !== '.html') return send(200, buf, type);
    let html = buf.toString('utf8');
    const extraScriptSources = [];
    html = html.replace(/\{\{sri:([^}]+)\}\}/g, (_, f) => sri(readFileSync(join(dist, f))));
    html = html.replace(/\{\{importmap:([^}]+)\}\}/g, (_, base) => {
      const map = JSON.parse(readFileSync(join(dist, 'importmap.json'), 'utf8'));
      const integrity = Object.fromEntries(Object.entries(map.integrity).map(([k, v]) => [base + k.replace(/^\.\//, ''), v]));
      const json = JSON.stringify({ integrity });
      extraScriptSources.push(`'${sri(Buffer.from(json), 'sha256')}'`);
      return `<script type="importmap">${json}</script>`;
    });
    send(200, html, type, cspHeader(url.searchParams.get('csp') ?? 'strict', extraScriptSources));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    requests,
    submissions,
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
  };
}

function cspHeader(name, extraScriptSources = []) {
  if (!(name in CSP)) throw new Error(`unknown CSP variant ${name}`);
  let policy = CSP[name];
  if (!policy) return {};
  if (extraScriptSources.length) policy = policy.replace("script-src 'self'", `script-src 'self' ${extraScriptSources.join(' ')}`);
  return { 'content-security-policy': policy };
}

export const CHROME_ARGS = [
  '--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];

export function launchBrowser() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROME_ARGS,
    timeout: 30_000,
    protocolTimeout: 60_000,
  });
}

/**
 * Opens a page that records everything: `log.requests` (every URL the page asked for, any origin),
 * `log.notOk` (responses with an HTTP error status), `log.failed` (network failures),
 * `log.console` ({type, text}), `log.errors` (uncaught exceptions), `log.violations` (from
 * `securitypolicyviolation` events, listened before any page script runs).
 */
/**
 * Chromium quirk: a body read to its end through `response.body.getReader()` (how the data viewer
 * streams a file) is reported now and then as net::ERR_ABORTED after its 200 response, although every
 * byte was read (a bare page reading a 200 kB file: 7 times in 40 with a reader, never with
 * arrayBuffer()). Such a request is not a failure.
 */
export function abortedAfterResponse(request) {
  return request.failure()?.errorText === 'net::ERR_ABORTED' && request.response()?.status() === 200;
}

export async function openPage(browser) {
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  const log = { requests: [], console: [], errors: [], failed: [], notOk: [], abortedAfterResponse: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) log.notOk.push(`${r.status()} ${r.url()}`); });
  page.on('requestfailed', (r) => (abortedAfterResponse(r) ? log.abortedAfterResponse : log.failed).push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(String(e?.message ?? e)));
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample ?? ''}`.trim());
    });
  });
  log.violations = () => page.evaluate(() => window.__violations ?? []);
  return { page, log };
}

/** The five-field form tags (plus the error summary) the budget and tests are about. */
export const FORM_TAGS = ['pv-text-field', 'pv-textarea', 'pv-select', 'pv-checkbox', 'pv-button', 'pv-error-summary'];

/** Waits until every tag is defined and has rendered once (Lit's `hasUpdated`). */
export async function waitForElements(page, tags = FORM_TAGS) {
  await page.waitForFunction(
    (list) => list.every((t) => {
      const el = document.querySelector(t);
      return customElements.get(t) && el?.shadowRoot && el.hasUpdated === true;
    }),
    { polling: 50 },
    tags,
  );
}

/** Fills the standard test form (form.html / hostile-cms.html). */
export async function fillForm(page) {
  await page.type('pv-text-field >>> input', 'Camille Dupont');
  await page.type('pv-textarea >>> textarea', 'Demande de salle pour la fête du quartier.');
  await page.select('pv-select >>> select', 'salle-des-fetes');
  await page.click('pv-checkbox >>> input');
}

/**
 * The test server and a Chromium for the tests of the enclosing suite: started before them (after
 * checking the bundle is built), stopped after. `fixtures` may be computed (or bundled) then.
 * @param {() => Record<string, string> | Promise<Record<string, string>>} [fixtures]
 */
export function useEmbedSession(fixtures = () => ({})) {
  const session = { server: undefined, browser: undefined };
  before(async () => {
    requireDist();
    session.server = await startServer({ fixtures: await fixtures() });
    session.browser = await launchBrowser();
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
