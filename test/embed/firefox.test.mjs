// The demo pages as a webmaster publishes them (one script tag, strict CSP of scripts/serve.mjs),
// in the second engine: Firefox ESR from Debian, driven through WebDriver BiDi. The other embed tests
// run in Chromium (Trusted Types, which Firefox ESR does not enforce, are tested there).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { startStaticServer } from '../../scripts/serve.mjs';
import { repoRoot, requireDist } from './helpers.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

describe('demo pages in Firefox ESR', { timeout: 180_000, skip: existsSync(FIREFOX) ? false : `no ${FIREFOX}` }, () => {
  let server;
  let origin;
  let browser;
  before(async () => {
    requireDist();
    server = await startStaticServer({ dir: repoRoot, listenPort: 0, listenHost: '127.0.0.1' });
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, protocolTimeout: 60_000 });
  });
  after(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  /** Opens a demo page; records console errors and warnings, page errors and CSP violations. */
  async function open(path) {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warn') && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(String(e?.message ?? e)));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
    return { page, problems };
  }

  const undefinedTags = (page) => page.evaluate(() => [...new Set([...document.querySelectorAll('*')].map((e) => e.localName))].filter((t) => t.startsWith('pv-') && !customElements.get(t)));

  it('the venue finder lists the places, with its filters and the opening hours', async () => {
    const { page, problems } = await open('demo/lieux.html');
    const count = await page.waitForFunction(() => document.querySelector('pv-venue-finder')?.shadowRoot?.querySelector('.count')?.textContent, { polling: 100, timeout: 30_000 }).then((h) => h.jsonValue());
    assert.match(count, /^\d+ lieux sur \d+$/);
    await page.waitForFunction(() => document.querySelector('pv-venue-finder').shadowRoot.querySelector('fieldset[data-group="hours"]'), { polling: 100 });
    // the hours engine (a lazy chunk) gives each card its status sentence
    await page.waitForFunction(() => document.querySelector('pv-venue-finder').shadowRoot.querySelector('pv-venue-card')?.shadowRoot?.querySelector('.status'), { polling: 100, timeout: 30_000 });
    assert.deepEqual(await undefinedTags(page), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the data viewer shows the subsidies file as a table', async () => {
    const { page, problems } = await open('demo/subventions.html');
    const count = await page.waitForFunction(() => document.querySelector('pv-data-viewer')?.shadowRoot?.querySelector('.count')?.textContent, { polling: 100, timeout: 30_000 }).then((h) => h.jsonValue());
    assert.match(count, /^[\d\s\u202f\u00a0]+ lignes sur [\d\s\u202f\u00a0]+$/);
    assert.deepEqual(await undefinedTags(page), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the form page defines every element', async () => {
    const { page, problems } = await open('demo/');
    await page.waitForFunction(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('pv-')).every((e) => customElements.get(e.localName)), { polling: 100, timeout: 30_000 });
    assert.deepEqual(problems, []);
    await page.close();
  });
});
