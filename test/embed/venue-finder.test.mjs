// <pv-venue-finder> through the script tag under a strict CSP with Trusted Types enforced:
// the list renders; the data file is read in the module worker the bundle ships
// (chunks/venue-finder-worker-*.js) when `worker-src` allows it, on the main thread (lazy chunk
// chunks/load-*.js) when it does not; no chunk of the form primitives is downloaded.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, useEmbedSession } from './helpers.mjs';

const NAME = 'Anonymal'; // the venue of test/embed/data/mediation-venues.csv

/** Opens venue-finder.html under `csp` and waits for the list (the venue's card) to render. */
async function openFinder(session, csp, path = 'venue-finder.html') {
  const { page, log } = await openPage(session.browser);
  await page.evaluateOnNewDocument(() => {
    window.__loaded = [];
    document.addEventListener('pv-venues-loaded', (e) => window.__loaded.push(e.detail.count));
  });
  await page.goto(`${session.server.origin}/${path}?csp=${csp}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__loaded.length > 0, { polling: 50 });
  await page.waitForFunction(
    (name) => {
      const finder = document.querySelector('pv-venue-finder');
      const cards = [...(finder?.shadowRoot?.querySelectorAll('pv-venue-card') ?? [])];
      return cards.some((c) => c.shadowRoot?.textContent?.includes(name) || c.textContent?.includes(name));
    },
    { polling: 50 },
    NAME,
  );
  const files = () => log.requests.filter((u) => u.includes('/dist/')).map((u) => new URL(u).pathname.replace('/dist/', ''));
  return { page, log, files };
}

function assertClean(log) {
  assert.deepEqual(log.errors, [], 'page errors');
  assert.deepEqual(log.console.filter((m) => m.type === 'error').map((m) => m.text), [], 'console errors');
  assert.deepEqual([...log.failed, ...log.notOk], [], 'failed requests');
}

describe('venue finder under a strict CSP', { timeout: 120_000 }, () => {
  const session = useEmbedSession();

  it('renders the list; the file is read in the worker (csp=strict-tt-finder)', async () => {
    const { page, log, files } = await openFinder(session, 'strict-tt-finder');
    assert.deepEqual(await page.evaluate(() => window.__loaded), [1]);
    assert.deepEqual(await log.violations(), [], 'CSP violations');
    assertClean(log);
    const loaded = files();
    assert.equal(loaded.filter((f) => /^chunks\/venue-finder-worker-/.test(f)).length, 1, `the worker file: ${loaded.join(', ')}`);
    assert.equal(loaded.filter((f) => /^chunks\/load-/.test(f)).length, 0, 'no main-thread parser (the fallback did not run)');
    assert.equal(loaded.filter((f) => /^chunks\/(form|extra)-/.test(f)).length, 0, 'no chunk of primitives');
    // the data file was fetched by the worker (a request of the page's origin, outside dist/)
    assert.ok(log.requests.some((u) => u.endsWith('/data/mediation-venues.csv')), 'data file fetched');
    const foreign = log.requests.filter((u) => !u.startsWith(session.server.origin + '/'));
    assert.deepEqual(foreign, [], 'requests to another origin');
    await page.close();
  });

  it('an English page with only the finder downloads neither the English texts of the primitives nor the form chunk', async () => {
    const { page, log, files } = await openFinder(session, 'strict-tt-finder', 'venue-finder-en.html');
    assertClean(log);
    assert.deepEqual(await log.violations(), [], 'CSP violations');
    const loaded = files();
    assert.equal(loaded.filter((f) => /^chunks\/(en|form|extra)-/.test(f)).length, 0, `files: ${loaded.join(', ')}`);
    // the finder brings its own English texts
    const text = await page.evaluate(() => document.querySelector('pv-venue-finder').shadowRoot.textContent);
    assert.match(text, /Open now/, 'the finder speaks English');
    assert.doesNotMatch(text, /Ouvert maintenant/);
    // an active filter is a pv-tag (its own chunk, loaded by the finder's filters): English too
    await page.evaluate(() => {
      const root = document.querySelector('pv-venue-finder').shadowRoot;
      root.querySelector('fieldset[data-group="hours"] input[value="now"]').click();
    });
    const removeName = await page.waitForFunction(() => document.querySelector('pv-venue-finder').shadowRoot.querySelector('.active pv-tag')?.shadowRoot?.querySelector('button')?.textContent.trim(), { polling: 50 }).then((h) => h.jsonValue());
    assert.match(removeName, /^Remove/, removeName);
    assert.equal(files().filter((f) => /^chunks\/(en|form|extra)-/.test(f)).length, 0, 'still no chunk of primitives but the tag\'s');
    await page.close();
  });

  it('falls back to the main thread when worker-src forbids workers (csp=strict-tt-no-worker)', async () => {
    const { page, log, files } = await openFinder(session, 'strict-tt-no-worker');
    assert.deepEqual(await page.evaluate(() => window.__loaded), [1]);
    // the browser reports the blocked worker itself; nothing else may be reported
    const violations = await log.violations();
    assert.deepEqual(violations.filter((v) => !/^worker-src /.test(v)), [], 'CSP violations other than the blocked worker');
    assertClean({ ...log, console: log.console.filter((m) => !/worker-src|Content.Security.Policy/i.test(m.text)) });
    const loaded = files();
    assert.equal(loaded.filter((f) => /^chunks\/load-/.test(f)).length, 1, `the main-thread parser chunk: ${loaded.join(', ')}`);
    assert.equal(loaded.filter((f) => /^chunks\/venue-finder-worker-/.test(f)).length, 0, 'no worker file fetched');
    await page.close();
  });

  it('falls back to the main thread when trusted-types does not list the parvis-worker policy', async () => {
    const { page, log, files } = await openFinder(session, 'strict-tt-no-worker-policy');
    assert.deepEqual(await page.evaluate(() => window.__loaded), [1]);
    const violations = await log.violations();
    assert.deepEqual(violations.filter((v) => !/^trusted-types /.test(v)), [], 'CSP violations other than the refused policy');
    assertClean({ ...log, console: log.console.filter((m) => !/trusted.?types|Content.Security.Policy|parvis-worker/i.test(m.text)) });
    assert.equal(files().filter((f) => /^chunks\/load-/.test(f)).length, 1, 'the main-thread parser chunk');
    await page.close();
  });

  it('keeps the list and the search when the filters cannot be downloaded (offline after the list)', async () => {
    const { page, log } = await openPage(session.browser);
    await page.setRequestInterception(true);
    page.on('request', (r) => (/\/chunks\/finder-filters-/.test(r.url()) ? r.abort('internetdisconnected') : r.continue()));
    await page.goto(`${session.server.origin}/venue-finder.html?csp=strict-tt-finder`, { waitUntil: 'load' });
    const state = await page.waitForFunction(
      () => {
        const root = document.querySelector('pv-venue-finder')?.shadowRoot;
        const message = root?.querySelector('.filters .meta')?.textContent ?? '';
        return /pas pu être chargés/.test(message) && { message, count: root.querySelector('.count').textContent.trim(), cards: root.querySelectorAll('pv-venue-card').length, search: !!root.querySelector('#search') };
      },
      { polling: 50 },
    ).then((h) => h.jsonValue());
    assert.equal(state.message, 'Les filtres n’ont pas pu être chargés. La recherche et la liste restent utilisables.');
    assert.deepEqual({ count: state.count, cards: state.cards, search: state.search }, { count: '1 lieu sur 1', cards: 1, search: true });
    // the one failure is the refused filters chunk
    assert.deepEqual(log.failed.filter((u) => !/finder-filters-/.test(u)), []);
    assert.deepEqual(log.errors, [], 'page errors');
    await page.close();
  });

  it('opens the map on demand under Trusted Types, with Leaflet loaded only then', async () => {
    const { page, log, files } = await openFinder(session, 'strict-tt-finder');
    assert.equal(files().filter((f) => /^chunks\/venue-map-/.test(f)).length, 0, 'no map chunk before the click');
    await page.evaluate(() => {
      const root = document.querySelector('pv-venue-finder').shadowRoot;
      [...root.querySelectorAll('button')].find((b) => b.textContent.includes('Afficher la carte')).click();
    });
    await page.waitForFunction(() => document.querySelector('pv-venue-finder').shadowRoot.querySelector('.map.leaflet-container .pv-map-marker'), { polling: 50, timeout: 20_000 });
    const state = await page.evaluate(() => {
      const root = document.querySelector('pv-venue-finder').shadowRoot;
      return { error: !!root.querySelector('.map-error'), marker: root.querySelector('.pv-map-marker').textContent };
    });
    assert.deepEqual(state, { error: false, marker: state.marker });
    assert.match(state.marker, /Anonymal/);
    assert.equal(files().filter((f) => /^chunks\/venue-map-/.test(f)).length, 1, 'the map chunk after the click');
    assert.deepEqual(await log.violations(), [], 'CSP violations');
    // the tiles of this test server are missing (404): that is the only failure allowed
    assertClean({ ...log, failed: log.failed.filter((u) => !u.includes('/tiles/')), notOk: log.notOk.filter((u) => !String(u).includes('/tiles/')), console: log.console.filter((m) => !/404|Failed to load resource/.test(m.text)) });
    await page.close();
  });
});
