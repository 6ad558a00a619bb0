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

async function viewer(api: ApiName, id: string, urlState = false): Promise<PvDataViewer> {
  const c = configFor(api, id);
  return fixture<PvDataViewer>(
    html`<pv-data-viewer api=${c.api} base=${c.base} resource=${c.resource ?? ''} dataset=${c.dataset ?? ''} database=${c.database ?? ''} table=${c.table ?? ''} ?url-state=${urlState} label="Communes"></pv-data-viewer>`,
  );
}

/** The viewer of `api`, described, with its filter controls loaded. */
async function withFilters(api: ApiName, id: string, urlState = false): Promise<PvDataViewer> {
  const el = await viewer(api, id, urlState);
  await until(() => count(el) === '57 lignes sur 57', 'the description');
  await until(() => !!root(el).querySelector('.filters .field'), 'the filter controls (loaded once the table is shown)');
  return el;
}

const control = (el: PvDataViewer, id: string) => root(el).getElementById(id) as HTMLInputElement | null;
const labelOf = (el: PvDataViewer, id: string) => root(el).querySelector(`label[for="${id}"]`)?.textContent?.trim() ?? '';
/** The active filters (pv-tags): their text. */
const chips = (el: PvDataViewer) => Array.from(root(el).querySelectorAll<HTMLElement & { label: string }>('.active pv-tag'), (tag) => tag.label);

function type(el: PvDataViewer, id: string, value: string): void {
  const input = control(el, id)!;
  input.value = value;
  input.dispatchEvent(new Event('change'));
}

