import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PvErrorSummary } from './error-summary.js';
import type { PvTextField } from '../text-field/text-field.js';
import { examples } from './error-summary.examples.js';
import { same } from '../../../../test/helpers/dom.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';

const settle = () => new Promise((r) => setTimeout(r, 0));
const links = (el: PvErrorSummary) => Array.from(el.shadowRoot!.querySelectorAll('a'));

async function form() {
  const f = await fixture<HTMLFormElement>(html`<form>
    <pv-error-summary></pv-error-summary>
    <pv-text-field label="Nom" name="nom" required></pv-text-field>
    <label for="ville">Ville</label>
    <input id="ville" name="ville" required />
    <label>Courriel <input name="courriel" type="email" required /></label>
    <button>Envoyer</button>
  </form>`);
  const summary = f.querySelector('pv-error-summary')!;
  const field = f.querySelector('pv-text-field')!;
  await field.updateComplete;
  await summary.updateComplete;
  let submitted = 0;
  f.addEventListener('submit', (e) => {
    e.preventDefault();
    submitted += 1;
  });
  return { f, summary, field, submitted: () => submitted };
}

async function typeIn(field: PvTextField, text: string) {
  const input = field.shadowRoot!.querySelector('input')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await field.updateComplete;
}

describe('pv-error-summary', () => {
  describeExamplesAccessible(examples);

  it('is hidden while there is nothing to report', async () => {
    const { summary } = await form();
    expect(summary.hidden).to.equal(true);
    expect(summary.shadowRoot!.querySelector('section')).to.equal(null);
  });

  it('on a blocked submit: lists every invalid field in order, links to each, takes the focus', async () => {
    const { f, summary, field, submitted } = await form();
    f.requestSubmit();
    await summary.updateComplete;
    await settle();
    expect(submitted()).to.equal(0);
    expect(summary.hidden).to.equal(false);
    const region = summary.shadowRoot!.querySelector('section')!;
    expect(region.getAttribute('aria-labelledby')).to.equal('title');
    expect(region.getAttribute('role')).to.equal(null);
    expect(region.getAttribute('tabindex')).to.equal('-1');
    const heading = summary.shadowRoot!.querySelector('#title')!;
    expect(heading.textContent).to.equal('Il y a un problème');
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    const list = links(summary);
    expect(list.length).to.equal(3);
    expect(list[0]!.textContent).to.equal(field.validationMessage);
    expect(list[0]!.textContent).to.contain('Nom');
    // Native fields get Parvis's French wording, not the browser's ("Please fill out this field.").
    expect(list[1]!.textContent).to.equal('Renseignez le champ «\u00a0Ville\u00a0».');
    expect(list[2]!.textContent).to.equal('Renseignez le champ «\u00a0Courriel\u00a0».');
    expect(list[1]!.getAttribute('href')).to.equal('#ville');
    // Fields without an id get a unique one.
    expect(field.id).to.match(/^pv-field-/);
    expect(list[0]!.getAttribute('href')).to.equal(`#${field.id}`);
    const courriel = f.querySelector<HTMLInputElement>('[name=courriel]')!;
    expect(list[2]!.getAttribute('href')).to.equal(`#${courriel.id}`);
    // Focus is on the summary (and not on the first field: the summary took charge).
    same(document.activeElement, summary);
    same(summary.shadowRoot!.activeElement, region);
  });

  it('links move the focus to the fields (Parvis control through focusControl, native with its label in view)', async () => {
    const { f, summary, field } = await form();
    f.requestSubmit();
    await summary.updateComplete;
    let focused = false;
    const original = field.focusControl.bind(field);
    field.focusControl = () => {
      focused = true;
      original();
    };
    links(summary)[0]!.click();
    expect(focused).to.equal(true);
    same(document.activeElement, field);
    same(field.shadowRoot!.activeElement, field.shadowRoot!.querySelector('input'));
    expect(location.hash).to.not.contain(field.id);
    links(summary)[1]!.click();
    same(document.activeElement, f.querySelector('#ville'));
    links(summary)[2]!.click();
    same(document.activeElement, f.querySelector('[name=courriel]'));
  });

  it('keyboard: Tab from the summary reaches the first link, Enter moves to the field', async () => {
    const { f, summary, field } = await form();
    f.requestSubmit();
    await summary.updateComplete;
    await settle();
    await sendKeys({ press: 'Tab' });
    same(summary.shadowRoot!.activeElement, links(summary)[0]);
    await sendKeys({ press: 'Tab' });
    same(summary.shadowRoot!.activeElement, links(summary)[1]);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Enter' });
    same(document.activeElement, field);
    await sendKeys({ type: 'Martin' });
    expect(field.value).to.equal('Martin');
  });

  it('once fixed, the form goes through and the summary hides; reset empties it too', async () => {
    const { f, summary, field, submitted } = await form();
    f.requestSubmit();
    await summary.updateComplete;
    expect(links(summary).length).to.equal(3);
    await typeIn(field, 'Martin');
    f.querySelector<HTMLInputElement>('#ville')!.value = 'Lyon';
    f.requestSubmit();
    await summary.updateComplete;
    expect(links(summary).length).to.equal(1);
    f.querySelector<HTMLInputElement>('[name=courriel]')!.value = 'claire@exemple.fr';
    f.requestSubmit();
    await summary.updateComplete;
    expect(submitted()).to.equal(1);
    expect(summary.hidden).to.equal(true);
    expect(links(summary).length).to.equal(0);

    field.value = '';
    await field.updateComplete;
    f.requestSubmit();
    await summary.updateComplete;
    expect(summary.hidden).to.equal(false);
    f.reset();
    await summary.updateComplete;
    expect(summary.hidden).to.equal(true);
  });

  it('uses its heading and level attributes; English under lang="en"', async () => {
    const el = await fixture<PvErrorSummary>(html`<pv-error-summary heading="Votre demande n’est pas partie" level="3" .errors=${[{ href: '#a', text: 'Renseignez le nom.' }]}></pv-error-summary>`);
    const heading = el.shadowRoot!.querySelector('#title')!;
    expect(heading.textContent).to.equal('Votre demande n’est pas partie');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    el.heading = '';
    el.level = 42;
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(heading.textContent).to.equal('There is a problem');
    expect(heading.getAttribute('aria-level')).to.equal('6');
  });

  it('server errors: from light-DOM links or the errors property; autofocus; unsafe links neutralised', async () => {
    // Built with the DOM: the server-rendered markup has `autofocus` and a hostile link on purpose.
    const wrapper = await fixture<HTMLDivElement>(html`<div><label for="srv-nom">Nom</label><input id="srv-nom" /></div>`);
    const el = document.createElement('pv-error-summary');
    el.setAttribute('autofocus', '');
    for (const [href, text] of [['#srv-nom', 'Renseignez votre nom.'], ['javascript:alert(1)', 'Piège']]) {
      const a = document.createElement('a');
      a.setAttribute('href', href!);
      a.textContent = text!;
      el.append(a);
    }
    wrapper.prepend(el);
    await el.updateComplete;
    await settle();
    const list = links(el);
    expect(list.map((a) => a.textContent)).to.deep.equal(['Renseignez votre nom.', 'Piège']);
    expect(list[1]!.getAttribute('href')).to.equal('#');
    same(el.shadowRoot!.activeElement, el.shadowRoot!.querySelector('section'));
    list[0]!.click();
    same(document.activeElement, wrapper.querySelector('#srv-nom'));

    el.errors = [{ href: 'https://exemple.fr/aide', text: 'Voir l’aide.' }, { href: '#absent', text: 'Champ absent.' }];
    await el.updateComplete;
    expect(links(el)[0]!.getAttribute('href')).to.equal('https://exemple.fr/aide');
    // A link to another page or to nothing is left to the browser.
    const ev = new MouseEvent('click', { bubbles: true, cancelable: true });
    links(el)[1]!.dispatchEvent(ev);
    expect(ev.defaultPrevented).to.equal(false);
    el.errors = [];
    await el.updateComplete;
    expect(el.hidden).to.equal(true);
  });

  it('a summary outside any form leaves a form with its own summary alone', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <pv-error-summary id="page"></pv-error-summary>
      <form><pv-error-summary id="own"></pv-error-summary><pv-text-field label="Nom" name="nom" required></pv-text-field></form>
    </div>`);
    const f = wrapper.querySelector('form')!;
    await f.querySelector('pv-text-field')!.updateComplete;
    f.requestSubmit();
    const own = wrapper.querySelector<PvErrorSummary>('#own')!;
    const page = wrapper.querySelector<PvErrorSummary>('#page')!;
    await own.updateComplete;
    await page.updateComplete;
    expect(links(own).length).to.equal(1);
    expect(page.hidden).to.equal(true);
    same(document.activeElement, own);
  });

  it('without a form around it, listens to the document; stops listening once removed', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <pv-error-summary></pv-error-summary>
      <form><pv-text-field label="Nom" name="nom" required></pv-text-field></form>
    </div>`);
    const el = wrapper.querySelector('pv-error-summary')!;
    const f = wrapper.querySelector('form')!;
    await f.querySelector('pv-text-field')!.updateComplete;
    f.requestSubmit();
    await el.updateComplete;
    expect(links(el).length).to.equal(1);
    el.clear();
    el.remove();
    const event = new CustomEvent('pv-invalid-submit', { bubbles: true, cancelable: true, detail: { elements: [] } });
    f.dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(false);
  });

  it('shows hostile messages as text; nothing runs', async () => {
    const tripped = installCanary();
    const strings = (await naughtyStrings()).filter(Boolean);
    const el = await fixture<PvErrorSummary>(html`<pv-error-summary></pv-error-summary>`);
    el.errors = strings.map((s, i) => ({ href: i % 2 ? s : `#${s}`, text: s }));
    await el.updateComplete;
    const list = links(el);
    expect(list.length).to.equal(strings.length);
    list.forEach((a, i) => expect(a.textContent).to.equal(strings[i]));
    for (const a of list) {
      const href = a.getAttribute('href')!;
      expect(/^(#|https?:|mailto:|tel:)/.test(href), href).to.equal(true);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(tripped()).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('script, img, iframe').length).to.equal(0);
  });
});
