import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { axTree, type AxNode } from '../../../../test/helpers/ax-tree.js';
import type { PvCheckboxGroup } from './checkbox-group.js';
import { examples } from './checkbox-group.examples.js';
import { settle } from '../../../../test/helpers/dom.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';

const boxes = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
const box = (el: Element, value: string) => boxes(el).find((b) => b.value === value)!;

/** Ticks the boxes of `values` (comma-separated) like a person: a click on each. */
async function tick(el: PvCheckboxGroup, values: string) {
  for (const v of values.split(',')) {
    const input = box(el, v);
    if (!input.checked) input.click();
  }
  (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
  await el.updateComplete;
}



const options = html`<option value="a">Alpha</option><option value="b">Bravo</option><option value="c">Charlie</option>`;

describe('pv-checkbox-group', () => {
  const restoreState = new FormData();
  restoreState.append('value', 'a');
  restoreState.append('c', 'c');

  runFormControlSuite('pv-checkbox-group', {
    render: ({ name, label, required, disabled }) =>
      html`<pv-checkbox-group name=${name} label=${label} ?required=${required} ?disabled=${disabled}>${options}</pv-checkbox-group>`,
    userInput: (el, value) => tick(el as unknown as PvCheckboxGroup, value),
    validValue: 'a,c',
    expectedEntries: ['a', 'c'],
    restoreState,
    inner: (el) => boxes(el)[0] ?? null,
  });

  describeExamplesAccessible(examples);

  it('renders the options as labelled native checkboxes in a fieldset named by its legend', async () => {
    const el = await fixture<PvCheckboxGroup>(html`<pv-checkbox-group label="Services" hint="Plusieurs réponses possibles">
      <option value="a" data-hint="Le matin">Alpha</option><option value="b" disabled>Bravo</option></pv-checkbox-group>`);
    const fieldset = el.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent).to.contain('Services');
    expect(fieldset.getAttribute('aria-describedby')).to.equal('hint');
    const [a, b] = boxes(el);
    expect(a!.labels![0]!.textContent).to.equal('Alpha');
    expect(a!.getAttribute('aria-describedby')).to.equal('c0-hint');
    expect(el.shadowRoot!.getElementById('c0-hint')!.textContent).to.equal('Le matin');
    expect(b!.disabled).to.equal(true);
  });

  it('is exposed as a group named by the legend, holding the checkboxes (Chromium accessibility tree)', async function () {
    await fixture(html`<pv-checkbox-group label="Services">${options}</pv-checkbox-group>`);
    const tree = await axTree(this);
    const group = findAccessibilityNode<AxNode>(tree, (n) => n.role === 'group');
    expect(group?.name).to.equal('Services');
    const checkbox = findAccessibilityNode<AxNode>(group!, (n) => n.role === 'checkbox');
    expect(checkbox?.name).to.equal('Alpha');
  });

  it('takes its default value from the selected options and follows options added later', async () => {
    const el = await fixture<PvCheckboxGroup>(html`<pv-checkbox-group label="L" name="x"><option value="a" selected>A</option><option value="b">B</option></pv-checkbox-group>`);
    expect(el.value).to.deep.equal(['a']);
    expect(box(el, 'a').checked).to.equal(true);
    const option = document.createElement('option');
    option.value = 'c';
    option.textContent = 'C';
    option.defaultSelected = true;
    el.append(option);
    await settle(el);
    expect(el.value).to.deep.equal(['a', 'c']);
    expect(boxes(el)).to.have.length(3);
    option.textContent = 'Charlie';
    await settle(el);
    expect(box(el, 'c').labels![0]!.textContent).to.equal('Charlie');
  });

  it('reads and writes value as a property, an attribute (comma-separated) and keeps the option order', async () => {
    const el = await fixture<PvCheckboxGroup>(html`<pv-checkbox-group label="L" name="x" value="c, a">${options}</pv-checkbox-group>`);
    expect(el.value).to.deep.equal(['a', 'c']);
    el.value = ['b'];
    await el.updateComplete;
    expect(boxes(el).map((b) => b.checked)).to.deep.equal([false, true, false]);
    el.value = 'a,b' as unknown as string[];
    expect(el.value).to.deep.equal(['a', 'b']);
    el.value = null as unknown as string[];
    expect(el.value).to.deep.equal([]);
    el.value = ['zz', 'a'];
    expect(el.value).to.deep.equal(['a', 'zz']);
  });

  it('fires input and change from the host when a box is ticked', async () => {
    const el = await fixture<PvCheckboxGroup>(html`<pv-checkbox-group label="L">${options}</pv-checkbox-group>`);
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push(`input:${el.value.join()}`));
    setTimeout(() => box(el, 'b').click());
    await oneEvent(el, 'change');
    expect(seen).to.deep.equal(['input:b']);
    expect(el.value).to.deep.equal(['b']);
  });

  it('keyboard: Tab reaches each checkbox, Space ticks and unticks, Shift+Tab goes back', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><button type="button">avant</button><pv-checkbox-group label="L" name="x">${options}</pv-checkbox-group><button type="button">après</button></form>`);
    const el = form.querySelector('pv-checkbox-group')!;
    await el.updateComplete;
    form.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(boxes(el)[0]);
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(boxes(el)[1]);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value).to.deep.equal(['a', 'c']);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.value).to.deep.equal(['a']);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(form.querySelectorAll('button')[1]);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement).to.equal(boxes(el)[2]);
    expect(new FormData(form).getAll('x')).to.deep.equal(['a']);
  });

  it('does not show the required message while moving between its own boxes', async () => {
    const el = await fixture<PvCheckboxGroup>(html`<pv-checkbox-group label="L" required>${options}</pv-checkbox-group>`);
    boxes(el)[0]!.focus();
    boxes(el)[0]!.click();
    boxes(el)[1]!.focus();
    boxes(el)[0]!.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('.feedback')).to.equal(null);
    boxes(el)[1]!.blur();
    await settle(el);
    expect(el.shadowRoot!.querySelector('.feedback')!.textContent).to.contain('Choisissez une réponse pour «\u00a0L\u00a0».');
    expect(boxes(el).every((b) => b.getAttribute('aria-invalid') === 'true')).to.equal(true);
    expect(el.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('feedback');
  });

  it('an exclusive answer ("None of these") unticks the others, and the others untick it', async () => {
    const el = await fixture<PvCheckboxGroup>(html`<pv-checkbox-group label="L">
      <option value="a">A</option><option value="locked" selected disabled>Verrouillée</option><option value="b">B</option><option value="none" data-exclusive>Aucun</option></pv-checkbox-group>`);
    expect(el.shadowRoot!.querySelector('.divider')!.textContent).to.equal('ou');
    await tick(el, 'a,b');
    expect(el.value).to.deep.equal(['a', 'locked', 'b']);
    box(el, 'none').click();
    await el.updateComplete;
    expect(el.value).to.deep.equal(['locked', 'none']);
    expect(box(el, 'a').checked).to.equal(false);
    box(el, 'a').click();
    await el.updateComplete;
    expect(el.value).to.deep.equal(['a', 'locked']);
    expect(box(el, 'none').checked).to.equal(false);
  });

  it('checks min-selected and max-selected, with messages in French and English', async () => {
    const el = await fixture<PvCheckboxGroup>(html`<pv-checkbox-group label="Activités" min-selected="2" max-selected="3">${options}<option value="d">D</option></pv-checkbox-group>`);
    expect(el.checkValidity()).to.equal(true);
    await tick(el, 'a');
    await settle(el);
    expect(el.validity.rangeUnderflow).to.equal(true);
    expect(el.validationMessage).to.equal('Choisissez au moins 2 réponses pour «\u00a0Activités\u00a0» (vous en avez choisi 1).');
    await tick(el, 'b,c,d');
    await settle(el);
    expect(el.validity.rangeOverflow).to.equal(true);
    expect(el.validationMessage).to.contain('Choisissez au plus 3 réponses');
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(el.validationMessage).to.equal('Select no more than 3 answers for “Activités” (you selected 4).');
    el.maxSelected = 1;
    el.minSelected = 1;
    box(el, 'd').click();
    box(el, 'c').click();
    box(el, 'b').click();
    await settle(el);
    expect(el.validationMessage).to.equal('');
    expect(el.checkValidity()).to.equal(true);
  });

  it('submits nothing without a name, and restores a plain string state', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><pv-checkbox-group label="L">${options}</pv-checkbox-group></form>`);
    const el = form.querySelector('pv-checkbox-group')!;
    await tick(el, 'a');
    expect(Array.from(new FormData(form).keys())).to.deep.equal([]);
    el.formStateRestoreCallback('b');
    await el.updateComplete;
    expect(el.value).to.deep.equal(['b']);
    el.formStateRestoreCallback(null);
    expect(el.value).to.deep.equal(['b']);
  });

  it('form reset brings back the selected options, even when they were parsed after connection', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><pv-checkbox-group label="L" name="x"></pv-checkbox-group></form>`);
    const el = form.querySelector('pv-checkbox-group')!;
    const a = new Option('A', 'a', true);
    el.append(a, new Option('B', 'b'));
    await settle(el);
    expect(el.value).to.deep.equal(['a']);
    await tick(el, 'b');
    box(el, 'a').click();
    await settle(el);
    expect(el.value).to.deep.equal(['b']);
    form.reset();
    await settle(el);
    expect(el.value).to.deep.equal(['a']);
    expect(new FormData(form).getAll('x')).to.deep.equal(['a']);
  });

  it('focusControl focuses the first enabled checkbox; disabled groups fall back to the host', async () => {
    const el = await fixture<PvCheckboxGroup>(html`<pv-checkbox-group label="L"><option value="a" disabled>A</option><option value="b">B</option></pv-checkbox-group>`);
    el.focusControl();
    expect(el.shadowRoot!.activeElement).to.equal(box(el, 'b'));
    el.disabled = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('fieldset')!.disabled).to.equal(true);
    expect(box(el, 'b').matches(':disabled')).to.equal(true);
  });

  it('shows hostile strings as text in labels, hints, options and values; nothing runs', async () => {
    const tripped = installCanary();
    const strings = await naughtyStrings();
    const el = await fixture<PvCheckboxGroup>(html`<pv-checkbox-group><option value="x">x</option></pv-checkbox-group>`);
    const option = el.querySelector('option')!;
    for (const s of strings) {
      el.label = s;
      el.hint = s;
      option.value = s;
      option.textContent = s;
      option.dataset.hint = s;
      el.value = [s];
      await settle(el);
      expect(el.shadowRoot!.querySelector('legend')!.textContent!.startsWith(s)).to.equal(true);
      expect(el.shadowRoot!.querySelector('.choice-hint')?.textContent ?? '').to.equal(s);
      expect(boxes(el)[0]!.value).to.equal(s);
      expect(boxes(el)[0]!.checked).to.equal(true);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(tripped()).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('script, img, iframe').length).to.equal(0);
  });

  it('copes with no options and with hundreds of them', async () => {
    const empty = await fixture<PvCheckboxGroup>(html`<pv-checkbox-group label="Vide" required></pv-checkbox-group>`);
    expect(boxes(empty)).to.have.length(0);
    expect(empty.checkValidity()).to.equal(false);
    empty.focusControl();
    const many = Array.from({ length: 300 }, (_, i) => html`<option value=${`v${i}`} ?selected=${i % 2 === 0}>${'Réponse '.repeat(20)}${i}</option>`);
    const el = await fixture<PvCheckboxGroup>(html`<pv-checkbox-group label="Beaucoup" name="m">${many}</pv-checkbox-group>`);
    expect(boxes(el)).to.have.length(300);
    expect(el.value).to.have.length(150);
  });
});