/** The value of parameter `name` in the requests logged for `id` (the last one sent). */
async function sent(id: string, name: string): Promise<string | undefined> {
  const values = (await requestsFor(id)).flatMap((r) => r.params.filter(([k]) => k === name).map(([, v]) => v));
  return values.at(-1);
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

  describe('offers only the filters the API applies, named for what they do', () => {
    it('ckan: a text filter matches the exact value, and says so', async function () {
      this.timeout(20000);
      const id = uniqueId();
      const el = await withFilters('ckan', id);
      // CKAN's DataStore filters only by equality: no "contient" anywhere
      expect(control(el, 'f-1-contains')).to.equal(null);
      expect(labelOf(el, 'f-1-exact')).to.equal('Nom de la commune : valeur exacte');
      expect(root(el).querySelector('.filters')!.textContent).not.to.contain('contient');
      type(el, 'f-1-exact', ' Amiens 11 ');
      await until(() => count(el) === '1 ligne sur 57', `the filtered count (${count(el)})`);
      expect(await sent(id, 'filters')).to.equal('{"nom":"Amiens 11"}');
      expect(chips(el)).to.deep.equal(['Nom de la commune = « Amiens 11 »']);
      const tag = root(el).querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('.active pv-tag')!;
      await tag.updateComplete;
      expect(tag.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Retirer le filtre\u00a0: Nom de la commune = « Amiens 11 »');
    });

    it('ckan: a number column has no range, but an exact value sent as such; the controls are accessible', async function () {
      this.timeout(20000);
      const id = uniqueId();
      const el = await withFilters('ckan', id);
      for (const part of ['min', 'max']) expect(control(el, `f-2-${part}`), part).to.equal(null);
      expect(labelOf(el, 'f-2-number')).to.equal('population : valeur exacte');
      expect(control(el, 'f-2-number')!.inputMode).to.equal('decimal');
      type(el, 'f-2-number', '7 919'); // typed the French way
      await until(() => count(el) === '1 ligne sur 57', `the filtered count (${count(el)})`);
      expect(await sent(id, 'filters')).to.equal('{"population":"7919"}');
      expect(chips(el)).to.deep.equal(['population = « 7919 »']);
      // the search works on CKAN (full text): its field stays
      expect(root(el).querySelector('#search')).not.to.equal(null);
      root(el).querySelector('details.panel')!.setAttribute('open', '');
      await expect(el).to.be.accessible();
    });

    it('tabular: no search field (the API has none); focus after clearing the filters stays in the toolbar', async function () {
      this.timeout(20000);
      const id = uniqueId();
      const el = await withFilters('tabular', id);
      expect(root(el).querySelector('#search, [role="search"]')).to.equal(null);
      // ranges and "contient" are applied by the Tabular API
      expect(labelOf(el, 'f-1-contains')).to.equal('nom contient');
      expect(control(el, 'f-2-min')).not.to.equal(null);
      type(el, 'f-2-min', '45000');
      await until(() => count(el) !== '57 lignes sur 57', 'the filtered count');
      expect(await sent(id, 'population__greater')).to.equal('45000');
      root(el).querySelector<HTMLButtonElement>('.active .btn')!.click();
      await until(() => count(el) === '57 lignes sur 57', 'all rows again');
      await el.updateComplete;
      expect(root(el).activeElement?.textContent?.trim()).to.equal('Filtrer par colonne');
    });

    it('tabular with url-state: a search in the address is neither applied nor kept', async function () {
      this.timeout(20000);
      const before = location.href;
      history.replaceState(history.state, '', `${location.pathname}?pv-q=Amiens`);
      try {
        const id = uniqueId();
        const el = await withFilters('tabular', id, true);
        expect(count(el)).to.equal('57 lignes sur 57');
        await until(() => !location.search.includes('pv-q'), 'the address without the ignored search');
        expect((await requestsFor(id)).some((r) => r.params.some(([k]) => k === 'q'))).to.equal(false);
      } finally {
        history.replaceState(history.state, '', before);
      }
    });

    /** Opens the viewer of `api` with `query` in the page's address (url-state), then puts the address back. */
    async function fromAddress(api: ApiName, id: string, query: string, settled: (el: PvDataViewer) => boolean): Promise<PvDataViewer> {
      const before = location.href;
      history.replaceState(history.state, '', `${location.pathname}?${query}`);
      try {
        const el = await viewer(api, id, true);
        await until(() => settled(el), `the state of the address (${count(el)})`);
        return el;
      } finally {
        history.replaceState(history.state, '', before);
      }
    }

    it('datasette with url-state: a shared link restores its filter and sort (a chart view stays a table)', async function () {
      this.timeout(20000);
      const id = uniqueId();
      const el = await fromAddress('datasette', id, 'pv-f.nom=~Amiens&pv-sort=-population&pv-view=chart', (v) => /^\d+ lignes? sur 57$/.test(count(v)) && count(v) !== '57 lignes sur 57');
      expect(await sent(id, 'nom__contains')).to.equal('Amiens');
      expect(await sent(id, '_sort_desc')).to.equal('population');
      await until(() => chips(el).length === 1, 'the restored filter as a tag');
      expect(chips(el)[0]).to.match(/ contient « Amiens »$/);
      expect(root(el).querySelector('pv-data-table'), 'the table, not a chart').not.to.equal(null);
    });

    it('ckan with url-state: a link keeps only what CKAN applies (exact values), never a "contains" or a range', async function () {
      this.timeout(20000);
      const dropped = uniqueId();
      const a = await fromAddress('ckan', dropped, 'pv-f.nom=~Amiens&pv-f.population=7000..8000', (v) => count(v) === '57 lignes sur 57');
      await until(() => !!root(a).querySelector('.filters .field'), 'the filter controls');
      expect(chips(a)).to.deep.equal([]);
      expect((await requestsFor(dropped)).some((r) => r.params.some(([k]) => k === 'filters'))).to.equal(false);
      const kept = uniqueId();
      const b = await fromAddress('ckan', kept, 'pv-f.nom==Amiens 11', (v) => count(v) === '1 ligne sur 57');
      expect(await sent(kept, 'filters')).to.equal('{"nom":"Amiens 11"}');
      await until(() => chips(b).length === 1, 'the restored filter as a tag');
      expect(chips(b)).to.deep.equal(['Nom de la commune = « Amiens 11 »']);
    });

    for (const api of ['ods', 'datasette'] as const) {
      it(`${api}: "contient" is offered and sent as contains`, async function () {
        this.timeout(20000);
        const id = uniqueId();
        const el = await withFilters(api, id);
        expect(labelOf(el, 'f-1-contains')).to.match(/ contient$/);
        expect(control(el, 'f-1-exact')).to.equal(null);
        expect(root(el).querySelector('#search')).not.to.equal(null);
        type(el, 'f-1-contains', 'Amiens');
        await until(() => /^\d+ lignes? sur 57$/.test(count(el)) && count(el) !== '57 lignes sur 57', `the filtered count (${count(el)})`);
        const log = await requestsFor(id);
        if (api === 'ods') expect(log.some((r) => r.where?.some((w) => w.field === 'nom' && w.op === 'contains' && w.value === 'Amiens'))).to.equal(true);
        else expect(await sent(id, 'nom__contains')).to.equal('Amiens');
        expect(chips(el)[0]).to.match(/ contient « Amiens »$/);
      });
    }
  });
});
