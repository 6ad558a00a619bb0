// Subresource Integrity: dist/integrity.json matches the files; a page pinning parvis.js (SRI
// attribute) and every chunk (import map "integrity") works under the strict CSP; an altered chunk
// is refused by the browser.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { dist, openPage, sri, waitForElements, useEmbedSession } from './helpers.mjs';

const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

describe('integrity', { timeout: 120_000 }, () => {
  const session = useEmbedSession();

  it('integrity.json lists every file of dist with its sha384, importmap.json every module', () => {
    const integrity = JSON.parse(readFileSync(join(dist, 'integrity.json'), 'utf8'));
    const files = walk(dist).map((f) => relative(dist, f)).filter((f) => !['integrity.json', 'importmap.json'].includes(f) && !f.startsWith('.'));
    assert.deepEqual(Object.keys(integrity).sort(), files.sort());
    for (const f of files) assert.equal(integrity[f], sri(readFileSync(join(dist, f))), f);
    const map = JSON.parse(readFileSync(join(dist, 'importmap.json'), 'utf8'));
    const modules = files.filter((f) => f.endsWith('.js'));
    assert.deepEqual(Object.keys(map.integrity).sort(), modules.map((f) => `./${f}`).sort());
    for (const f of modules) assert.equal(map.integrity[`./${f}`], integrity[f]);
  });

  it('SRI on the script tag + import map integrity for the chunks: works under the strict CSP', async () => {
    const { page, log } = await openPage(session.browser);
    await page.goto(`${session.server.origin}/sri.html?csp=strict-tt`, { waitUntil: 'load' });
    await waitForElements(page);
    assert.deepEqual(await log.violations(), []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.console.filter((m) => m.type === 'error').map((m) => m.text), []);
    await page.close();
  });

  it('an altered chunk is refused: its elements stay undefined and the failure is reported', async () => {
    const { page, log } = await openPage(session.browser);
    await page.goto(`${session.server.origin}/sri-tampered.html?csp=strict-tt`, { waitUntil: 'load' });
    // the autoloader waits 3 s for another copy of Parvis before reporting
    await new Promise((r) => setTimeout(r, 3500));
    assert.equal(await page.evaluate(() => !!customElements.get('pv-text-field')), false, 'pv-text-field must not be defined');
    const errors = log.console.filter((m) => m.type === 'error').map((m) => m.text);
    assert.ok(errors.some((e) => /integrity/i.test(e)), `browser integrity error: ${JSON.stringify(errors)}`);
    assert.ok(errors.some((e) => e.includes('[parvis] <pv-text-field>')), `Parvis reports the failure: ${JSON.stringify(errors)}`);
    await page.close();
  });
});
