// <pv-data-viewer> through the script tag under a strict CSP with Trusted Types enforced: the real
// SCDL file (Windows-1252, `;`) is read and queried in the session worker the bundle ships
// (chunks/data-viewer-session-worker-*.js) when `worker-src` allows it, in the page (lazy chunk
// chunks/session-core-*.js) when it does not; the chart is fetched only when asked for.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, useEmbedSession } from './helpers.mjs';

async function openViewer(session, csp) {
  const { page, log } = await openPage(session.browser);
  await page.evaluateOnNewDocument(() => {
    window.__loaded = [];
    document.addEventListener('pv-data-loaded', (e) => window.__loaded.push(e.detail));
  });
  await page.goto(`${session.server.origin}/data-viewer.html?csp=${csp}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__loaded.length > 0, { polling: 50, timeout: 20_000 });
  await page.waitForFunction(() => document.querySelector('pv-data-viewer').shadowRoot.querySelector('pv-data-table')?.shadowRoot?.querySelector('tbody tr[aria-rowindex] td'), { polling: 50 });
  const files = () => log.requests.filter((u) => u.includes('/dist/')).map((u) => new URL(u).pathname.replace('/dist/', ''));
  return { page, log, files };
}

const clean = (log, ignore = /$^/) => {
  assert.deepEqual(log.errors, [], 'page errors');
  assert.deepEqual(log.console.filter((m) => m.type === 'error' && !ignore.test(m.text)).map((m) => m.text), [], 'console errors');
  assert.deepEqual([...log.failed, ...log.notOk], [], 'failed requests');
};

describe('data viewer under a strict CSP', { timeout: 120_000 }, () => {
  const session = useEmbedSession();

  it('reads the real file in the session worker and shows the table (csp=strict-tt-finder)', async () => {
    const { page, log, files } = await openViewer(session, 'strict-tt-finder');
    const [loaded] = await page.evaluate(() => window.__loaded);
    assert.ok(loaded.rows > 500, `rows: ${loaded.rows}`);
    assert.deepEqual(await log.violations(), [], 'CSP violations');
    clean(log);
    const fetched = files();
    assert.equal(fetched.filter((f) => /^chunks\/data-viewer-session-worker-/.test(f)).length, 1, `the worker: ${fetched.join(', ')}`);
    assert.equal(fetched.filter((f) => /^chunks\/(session-core|chart|form|extra)-/.test(f)).length, 0, 'no parser in the page, no chart, no primitives');
    const text = await page.evaluate(() => document.querySelector('pv-data-viewer').shadowRoot.querySelector('pv-data-table').shadowRoot.textContent);
    assert.match(text, /Ville de Poitiers/);
    assert.doesNotMatch(text, /\ufffd/, 'Windows-1252 accents decoded');
    // the chart, on demand
    await page.evaluate(() => [...document.querySelector('pv-data-viewer').shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Graphique').click());
    await page.waitForFunction(() => document.querySelector('pv-data-viewer').shadowRoot.querySelector('pv-data-chart')?.shadowRoot?.querySelector('svg'), { polling: 50, timeout: 20_000 });
    assert.equal(files().filter((f) => /^chunks\/chart-/.test(f)).length, 1, 'the chart chunk after the click');
    assert.deepEqual(await log.violations(), [], 'CSP violations with the chart');
    await page.close();
  });

  it('works in the page when worker-src forbids workers (csp=strict-tt-no-worker)', async () => {
    const { page, log, files } = await openViewer(session, 'strict-tt-no-worker');
    const violations = await log.violations();
    assert.deepEqual(violations.filter((v) => !/^worker-src /.test(v)), [], 'CSP violations other than the blocked worker');
    clean(log, /worker-src|Content.Security.Policy/i);
    assert.equal(files().filter((f) => /^chunks\/session-core-/.test(f)).length, 1, 'the session in the page');
    const text = await page.evaluate(() => document.querySelector('pv-data-viewer').shadowRoot.querySelector('pv-data-table').shadowRoot.textContent);
    assert.match(text, /Ville de Poitiers/);
    await page.close();
  });
});
