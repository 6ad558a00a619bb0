import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PvVenueFinder } from './finder.js';
import { examples, EXAMPLE_FILE, sampleVenues } from './finder.examples.js';
import { loadVenues } from '../data/index.js';
import { makeVenue, type Venue } from '../model.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';
import { clearAnnouncer, politeText } from '../../../../test/helpers/announcer.js';
import { axTree, type AxNode } from '../../../../test/helpers/ax-tree.js';

/** Every node of an accessibility tree that matches. */
function axFind(node: AxNode, match: (n: AxNode) => boolean, out: AxNode[] = []): AxNode[] {
  if (match(node)) out.push(node);
  for (const child of node.children) axFind(child, match, out);
  return out;
}

const HINAURA = '/shared-data/mediation-venues-hinaura/source.json';

async function until(check: () => boolean, what: string, timeout = 8000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const root = (el: PvVenueFinder) => el.shadowRoot!;
// The list, then the filters (finder-filters.ts, loaded once the list is shown).
const ready = (el: PvVenueFinder) => until(() => !!root(el).querySelector('.count') && !!root(el).querySelector('fieldset[data-group="hours"]'), 'the list and its filters');
const cards = (el: PvVenueFinder) => Array.from(root(el).querySelectorAll('pv-venue-card'));
const cardNames = (el: PvVenueFinder) => cards(el).map((c) => c.shadowRoot!.querySelector('.name')!.textContent!.trim());
const countText = (el: PvVenueFinder) => root(el).querySelector('.count')!.textContent!.trim();
const searchInput = (el: PvVenueFinder) => root(el).querySelector<HTMLInputElement>('#search')!;
const group = (el: PvVenueFinder, key: string) => root(el).querySelector<HTMLFieldSetElement>(`fieldset[data-group="${key}"]`)!;
const box = (el: PvVenueFinder, key: string, value: string) => Array.from(group(el, key).querySelectorAll('input')).find((i) => i.value === value)!;
// Active filters are pv-tags; their "×" button is named "Retirer le filtre : …".
type Tag = HTMLElement & { label: string; updateComplete: Promise<boolean> };
const chips = (el: PvVenueFinder) => Array.from(root(el).querySelectorAll<Tag>('.active pv-tag'));
const chipButton = (tag: Tag) => tag.shadowRoot!.querySelector('button')!;
async function chipNames(el: PvVenueFinder): Promise<string[]> {
  await Promise.all(chips(el).map((tag) => tag.updateComplete));
  return chips(el).map((tag) => chipButton(tag).textContent!.replace(/[ \t\n]+/g, ' ').trim());
}
const buttonNamed = (el: PvVenueFinder, text: string) => Array.from(root(el).querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent!.includes(text))!;

/** The element that has focus, through shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

async function typeSearch(el: PvVenueFinder, text: string): Promise<void> {
  const input = searchInput(el);
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await new Promise((r) => setTimeout(r, 200));
  await el.updateComplete;
}

describe('pv-venue-finder', () => {
  describeExamplesAccessible(examples);

  it('makes no request before it is connected, then reads the file in a worker', async () => {
    const calls: string[] = [];
    const workers: string[] = [];
    const original = window.fetch;
    const OriginalWorker = window.Worker;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(String(input));
      return original(input, init);
    }) as typeof fetch;
    window.Worker = class extends OriginalWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        workers.push(String(url));
      }
    };
    try {
      const el = document.createElement('pv-venue-finder');
      el.src = EXAMPLE_FILE;
      await new Promise((r) => setTimeout(r, 50));
      expect(calls).to.deep.equal([]);
      expect(workers).to.deep.equal([]);
      document.body.append(el);
      await ready(el);
      // the worker fetches the file: the page itself requests nothing (no parser is loaded into it)
      expect(workers.length).to.equal(1);
      expect(calls).to.deep.equal([]);
      expect(el.results.length).to.equal(1);
      el.remove();
    } finally {
      window.fetch = original;
      window.Worker = OriginalWorker;
    }
  });

  it('loads the example file of the standard and lists every venue', async () => {
    const text = await (await fetch(EXAMPLE_FILE)).text();
    const expected = loadVenues(text).venues;
    clearAnnouncer();
    const el = await fixture<PvVenueFinder>(html`<pv-venue-finder src=${EXAMPLE_FILE}></pv-venue-finder>`);
    await ready(el);
    expect(expected.length).to.be.greaterThan(0);
    expect(cardNames(el)).to.deep.equal(expected.map((v) => v.name));
    expect(countText(el)).to.equal(`${expected.length} lieu sur ${expected.length}`);
    await until(() => politeText().includes('sur'), 'the count announced');
    // the card: heading, address, contacts as links
    const card = cards(el)[0]!.shadowRoot!;
    expect(card.querySelector('h3')!.textContent).to.contain('Anonymal');
    expect(card.querySelector('a[href^="tel:"]')).not.to.equal(null);
    expect(card.querySelector('a[href^="mailto:"]')).not.to.equal(null);
    // the opening hours once the engine is there: a status and a week table with a caption
    await until(() => !!cards(el)[0]!.shadowRoot!.querySelector('.status'), 'the hours');
    expect(card.querySelector('details table caption')!.textContent).to.contain('Anonymal');
    expect(card.querySelectorAll('tbody tr').length).to.equal(7);
  });

  it('loads the Hinaura file (data·inclusion JSON) and counts every venue', async () => {
    const text = await (await fetch(HINAURA)).text();
    const expected = loadVenues(text).venues.length;
    const el = await fixture<PvVenueFinder>(html`<pv-venue-finder src=${HINAURA} page-size="25"></pv-venue-finder>`);
    await ready(el);
    expect(expected).to.be.greaterThan(100);
    expect(el.allVenues.length).to.equal(expected);
    expect(countText(el)).to.equal(`${expected} lieux sur ${expected}`);
    expect(cards(el).length).to.equal(25);
    buttonNamed(el, 'Afficher plus').click();
    await el.updateComplete;
    expect(cards(el).length).to.equal(50);
    // focus goes to the first new place
    expect(root(el).activeElement === root(el).querySelectorAll('.results > li')[25]).to.equal(true);
  });

  for (const file of [
    '/shared-data/mediation-standard/exemple-valide-v0.1.1.csv',
    '/shared-data/france-services-2022/liste-fs-20221201.csv',
    '/shared-data/france-services-2022/bus-france-services-charente.json',
  ]) {
    it(`lists every venue of ${file.split('/').pop()}`, async () => {
      const text = await (await fetch(file)).text();
      const expected = loadVenues(text).venues;
      const el = await fixture<PvVenueFinder>(html`<pv-venue-finder src=${file} no-address page-size="40"></pv-venue-finder>`);
      await until(() => !!root(el).querySelector('.count'), 'the list', 20000);
      expect(expected.length).to.be.greaterThan(0);
      // every venue of the file is in the list (none dropped, e.g. for lack of coordinates)
      expect(el.results.length).to.equal(expected.length);
      expect(new Set(el.results.map((v) => v.id))).to.deep.equal(new Set(expected.map((v) => v.id)));
      const total = new Intl.NumberFormat('fr').format(expected.length);
      expect(countText(el)).to.equal(`${total} ${expected.length > 1 ? 'lieux' : 'lieu'} sur ${total}`);
      expect(cards(el).length).to.equal(Math.min(40, expected.length));
    });
  }

  it('applies the territory pre-filter', async () => {
    const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${sampleVenues} departments="42"></pv-venue-finder>`);
    await ready(el);
    expect(cardNames(el)).to.deep.equal(['Bus numérique des monts']);
  });

  it('narrows the list as one types and announces the count', async () => {
    const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${sampleVenues}></pv-venue-finder>`);
    await ready(el);
    expect(cards(el).length).to.equal(3);
    clearAnnouncer();
    await typeSearch(el, 'villeur');
    expect(cardNames(el)).to.deep.equal(['France Services Villeurbanne']);
    expect(countText(el)).to.equal('1 lieu sur 3');
    await until(() => politeText() === '1 lieu sur 3', 'the announcement');
    await typeSearch(el, 'zzzz');
    expect(root(el).querySelector('.empty')).not.to.equal(null);
    expect(countText(el)).to.equal('Aucun lieu sur 3');
  });

  it('filters by a vocabulary value, shows a removable filter, and resets', async () => {
    const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${sampleVenues}></pv-venue-finder>`);
    await ready(el);
    // facet counts in the labels
    expect(Array.from(group(el, 'fees').querySelectorAll('label'), (o) => o.textContent!.trim())).to.deep.equal(['Gratuit (2)', 'Gratuit sous condition (1)']);
    box(el, 'fees', 'Gratuit').click();
    await el.updateComplete;
    expect(cards(el).length).to.equal(2);
    // the disclosure of a group with a selection stays open; its summary says how many are ticked
    const details = group(el, 'fees').closest('details')!;
    expect(details.open).to.equal(true);
    expect(details.querySelector('summary')!.textContent).to.contain('1 choisi');
    expect(await chipNames(el)).to.deep.equal(['Retirer le filtre\u00a0: Frais : Gratuit']);
    chipButton(chips(el)[0]!).click();
    await el.updateComplete;
    expect(chips(el)).to.deep.equal([]);
    expect(cards(el).length).to.equal(3);
    expect(details.open, 'unticking does not close the group under the focus').to.equal(true);
    // the reset button
    box(el, 'fees', 'Gratuit').click();
    await el.updateComplete;
    buttonNamed(el, 'Effacer').click();
    await el.updateComplete;
    expect(cards(el).length).to.equal(3);
    expect(chips(el)).to.deep.equal([]);
    expect(root(el).activeElement === searchInput(el)).to.equal(true);
  });

  it('filters on labels, structure types and itinerance', async () => {
    const data: Venue[] = [
      { ...sampleVenues[0]!, labels: ['Aidants Connect'], typology: ['BIB'] },
      { ...sampleVenues[1]!, typology: ['RFS', 'UNKNOWN_CODE'] },
      sampleVenues[2]!,
    ];
    const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${data}></pv-venue-finder>`);
    await ready(el);
    expect(Array.from(group(el, 'typology').querySelectorAll('label'), (o) => o.textContent!.trim())).to.deep.equal([
      'Bibliothèque, médiathèque (1)',
      'France Services (1)',
      'UNKNOWN_CODE (1)',
    ]);
    box(el, 'typology', 'RFS').click();
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['France Services Villeurbanne']);
    expect(chips(el)[0]!.label).to.equal('Type de structure : France Services');
    box(el, 'typology', 'RFS').click();
    box(el, 'labels', 'Aidants Connect').click();
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Médiathèque Lumière']);
    box(el, 'labels', 'Aidants Connect').click();
    box(el, 'mobility', 'itinerant').click();
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Bus numérique des monts']);
    box(el, 'mobility', 'fixed').click();
    await el.updateComplete;
    expect(cards(el).length, 'both ticked = every place').to.equal(3);
  });

  it('removes filters with the keyboard and keeps the focus in the finder', async () => {
    const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${sampleVenues}></pv-venue-finder>`);
    await ready(el);
    for (const input of group(el, 'publics').querySelectorAll('input')) input.click();
    await el.updateComplete;
    expect(chips(el).length).to.equal(3);
    await chipNames(el);
    chips(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(chips(el).length).to.equal(2);
    expect(root(el).activeElement!.localName).to.equal('pv-tag');
    expect(deepActive()!.localName, 'the remove button of the next tag').to.equal('button');
    // Delete removes too (pv-tag's keyboard), then Space on the last one
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(chips(el).length).to.equal(1);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(chips(el).length).to.equal(0);
    expect(root(el).activeElement === searchInput(el)).to.equal(true);
  });

  it('gives screen readers a search landmark, headings, the list of places and named filter buttons (Chromium accessibility tree)', async function () {
    const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${sampleVenues} no-address></pv-venue-finder>`);
    await ready(el);
    box(el, 'fees', 'Gratuit').click();
    await el.updateComplete;
    await chipNames(el);
    const tree = await axTree(this);
    const named = (role: string, name: string) => axFind(tree, (n) => n.role === role && n.name === name);
    const [search] = axFind(tree, (n) => n.role === 'search');
    expect(search, 'a search landmark').not.to.equal(undefined);
    expect(axFind(search!, (n) => n.role === 'searchbox' && n.name === 'Rechercher un lieu, une commune, un code postal').length).to.equal(1);
    // the structure: the two sections' headings, then one heading per place shown
    const headings = axFind(tree, (n) => n.role === 'heading').map((n) => n.name);
    expect(headings.slice(0, 2)).to.deep.equal(['Filtrer les lieux', 'Lieux']);
    expect(headings).to.include.members(cardNames(el));
    // the filters: groups named by their legend, boxes named by their option and count
    const [hours] = named('group', 'Horaires');
    expect(axFind(hours!, (n) => n.role === 'checkbox').map((n) => n.name)).to.deep.equal(['Ouvert maintenant', 'Ouvert le samedi']);
    // the active filter: a list named "Filtres actifs" whose button says what it removes
    const [active] = named('list', 'Filtres actifs');
    expect(axFind(active!, (n) => n.role === 'button').map((n) => n.name)).to.deep.equal(['Retirer le filtre\u00a0: Frais : Gratuit']);
    // the places: a list with one item per card shown
    const lists = axFind(tree, (n) => n.role === 'list' && n.name !== 'Filtres actifs');
    const places = lists.find((l) => l.children.filter((c) => c.role === 'listitem').length === cards(el).length);
    expect(places, 'a list of the places').not.to.equal(undefined);
  });

  it('"Ouvert le samedi" never counts a value it cannot read as open', async () => {
    const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${sampleVenues}></pv-venue-finder>`);
    await ready(el);
    box(el, 'hours', 'saturday').click();
    await until(() => cards(el).length === 1, 'the Saturday filter');
    expect(cardNames(el)).to.deep.equal(['Médiathèque Lumière']);
  });

  it('"Ouvert maintenant" keeps only what is surely open', async () => {
    const base = sampleVenues[0]!;
    const data: Venue[] = [
      { ...base, id: 'a', name: 'Toujours ouvert', openingHours: '24/7' },
      { ...base, id: 'b', name: 'Sur rendez-vous', openingHours: '"sur rendez-vous"' },
      { ...base, id: 'c', name: 'Illisible', openingHours: 'du lundi au vendredi le matin' },
      { ...base, id: 'd', name: 'Sans horaires', openingHours: undefined },
    ];
    const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${data}></pv-venue-finder>`);
    await ready(el);
    box(el, 'hours', 'now').click();
    await until(() => cards(el).length === 1, 'the open-now filter');
    expect(el.results.map((v) => v.name)).to.deep.equal(['Toujours ouvert']);
    expect(await chipNames(el)).to.deep.equal(['Retirer le filtre\u00a0: Ouvert maintenant']);
  });

  it('stays empty without a source, and reloads on demand', async () => {
    const el = await fixture<PvVenueFinder>(html`<pv-venue-finder></pv-venue-finder>`);
    expect(root(el).children.length).to.equal(0);
    el.data = sampleVenues;
    await ready(el);
    el.reload();
    await ready(el);
    expect(el.results.length).to.equal(3);
  });

  it('shows an error with a retry button for a 404', async () => {
    const el = await fixture<PvVenueFinder>(html`<pv-venue-finder src="/shared-data/introuvable/lieux.csv"></pv-venue-finder>`);
    await until(() => !!root(el).querySelector('.error'), 'the error');
    const notice = root(el).querySelector('.error')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.contain('n’ont pas pu être chargés');
    const retry = notice.querySelector('button')!;
    expect(retry.textContent).to.contain('Réessayer');
    el.src = EXAMPLE_FILE;
    await ready(el);
    expect(cards(el).length).to.equal(1);
  });

  it('shows hostile venue names as text', async () => {
    const pwned = installCanary();
    const names = (await naughtyStrings()).filter((s) => s.trim() !== '').slice(0, 120);
    const data: Venue[] = names.map((name, i) => ({ ...sampleVenues[0]!, id: `n${i}`, name, websites: ['javascript:alert(1)'], bookingUrl: 'javascript:alert(1)' }));
    const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${data} page-size="200"></pv-venue-finder>`);
    await ready(el);
    expect(cards(el).length).to.equal(names.length);
    const shown = new Set(cardNames(el));
    for (const name of names) expect(shown.has(name.trim()), name).to.equal(true);
    for (const card of cards(el)) {
      expect(card.shadowRoot!.querySelector('script, img, iframe')).to.equal(null);
      expect(card.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(pwned()).to.equal(false);
  });

  it('is used with Tab in a logical order: search, filters, results', async () => {
    const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${sampleVenues}></pv-venue-finder>`);
    await ready(el);
    searchInput(el).focus();
    const seen: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      await sendKeys({ press: 'Tab' });
      const a = deepActive();
      const host = (a?.getRootNode() as ShadowRoot | undefined)?.host;
      seen.push(a?.closest('.filters') ? 'filter' : host?.localName === 'pv-venue-card' ? 'card' : a?.closest('.tools') ? 'tools' : a?.localName ?? '');
      if (seen.at(-1) === 'card') break;
    }
    // search → (address search) → "Aller à la liste" → filters → tools → cards
    expect(seen.includes('filter')).to.equal(true);
    expect(seen.at(-1)).to.equal('card');
    expect(seen.indexOf('tools')).to.be.greaterThan(seen.lastIndexOf('filter'));
    const lastFilter = seen.lastIndexOf('filter');
    expect(seen.indexOf('card')).to.be.greaterThan(lastFilter);
  });

  it('reads the text of a file given in the data property', async () => {
    const text = await (await fetch(EXAMPLE_FILE)).text();
    const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${text}></pv-venue-finder>`);
    await ready(el);
    expect(cardNames(el)).to.deep.equal(['Anonymal']);
  });

  it('shows the loading state while the data is pending', async () => {
    let resolve!: (v: Venue[]) => void;
    const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${new Promise<Venue[]>((r) => (resolve = r))}></pv-venue-finder>`);
    expect(root(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('Chargement des lieux…');
    resolve(sampleVenues);
    await ready(el);
    expect(cards(el).length).to.equal(3);
  });

  it('reflows at 320 px without horizontal scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:320px"><pv-venue-finder .data=${sampleVenues}></pv-venue-finder></div>`);
    const el = wrapper.querySelector('pv-venue-finder')!;
    await ready(el);
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    for (const card of cards(el)) expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<PvVenueFinder>(html`<pv-venue-finder lang="en" .data=${sampleVenues}></pv-venue-finder>`);
    await ready(el);
    await until(() => countText(el) === '3 places out of 3', 'the English texts (a lazy chunk)');
    await until(() => cards(el)[0]!.shadowRoot!.textContent!.includes('Opening hours'), 'the cards in English');
  });

  describe('distance from a place', () => {
    const lyon = { lat: 45.7578, lon: 4.832, label: 'Place Bellecour, Lyon' };
    const positioned = (): Venue[] => [
      { ...sampleVenues[0]!, position: { lat: 45.7485, lon: 4.8467 }, coordinates: 'ok' }, // Lyon 8e, ~1.5 km
      { ...sampleVenues[1]!, position: { lat: 45.7665, lon: 4.8795 }, coordinates: 'ok' }, // Villeurbanne, ~3.8 km
      { ...sampleVenues[2]!, position: { lat: 45.7433, lon: 4.2271 }, coordinates: 'ok' }, // Feurs, ~47 km
    ];

    it('sorts and labels the places by distance, and filters by a maximum distance', async () => {
      const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${[...positioned()].reverse()} no-address></pv-venue-finder>`);
      await ready(el);
      expect(cardNames(el)).to.deep.equal(['Bus numérique des monts', 'France Services Villeurbanne', 'Médiathèque Lumière']);
      el.location = lyon;
      await el.updateComplete;
      expect(cardNames(el)).to.deep.equal(['Médiathèque Lumière', 'France Services Villeurbanne', 'Bus numérique des monts']);
      expect(root(el).querySelector('.sorted')!.textContent).to.contain('Place Bellecour, Lyon');
      await cards(el)[0]!.updateComplete;
      expect(cards(el)[0]!.shadowRoot!.textContent).to.match(/À 1,\d\u00a0km/);
      const select = root(el).querySelector<HTMLSelectElement>('#distance')!;
      expect(root(el).querySelector('label[for="distance"]')!.textContent).to.equal('Distance maximale');
      select.value = '5';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(cardNames(el)).to.deep.equal(['Médiathèque Lumière', 'France Services Villeurbanne']);
      expect(await chipNames(el)).to.deep.equal(['Retirer le filtre\u00a0: Moins de 5\u00a0km']);
      chipButton(chips(el)[0]!).click();
      await el.updateComplete;
      expect(cards(el).length).to.equal(3);
      el.location = null;
      await el.updateComplete;
      expect(root(el).querySelector('#distance')).to.equal(null);
      expect(root(el).querySelector('.sorted')).to.equal(null);
    });

    it('ignores a place out of range or with hostile values', async () => {
      const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${positioned()} no-address></pv-venue-finder>`);
      await ready(el);
      for (const bad of [{ lat: 91, lon: 0, label: 'x' }, { lat: Number.NaN, lon: 2, label: 'x' }, { lat: '45' as unknown as number, lon: 4, label: 'x' }]) {
        el.location = bad;
        await el.updateComplete;
        expect(root(el).querySelector('.sorted'), JSON.stringify(bad)).to.equal(null);
      }
      el.location = { ...lyon, label: '<img src=x onerror=alert(1)>' };
      await el.updateComplete;
      expect(root(el).querySelector('.sorted img')).to.equal(null);
      expect(root(el).querySelector('.sorted')!.textContent).to.contain('<img src=x');
    });

    it('takes the place chosen in the address search (pv-location-change)', async () => {
      const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${positioned()}></pv-venue-finder>`);
      await ready(el);
      await until(() => customElements.get('pv-address-search') !== undefined, 'the address search chunk');
      const search = root(el).querySelector('pv-address-search')!;
      search.dispatchEvent(new CustomEvent('pv-location-change', { bubbles: true, composed: true, detail: { ...lyon, source: 'address' } }));
      await el.updateComplete;
      expect(el.results[0]!.name).to.equal('Médiathèque Lumière');
      search.dispatchEvent(new CustomEvent('pv-location-change', { bubbles: true, composed: true, detail: null }));
      await el.updateComplete;
      expect(root(el).querySelector('.sorted')).to.equal(null);
    });
  });

  describe('map on demand', () => {
    const TILE_URL = '/shared-data/nonexistent/{z}/{x}/{y}.png';
    const positioned = (): Venue[] =>
      Array.from({ length: 30 }, (_, i): Venue => ({
        ...sampleVenues[i % 3]!,
        id: `m${i}`,
        name: `Lieu ${String(i).padStart(2, '0')}`,
        position: { lat: 45 + (i % 6) / 10, lon: 4 + Math.floor(i / 6) / 10 },
        coordinates: 'ok',
      })).concat([makeVenue({ id: 'nowhere', name: 'Lieu sans position' })]);

    const openMap = async (el: PvVenueFinder) => {
      const toggle = buttonNamed(el, 'Afficher la carte');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await until(() => !!root(el).querySelector('.map .leaflet-container, .map.leaflet-container'), 'the map');
      await el.updateComplete;
    };

    it('loads nothing of the map before the click, then shows the results on it', async () => {
      const requests: string[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => requests.push(e.name)));
      observer.observe({ type: 'resource', buffered: false });
      const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${positioned()} tile-url=${TILE_URL} no-address page-size="10"></pv-venue-finder>`);
      await ready(el);
      await new Promise((r) => setTimeout(r, 200));
      expect(requests.filter((r) => /leaflet|supercluster|nonexistent/.test(r)), 'no map request before the click').to.deep.equal([]);
      await openMap(el);
      observer.disconnect();
      const toggle = buttonNamed(el, 'Masquer la carte');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.getAttribute('aria-controls')).to.equal('map');
      // every card with a position gets "Voir sur la carte"; the one without says so
      expect(root(el).querySelectorAll('.on-map').length).to.equal(10);
      toggle.click();
      await el.updateComplete;
      expect(root(el).querySelector('.map')).to.equal(null);
      expect(buttonNamed(el, 'Afficher la carte').getAttribute('aria-expanded')).to.equal('false');
    });

    it('list → map: "Voir sur la carte" moves the focus to the marker; map → list: a marker shows its card', async () => {
      const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${positioned()} tile-url=${TILE_URL} no-address page-size="10"></pv-venue-finder>`);
      await ready(el);
      await openMap(el);
      const first = root(el).querySelector<HTMLButtonElement>('.results > li .on-map')!;
      expect(first.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Voir sur la carte : Lieu 00');
      first.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => (root(el).activeElement as HTMLElement | null)?.classList.contains('pv-map-marker') === true, 'the marker focused');
      expect(root(el).activeElement!.textContent).to.contain('Lieu 00');
      expect(root(el).querySelector('.results > li.selected pv-venue-card')).not.to.equal(null);
      // a marker of a place beyond the shown page: the list grows to show it and focuses it
      const map = root(el).querySelector('.map')!;
      await until(() => map.querySelectorAll('.pv-map-marker, .pv-map-cluster').length > 0, 'markers');
      const last = el.results.at(-2)!; // the last one with a position
      (el as unknown as { selectFromMap(id: string): void }).selectFromMap(last.id);
      await el.updateComplete;
      await until(() => root(el).activeElement?.localName === 'li', 'the card focused');
      expect(root(el).activeElement!.querySelector('pv-venue-card')!.venue!.id).to.equal(last.id);
      expect(cards(el).length).to.equal(30);
      // Escape and the keyboard on the map are the map's own (tested in map/venue-map.test.ts)
    });

    it('follows the filters while open', async () => {
      const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${positioned()} tile-url=${TILE_URL} no-address></pv-venue-finder>`);
      await ready(el);
      await openMap(el);
      await typeSearch(el, 'Lieu 07');
      const map = root(el).querySelector('.map')!;
      await until(() => map.querySelectorAll('.pv-map-marker').length === 1 && map.querySelectorAll('.pv-map-cluster').length === 0, 'one marker');
      expect(map.querySelector('.pv-map-marker')!.textContent).to.contain('Lieu 07');
    });

    for (const theme of ['default', 'dark', 'high-contrast'] as const) {
      it(`is accessible with the map open (${theme})`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div data-pv-theme=${theme}><pv-venue-finder .data=${positioned()} tile-url=${TILE_URL} no-address page-size="5"></pv-venue-finder></div>`,
        );
        const el = wrapper.querySelector('pv-venue-finder')!;
        await ready(el);
        await openMap(el);
        await expect(wrapper).to.be.accessible();
      });
    }

    it('hides the map button with no-map', async () => {
      const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${sampleVenues} no-map no-address></pv-venue-finder>`);
      await ready(el);
      expect(buttonNamed(el, 'Afficher la carte')).to.equal(undefined);
    });
  });

  describe('export and URL state', () => {
    it('downloads the current results as CSV', async () => {
      const blobs: Blob[] = [];
      const original = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return original.call(URL, blob);
      };
      const clicks: string[] = [];
      const onClick = (e: Event) => {
        const a = e.composedPath()[0] as HTMLAnchorElement;
        if (a.localName === 'a' && a.download) {
          clicks.push(a.download);
          e.preventDefault();
        }
      };
      document.addEventListener('click', onClick, true);
      try {
        const hostile = { ...sampleVenues[0]!, id: 'h', name: '=HYPERLINK("http://evil")' };
        const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${[...sampleVenues, hostile]} no-address></pv-venue-finder>`);
        await ready(el);
        box(el, 'fees', 'Gratuit').click();
        await el.updateComplete;
        clearAnnouncer();
        buttonNamed(el, 'Télécharger').click();
        await until(() => blobs.length === 1, 'the file');
        const text = await blobs[0]!.text();
        const lines = text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
        expect(lines.length, 'header + the 3 free places').to.equal(4);
        expect(text).to.contain('Médiathèque Lumière');
        expect(text).not.to.contain('Bus numérique');
        expect(text).to.contain(`'=HYPERLINK`);
        expect(clicks).to.deep.equal(['lieux.csv']);
        await until(() => politeText().includes('3 lieux'), 'the announcement');
      } finally {
        URL.createObjectURL = original;
        document.removeEventListener('click', onClick, true);
      }
    });

    it('keeps its state in the page address only with url-state', async () => {
      const before = location.href;
      try {
        const plain = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${sampleVenues} no-address></pv-venue-finder>`);
        await ready(plain);
        await typeSearch(plain, 'villeur');
        expect(location.href).to.equal(before);
        const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${sampleVenues} url-state no-address></pv-venue-finder>`);
        await ready(el);
        await typeSearch(el, 'villeur');
        await until(() => location.search.includes('villeur'), 'the address updated');
        expect(new URL(before).searchParams.toString().length === 0 || location.href.startsWith(before.split('?')[0]!)).to.equal(true);
        // a new finder on the same address starts where the person was
        const again = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${sampleVenues} url-state no-address></pv-venue-finder>`);
        await ready(again);
        await until(() => cards(again).length === 1, 'the restored search');
        expect(searchInput(again).value).to.equal('villeur');
      } finally {
        history.replaceState(history.state, '', before);
      }
    });
  });

  it('"Aller à la liste des lieux" skips the filters', async () => {
    const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${sampleVenues} no-address></pv-venue-finder>`);
    await ready(el);
    searchInput(el).focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement!.textContent).to.contain('Aller à la liste des lieux');
    await sendKeys({ press: 'Enter' });
    expect(root(el).activeElement!.id).to.equal('results-heading');
  });
});
