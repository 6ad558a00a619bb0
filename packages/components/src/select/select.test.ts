import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PvSelect } from './select.js';
import './select.js';
import { examples } from './select.examples.js';
import { enterValue, mount } from '../../../../test/helpers/dom.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';

const inner = (el: Element) => el.shadowRoot!.querySelector('select')!;
const texts = (el: Element) => Array.from(inner(el).options).map((o) => o.text);
const settle = async (el: PvSelect) => {
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
};

const pick = (el: PvSelect, value: string) => enterValue(el, inner(el), value);

describe('pv-select', () => {
  runFormControlSuite('pv-select', {
    render: ({ name, label, required, disabled }) =>
      html`<pv-select name=${name} label=${label} ?required=${required} ?disabled=${disabled}>
        <option value="lyon">Lyon</option>
        <option value="paris">Paris</option>
      </pv-select>`,
    userInput: (el, value) => pick(el as unknown as PvSelect, value),
    validValue: 'paris',
    inner: (el) => inner(el),
  });

  describeExamplesAccessible(examples);

  it('copies the options into a native select, with a localised first line when nothing is chosen', async () => {
    const el = await fixture<PvSelect>(html`<pv-select label="Ville"><option value="lyon">Lyon</option><option>Paris</option></pv-select>`);
    expect(texts(el)).to.deep.equal(['Choisir dans la liste', 'Lyon', 'Paris']);
    expect(inner(el).value).to.equal('');
    expect(el.value).to.equal('');
    expect(inner(el).labels?.[0]?.textContent).to.contain('Ville');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(texts(el)[0]).to.equal('Choose from the list');
    await pick(el, 'Paris');
    expect(el.value).to.equal('Paris');
    expect(texts(el)).to.deep.equal(['Lyon', 'Paris']);
    expect(inner(el).value).to.equal('Paris');
  });

  it('takes the option marked selected as first value, restored by reset', async () => {
    const form = await mount<HTMLFormElement>(html`<form><pv-select label="Ville" name="v"><option value="lyon">Lyon</option><option value="paris" selected>Paris</option></pv-select></form>`);
    const el = form.querySelector('pv-select')!;
    await settle(el);
    expect(el.value).to.equal('paris');
    expect(inner(el).value).to.equal('paris');
    expect(texts(el)).to.deep.equal(['Lyon', 'Paris']);
    await pick(el, 'lyon');
    expect(new FormData(form).get('v')).to.equal('lyon');
    form.reset();
    await settle(el);
    expect(el.value).to.equal('paris');
    expect(inner(el).value).to.equal('paris');
  });

  it('no placeholder when an option has an empty value', async () => {
    const el = await fixture<PvSelect>(html`<pv-select label="Ville"><option value="">Aucune</option><option value="lyon">Lyon</option></pv-select>`);
    expect(texts(el)).to.deep.equal(['Aucune', 'Lyon']);
  });

  it('renders optgroups with their disabled state and disabled options', async () => {
    const el = await fixture<PvSelect>(html`<pv-select label="Lieu">
      <optgroup label="Sport"><option value="g">Gymnase</option></optgroup>
      <optgroup label="Fermé" disabled><option value="a">Auditorium</option></optgroup>
      <option value="x" disabled>Autre</option>
      <p>ignoré</p>
    </pv-select>`);
    const groups = inner(el).querySelectorAll('optgroup');
    expect(Array.from(groups).map((g) => g.label)).to.deep.equal(['Sport', 'Fermé']);
    expect(groups[1]!.disabled).to.equal(true);
    expect(inner(el).querySelector<HTMLOptionElement>('option[value=x]')!.disabled).to.equal(true);
    expect(texts(el)).to.deep.equal(['Choisir dans la liste', 'Gymnase', 'Auditorium', 'Autre']);
  });

  it('follows changes to its options (added, removed, renamed, selected later)', async () => {
    const el = await fixture<PvSelect>(html`<pv-select label="Ville"><option value="lyon">Lyon</option></pv-select>`);
    const option = document.createElement('option');
    option.value = 'paris';
    option.textContent = 'Paris';
    el.append(option);
    await settle(el);
    expect(texts(el)).to.deep.equal(['Choisir dans la liste', 'Lyon', 'Paris']);
    option.firstChild!.textContent = 'Paris (75)';
    await settle(el);
    expect(texts(el)[2]).to.equal('Paris (75)');
    option.setAttribute('selected', '');
    await settle(el);
    expect(el.value).to.equal('paris');
    expect(inner(el).value).to.equal('paris');
    el.querySelector('option')!.remove();
    await settle(el);
    expect(texts(el)).to.deep.equal(['Paris (75)']);
    el.setAttribute('hint', 'Aide');
    await settle(el);
    expect(texts(el)).to.deep.equal(['Paris (75)']);
  });

  it('value is a writable property that moves the selection', async () => {
    const el = await fixture<PvSelect>(html`<pv-select label="Ville"><option value="lyon">Lyon</option><option value="paris">Paris</option></pv-select>`);
    el.value = 'paris';
    await el.updateComplete;
    expect(inner(el).value).to.equal('paris');
    el.value = '';
    await el.updateComplete;
    expect(inner(el).value).to.equal('');
    expect(texts(el)[0]).to.equal('Choisir dans la liste');
  });

  it('required uses the "choose" wording and blocks an empty choice', async () => {
    const el = await fixture<PvSelect>(html`<pv-select label="Ville" required><option value="lyon">Lyon</option></pv-select>`);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Choisissez une réponse pour «\u00a0Ville\u00a0».');
    expect(inner(el).getAttribute('aria-required')).to.equal('true');
    await pick(el, 'lyon');
    expect(el.checkValidity()).to.equal(true);
  });

  it('fires input then change from the host when the person picks', async () => {
    const el = await fixture<PvSelect>(html`<pv-select label="Ville"><option value="lyon">Lyon</option></pv-select>`);
    const events: string[] = [];
    el.addEventListener('input', () => events.push(`input:${el.value}`));
    el.addEventListener('change', () => events.push(`change:${el.value}`));
    const changed = oneEvent(el, 'change');
    await pick(el, 'lyon');
    await changed;
    expect(events).to.deep.equal(['input:lyon', 'change:lyon']);
  });

  it('keyboard: Tab reaches the list, arrows change the choice', async () => {
    const form = await mount<HTMLFormElement>(html`<form><input /><pv-select label="Ville" name="v"><option value="lyon">Lyon</option><option value="paris">Paris</option></pv-select></form>`);
    const el = form.querySelector('pv-select')!;
    await el.updateComplete;
    form.querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(inner(el));
    // The native list's keyboard: in Chromium the arrows change a closed list (as on Windows).
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value).to.equal('lyon');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value).to.equal('paris');
    expect(new FormData(form).get('v')).to.equal('paris');
  });

  it('stops observing once removed', async () => {
    const el = await fixture<PvSelect>(html`<pv-select label="Ville"><option value="lyon">Lyon</option></pv-select>`);
    el.remove();
    el.append(new Option('Paris', 'paris'));
    await settle(el);
    expect(texts(el)).to.deep.equal(['Choisir dans la liste', 'Lyon']);
  });

  it('takes a huge list and huge labels, within 320 px', async () => {
    const options = Array.from({ length: 2000 }, (_, i) => html`<option value=${i}>${'Commune '.repeat(20)}${i}</option>`);
    const wrapper = await mount<HTMLDivElement>(html`<div style="inline-size: 320px"><pv-select label=${'Intitulé '.repeat(60)}>${options}</pv-select></div>`);
    const el = wrapper.querySelector('pv-select')!;
    await el.updateComplete;
    expect(inner(el).options.length).to.equal(2001);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(inner(el).getBoundingClientRect().width).to.be.at.most(320);
  });

  it('shows hostile strings as text in labels, options and values; nothing runs', async () => {
    const tripped = installCanary();
    const strings = await naughtyStrings();
    const el = await fixture<PvSelect>(html`<pv-select></pv-select>`);
    for (const s of strings) {
      el.label = s;
      el.hint = s;
      el.replaceChildren(new Option(s, s));
      await settle(el);
      expect(el.shadowRoot!.querySelector('label')!.textContent!.startsWith(s)).to.equal(true);
      const option = inner(el).options[inner(el).options.length - 1]!;
      expect(option.value).to.equal(new Option(s, s).value);
      expect(option.text).to.equal(new Option(s, s).text);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(tripped()).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('script, img, iframe').length).to.equal(0);
  });
});
