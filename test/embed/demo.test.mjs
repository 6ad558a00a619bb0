// demo/index.html as `pnpm start` serves it (repository root, strict CSP of scripts/serve.mjs):
// every element defined, no violation or error, the dialog opens, an empty submit shows the
// error summary, a complete one shows the confirmation.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startStaticServer } from '../../scripts/serve.mjs';
import { launchBrowser, openPage, repoRoot, requireDist } from './helpers.mjs';

describe('demo page', { timeout: 120_000 }, () => {
  let server;
  let origin;
  let browser;
  before(async () => {
    requireDist();
    server = await startStaticServer({ dir: repoRoot, listenPort: 0, listenHost: '127.0.0.1' });
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  it('works under the strict CSP: dialog, error summary, confirmation', async () => {
    const { page, log } = await openPage(browser);
    await page.goto(`${origin}/demo/`, { waitUntil: 'networkidle0' });
    const tags = await page.evaluate(() => [...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((t) => t.startsWith('pv-')))]);
    assert.ok(tags.length >= 10, tags.join(' '));
    await page.waitForFunction((list) => list.every((t) => customElements.get(t)), {}, tags);

    await page.click('#criteres-ouvrir');
    await page.waitForFunction(() => document.querySelector('pv-dialog').shadowRoot.querySelector('dialog')?.open);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('pv-dialog').open);

    await page.click('form pv-button[type=submit]');
    await page.waitForFunction(() => document.activeElement?.localName === 'pv-error-summary');
    const errors = await page.evaluate(() => document.querySelector('pv-error-summary').shadowRoot.querySelectorAll('a').length);
    assert.ok(errors >= 6, `${errors} errors listed`);

    await page.type('pv-text-field[name=association] >>> input', 'Les Amis du Lavoir');
    await page.type('pv-text-field[name=rna] >>> input', 'W751234567');
    await page.type('pv-text-field[name=courriel] >>> input', 'contact@amis-du-lavoir.fr');
    await page.click('pv-radio-group >>> input');
    await page.select('pv-select >>> select', 'culture');
    await page.type('pv-text-field[name=montant] >>> input', '1 500');
    await page.type('pv-textarea >>> textarea', 'Restauration du lavoir et journée du patrimoine.');
    await page.click('pv-checkbox >>> input');
    await page.click('form pv-button[type=submit]');
    await page.waitForFunction(() => !document.getElementById('confirmation').hidden);

    assert.deepEqual(await log.violations(), []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.console.filter((m) => m.type === 'error' || m.type === 'warn').map((m) => m.text), []);
    assert.deepEqual(log.requests.filter((u) => !u.startsWith(origin + '/')), []);
    assert.deepEqual([...log.failed, ...log.notOk], []);
    await page.close();
  });

  it('shows the real subsidies file in the data viewer, with a pv-tag for an active filter, under the strict CSP', async () => {
    const { page, log } = await openPage(browser);
    await page.goto(`${origin}/demo/subventions.html`, { waitUntil: 'load' });
    const count = await page.waitForFunction(() => document.querySelector('pv-data-viewer').shadowRoot?.querySelector('.count')?.textContent.trim(), { polling: 50, timeout: 20_000 }).then((h) => h.jsonValue());
    assert.match(count, /^[\d\s\u202f\u00a0]+ lignes sur [\d\s\u202f\u00a0]+$/, count);
    // a "contient" filter on the beneficiary's name → an active filter shown as a pv-tag named for what it removes
    const field = () => {
      const root = document.querySelector('pv-data-viewer').shadowRoot;
      const label = [...root.querySelectorAll('.filters label')].find((l) => l.textContent.trim() === 'ATTRIB_NOM contient');
      return label && root.getElementById(label.htmlFor);
    };
    const input = await page.waitForFunction(field, { polling: 50 });
    await input.evaluate((el) => {
      el.value = 'sport';
      el.dispatchEvent(new Event('change'));
    });
    const removeName = await page.waitForFunction(() => document.querySelector('pv-data-viewer').shadowRoot.querySelector('.active pv-tag')?.shadowRoot?.querySelector('button')?.textContent.trim(), { polling: 50 }).then((h) => h.jsonValue());
    assert.match(removeName, /^Retirer le filtre/);
    assert.deepEqual(await log.violations(), []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.console.filter((m) => m.type === 'error' || m.type === 'warn').map((m) => m.text), []);
    // (data: URLs are the browser's own, e.g. the calendar icon of a date field)
    assert.deepEqual(log.requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:')), [], 'no third-party request');
    assert.deepEqual([...log.failed, ...log.notOk], []);
    await page.close();
  });
});
