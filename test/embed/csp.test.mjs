// The script-tag bundle under a strict Content-Security-Policy with Trusted Types enforced:
// no violation, no console error, no request to another origin, elements defined and rendered,
// a filled form is submitted with every value.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FORM_TAGS, fillForm, openPage, waitForElements, useEmbedSession } from './helpers.mjs';

describe('embed under a strict CSP', { timeout: 120_000 }, () => {
  const session = useEmbedSession();

  for (const csp of ['strict', 'strict-tt']) {
    it(`renders, fills and submits a 5-field form (csp=${csp})`, async () => {
      const { page, log } = await openPage(session.browser);
      await page.goto(`${session.server.origin}/form.html?csp=${csp}`, { waitUntil: 'load' });
      await waitForElements(page);

      // the error summary renders nothing until there is an error
      const rendered = await page.evaluate((tags) => tags.map((t) => [t, document.querySelector(t).shadowRoot.childElementCount > 0]), FORM_TAGS.filter((t) => t !== 'pv-error-summary'));
      for (const [tag, ok] of rendered) assert.ok(ok, `${tag} rendered nothing`);

      await fillForm(page);
      const violationsBeforeSubmit = await log.violations();
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('pv-button')]);

      assert.equal(session.server.submissions.length, 1, 'one submission');
      const data = new URLSearchParams(session.server.submissions.pop().body);
      assert.equal(data.get('nom'), 'Camille Dupont');
      assert.equal(data.get('motif'), 'Demande de salle pour la fête du quartier.');
      assert.equal(data.get('salle'), 'salle-des-fetes');
      assert.equal(data.get('reglement'), 'on');

      assert.deepEqual(violationsBeforeSubmit, [], 'CSP violations');
      assert.deepEqual(log.errors, [], 'page errors');
      assert.deepEqual(log.console.filter((m) => m.type === 'error').map((m) => m.text), [], 'console errors');
      assert.deepEqual(log.console.filter((m) => /Content.Security.Policy|Trusted ?Type/i.test(m.text)), [], 'CSP messages in the console');
      const foreign = log.requests.filter((u) => !u.startsWith(session.server.origin + '/'));
      assert.deepEqual(foreign, [], 'requests to another origin');
      assert.deepEqual([...log.failed, ...log.notOk], [], 'failed requests');
      await page.close();
    });
  }

  it('loads only the files the page needs: entry + base and form chunks + CSS, no font', async () => {
    const { page, log } = await openPage(session.browser);
    await page.goto(`${session.server.origin}/form.html`, { waitUntil: 'networkidle0' });
    await waitForElements(page);
    const files = log.requests.filter((u) => u.includes('/dist/')).map((u) => new URL(u).pathname.replace('/dist/', ''));
    assert.equal(files.length, 4, `files: ${files.join(', ')}`);
    assert.ok(files.includes('parvis.js') && files.includes('parvis.css'));
    assert.equal(files.filter((f) => /^chunks\/(base|form)-/.test(f)).length, 2, 'the base chunk and the form chunk');
    assert.equal(files.filter((f) => /^chunks\/(extra|en|registry)-/.test(f)).length, 0, 'no extra, English or validators chunk');
    assert.ok(!log.requests.some((u) => /\.(woff2?|ttf|otf)(\?|$)/.test(u)), 'no font');
    await page.close();
  });

  it('loads a chunk only when one of its elements appears, and warns once about an unknown pv-* tag', async () => {
    const { page, log } = await openPage(session.browser);
    await page.goto(`${session.server.origin}/late.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => customElements.get('pv-button'));
    const extra = () => log.requests.filter((u) => u.includes('/chunks/extra-')).length;
    assert.equal(extra(), 0, 'the "extra" chunk is not loaded while no element needs it');
    // added later to the document: the MutationObserver loads it
    await page.evaluate(() => {
      const notice = document.createElement('pv-notice');
      notice.textContent = 'Ajouté plus tard';
      document.querySelector('main').append(notice);
    });
    await page.waitForFunction(() => customElements.get('pv-notice') && document.querySelector('pv-notice').shadowRoot?.childElementCount > 0);
    assert.equal(extra(), 1);
    // pv-tag has a small chunk of its own (widgets load it on demand): not the "extra" chunk
    const own = () => log.requests.filter((u) => u.includes('/chunks/tag-')).length;
    assert.equal(own(), 0);
    await page.evaluate(() => {
      const tag = document.createElement('pv-tag');
      tag.textContent = 'Ajouté plus tard';
      document.querySelector('main').append(tag);
    });
    await page.waitForFunction(() => customElements.get('pv-tag') && document.querySelector('pv-tag').shadowRoot?.childElementCount > 0);
    assert.equal(own(), 1);
    assert.equal(extra(), 1);
    const warnings = log.console.filter((m) => m.type === 'warn' && m.text.includes('pv-inconnu'));
    assert.equal(warnings.length, 1, 'one warning for <pv-inconnu>');
    assert.deepEqual(log.console.filter((m) => m.type === 'error').map((m) => m.text), []);
    assert.deepEqual(await log.violations(), []);
    await page.close();
  });

  it('looks into open shadow roots present at start; discover() handles a shadow root created later', async () => {
    const { page, log } = await openPage(session.browser);
    await page.goto(`${session.server.origin}/shadow.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('cms-card').shadowRoot.querySelector('pv-checkbox').shadowRoot?.childElementCount > 0);
    assert.equal(log.requests.filter((u) => u.includes('/chunks/extra-')).length, 0, 'no extra chunk yet');
    await page.evaluate(async () => {
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      const notice = document.createElement('pv-notice');
      notice.setAttribute('heading', 'Dans une racine créée plus tard');
      root.append(notice);
      document.querySelector('main').append(host);
      const { discover } = await import('/dist/parvis.js');
      discover(root);
    });
    await page.waitForFunction(() => customElements.get('pv-notice'));
    assert.deepEqual(log.console.filter((m) => m.type === 'error' || m.type === 'warn').map((m) => m.text), []);
    assert.deepEqual(await log.violations(), []);
    await page.close();
  });
});
