import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PvDataViewer } from './viewer.js';
import { examples, POITIERS, SAMPLE_CSV, SAMPLE_SCHEMA, SAMPLE_WITH_ERRORS } from './viewer.examples.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';
import { clearAnnouncer, politeText } from '../../../../test/helpers/announcer.js';
import { THEMES, themedFixture } from '../../../../test/helpers/themes.js';

async function until(check: () => boolean, what: string, timeout = 10000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const root = (el: PvDataViewer) => el.shadowRoot!;
const table = (el: PvDataViewer) => root(el).querySelector('pv-data-table');
/** The table and its filter controls (those load once the table is shown). */
const ready = (el: PvDataViewer) => until(() => !!root(el).querySelector('.count') && !!root(el).querySelector('.filters .field, .filters fieldset, .filters select'), 'the table and its filters');
const count = (el: PvDataViewer) => root(el).querySelector('.count')!.textContent!.trim();
/** Text of the body cells the table shows, row by row. */
const cells = async (el: PvDataViewer): Promise<string[][]> => {
  const t = table(el)!;
  await until(() => t.shadowRoot!.querySelectorAll('tbody tr[aria-rowindex] td').length > 0, 'rows');
  return Array.from(t.shadowRoot!.querySelectorAll('tbody tr[aria-rowindex]'), (tr) => Array.from(tr.querySelectorAll('th, td'), (c) => c.textContent!.trim()));
};
const buttonNamed = (el: PvDataViewer, text: string) => Array.from(root(el).querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent!.includes(text))!;
const field = (el: PvDataViewer, label: string) => {
  const l = Array.from(root(el).querySelectorAll('label')).find((x) => x.textContent!.trim() === label)!;
  return root(el).getElementById(l.htmlFor) as HTMLInputElement | HTMLSelectElement;
};

describe('pv-data-viewer', () => {
  describeExamplesAccessible(examples);

  it('reads a French CSV given by the page: separator, decimal comma, postcodes as text', async () => {
    clearAnnouncer();
    const el = await fixture<PvDataViewer>(html`<pv-data-viewer .data=${SAMPLE_CSV} label="Subventions 2025"></pv-data-viewer>`);
    await ready(el);
    expect(count(el)).to.equal('6 lignes sur 6');
    await until(() => politeText().includes('6 lignes sur 6'), 'the count announced');
    const rows = await cells(el);
    expect(rows[0]![0]).to.equal('Association Les Amis du Livre');
    expect(rows[0]![2]).to.equal('86000'); // a code, not 86 000
    expect(rows[0]![3]!.replace(/\s/g, ' ')).to.match(/^1 500(,00?)?$/);
    expect(table(el)!.caption).to.equal('Subventions 2025');
  });

  it('reads a real file by URL, in a worker (Windows-1252 SCDL, Poitiers)', async () => {
    const el = await fixture<PvDataViewer>(html`<pv-data-viewer src=${POITIERS}></pv-data-viewer>`);
    await ready(el);
    expect(count(el)).to.match(/^[\d\s\u202f]+ lignes sur [\d\s\u202f]+$/);
    const first = (await cells(el))[0]!.join(' ');
    expect(first).not.to.contain('\ufffd');
    expect(table(el)!.caption).to.equal('SCDL_COM_Poitiers_subventions-directes-associations-2017.csv');
  });

  it('offers no pick-list for a column with one value in every row (it would filter nothing)', async () => {
    const el = await fixture<PvDataViewer>(html`<pv-data-viewer .data=${'collectivite;objet;montant\nVille;Fête;10\nVille;Sport;20\nVille;Fête;30\n'}></pv-data-viewer>`);
    await ready(el);
    await until(() => !!root(el).querySelector('.filters .field'), 'the filter controls');
    expect(field(el, 'collectivite contient').localName).to.equal('input');
    expect(field(el, 'objet').localName, 'two values, repeated: a pick-list').to.equal('select');
  });

  it('searches, filters by column, shows removable filters and resets, announcing counts', async () => {
    const el = await fixture<PvDataViewer>(html`<pv-data-viewer .data=${SAMPLE_CSV}></pv-data-viewer>`);
    await ready(el);
    const search = root(el).querySelector<HTMLInputElement>('#search')!;
    search.value = 'poitiers';
    search.dispatchEvent(new Event('input'));
    await until(() => count(el) === '3 lignes sur 6', 'the search');
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await until(() => count(el) === '6 lignes sur 6', 'the search cleared');
    // a number range, typed the French way
    const min = field(el, 'montant : au moins') as HTMLInputElement;
    min.value = '2 000';
    min.dispatchEvent(new Event('change'));
    await until(() => count(el) === '4 lignes sur 6', 'the range filter');
    // a pick-list for a column with few values
    const commune = field(el, 'commune') as HTMLSelectElement;
    expect(commune.localName).to.equal('select');
    commune.value = 'Poitiers';
    commune.dispatchEvent(new Event('change'));
    await until(() => count(el) === '2 lignes sur 6', 'the pick-list');
    // active filters are pv-tags; the name of their "×" button says what it removes
    const tags = () => Array.from(root(el).querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('.active pv-tag'));
    await Promise.all(tags().map((t) => t.updateComplete));
    const names = tags().map((t) => t.shadowRoot!.querySelector('button')!.textContent!.replace(/[ \t\n]+/g, ' ').trim());
    expect(names).to.deep.equal(['Retirer le filtre\u00a0: montant : au moins 2 000', 'Retirer le filtre\u00a0: commune : Poitiers'].map((s) => s.replace(' 2 000', ` ${new Intl.NumberFormat('fr').format(2000)}`)));
    tags()[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => count(el) === '3 lignes sur 6', 'a filter removed');
    expect(root(el).activeElement!.localName, 'focus on the next tag').to.equal('pv-tag');
    await sendKeys({ press: 'Delete' }); // pv-tag's keyboard: Delete removes too
    await until(() => count(el) === '6 lignes sur 6', 'the last filter removed with Delete');
    expect(root(el).activeElement === search, 'then the search field').to.equal(true);
    // two filters again, then "Effacer les filtres"
    min.value = '2 000';
    min.dispatchEvent(new Event('change'));
    await until(() => count(el) === '4 lignes sur 6', 'the range filter again');
    buttonNamed(el, 'Effacer les filtres').click();
    await until(() => count(el) === '6 lignes sur 6', 'reset');
    expect(root(el).activeElement === search).to.equal(true);
    // filtered to nothing
    search.value = 'zzzz';
    search.dispatchEvent(new Event('input'));
    await until(() => !!root(el).querySelector('.empty'), 'no result');
  });

  it('sorts when a header asks for it (numbers as numbers)', async () => {
    const el = await fixture<PvDataViewer>(html`<pv-data-viewer .data=${SAMPLE_CSV}></pv-data-viewer>`);
    await ready(el);
    table(el)!.dispatchEvent(new CustomEvent('pv-sort-change', { detail: { column: 3, direction: 'descending' }, bubbles: true, composed: true }));
    await until(() => table(el)!.shadowRoot!.querySelector('tbody tr[aria-rowindex] th, tbody tr[aria-rowindex] td')?.textContent?.includes('Théâtre') === true, 'the sorted rows');
    const rows = await cells(el);
    expect(rows.map((r) => r[0])).to.deep.equal([
      'Compagnie Théâtre en Herbe',
      'Fablab du Clain',
      'Union Sportive Loudunaise',
      'Club Numérique Seniors',
      'Association Les Amis du Livre',
      'Les Jardins Partagés',
    ]);
  });

  it('hides and shows columns with the column chooser', async () => {
    const el = await fixture<PvDataViewer>(html`<pv-data-viewer .data=${SAMPLE_CSV}></pv-data-viewer>`);
    await ready(el);
    const box = Array.from(root(el).querySelectorAll<HTMLInputElement>('.columns input')).find((i) => i.parentElement!.textContent!.includes('objet'))!;
    box.click();
    await el.updateComplete;
    expect(table(el)!.visibleColumns).to.deep.equal([0, 1, 2, 3, 4]);
  });

  it('downloads the filtered rows: CSV for Excel (BOM, ;) with formulas neutralised, and JSON', async () => {
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return original.call(URL, blob);
    };
    const stop = (e: Event) => {
      const a = e.composedPath()[0] as HTMLAnchorElement;
      if (a.localName === 'a' && a.download) e.preventDefault();
    };
    document.addEventListener('click', stop, true);
    try {
      const csv = SAMPLE_CSV + '\r\n=HYPERLINK("http://evil");Poitiers;86000;1,00;2025-01-01;@SUM(A1)';
      const el = await fixture<PvDataViewer>(html`<pv-data-viewer .data=${csv}></pv-data-viewer>`);
      await ready(el);
      const commune = field(el, 'commune') as HTMLSelectElement;
      commune.value = 'Poitiers';
      commune.dispatchEvent(new Event('change'));
      await until(() => count(el) === '4 lignes sur 7', 'the filter');
      buttonNamed(el, 'CSV pour Excel').click();
      await until(() => blobs.length === 1, 'the CSV');
      const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes);
      expect(text.split(/\r?\n/).filter(Boolean).length).to.equal(5);
      expect(text).to.contain(';');
      expect(text).to.contain(`'=HYPERLINK`);
      expect(text).to.contain(`'@SUM`);
      buttonNamed(el, 'JSON').click();
      await until(() => blobs.length === 2, 'the JSON');
      const json = JSON.parse(await blobs[1]!.text()) as Record<string, unknown>[];
      expect(json.length).to.equal(4);
      expect(json[0]!.codePostal).to.equal('86000');
    } finally {
      URL.createObjectURL = original;
      document.removeEventListener('click', stop, true);
    }
  });

  it('shows a chart of the groups, loaded on demand', async () => {
    const el = await fixture<PvDataViewer>(html`<pv-data-viewer .data=${SAMPLE_CSV} label="Subventions"></pv-data-viewer>`);
    await ready(el);
    expect(customElements.get('pv-data-chart') === undefined || root(el).querySelector('pv-data-chart') === null).to.equal(true);
    buttonNamed(el, 'Graphique').click();
    await until(() => !!root(el).querySelector('pv-data-chart'), 'the chart');
    const chart = root(el).querySelector('pv-data-chart') as unknown as HTMLElement & { groups: { label: string; value: number }[] };
    await until(() => chart.groups.length > 0, 'the groups');
    expect(chart.groups.find((g) => g.label === 'Poitiers')!.value).to.equal(3); // count by commune
    expect(buttonNamed(el, 'Graphique').getAttribute('aria-pressed')).to.equal('true');
    (root(el).querySelector('#chart-measure') as HTMLSelectElement).value = 'sum';
    root(el).querySelector('#chart-measure')!.dispatchEvent(new Event('change'));
    await until(() => chart.groups.find((g) => g.label === 'Poitiers')?.value === 21750, 'the sum by commune');
  });

  it('shows a French error for a file that is not a table, and for a missing file', async () => {
    const el = await fixture<PvDataViewer>(html`<pv-data-viewer .data=${'{ "pas": "un tableau" }'}></pv-data-viewer>`);
    await until(() => !!root(el).querySelector('.error'), 'the error');
    expect(root(el).querySelector('.error')!.getAttribute('role')).to.equal('alert');
    const missing = await fixture<PvDataViewer>(html`<pv-data-viewer src="/shared-data/introuvable.csv"></pv-data-viewer>`);
    await until(() => !!root(missing).querySelector('.error'), 'the 404');
    expect(root(missing).querySelector('.error')!.textContent).to.contain('HTTP 404');
    const hostile = await fixture<PvDataViewer>(html`<pv-data-viewer src="javascript:alert(1)"></pv-data-viewer>`);
    await until(() => !!root(hostile).querySelector('.error'), 'the refused address');
  });

  it('shows hostile headers and cells as text', async () => {
    const pwned = installCanary();
    const names = (await naughtyStrings()).filter((s) => s.trim() !== '' && !/[;"\r\n]/.test(s)).slice(0, 60);
    const csv = ['nom;valeur', ...names.map((n, i) => `${n};${i}`)].join('\n');
    const el = await fixture<PvDataViewer>(html`<pv-data-viewer .data=${csv} paged page-size="100"></pv-data-viewer>`);
    await ready(el);
    const shown = (await cells(el)).map((r) => r[0]);
    expect(shown.length).to.be.greaterThan(10);
    expect(table(el)!.shadowRoot!.querySelector('script, img, iframe')).to.equal(null);
    await new Promise((r) => setTimeout(r, 100));
    expect(pwned()).to.equal(false);
  });

  it('can be cancelled while reading', async () => {
    let resolve!: (v: string) => void;
    const el = await fixture<PvDataViewer>(html`<pv-data-viewer .data=${new Promise<string>((r) => (resolve = r))}></pv-data-viewer>`);
    expect(root(el).querySelector('[role="status"]')).not.to.equal(null);
    buttonNamed(el, 'Annuler').click();
    resolve(SAMPLE_CSV);
    await until(() => !!root(el).querySelector('.error'), 'the cancelled state');
    expect(root(el).querySelector('.error')!.textContent).to.contain('annulée');
    buttonNamed(el, 'Réessayer').click();
    await ready(el);
  });

  it('takes column titles, descriptions and allowed values from a Table Schema (SCDL subventions)', async () => {
    const csv = await (await fetch('/shared-data/scdl-subventions-real/exemple_valide.csv')).text();
    const el = await fixture<PvDataViewer>(
      html`<pv-data-viewer .data=${csv} schema="/shared-data/scdl-subventions-real/schema-scdl-subventions-2.1.1.json"></pv-data-viewer>`,
    );
    await ready(el);
    await cells(el);
    const headers = Array.from(table(el)!.shadowRoot!.querySelectorAll('thead th'), (th) => th.textContent!.trim());
    expect(headers).to.include('Nom de l\'attribuant');
    expect(headers).to.include('Aide d\'Etat notifiée à la Commission Européenne');
    // the schema's enum becomes the filter's pick-list
    const select = field(el, 'Conditions de versement de la subvention') as HTMLSelectElement;
    expect(Array.from(select.options, (o) => o.value)).to.deep.equal(['', 'unique', 'échelonné', 'autre']);
    // descriptions in the column chooser
    expect(root(el).querySelector('.columns .description')).not.to.equal(null);
    // an unreachable schema does not stop the table
    const without = await fixture<PvDataViewer>(html`<pv-data-viewer .data=${csv} schema="/shared-data/introuvable.json"></pv-data-viewer>`);
    await ready(without);
    expect(count(without)).to.match(/lignes sur/);
  });

  it('checks every cell against a Table Schema: invalid cells marked, their reason read, counted per column', async () => {
    const el = await fixture<PvDataViewer>(html`<pv-data-viewer .data=${SAMPLE_WITH_ERRORS} .schemaData=${SAMPLE_SCHEMA}></pv-data-viewer>`);
    await ready(el);
    const summary = root(el).querySelector('.schema-errors summary')!.textContent!.trim();
    expect(summary).to.equal('Ce fichier ne respecte pas son schéma : 2 valeurs non conformes');
    const perColumn = Array.from(root(el).querySelectorAll('.schema-errors li'), (li) => li.textContent!.trim());
    expect(perColumn).to.deep.equal(['Code postal : 1 valeur non conforme', 'Montant (€) : 1 valeur non conforme']);
    const t = table(el)!;
    await until(() => t.shadowRoot!.querySelectorAll('td.invalid').length === 2, 'the two invalid cells marked');
    const invalid = Array.from(t.shadowRoot!.querySelectorAll('td.invalid'), (td) => td.textContent!.trim());
    expect(invalid[0]).to.equal('2 300,50 €! (erreur : « 2 300,50 € » n’est pas un nombre.)');
    expect(invalid[1]).to.contain('8618');
    expect(invalid[1]).to.contain('n’a pas la forme attendue');
    // one amount is not a number: the column stays as written (text), its other cells valid
    const rows = await cells(el);
    expect(rows[0]![3]).to.equal('1 500,00');
    // sorted, the marks follow their rows
    t.dispatchEvent(new CustomEvent('pv-sort-change', { detail: { column: 2, direction: 'ascending' }, bubbles: true, composed: true }));
    await until(() => (t.shadowRoot!.querySelector('tbody tr[aria-rowindex="2"] td:nth-child(3)')?.textContent ?? '').includes('8618'), 'the short postcode first');
    await until(() => t.shadowRoot!.querySelector('tbody tr[aria-rowindex="2"] td:nth-child(3)')!.classList.contains('invalid'), 'its mark');
  });

  it('says when every value follows the schema, and when the schema cannot be read', async () => {
    const el = await fixture<PvDataViewer>(html`<pv-data-viewer .data=${SAMPLE_CSV} .schemaData=${SAMPLE_SCHEMA}></pv-data-viewer>`);
    await ready(el);
    expect(root(el).querySelector('.valid')!.textContent).to.contain('Toutes les valeurs respectent le schéma');
    const broken = await fixture<PvDataViewer>(html`<pv-data-viewer .data=${SAMPLE_CSV} schema="/shared-data/introuvable.json"></pv-data-viewer>`);
    await ready(broken);
    expect(root(broken).querySelector('.warning')!.textContent).to.contain('n’a pas pu être lu');
    const english = await fixture<PvDataViewer>(html`<pv-data-viewer lang="en" .data=${SAMPLE_WITH_ERRORS} .schemaData=${SAMPLE_SCHEMA}></pv-data-viewer>`);
    await ready(english);
    await until(() => root(english).querySelector('.schema-errors summary')!.textContent!.trim() === 'This file does not follow its schema: 2 invalid values', 'the English summary');
    await until(() => table(english)!.shadowRoot!.querySelectorAll('td.invalid').length === 2, 'the marks');
    await until(() => table(english)!.shadowRoot!.querySelector('td.invalid .visually-hidden')!.textContent!.includes('(error: “2 300,50 €” is not a number.)'), 'the reason in English');
  });

  it('checks real files against their schema in the worker (SCDL subventions 2.1.1)', async () => {
    const SCDL = '/shared-data/scdl-subventions-real/schema-scdl-subventions-2.1.1.json';
    // the schema's own valid example: every column checked, every value valid
    const valid = await fixture<PvDataViewer>(html`<pv-data-viewer src="/shared-data/scdl-subventions-real/exemple_valide.csv" schema=${SCDL}></pv-data-viewer>`);
    await ready(valid);
    expect(root(valid).querySelector('.valid')!.textContent).to.contain('Toutes les valeurs respectent le schéma');
    // Poitiers 2017 uses the older column names (ANNEE, COLL_NOM…): nothing can be checked, and it says so
    const poitiers = await fixture<PvDataViewer>(html`<pv-data-viewer src=${POITIERS} schema=${SCDL}></pv-data-viewer>`);
    await ready(poitiers);
    expect(root(poitiers).querySelector('.valid')).to.equal(null);
    expect(root(poitiers).querySelector('.warning')!.textContent).to.contain('Aucune colonne du fichier ne porte le nom d’un champ du schéma');
  });

  it('shows the first rows of a big file while the rest is read', async () => {
    const lines = ['nom;commune;montant'];
    for (let i = 0; i < 150_000; i++) lines.push(`Association ${i};Poitiers;${i},50`);
    const el = document.createElement('pv-data-viewer') as PvDataViewer;
    let previewSeen = '';
    const observer = new MutationObserver(() => {
      const caption = el.shadowRoot?.querySelector('.preview caption');
      if (caption && !previewSeen) previewSeen = caption.textContent!.trim();
    });
    el.data = new Blob([lines.join('\n')]);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(el);
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await ready(el);
    observer.disconnect();
    expect(previewSeen).to.equal('Aperçu : les 30 premières lignes du fichier, telles qu’écrites (lecture en cours)');
    expect(root(el).querySelector('.preview')).to.equal(null);
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<PvDataViewer>(html`<pv-data-viewer lang="en" .data=${SAMPLE_CSV}></pv-data-viewer>`);
    await ready(el);
    await until(() => count(el) === '6 rows out of 6', 'the English texts');
  });

  describe('every state is accessible in every theme', () => {
    for (const theme of THEMES) {
      it(`loading with progress and the first rows (${theme})`, async () => {
        const el = await themedFixture<PvDataViewer>(html`<pv-data-viewer .data=${new Promise<string>(() => undefined)}></pv-data-viewer>`, theme);
        // the state a big file is in while its first megabytes are read (set as the worker would)
        const state = el as unknown as { progress: unknown; preview: unknown };
        state.progress = { loaded: 5_200_000, total: 104_000_000, rows: 51_000 };
        state.preview = { columns: ['nom', 'commune', 'montant'], rows: [['Association A', 'Poitiers', '1 500,00'], ['Club B', 'Loudun', '750,00']] };
        await el.updateComplete;
        expect(root(el).querySelector('progress')!.getAttribute('value')).to.equal('5200000');
        expect(root(el).querySelector('.preview caption')!.textContent).to.contain('les 2 premières lignes');
        await expect(el.parentElement!).to.be.accessible();
      });
      it(`table, filtered to nothing and chart (${theme})`, async () => {
        const el = await themedFixture<PvDataViewer>(html`<pv-data-viewer .data=${SAMPLE_CSV} label="Subventions"></pv-data-viewer>`, theme);
        const wrapper = el.parentElement!;
        await ready(el);
        await cells(el);
        await expect(wrapper).to.be.accessible();
        const search = root(el).querySelector<HTMLInputElement>('#search')!;
        search.value = 'zzzz';
        search.dispatchEvent(new Event('input'));
        await until(() => !!root(el).querySelector('.empty'), 'no result');
        await expect(wrapper).to.be.accessible();
        search.value = '';
        search.dispatchEvent(new Event('input'));
        await until(() => count(el) === '6 lignes sur 6', 'all rows');
        buttonNamed(el, 'Graphique').click();
        await until(() => !!root(el).querySelector('pv-data-chart'), 'the chart');
        await new Promise((r) => setTimeout(r, 100));
        await expect(wrapper).to.be.accessible();
      });
    }
  });
});
