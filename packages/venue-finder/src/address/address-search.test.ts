import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PvAddressSearch, SearchLocation } from './address-search.js';
import { demoGeocoder, examples } from './address-search.examples.js';
import { createGeocoder, GeocoderError, type Geocoder, type Suggestion } from '../geocoder/geocoder.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { THEMES, themedFixture } from '../../../../test/helpers/themes.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';
import { clearAnnouncer, politeText } from '../../../../test/helpers/announcer.js';

// The replay server of the test runner (test/geocoder-replay/middleware.mjs): never the internet.
const ENDPOINT = '/geocoder-replay/search';
type Logged = { at: number; params: Record<string, string> };
const received = async (): Promise<Logged[]> => (await (await fetch('/geocoder-replay/requests')).json()) as Logged[];
const resetReplay = () => fetch('/geocoder-replay/reset');

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, what: string, timeout = 6000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await delay(20);
  }
}

const root = (el: PvAddressSearch) => el.shadowRoot!;
const input = (el: PvAddressSearch) => root(el).querySelector('input')!;
const listbox = (el: PvAddressSearch) => root(el).querySelector<HTMLElement>('[role="listbox"]')!;
const options = (el: PvAddressSearch) => Array.from(root(el).querySelectorAll<HTMLElement>('[role="option"]'));
const labels = (el: PvAddressSearch) => options(el).map((o) => o.querySelector('.name')!.textContent!);
const expanded = (el: PvAddressSearch) => input(el).getAttribute('aria-expanded');
const activeId = (el: PvAddressSearch) => input(el).getAttribute('aria-activedescendant');
const notice = (el: PvAddressSearch) => root(el).querySelector('#notice')?.textContent?.trim() ?? '';
const buttons = (el: PvAddressSearch) => Array.from(root(el).querySelectorAll('button'));
const button = (el: PvAddressSearch, text: string) => buttons(el).find((b) => b.textContent!.includes(text));
const isOpen = (el: PvAddressSearch) => expanded(el) === 'true' && !listbox(el).hidden;

