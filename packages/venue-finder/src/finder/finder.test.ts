import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PvVenueFinder } from './finder.js';
import { examples, EXAMPLE_FILE, sampleVenues } from './finder.examples.js';
import { loadVenues } from '../data/index.js';
import type { Venue } from '../model.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';
import { clearAnnouncer, politeText } from '../../../../test/helpers/announcer.js';

const HINAURA = '/shared-data/mediation-venues-hinaura/source.json';

async function until(check: () => boolean, what: string, timeout = 8000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const root = (el: PvVenueFinder) => el.shadowRoot!;
const ready = (el: PvVenueFinder) => until(() => !!root(el).querySelector('.count'), 'the list');
const cards = (el: PvVenueFinder) => Array.from(root(el).querySelectorAll('pv-venue-card'));
const cardNames = (el: PvVenueFinder) => cards(el).map((c) => c.shadowRoot!.querySelector('.name')!.textContent!.trim());
const countText = (el: PvVenueFinder) => root(el).querySelector('.count')!.textContent!.trim();
const searchInput = (el: PvVenueFinder) => root(el).querySelector('pv-text-field')!.shadowRoot!.querySelector('input')!;

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

  it('makes no request before it is connected', async () => {
    const calls: string[] = [];
    const original = window.fetch;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(String(input));
      return original(input, init);
    }) as typeof fetch;
    try {
      const el = document.createElement('pv-venue-finder');
      el.src = EXAMPLE_FILE;
      await new Promise((r) => setTimeout(r, 50));
      expect(calls).to.deep.equal([]);
      document.body.append(el);
      await ready(el);
      expect(calls.length).to.equal(1);
      el.remove();
    } finally {
      window.fetch = original;
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
    const more = Array.from(root(el).querySelectorAll('pv-button')).find((b) => b.textContent!.includes('Afficher plus'))!;
    more.click();
    await el.updateComplete;
    expect(cards(el).length).to.equal(50);
    // focus goes to the first new place
    expect(root(el).activeElement).to.equal(root(el).querySelectorAll('.results > li')[25]);
  });

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

  it('filters by a vocabulary value, shows a removable tag, and resets', async () => {
    const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${sampleVenues}></pv-venue-finder>`);
    await ready(el);
    const fees = Array.from(root(el).querySelectorAll('pv-checkbox-group')).find((g) => g.getAttribute('label') === 'Frais')!;
    // facet counts in the labels
    expect(Array.from(fees.querySelectorAll('option'), (o) => o.textContent!.trim())).to.deep.equal(['Gratuit (2)', 'Gratuit sous condition (1)']);
    const box = Array.from(fees.shadowRoot!.querySelectorAll('input')).find((i) => i.value === 'Gratuit')!;
    box.click();
    await el.updateComplete;
    expect(cards(el).length).to.equal(2);
    const tag = root(el).querySelector('pv-tag')!;
    expect(tag.getAttribute('label')).to.equal('Frais : Gratuit');
    (tag as unknown as { requestRemove(): boolean }).requestRemove();
    await el.updateComplete;
    expect(root(el).querySelector('pv-tag')).to.equal(null);
    expect(cards(el).length).to.equal(3);
    // the reset button
    box.click();
    await el.updateComplete;
    const reset = Array.from(root(el).querySelectorAll('pv-button')).find((b) => b.textContent!.includes('Effacer'))!;
    reset.click();
    await el.updateComplete;
    expect(cards(el).length).to.equal(3);
    expect(root(el).querySelector('pv-tag')).to.equal(null);
  });

  it('removes a filter tag with the keyboard and keeps the focus in the finder', async () => {
    const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${sampleVenues}></pv-venue-finder>`);
    await ready(el);
    const publics = Array.from(root(el).querySelectorAll('pv-checkbox-group')).find((g) => g.getAttribute('label') === 'Publics')!;
    for (const input of publics.shadowRoot!.querySelectorAll('input')) input.click();
    await el.updateComplete;
    const tags = root(el).querySelectorAll('pv-tag');
    expect(tags.length).to.equal(3);
    (tags[0] as HTMLElement).focus();
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(root(el).querySelectorAll('pv-tag').length).to.equal(2);
    expect(root(el).activeElement!.localName).to.equal('pv-tag');
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(root(el).querySelectorAll('pv-tag').length).to.equal(0);
    expect(root(el).activeElement!.localName).to.equal('pv-text-field');
  });

  it('"Ouvert le samedi" never counts a value it cannot read as open', async () => {
    const el = await fixture<PvVenueFinder>(html`<pv-venue-finder .data=${sampleVenues}></pv-venue-finder>`);
    await ready(el);
    const hours = root(el).querySelector('pv-checkbox-group')!;
    Array.from(hours.shadowRoot!.querySelectorAll('input')).find((i) => i.value === 'saturday')!.click();
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
    const hours = root(el).querySelector('pv-checkbox-group')!;
    Array.from(hours.shadowRoot!.querySelectorAll('input')).find((i) => i.value === 'now')!.click();
    await until(() => cards(el).length === 1, 'the open-now filter');
    expect(el.results.map((v) => v.name)).to.deep.equal(['Toujours ouvert']);
    expect(root(el).querySelector('pv-tag')!.getAttribute('label')).to.equal('Ouvert maintenant');
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
    await until(() => !!root(el).querySelector('pv-notice'), 'the error');
    const notice = root(el).querySelector('pv-notice')!;
    expect(notice.getAttribute('type')).to.equal('error');
    expect(notice.textContent).to.contain('n’ont pas pu être chargés');
    const retry = notice.querySelector('pv-button')!;
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
      seen.push(host?.localName === 'pv-checkbox-group' ? 'filter' : host?.localName === 'pv-venue-card' ? 'card' : a?.localName ?? '');
      if (seen.at(-1) === 'card') break;
    }
    expect(seen[0]).to.equal('filter');
    expect(seen.at(-1)).to.equal('card');
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
    expect(root(el).querySelector('pv-spinner')!.getAttribute('label')).to.equal('Chargement des lieux…');
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
    expect(countText(el)).to.equal('3 places out of 3');
  });
});
