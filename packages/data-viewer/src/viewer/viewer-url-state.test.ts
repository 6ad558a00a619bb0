import { expect, fixture, html } from '@open-wc/testing';
import type { ViewColumn } from '../model.js';
import { readViewerState, writeViewerState } from './viewer-url-state.js';
import type { PvDataViewer } from './viewer.js';
import { SAMPLE_CSV } from './viewer.examples.js';
import { naughtyStrings } from '../../../../test/helpers/naughty.js';

const COLUMNS: ViewColumn[] = [
  { name: 'nom', title: 'Nom', type: 'text' },
  { name: 'commune', title: 'Commune', type: 'text', values: ['Buxerolles', 'Poitiers'] },
  { name: 'montant', title: 'Montant', type: 'number' },
  { name: 'date', title: 'Date', type: 'date' },
  { name: 'a&b=c', title: 'Nom étrange', type: 'code' },
];

async function until(check: () => boolean, what: string, timeout = 10000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('pv-data-viewer URL state', () => {
  it('writes then reads the same state, keeping the page’s own parameters and fragment byte for byte', () => {
    const state = {
      search: 'école 2025',
      sort: [{ column: 2, direction: 'descending' as const }, { column: 0, direction: 'ascending' as const }],
      filters: [
        { column: 1, kind: 'enum' as const, values: ['Poitiers', 'Buxerolles'] },
        { column: 2, kind: 'range' as const, min: 1000.5 },
        { column: 3, kind: 'date' as const, from: '2025-01-01', to: '2025-06-30' },
        { column: 4, kind: 'text' as const, contains: 'x=y&z' },
      ],
      view: 'chart' as const,
    };
    const url = new URL('https://commune.example/page?id=3&x=%C3%A9t%C3%A9#haut');
    const next = writeViewerState(state, COLUMNS, url);
    expect(next.startsWith('https://commune.example/page?id=3&x=%C3%A9t%C3%A9&pv-q=')).to.equal(true);
    expect(next.endsWith('#haut')).to.equal(true);
    expect(readViewerState(new URL(next).search, COLUMNS)).to.deep.equal(state);
    // an empty state removes our parameters only
    expect(writeViewerState({ search: '', sort: [], filters: [], view: 'table' }, COLUMNS, new URL(next))).to.equal('https://commune.example/page?id=3&x=%C3%A9t%C3%A9#haut');
  });

  it('drops what a crafted link cannot mean: unknown columns, filters that do not fit the type, values off the list', () => {
    const state = readViewerState(
      '?pv-sort=inconnue&pv-sort=-montant&pv-sort=-montant&pv-f.inconnue=~a&pv-f.montant=~texte&pv-f.nom=1..2' +
        '&pv-f.commune==Paris&pv-f.date=hier..demain&pv-f.montant=abc..&pv-view=carte&pv-q=' + 'a'.repeat(5000),
      COLUMNS,
    );
    expect(state.sort).to.deep.equal([{ column: 2, direction: 'descending' }]);
    expect(state.filters).to.deep.equal([]);
    expect(state.view).to.equal('table');
    expect(state.search.length).to.equal(200);
  });

  it('reads hostile strings as bounded text, never throws', async () => {
    for (const s of await naughtyStrings()) {
      const search = `?pv-q=${encodeURIComponent(s)}&pv-f.nom=${encodeURIComponent('~' + s)}&pv-sort=${encodeURIComponent(s)}`;
      const state = readViewerState(search, COLUMNS);
      expect(state.search.length).to.be.at.most(200);
      writeViewerState(state, COLUMNS, new URL('https://commune.example/'));
    }
  });

  it('restores a shared view and keeps the address up to date, only with url-state', async () => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?garde=1&pv-q=poitiers&pv-sort=-montant`);
    try {
      const el = await fixture<PvDataViewer>(html`<pv-data-viewer url-state .data=${SAMPLE_CSV}></pv-data-viewer>`);
      await until(() => el.shadowRoot!.querySelector('.count')?.textContent?.trim() === '3 lignes sur 6', 'the search from the address');
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('#search')!.value).to.equal('poitiers');
      const search = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
      search.value = 'fablab';
      search.dispatchEvent(new Event('input'));
      await until(() => location.search.includes('pv-q=fablab'), 'the address updated');
      expect(location.search.startsWith('?garde=1&')).to.equal(true);
      expect(location.search).to.contain('pv-sort=-montant');
      // without url-state the address is neither read nor written
      const other = await fixture<PvDataViewer>(html`<pv-data-viewer .data=${SAMPLE_CSV}></pv-data-viewer>`);
      await until(() => other.shadowRoot!.querySelector('.count')?.textContent?.trim() === '6 lignes sur 6', 'all rows');
    } finally {
      history.replaceState(null, '', before);
    }
  });
});