/** One input event with the whole text (as a paste would give): deterministic, unlike key timing. */
async function typeText(el: PvAddressSearch, text: string): Promise<void> {
  const field = input(el);
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Records the details of pv-location-change. */
function listen(el: PvAddressSearch): Array<SearchLocation | null> {
  const details: Array<SearchLocation | null> = [];
  el.addEventListener('pv-location-change', (e) => details.push(e.detail));
  return details;
}

const fixtureAt = (endpoint = ENDPOINT) =>
  fixture<PvAddressSearch>(html`<pv-address-search endpoint=${endpoint}></pv-address-search>`);

async function openWith(el: PvAddressSearch, text: string, count: number): Promise<void> {
  await typeText(el, text);
  await until(() => options(el).length === count && isOpen(el), `${count} suggestions for "${text}"`);
}

/** A geocoder that fails at once with `kind`. */
const failing = (kind: 'unavailable' | 'rate-limited' | 'network' | 'bad-answer', details = {}): Geocoder => ({
  search: () => Promise.reject(new GeocoderError(kind, 'x', details)),
  cancel() {},
  clearCache() {},
});

/** A geocoder that answers with the given labels (hostile ones included). */
const answering = (make: (query: string) => string[]): Geocoder => ({
  search: async (query) =>
    make(query).map((label): Suggestion => ({
      label, name: label, postcode: '', city: '', citycode: '', context: label, position: { lat: 45, lon: 4 }, type: 'other', score: 1,
    })),
  cancel() {},
  clearCache() {},
});

// A stand-in for navigator.geolocation (the real one would open a permission prompt).
type Answer = (ok: PositionCallback, fail: PositionErrorCallback) => void;
function stubGeolocation(answer: Answer | undefined): { calls: number; restore: () => void } {
  const stub = { calls: 0, restore: () => void delete (navigator as unknown as Record<string, unknown>)['geolocation'] };
  const geolocation = answer && {
    getCurrentPosition(ok: PositionCallback, fail: PositionErrorCallback) {
      stub.calls += 1;
      setTimeout(() => answer(ok, fail), 10);
    },
    watchPosition: () => 0,
    clearWatch: () => undefined,
  };
  Object.defineProperty(navigator, 'geolocation', { configurable: true, get: () => geolocation });
  return stub;
}
const coords = (latitude: number, longitude: number) =>
  ({ coords: { latitude, longitude, accuracy: 30 }, timestamp: Date.now() }) as unknown as GeolocationPosition;
const positionError = (code: number) => ({ code, message: 'x', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 }) as GeolocationPositionError;

describe('pv-address-search', function () {
  this.timeout(20_000);

  before(async function () {
    if (!(await resetReplay()).ok) throw new Error('the geocoder replay middleware is missing from the test runner');
  });
  beforeEach(async () => {
    await resetReplay();
    clearAnnouncer();
  });

  describeExamplesAccessible(examples);

  describe('closed state', () => {
    it('is a labelled ARIA 1.2 combobox whose listbox is in the same shadow root', async () => {
      const el = await fixtureAt();
      const field = input(el);
      expect(field.getAttribute('role')).to.equal('combobox');
      expect(field.getAttribute('aria-autocomplete')).to.equal('list');
      expect(expanded(el)).to.equal('false');
      expect(field.hasAttribute('aria-activedescendant')).to.equal(false);
      expect(root(el).getElementById(field.getAttribute('aria-controls')!) === listbox(el)).to.equal(true);
      expect(listbox(el).hidden).to.equal(true);
      const label = root(el).querySelector('label')!;
      expect(label.textContent).to.equal('Adresse ou commune');
      expect(label.htmlFor).to.equal(field.id);
      expect(root(el).getElementById(listbox(el).getAttribute('aria-labelledby')!) === label).to.equal(true);
      const hint = root(el).getElementById(field.getAttribute('aria-describedby')!)!;
      expect(hint.textContent).to.contain('3 caractères').and.to.contain('Autour de moi');
      expect(button(el, 'Autour de moi')!.type).to.equal('button');
      expect(el.value).to.equal(null);
    });

    it('takes a label, hides "Autour de moi" with hide-near-me, and speaks English under lang="en"', async () => {
      const el = await fixture<PvAddressSearch>(html`<pv-address-search label="Votre commune" hide-near-me></pv-address-search>`);
      expect(root(el).querySelector('label')!.textContent).to.equal('Votre commune');
      expect(button(el, 'Autour de moi')).to.equal(undefined);
      expect(root(el).querySelector('#hint')!.textContent).not.to.contain('Autour de moi');
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><pv-address-search></pv-address-search></div>`);
      const en = wrapper.firstElementChild as PvAddressSearch;
      await en.updateComplete;
      expect(root(en).querySelector('label')!.textContent).to.equal('Address or town');
      expect(button(en, 'Near me')).not.to.equal(undefined);
      wrapper.lang = 'fr';
      await until(() => root(en).querySelector('label')!.textContent === 'Adresse ou commune', 'French after a lang change');
    });

    it('sends nothing before 3 characters are typed, nor on creation', async () => {
      const el = await fixtureAt();
      await delay(300);
      await typeText(el, 'ly');
      await typeText(el, ' - l');
      await delay(400);
      expect(await received()).to.deep.equal([]);
      expect(isOpen(el)).to.equal(false);
    });
  });

  describe('suggestions from the replay server', () => {
    it('shows the suggestions of what is typed and announces their count', async () => {
      const el = await fixtureAt();
      await openWith(el, 'lyon', 3);
      expect(labels(el)).to.deep.equal(['Lyon', 'Lyons-la-Forêt', 'Rue de Lyon 69100 Villeurbanne']);
      expect(options(el)[0]!.querySelector('.context')!.textContent).to.equal('69, Rhône, Auvergne-Rhône-Alpes');
      expect(options(el).every((o) => o.getAttribute('aria-selected') === 'false')).to.equal(true);
      await until(() => politeText() === '3 adresses proposées', 'the count announced');
      const log = await received();
      expect(log.map((r) => r.params['q'])).to.deep.equal(['lyon']);
    });

    it('debounces fast typing into one request', async () => {
      const el = await fixtureAt();
      input(el).focus();
      // Three keystrokes in one task: faster than any debounce, however loaded the machine is
      // (sendKeys types one key per round trip, which a busy CI can slow beyond the debounce).
      for (const text of ['vil', 'vill', 'villeurbanne']) {
        input(el).value = text;
        input(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text.at(-1)!, inputType: 'insertText' }));
      }
      await until(() => options(el).length === 1, 'the suggestion');
      await delay(400);
      expect((await received()).map((r) => r.params['q'])).to.deep.equal(['villeurbanne']);
      expect(politeText()).to.equal('1 adresse proposée');
    });

    it('says when nothing is found, below the field', async () => {
      const el = await fixtureAt();
      await typeText(el, 'zzzqqqxxx');
      await until(() => notice(el) !== '', 'the message');
      expect(notice(el)).to.contain('Aucune adresse trouvée');
      expect(isOpen(el)).to.equal(false);
      expect(input(el).getAttribute('aria-describedby')).to.equal('hint notice');
      el.lang = 'en'; // the message is reworded in the new language
      await until(() => notice(el).startsWith('No address found'), 'the English message');
    });

    it('reports an endpoint that is not http(s) as unavailable, without any request', async () => {
      const el = await fixtureAt('javascript:alert(1)');
      await typeText(el, 'lyon');
      await until(() => notice(el) !== '', 'the error');
      expect(notice(el)).to.contain('momentanément indisponible');
      expect(await received()).to.deep.equal([]);
    });

    it('words every kind of geocoder failure', async () => {
      const cases: Array<[Geocoder, string]> = [
        [failing('network'), 'Le service d’adresses est injoignable. Vérifiez votre connexion, puis réessayez.'],
        [failing('network', { timeout: true }), 'Le service d’adresses ne répond pas. Réessayez dans un instant.'],
        [failing('rate-limited'), 'Trop de recherches d’adresse en peu de temps. Patientez 5 secondes, puis reprenez votre saisie.'],
        [failing('bad-answer'), 'Le service d’adresses a renvoyé une réponse illisible. Réessayez plus tard.'],
        [{ ...failing('network'), search: () => Promise.reject(new Error('?')) }, 'Le service d’adresses est momentanément indisponible. Réessayez plus tard.'],
      ];
      for (const [geocoder, text] of cases) {
        const el = await fixture<PvAddressSearch>(html`<pv-address-search .geocoder=${geocoder}></pv-address-search>`);
        await typeText(el, 'lyon');
        await until(() => notice(el) !== '', text);
        expect(notice(el)).to.equal(text);
      }
    });

    it('shows a lasting server error as text and announces it', async () => {
      const el = await fixtureAt();
      await typeText(el, 'toujours en panne');
      await until(() => notice(el) !== '', 'the error', 8000);
      expect(notice(el)).to.equal('Le service d’adresses est momentanément indisponible. Réessayez plus tard.');
      expect(root(el).querySelector('#notice')!.classList.contains('error')).to.equal(true);
      expect(input(el).getAttribute('aria-describedby')).to.equal('hint notice');
      await until(() => politeText() === notice(el), 'the error announced');
      expect(await received()).to.have.length(2); // one try, one retry: no more
      // an unreadable answer has its own message; typing again clears the old one
      await typeText(el, 'maintenance');
      expect(notice(el)).to.equal('');
      await until(() => notice(el) !== '', 'the second error');
      expect(notice(el)).to.contain('réponse illisible');
    });

    it('waits for Retry-After on a 429, then shows the answer, without a request storm', async () => {
      const el = await fixtureAt();
      await typeText(el, 'trop vite');
      await until(() => options(el).length === 3, 'the suggestions after the wait', 8000);
      const log = await received();
      expect(log).to.have.length(2);
      expect(log[1]!.at - log[0]!.at).to.be.at.least(990);
    });

    it('tells the person to wait when the limit is hit, and sends nothing more meanwhile', async () => {
      // maxRetryWaitMs 0: this client reports the 429 at once instead of waiting for Retry-After.
      const geocoder = createGeocoder({ endpoint: `${ENDPOINT}?x=1`, maxRetryWaitMs: 0 });
      const el = await fixture<PvAddressSearch>(html`<pv-address-search .geocoder=${geocoder}></pv-address-search>`);
      await typeText(el, 'trop vite');
      await until(() => notice(el) !== '', 'the rate-limit message');
      expect(notice(el)).to.equal('Trop de recherches d’adresse en peu de temps. Patientez 1 seconde, puis reprenez votre saisie.');
      await until(() => politeText() === notice(el), 'the message announced');
      for (const text of ['trop vite a', 'trop vite ab', 'trop vite abc']) await typeText(el, text);
      await delay(400);
      expect(notice(el)).to.contain('Trop de recherches');
      expect(await received()).to.have.length(1);
      await delay(800); // let the shared Retry-After pass before the next test
    });
  });

  describe('keyboard and mouse', () => {
    it('Down/Up move the active option with wrapping; Enter selects and fires pv-location-change', async () => {
      const el = await fixtureAt();
      const details = listen(el);
      await openWith(el, 'lyon', 3);
      expect(activeId(el)).to.equal(null);
      const script: Array<[string, string]> = [
        ['ArrowDown', 'option-0'], ['ArrowDown', 'option-1'], ['ArrowDown', 'option-2'], ['ArrowDown', 'option-0'],
        ['ArrowUp', 'option-2'], ['ArrowUp', 'option-1'],
      ];
      for (const [key, id] of script) {
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(activeId(el), key).to.equal(id);
        expect(root(el).getElementById(id)!.getAttribute('aria-selected')).to.equal('true');
        expect(options(el).filter((o) => o.getAttribute('aria-selected') === 'true')).to.have.length(1);
        expect(expanded(el)).to.equal('true');
      }
      const event = oneEvent(el, 'pv-location-change');
      await sendKeys({ press: 'Enter' });
      const { detail, bubbles, composed } = await event;
      expect(bubbles && composed).to.equal(true);
      expect(detail).to.deep.equal({ lat: 49.398627, lon: 1.474842, label: 'Lyons-la-Forêt', source: 'address' });
      await el.updateComplete;
      expect(details).to.have.length(1);
      expect(el.value).to.deep.equal(detail);
      expect(input(el).value).to.equal('Lyons-la-Forêt');
      expect(expanded(el)).to.equal('false');
      expect(activeId(el)).to.equal(null);
      expect(root(el).activeElement === input(el)).to.equal(true);
    });

    it('Escape closes the list, a second Escape clears the field (and the location)', async () => {
      const el = await fixtureAt();
      await openWith(el, 'lyon', 3);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const details = listen(el);
      await openWith(el, 'villeurbanne', 1);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(expanded(el)).to.equal('false');
      expect(activeId(el)).to.equal(null);
      expect(input(el).value).to.equal('villeurbanne');
      expect(el.value!.label).to.equal('Lyon'); // editing the text keeps the location until a new choice
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(input(el).value).to.equal('');
      expect(el.value).to.equal(null);
      expect(details).to.deep.equal([null]);
      // Down opens the list again once there are suggestions
      await openWith(el, 'lyon', 3);
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(isOpen(el)).to.equal(true);
      expect(activeId(el)).to.equal('option-2');
    });

    it('Left, Right, Home and End go back to the text; Alt+Down opens the list without choosing', async () => {
      const el = await fixtureAt();
      await openWith(el, 'lyon', 3);
      for (const key of ['ArrowLeft', 'ArrowRight', 'Home', 'End']) {
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        expect(activeId(el)).to.equal('option-0');
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(activeId(el), key).to.equal(null);
        expect(isOpen(el)).to.equal(true);
      }
      await sendKeys({ press: 'Escape' });
      await sendKeys({ down: 'Alt' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ up: 'Alt' });
      await el.updateComplete;
      expect(isOpen(el)).to.equal(true);
      expect(activeId(el)).to.equal(null);
      await sendKeys({ press: 'Enter' }); // nothing active: nothing chosen
      expect(el.value).to.equal(null);
    });

    it('Tab leaves the field without selecting and closes the list', async () => {
      const el = await fixtureAt();
      const details = listen(el);
      await openWith(el, 'lyon', 3);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(details).to.deep.equal([]);
      expect(el.value).to.equal(null);
      expect(isOpen(el)).to.equal(false);
      expect(activeId(el)).to.equal(null);
      expect(root(el).activeElement === button(el, 'Effacer')).to.equal(true);
      expect(input(el).value).to.equal('lyon');
    });

    it('a click on a suggestion selects it; "Effacer" clears and gives the focus back', async () => {
      const el = await fixtureAt();
      const details = listen(el);
      await openWith(el, '8 bd du port', 3);
      options(el)[2]!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
      options(el)[2]!.click();
      await el.updateComplete;
      expect(details).to.deep.equal([{ lat: 46.156018, lon: -1.150926, label: '8 Boulevard du Port 17000 La Rochelle', source: 'address' }]);
      expect(isOpen(el)).to.equal(false);
      button(el, 'Effacer')!.click();
      await el.updateComplete;
      expect(details[1]).to.equal(null);
      expect(el.value).to.equal(null);
      expect(input(el).value).to.equal('');
      expect(root(el).activeElement === input(el)).to.equal(true);
      expect(button(el, 'Effacer')).to.equal(undefined);
    });

    it('emptying the text fires null; value sets the text without an event; clear() fires null', async () => {
      const el = await fixtureAt();
      const details = listen(el);
      el.value = { lat: 45.758, lon: 4.835, label: 'Lyon', source: 'address' };
      await el.updateComplete;
      expect(input(el).value).to.equal('Lyon');
      expect(details).to.deep.equal([]);
      await typeText(el, '');
      expect(details).to.deep.equal([null]);
      await typeText(el, ''); // already null: no second event
      expect(details).to.deep.equal([null]);
      el.value = { lat: 45.758, lon: 4.835, label: 'Lyon', source: 'address' };
      await el.updateComplete;
      await typeText(el, '   '); // blanks: no location any more, and the text stays as typed
      expect(details).to.deep.equal([null, null]);
      expect(input(el).value).to.equal('   ');
      el.value = { lat: 45.758, lon: 4.835, label: 'Lyon', source: 'address' };
      await el.updateComplete;
      el.clear();
      await el.updateComplete;
      expect(details).to.deep.equal([null, null, null]);
      expect(input(el).value).to.equal('');
    });

    it('closes when the focus leaves, and does not pop open for an answer that comes after', async () => {
      const el = await fixtureAt();
      await openWith(el, 'lyon', 3);
      input(el).blur();
      await el.updateComplete;
      expect(isOpen(el)).to.equal(false);
      await typeText(el, 'villeurbanne');
      input(el).blur();
      await delay(600);
      expect(isOpen(el)).to.equal(false);
    });
  });

  describe('Autour de moi', () => {
    let stub: ReturnType<typeof stubGeolocation> | undefined;
    afterEach(() => stub?.restore());

    it('asks for the position only on click, then fires the device location', async () => {
      stub = stubGeolocation((ok) => ok(coords(45.7665, 4.8812)));
      const el = await fixtureAt();
      await delay(50);
      expect(stub.calls).to.equal(0);
      const event = oneEvent(el, 'pv-location-change');
      button(el, 'Autour de moi')!.click();
      await el.updateComplete;
      expect(notice(el)).to.equal('Recherche de votre position…');
      expect(button(el, 'Autour de moi')!.getAttribute('aria-disabled')).to.equal('true');
      button(el, 'Autour de moi')!.click(); // a second click while it looks for the position: ignored
      const { detail } = await event;
      expect(detail).to.deep.equal({ lat: 45.7665, lon: 4.8812, label: 'Votre position', source: 'device' });
      await el.updateComplete;
      expect(stub.calls).to.equal(1);
      expect(input(el).value).to.equal('Votre position');
      expect(notice(el)).to.equal('Votre position est utilisée.');
      await until(() => politeText() === 'Votre position est utilisée.', 'the success announced');
      expect(await received()).to.deep.equal([]);
    });

    it('explains a refusal, a timeout and a browser without geolocation, as text', async () => {
      const el = await fixtureAt();
      const details = listen(el);
      const cases: Array<[Answer | undefined, RegExp]> = [
        [(_ok, fail) => fail(positionError(1)), /pas autorisé l’accès à votre position/],
        [(_ok, fail) => fail(positionError(3)), /trop de temps/],
        [(_ok, fail) => fail(positionError(2)), /n’a pas pu être déterminée/],
        [undefined, /ne permet pas de trouver votre position/],
      ];
      for (const [answer, text] of cases) {
        stub?.restore();
        stub = stubGeolocation(answer);
        button(el, 'Autour de moi')!.click();
        await until(() => text.test(notice(el)), String(text));
        expect(root(el).querySelector('#notice')!.classList.contains('error')).to.equal(true);
        await until(() => text.test(politeText()), `${text} announced`);
      }
      expect(details).to.deep.equal([]);
      expect(el.value).to.equal(null);
    });
  });

  describe('hostile text', () => {
    it('shows hostile labels from the server as text', async () => {
      const isPwned = installCanary();
      const el = await fixtureAt();
      await openWith(el, 'saint', 1);
      expect(labels(el)).to.deep.equal(['Saint-Denis <img src=x onerror=alert(1)>']);
      expect(root(el).querySelector('img')).to.equal(null);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(input(el).value).to.equal('Saint-Denis <img src=x onerror=alert(1)>');
      expect(isPwned()).to.equal(false);
    });

    it('keeps naughty strings, typed or returned, as text', async () => {
      const isPwned = installCanary();
      const strings = (await naughtyStrings()).filter((s) => s.trim() !== '');
      const geocoder = answering((query) => [query, `${query} 69000 Lyon`]);
      const el = await fixture<PvAddressSearch>(html`<pv-address-search .geocoder=${geocoder}></pv-address-search>`);
      for (const text of strings) {
        await typeText(el, text);
        await delay(0);
        await el.updateComplete;
        expect(input(el).value).to.equal(text);
        if (isOpen(el)) expect(labels(el)[0]).to.equal(text);
      }
      expect(root(el).querySelectorAll('img, script, iframe, svg:not(.icon)').length).to.equal(0);
      await delay(100);
      expect(isPwned()).to.equal(false);
      // and typed into the real client: still one request at the end of a burst
      const real = await fixtureAt();
      for (const text of strings.slice(0, 60)) await typeText(real, text);
      await delay(600);
      expect((await received()).length).to.be.at.most(1);
      expect(isPwned()).to.equal(false);
    });
  });

  describe('accessible in every theme and state', () => {
    for (const theme of THEMES) {
      it(`closed, open and error (${theme})`, async () => {
        const el = await themedFixture<PvAddressSearch>(html`<pv-address-search .geocoder=${demoGeocoder}></pv-address-search>`, theme);
        await expect(el.parentElement).to.be.accessible();
        await openWith(el, 'sai', 2);
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        await expect(el.parentElement).to.be.accessible();
        el.geocoder = failing('rate-limited', { retryAfterMs: 4200 });
        await el.updateComplete;
        await typeText(el, 'lyon');
        await until(() => notice(el) !== '', 'the error');
        expect(notice(el)).to.contain('Patientez 5 secondes');
        await expect(el.parentElement).to.be.accessible();
      });
    }
  });
});
