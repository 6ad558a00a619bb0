// The same form on a clean page and on a commune CMS page with a hostile theme (global resets with
// !important, `all: unset` on form controls, html { font-size: 62.5% }, uppercase body…): the inner
// parts of the elements must compute to the SAME styles, and the form must behave the same.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fillForm, openPage, waitForElements, useEmbedSession } from './helpers.mjs';

const TEXT = ['font-size', 'font-family', 'font-weight', 'font-style', 'line-height', 'color', 'letter-spacing', 'word-spacing', 'text-transform', 'text-align', 'text-indent', 'text-shadow'];
const BOX = ['height', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'margin-top', 'margin-bottom',
  'border-top-width', 'border-top-style', 'border-top-color', 'border-left-width', 'border-radius', 'background-color', 'box-sizing', 'display'];

/** [host selector, inner selector, properties] read with getComputedStyle through the shadow root. */
const PROBES = [
  ['pv-text-field', '[part~=label]', TEXT],
  ['pv-text-field', '[part~=hint]', TEXT],
  ['pv-text-field', 'input', [...TEXT, ...BOX, 'outline-style']],
  ['pv-text-field', '[part~=feedback]', [...TEXT, 'display']],
  ['pv-textarea', '[part~=label]', TEXT],
  ['pv-textarea', 'textarea', [...TEXT, ...BOX]],
  ['pv-textarea', '[part~=feedback]', [...TEXT, 'display']],
  ['pv-select', '[part~=label]', TEXT],
  ['pv-select', 'select', [...TEXT, ...BOX]],
  ['pv-checkbox', 'input', ['width', 'height', 'border-top-width', 'border-top-color', 'background-color', 'appearance', 'margin-top']],
  ['pv-checkbox', 'label', TEXT],
  ['pv-button', '[part~=button]', [...TEXT, ...BOX]],
  ['pv-error-summary', '[part~=base]', [...BOX, 'border-top-color']],
  ['pv-error-summary', '[part~=heading]', TEXT],
  ['pv-error-summary', 'a', [...TEXT, 'text-decoration-line']],
  ['pv-error-summary', 'li', [...TEXT, 'list-style-type', 'padding-left']],
];

async function snapshot(page) {
  return page.evaluate((probes) => {
    const out = {};
    for (const [host, inner, props] of probes) {
      const el = document.querySelector(host)?.shadowRoot?.querySelector(inner);
      const key = `${host} ${inner}`;
      if (!el) { out[key] = 'MISSING'; continue; }
      const cs = getComputedStyle(el);
      out[key] = Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
      if (inner === 'li') out[key]['::before content'] = getComputedStyle(el, '::before').content;
    }
    return out;
  }, PROBES);
}

describe('embed on a hostile CMS page', { timeout: 120_000 }, () => {
  const session = useEmbedSession();
  const states = {};

  for (const file of ['form.html', 'hostile-cms.html']) {
    it(`${file}: empty submit shows and focuses the error summary; filled submit sends every value`, async () => {
      const { page, log } = await openPage(session.browser);
      await page.setViewport({ width: 1024, height: 900 });
      // no transition half-way when the styles are read
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await page.goto(`${session.server.origin}/${file}`, { waitUntil: 'load' });
      await waitForElements(page);
      const idle = await snapshot(page);
      if (file === 'hostile-cms.html') {
        // the theme is really there: the page around the form is in Comic Sans, uppercase, 62.5 %
        const page$ = await page.evaluate(() => {
          const cs = getComputedStyle(document.querySelector('form'));
          return { font: cs.fontFamily, transform: cs.textTransform, root: getComputedStyle(document.documentElement).fontSize };
        });
        assert.match(page$.font, /Comic Sans/);
        assert.equal(page$.transform, 'uppercase');
        assert.equal(page$.root, '10px');
      }

      await page.click('pv-button');
      await page.waitForFunction(() => document.activeElement?.localName === 'pv-error-summary');
      const summary = await page.evaluate(() => {
        const root = document.querySelector('pv-error-summary').shadowRoot;
        return { links: [...root.querySelectorAll('a')].map((a) => a.textContent.trim()), visible: root.querySelector('[part~=base]')?.getBoundingClientRect().height > 0 };
      });
      assert.equal(summary.links.length, 4, `one link per invalid field: ${summary.links.join(' | ')}`);
      assert.ok(summary.visible, 'summary visible');
      assert.equal(session.server.submissions.length, 0, 'nothing submitted while invalid');
      await page.mouse.move(1, 1); // no hover
      await new Promise((r) => setTimeout(r, 300));
      const invalid = await snapshot(page);

      // a link of the summary moves the focus to its field
      await page.click('pv-error-summary >>> a');
      assert.equal(await page.evaluate(() => document.activeElement?.localName), 'pv-text-field');

      await fillForm(page);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('pv-button')]);
      const data = new URLSearchParams(session.server.submissions.pop().body);
      assert.deepEqual(Object.fromEntries(data), {
        nom: 'Camille Dupont', motif: 'Demande de salle pour la fête du quartier.', salle: 'salle-des-fetes', reglement: 'on',
      });
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.console.filter((m) => m.type === 'error').map((m) => m.text), []);
      states[file] = { idle, invalid };
      await page.close();
    });
  }

  it('inner parts compute to the same styles on both pages', () => {
    const clean = states['form.html'];
    const hostile = states['hostile-cms.html'];
    assert.ok(clean && hostile, 'both pages were rendered');
    // sanity: the probes read real values (a typical control is at least 24 px high, text ≥ 14 px)
    assert.ok(parseFloat(clean.idle['pv-text-field input'].height) >= 24, 'input height');
    assert.ok(parseFloat(clean.idle['pv-text-field [part~=label]']['font-size']) >= 14, 'label size');
    for (const state of ['idle', 'invalid']) {
      for (const key of Object.keys(clean[state])) {
        if (state === 'idle' && /feedback|error-summary/.test(key)) continue; // not rendered yet
        assert.notEqual(clean[state][key], 'MISSING', `${key} not found (${state})`);
        assert.deepEqual(hostile[state][key], clean[state][key], `${key} (${state})`);
      }
    }
  });
});
