// Parvis next to another library's Lit (which registers the "lit-html" Trusted Types policy first)
// and next to a second copy of itself.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import { fillForm, here, openPage, waitForElements, useEmbedSession } from './helpers.mjs';

async function bundleForeignWidget() {
  const result = await build({
    entryPoints: [join(here, 'fixtures/foreign-widget.js')],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    conditions: ['production'],
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

async function submitFilled(page, server) {
  await fillForm(page);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('pv-button')]);
  return Object.fromEntries(new URLSearchParams(server.submissions.pop()?.body ?? ''));
}

const EXPECTED = { nom: 'Camille Dupont', motif: 'Demande de salle pour la fête du quartier.', salle: 'salle-des-fetes', reglement: 'on' };

describe('coexistence', { timeout: 180_000 }, () => {
  const session = useEmbedSession(async () => {
    const foreign = await bundleForeignWidget();
    assert.match(foreign, /createPolicy\("lit-html"/, 'the foreign bundle creates Lit\'s own policy');
    return { 'foreign-widget.js': foreign };
  });

  // 'strict-tt-lit' names both policies WITHOUT 'allow-duplicates': Parvis's policy is named
  // 'parvis', so it never collides with the host's 'lit-html'.
  for (const csp of ['strict', 'strict-tt-lit']) {
    it(`another Lit copy and other custom elements, then Parvis (csp=${csp})`, async () => {
      const { page, log } = await openPage(session.browser);
      await page.goto(`${session.server.origin}/coexist.html?csp=${csp}`, { waitUntil: 'load' });
      await waitForElements(page);
      await page.waitForFunction(() => [...document.querySelectorAll('other-widget')].every((w) => w.shadowRoot?.querySelector('strong')));
      const others = await page.evaluate(() => [...document.querySelectorAll('other-widget')].map((w) => w.shadowRoot.querySelector('strong').textContent));
      assert.deepEqual(others, ['agenda', 'carte']);
      const violations = await log.violations();
      assert.deepEqual(await submitFilled(page, session.server), EXPECTED);
      assert.deepEqual(violations, []);
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.console.filter((m) => m.type === 'error').map((m) => m.text), []);
      assert.deepEqual(log.requests.filter((u) => !u.startsWith(session.server.origin + '/')), []);
      await page.close();
    });
  }

  for (const csp of ['strict', 'strict-tt-dup']) {
    it(`two different copies of Parvis: the second define is skipped with a warning naming both versions (csp=${csp})`, async () => {
      const { page, log } = await openPage(session.browser);
      await page.goto(`${session.server.origin}/twice.html?csp=${csp}`, { waitUntil: 'load' });
      await waitForElements(page);
      // both copies ran: each of the two autoloaders loaded its own chunks
      assert.ok(log.requests.some((u) => u.includes('/copy/chunks/base-')) && log.requests.some((u) => u.includes('/dist/chunks/base-')));
      const violations = await log.violations();
      assert.deepEqual(await submitFilled(page, session.server), EXPECTED);
      const warnings = log.console.filter((m) => m.type === 'warn').map((m) => m.text);
      for (const tag of ['pv-text-field', 'pv-textarea', 'pv-select', 'pv-checkbox', 'pv-button', 'pv-error-summary']) {
        const mine = warnings.filter((w) => w.includes(`<${tag}>`));
        assert.equal(mine.length, 1, `one warning for <${tag}>: ${JSON.stringify(warnings)}`);
        const versions = /\(version ([^)]+)\).*\(version ([^)]+)\)/.exec(mine[0])?.slice(1).sort();
        assert.deepEqual(versions, ['0.0.0', '0.0.0-copie'], `both versions named: ${mine[0]}`);
      }
      assert.deepEqual(violations, []);
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.console.filter((m) => m.type === 'error').map((m) => m.text), []);
      await page.close();
    });
  }

  it('two copies under `trusted-types parvis` without allow-duplicates: the page works; a duplicate policy, if any, is the only report', async () => {
    const { page, log } = await openPage(session.browser);
    await page.goto(`${session.server.origin}/twice.html?csp=strict-tt`, { waitUntil: 'load' });
    await waitForElements(page);
    await new Promise((r) => setTimeout(r, 3500)); // the failed copy waits up to 3 s for the other one
    const violations = await log.violations();
    assert.deepEqual(await submitFilled(page, session.server), EXPECTED);
    // Whether the second copy loads its chunk at all is a race: when the first copy has already
    // defined every element, the second finds nothing to load and creates no policy. When it does
    // load, the browser refuses its duplicate 'parvis' policy: one violation, one console error,
    // and Parvis itself reports nothing since the elements are defined by the first copy.
    assert.ok(violations.length <= 1, JSON.stringify(violations));
    const errors = log.console.filter((m) => m.type === 'error').map((m) => m.text);
    assert.equal(errors.length, violations.length, JSON.stringify(errors));
    if (violations.length) {
      assert.deepEqual(violations, ['trusted-types trusted-types-policy parvis']);
      assert.match(errors[0], /TrustedTypePolicy named 'parvis'.*already exists/);
    }
    await page.close();
  });

  it('the same parvis.js loaded twice (?v=2): one module graph, no warning, no error', async () => {
    const { page, log } = await openPage(session.browser);
    await page.goto(`${session.server.origin}/twice-query.html`, { waitUntil: 'load' });
    await waitForElements(page);
    assert.deepEqual(await submitFilled(page, session.server), EXPECTED);
    const chunkRequests = log.requests.filter((u) => u.includes('/chunks/'));
    assert.equal(chunkRequests.length, new Set(chunkRequests).size, 'each chunk fetched once');
    assert.deepEqual(log.console.filter((m) => m.type === 'warn' || m.type === 'error').map((m) => m.text), []);
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});
