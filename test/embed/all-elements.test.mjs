// Every pv-* element the bundle knows, on one page under the strict CSP: each is defined and
// renders, without CSP violation (a `style=` binding or an inline handler would show here),
// console error or request outside the server.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { discoverElements } from '../../packages/embed/scripts/discover.mjs';
import { openPage, useEmbedSession } from './helpers.mjs';

const tags = discoverElements().map((e) => e.tag);
// elements that render nothing until they have something to show (the widgets need a file: the
// venue finder is tested with its own policy, `connect-src` and `worker-src`, in venue-finder.test.mjs)
const EMPTY_UNTIL_USED = new Set(['pv-error-summary', 'pv-venue-card', 'pv-venue-finder', 'pv-venue-report', 'pv-data-viewer']);

// markup for the elements that need more than a label and some content to render
const MARKUP = {
  'pv-pagination': '<pv-pagination total-pages="12" page="3" label="Pages des résultats"></pv-pagination>',
  'pv-stepper': '<pv-stepper label="Étapes"><ol><li data-state="done"><a href="#eligibilite">Éligibilité</a></li><li data-state="current">Budget</li><li>Envoi</li></ol></pv-stepper>',
  'pv-dialog': '<pv-dialog heading="Critères" open><p>Contenu de la boîte de dialogue.</p></pv-dialog>',
  'pv-progress': '<pv-progress label="Envoi des fichiers" value="30" max="100"></pv-progress>',
};

function page() {
  const body = tags
    .map((t) => `<section><h2>${t}</h2><form action="/submit">${MARKUP[t] ?? `<${t} label="Libellé de ${t}" legend="Question" heading="Titre">
      <option value="a">Réponse A</option><option value="b">Réponse B</option>Contenu de ${t}</${t}>`}</form></section>`)
    .join('\n');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Tous les éléments</title>
<link rel="stylesheet" href="/dist/parvis.css"><script type="module" src="/dist/parvis.js"></script></head>
<body><main>${body}</main></body></html>`;
}

describe('every element under the strict CSP', { timeout: 120_000 }, () => {
  const session = useEmbedSession(() => ({ 'all.html': page() }));

  for (const csp of ['strict', 'strict-tt']) {
    it(`${tags.length} elements defined and rendered (csp=${csp})`, async () => {
      const { page: p, log } = await openPage(session.browser);
      await p.goto(`${session.server.origin}/fixtures/all.html?csp=${csp}`, { waitUntil: 'load' });
      await p.waitForFunction(
        (list) => list.every((t) => customElements.get(t) && document.querySelector(t)?.hasUpdated === true),
        { polling: 50 },
        tags,
      );
      const empty = await p.evaluate((list) => list.filter((t) => !document.querySelector(t).shadowRoot?.childElementCount), tags);
      assert.deepEqual(empty.filter((t) => !EMPTY_UNTIL_USED.has(t)), [], 'elements that rendered nothing');
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(await log.violations(), [], 'CSP violations');
      assert.deepEqual(log.errors, [], 'page errors');
      assert.deepEqual(log.console.filter((m) => m.type === 'error').map((m) => m.text), [], 'console errors');
      assert.deepEqual(log.requests.filter((u) => !u.startsWith(session.server.origin + '/')), []);
      assert.deepEqual([...log.failed, ...log.notOk], []);
      await p.close();
    });
  }
});
