import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PvCheckbox } from './checkbox.js';
import './checkbox.js';
import { examples } from './checkbox.examples.js';
import { mount } from '../../../../test/helpers/dom.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import { mediaRulesCss } from '../../../../test/helpers/media.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';

const inner = (el: Element) => el.shadowRoot!.querySelector('input')!;

async function tick(el: PvCheckbox) {
  inner(el).click();
  await el.updateComplete;
}

describe('pv-checkbox', () => {
  runFormControlSuite('pv-checkbox', {
    render: ({ name, label, required, disabled }) =>
      html`<pv-checkbox name=${name} label=${label} value="oui" ?required=${required} ?disabled=${disabled}></pv-checkbox>`,
    userInput: async (el) => {
      const c = el as unknown as PvCheckbox;
      if (!c.checked) await tick(c);
      inner(c).blur();
    },
    validValue: 'oui',
    inner: (el) => inner(el),
  });

  describeExamplesAccessible(examples);

  it('is a native checkbox labelled by the text after it', async () => {
    const el = await fixture<PvCheckbox>(html`<pv-checkbox label="Recevoir la lettre" hint="Une fois par mois"></pv-checkbox>`);
    const input = inner(el);
    expect(input.type).to.equal('checkbox');
    expect(input.labels?.[0]?.textContent).to.contain('Recevoir la lettre');
    expect(input.compareDocumentPosition(el.shadowRoot!.querySelector('label')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(input.getAttribute('aria-describedby')).to.equal('hint');
    const box = input.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
  });

  it('sends value (default "on") only when checked, like a native checkbox', async () => {
    const form = await mount<HTMLFormElement>(html`<form><pv-checkbox label="A" name="a"></pv-checkbox></form>`);
    const el = form.querySelector('pv-checkbox')!;
    await el.updateComplete;
    expect(new FormData(form).has('a')).to.equal(false);
    el.checked = true;
    await el.updateComplete;
    expect(new FormData(form).get('a')).to.equal('on');
    expect(inner(el).checked).to.equal(true);
    el.value = 'oui';
    await el.updateComplete;
    expect(new FormData(form).get('a')).to.equal('oui');
  });

  it('clicking the label toggles; input and change see the new state', async () => {
    const el = await fixture<PvCheckbox>(html`<pv-checkbox label="J’accepte"></pv-checkbox>`);
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push(`input:${el.checked}`));
    el.addEventListener('change', () => seen.push(`change:${el.checked}`));
    el.shadowRoot!.querySelector('label')!.click();
    await el.updateComplete;
    expect(el.checked).to.equal(true);
    expect(seen).to.deep.equal(['input:true', 'change:true']);
  });

  it('keyboard: Tab reaches the box and Space toggles it', async () => {
    const form = await mount<HTMLFormElement>(html`<form><input /><pv-checkbox label="J’accepte" name="ok"></pv-checkbox></form>`);
    const el = form.querySelector('pv-checkbox')!;
    await el.updateComplete;
    form.querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(inner(el));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.checked).to.equal(true);
    expect(new FormData(form).get('ok')).to.equal('on');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.checked).to.equal(false);
  });

  it('required: must be checked, "Cochez la case" wording, flag valueMissing', async () => {
    const el = await fixture<PvCheckbox>(html`<pv-checkbox label="J’accepte le règlement" required></pv-checkbox>`);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Cochez la case «\u00a0J’accepte le règlement\u00a0» pour continuer.');
    expect(inner(el).getAttribute('aria-required')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.required-marker')).to.not.equal(null);
    await tick(el);
    expect(el.checkValidity()).to.equal(true);
    await tick(el);
    expect(el.validity.valueMissing).to.equal(true);
  });

  it('an empty value does not count as unchecked', async () => {
    const el = await fixture<PvCheckbox>(html`<pv-checkbox label="J’accepte" value="" required checked></pv-checkbox>`);
    expect(el.checkValidity()).to.equal(true);
  });

  it('shows the error above the box with aria-invalid after a submit attempt', async () => {
    const form = await mount<HTMLFormElement>(html`<form><pv-checkbox label="J’accepte" name="ok" required></pv-checkbox></form>`);
    const el = form.querySelector('pv-checkbox')!;
    await el.updateComplete;
    form.requestSubmit();
    await el.updateComplete;
    const feedback = el.shadowRoot!.querySelector('#feedback')!;
    expect(feedback.compareDocumentPosition(inner(el)) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
    expect(inner(el).getAttribute('aria-describedby')).to.equal('feedback');
  });

  it('indeterminate is shown as mixed until the person clicks', async () => {
    const el = await fixture<PvCheckbox>(html`<pv-checkbox label="Tout sélectionner" indeterminate></pv-checkbox>`);
    expect(inner(el).indeterminate).to.equal(true);
    await tick(el);
    expect(el.indeterminate).to.equal(false);
    expect(inner(el).indeterminate).to.equal(false);
    expect(el.checked).to.equal(true);
  });

  it('reset brings back the checked attribute state', async () => {
    const form = await mount<HTMLFormElement>(html`<form><pv-checkbox label="A" name="a" checked indeterminate></pv-checkbox></form>`);
    const el = form.querySelector('pv-checkbox')!;
    await el.updateComplete;
    await tick(el);
    expect(el.checked).to.equal(false);
    form.reset();
    await el.updateComplete;
    expect(el.checked).to.equal(true);
    expect(el.indeterminate).to.equal(false);
    expect(new FormData(form).get('a')).to.equal('on');
  });

  it('restores an unchecked state', async () => {
    const form = await mount<HTMLFormElement>(html`<form><pv-checkbox label="A" name="a" checked></pv-checkbox></form>`);
    const el = form.querySelector('pv-checkbox')!;
    el.formStateRestoreCallback(null);
    await el.updateComplete;
    expect(el.checked).to.equal(false);
    expect(new FormData(form).has('a')).to.equal(false);
  });

  it('has forced-colours rules for the box, the checked state and the disabled state', async () => {
    const el = await fixture<PvCheckbox>(html`<pv-checkbox label="A"></pv-checkbox>`);
    const forced = mediaRulesCss(el, 'forced-colors');
    expect(forced).to.contain('.check:checked');
    expect(forced).to.contain('highlight');
    expect(forced).to.contain('graytext');
  });

  it('wraps a huge label at 320 px', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div style="inline-size: 320px"><pv-checkbox label=${'Consentement'.repeat(80)}></pv-checkbox></div>`);
    const el = wrapper.querySelector('pv-checkbox')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('label')!.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
  });

  it('shows hostile strings as text in labels, hints and values; nothing runs', async () => {
    const tripped = installCanary();
    const strings = await naughtyStrings();
    const form = await mount<HTMLFormElement>(html`<form><pv-checkbox name="c" checked></pv-checkbox></form>`);
    const el = form.querySelector('pv-checkbox')!;
    for (const s of strings) {
      el.label = s;
      el.hint = s;
      el.value = s;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('label')!.textContent!.startsWith(s)).to.equal(true);
      expect(new FormData(form).get('c')).to.equal(s);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(tripped()).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('script, img, iframe').length).to.equal(0);
  });
});
