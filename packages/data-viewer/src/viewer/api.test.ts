import { expect, fixture, html } from '@open-wc/testing';
import type { PvDataViewer } from './viewer.js';
import './viewer.js';
import { configFor, requestsFor, uniqueId, type ApiName } from '../../../../test/api-replay/client.js';
import { installCanary } from '../../../../test/helpers/naughty.js';

async function until(check: () => boolean, what: string, timeout = 10000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const root = (el: PvDataViewer) => el.shadowRoot!;
const count = (el: PvDataViewer) => root(el).querySelector('.count')?.textContent?.trim() ?? '';
const firstCells = (el: PvDataViewer) => {
  const t = root(el).querySelector('pv-data-table')!;
  return Array.from(t.shadowRoot!.querySelectorAll('tbody tr[aria-rowindex]'), (tr) => tr.querySelector('th, td')?.textContent?.trim() ?? '');
};

async function viewer(api: ApiName, id: string): Promise<PvDataViewer> {
  const c = configFor(api, id);
  return fixture<PvDataViewer>(
    html`<pv-data-viewer api=${c.api} base=${c.base} resource=${c.resource ?? ''} dataset=${c.dataset ?? ''} database=${c.database ?? ''} table=${c.table ?? ''} label="Communes"></pv-data-viewer>`,
  );
}

describe('pv-data-viewer with an open-data API (local replay servers)', () => {
  for (const api of ['tabular', 'ckan', 'ods', 'datasette'] as const) {
    it(`${api}: pages, filters and sorts on the server, shows rows as text`, async () => {
      const pwned = installCanary();
      const id = uniqueId();
      const el = await viewer(api, id);
      await until(() => count(el) === '57 lignes sur 57', 'the description');
      await until(() => /^\d{5}$/.test(firstCells(el)[0] ?? ''), 'the first rows');
      expect(firstCells(el)[0]).to.match(/^0\d{4}$/); // INSEE code with its leading zero
      // the server sorts: population descending
      const table = root(el).querySelector('pv-data-table')!;
      table.dispatchEvent(new CustomEvent('pv-sort-change', { detail: { column: 2, direction: 'descending' }, bubbles: true, composed: true }));
      await until(() => firstCells(el)[0] !== undefined && !/^0*0007$/.test(firstCells(el)[0]!) && /^\d{5}$/.test(firstCells(el)[0]!), 'the sorted rows');
      const log = await requestsFor(id);
      expect(log.length).to.be.greaterThan(1);
      // no request ever asked for the whole table: pages only
      const limits = log.flatMap((r) => r.params.filter(([k]) => /^(limit|page_size|_size)$/.test(k)).map(([, v]) => Number(v)));
      expect(Math.max(...limits)).to.be.at.most(100);
      expect(root(el).querySelector('pv-data-table')!.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(pwned()).to.equal(false);
      // no chart for an API (groups need every row)
      expect(Array.from(root(el).querySelectorAll('button')).some((b) => b.textContent!.trim() === 'Graphique')).to.equal(false);
    });
  }

  it('filters on the server (contains), and says when the service fails', async function () {
    this.timeout(30000);
    const id = uniqueId();
    const el = await viewer('datasette', id);
    await until(() => count(el) === '57 lignes sur 57', 'the description');
    await until(() => !!root(el).getElementById('f-1-contains'), 'the filter controls (loaded once the table is shown)');
    const input = root(el).getElementById('f-1-contains') as HTMLInputElement; // the commune's name
    expect(root(el).querySelector('label[for="f-1-contains"]')!.textContent).to.contain('contient');
    input.value = 'Amiens';
    input.dispatchEvent(new Event('change'));
    await until(() => /^\d+ lignes? sur 57$/.test(count(el)) && count(el) !== '57 lignes sur 57', `the filtered count (${count(el)})`);
    const broken = await viewer('ckan', uniqueId('panne'));
    await until(() => !!root(broken).querySelector('.error'), 'the error', 25000);
    expect(root(broken).querySelector('.error')!.textContent).to.contain('Réessayer');
  });
});
