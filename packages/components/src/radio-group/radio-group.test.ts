import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { axTree, type AxNode } from '../../../../test/helpers/ax-tree.js';
import type { PvRadioGroup } from './radio-group.js';
import { examples } from './radio-group.examples.js';
import { settle } from '../../../../test/helpers/dom.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';

const radios = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
const radio = (el: Element, value: string) => radios(el).find((r) => r.value === value)!;
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLInputElement | null;

async function choose(el: PvRadioGroup, value: string) {
  radio(el, value).click();
  await el.updateComplete;
}



const options = html`<option value="a">Alpha</option><option value="b">Bravo</option><option value="c">Charlie</option>`;

describe('pv-radio-group', () => {
  runFormControlSuite('pv-radio-group', {
    render: ({ name, label, required, disabled }) =>
      html`<pv-radio-group name=${name} label=${label} ?required=${required} ?disabled=${disabled}>${options}</pv-radio-group>`,
    userInput: (el, value) => choose(el as unknown as PvRadioGroup, value),
    validValue: 'b',
    inner: (el) => radios(el)[0] ?? null,
  });

  describeExamplesAccessible(examples);

  it('renders native radios sharing one name, labelled, in a fieldset described by the hint', async () => {
    const el = await fixture<PvRadioGroup>(html`<pv-radio-group label="Où ?" hint="Une seule réponse">
      <option value="a" data-hint="Le centre">Alpha</option><option value="b" disabled>Bravo</option></pv-radio-group>`);
    const fieldset = el.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent).to.contain('Où ?');
    expect(fieldset.getAttribute('aria-describedby')).to.equal('hint');
    const [a, b] = radios(el);
    expect(a!.name).to.equal(b!.name);
    expect(a!.labels![0]!.textContent).to.equal('Alpha');
    expect(a!.getAttribute('aria-describedby')).to.equal('r0-hint');
    expect(b!.disabled).to.equal(true);
  });

  it('is exposed as a group named by the legend, holding the radios (Chromium accessibility tree)', async function () {
    await fixture(html`<pv-radio-group label="Votre choix">${options}</pv-radio-group>`);
    const group = findAccessibilityNode<AxNode>(await axTree(this), (n) => n.role === 'group');
    expect(group?.name).to.equal('Votre choix');
    const found = findAccessibilityNode<AxNode>(group!, (n) => n.role === 'radio');
    expect(found?.name).to.equal('Alpha');
  });

  it('keyboard: Tab enters the group, arrows move and select, Tab leaves, Shift+Tab comes back to the chosen radio, Space selects', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><button type="button">avant</button><pv-radio-group label="L" name="x">${options}</pv-radio-group><button type="button">après</button></form>`);
    const el = form.querySelector('pv-radio-group')!;
    const [before, after] = Array.from(form.querySelectorAll('button'));
    await el.updateComplete;
    before!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(radios(el)[0]);
    expect(el.value).to.equal('');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value).to.equal('a');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)).to.equal(radios(el)[1]);
    expect(el.value).to.equal('b');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.value).to.equal('c');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value).to.equal('a');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.value).to.equal('c');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(after);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)).to.equal(radio(el, 'c'));
    expect(new FormData(form).get('x')).to.equal('c');
  });

  it('arrows skip disabled answers', async () => {
    const el = await fixture<PvRadioGroup>(html`<pv-radio-group label="L"><option value="a" selected>A</option><option value="b" disabled>B</option><option value="c">C</option></pv-radio-group>`);
    el.focus();
    expect(focused(el)).to.equal(radio(el, 'a'));
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value).to.equal('c');
  });

  it('focus() lands on the chosen radio (delegatesFocus alone would pick the first)', async () => {
    const el = await fixture<PvRadioGroup>(html`<pv-radio-group label="L" value="c">${options}</pv-radio-group>`);
    el.focus();
    expect(focused(el)).to.equal(radio(el, 'c'));
    el.disabled = true;
    await el.updateComplete;
    el.focus();
    expect(radios(el).every((r) => r.matches(':disabled'))).to.equal(true);
  });

  it('takes its default from the selected option, follows options added later, and resets to it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><pv-radio-group label="L" name="x"></pv-radio-group></form>`);
    const el = form.querySelector('pv-radio-group')!;
    expect(el.value).to.equal('');
    el.append(new Option('A', 'a'), new Option('B', 'b', true));
    await settle(el);
    expect(el.value).to.equal('b');
    expect(radio(el, 'b').checked).to.equal(true);
    await choose(el, 'a');
    expect(new FormData(form).get('x')).to.equal('a');
    form.reset();
    await settle(el);
    expect(el.value).to.equal('b');
    expect(radio(el, 'a').checked).to.equal(false);
    el.value = null as unknown as string;
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(radios(el).some((r) => r.checked)).to.equal(false);
    expect(new FormData(form).has('x')).to.equal(false);
  });

  it('fires input and change from the host, and reflects inline', async () => {
    const el = await fixture<PvRadioGroup>(html`<pv-radio-group label="L" inline>${options}</pv-radio-group>`);
    expect(el.hasAttribute('inline')).to.equal(true);
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push(el.value));
    setTimeout(() => radio(el, 'b').click());
    await oneEvent(el, 'change');
    expect(seen).to.deep.equal(['b']);
  });

  it('shows the required message with aria-invalid on every radio, in French and English', async () => {
    const el = await fixture<PvRadioGroup>(html`<pv-radio-group label="Vous" required>${options}</pv-radio-group>`);
    el.reportValidity();
    await settle(el);
    expect(el.shadowRoot!.querySelector('.feedback')!.textContent).to.contain('Choisissez une réponse pour «\u00a0Vous\u00a0».');
    expect(radios(el).every((r) => r.getAttribute('aria-invalid') === 'true')).to.equal(true);
    expect(el.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('feedback');
    el.lang = 'en';
    await settle(el);
    expect(el.shadowRoot!.querySelector('.feedback')!.textContent).to.contain('Select an answer for “Vous”.');
    el.formStateRestoreCallback(new FormData());
    expect(el.value).to.equal('');
  });

  it('shows hostile strings as text in labels, hints, options and values; nothing runs', async () => {
    const tripped = installCanary();
    const strings = await naughtyStrings();
    const el = await fixture<PvRadioGroup>(html`<pv-radio-group><option value="x">x</option></pv-radio-group>`);
    const option = el.querySelector('option')!;
    for (const s of strings) {
      el.label = s;
      el.hint = s;
      option.value = s;
      option.textContent = s;
      option.dataset.hint = s;
      el.value = s;
      await settle(el);
      expect(el.shadowRoot!.querySelector('legend')!.textContent!.startsWith(s)).to.equal(true);
      expect(radios(el)[0]!.value).to.equal(s);
      expect(radios(el)[0]!.checked).to.equal(s !== '');
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(tripped()).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('script, img, iframe').length).to.equal(0);
  });

  it('copes with no options and with hundreds of them', async () => {
    const empty = await fixture<PvRadioGroup>(html`<pv-radio-group label="Vide" required></pv-radio-group>`);
    expect(radios(empty)).to.have.length(0);
    empty.focus();
    empty.focusControl();
    expect(empty.checkValidity()).to.equal(false);
    const many = Array.from({ length: 300 }, (_, i) => html`<option value=${`v${i}`}>${'Réponse '.repeat(20)}${i}</option>`);
    const el = await fixture<PvRadioGroup>(html`<pv-radio-group label="Beaucoup" value="v299">${many}</pv-radio-group>`);
    expect(radios(el)).to.have.length(300);
    expect(radio(el, 'v299').checked).to.equal(true);
  });
});
