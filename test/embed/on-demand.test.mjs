// What the script-tag bundle loads on demand: English texts only for content in English, the French
// validators only for a field that names one (`validate="siret"`), under the strict CSP.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, useEmbedSession } from './helpers.mjs';

const page = (lang, body) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>À la demande</title>
<link rel="stylesheet" href="/dist/parvis.css"><script type="module" src="/dist/parvis.js"></script></head>
<body><main><form action="/submit">${body}<pv-button type="submit">Envoyer</pv-button></form></main></body></html>`;

const chunkRequests = (log, name) => log.requests.filter((u) => new RegExp(`/chunks/${name}-`).test(u));
const marker = (p) => p.evaluate(() => document.querySelector('pv-text-field').shadowRoot.querySelector('.required-marker')?.textContent);

describe('chunks loaded on demand', { timeout: 60_000 }, () => {
  const session = useEmbedSession(() => ({
    'fr.html': page('fr', '<pv-text-field label="Nom" name="nom" required></pv-text-field>'),
    'en.html': page('en', '<pv-text-field label="Name" name="name" required></pv-text-field>'),
    'en-block.html': page('fr', '<div lang="en-GB"><pv-text-field label="Name" name="name" required></pv-text-field></div>'),
    'siret.html': page('fr', '<pv-text-field label="SIRET" name="siret" validate="siret" value="552 100 554 00022"></pv-text-field>'),
  }));

  async function open(file) {
    const { page: p, log } = await openPage(session.browser);
    await p.goto(`${session.server.origin}/fixtures/${file}?csp=strict-tt`, { waitUntil: 'load' });
    await p.waitForFunction(() => document.querySelector('pv-text-field')?.hasUpdated === true, { polling: 50 });
    return { p, log };
  }

  it('a French page downloads neither English texts nor the French validators', async () => {
    const { p, log } = await open('fr.html');
    assert.equal(await marker(p), '(obligatoire)');
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(chunkRequests(log, 'en'), []);
    assert.deepEqual(chunkRequests(log, 'registry'), []);
    assert.deepEqual(log.errors, []);
    await p.close();
  });

  for (const file of ['en.html', 'en-block.html']) {
    it(`English content gets English texts from the first render (${file})`, async () => {
      const { p, log } = await open(file);
      assert.equal(await marker(p), '(required)');
      assert.ok(chunkRequests(log, 'en').length >= 1);
      assert.deepEqual(await log.violations(), []);
      assert.deepEqual(log.errors, []);
      await p.close();
    });
  }

  it('validate="siret" loads the French validators, and the form is not sent with a wrong SIRET', async () => {
    const { p, log } = await open('siret.html');
    await p.evaluate(() => document.querySelector('pv-text-field').validationComplete);
    assert.equal(chunkRequests(log, 'registry').length, 1);
    await p.evaluate(() => document.querySelector('form').requestSubmit());
    await p.waitForFunction(() => document.querySelector('pv-text-field').shadowRoot.querySelector('.feedback'), { polling: 50 });
    const text = await p.evaluate(() => document.querySelector('pv-text-field').shadowRoot.querySelector('.feedback').textContent);
    assert.match(text, /SIRET de 14 chiffres/);
    assert.ok(!log.requests.some((u) => u.includes('/submit')), 'the invalid form was not sent');
    assert.deepEqual(await log.violations(), []);
    await p.close();
  });
});
