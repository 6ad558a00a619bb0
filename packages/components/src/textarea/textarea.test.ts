import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PvTextarea } from './textarea.js';
import { examples } from './textarea.examples.js';
import { clearAnnouncer, politeText } from '../../../../test/helpers/announcer.js';
import { enterValue, mount, wait } from '../../../../test/helpers/dom.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';

const inner = (el: Element) => el.shadowRoot!.querySelector('textarea')!;
const count = (el: Element) => el.shadowRoot!.querySelector('#count');
const type = (el: PvTextarea, text: string, blur = true) => enterValue(el, inner(el), text, blur);

describe('pv-textarea', () => {
  beforeEach(clearAnnouncer);

  runFormControlSuite('pv-textarea', {
    render: ({ name, label, required, disabled }) =>
      html`<pv-textarea name=${name} label=${label} ?required=${required} ?disabled=${disabled}></pv-textarea>`,
    userInput: (el, value) => type(el as unknown as PvTextarea, value),
    validValue: 'Bonjour,\nJe souhaite réserver la salle.',
    inner: (el) => inner(el),
  });

  describeExamplesAccessible(examples);

  it('labels the textarea, describes it with hint, message and count', async () => {
    const el = await fixture<PvTextarea>(html`<pv-textarea label="Message" hint="Quelques phrases" maxlength="10" rows="3"></pv-textarea>`);
    const textarea = inner(el);
    expect(textarea.labels?.[0]?.textContent).to.contain('Message');
    expect(textarea.rows).to.equal(3);
    expect(textarea.getAttribute('aria-describedby')).to.equal('hint count');
    expect(count(el)!.textContent).to.equal('Il vous reste 10 caractères.');
    await type(el, 'Bonjour tout le monde');
    expect(textarea.getAttribute('aria-describedby')).to.equal('hint feedback count');
    expect(textarea.getAttribute('aria-invalid')).to.equal('true');
  });

  it('counts characters as people see them and words the count in French and English', async () => {
    const el = await fixture<PvTextarea>(html`<pv-textarea label="Message" maxlength="3"></pv-textarea>`);
    await type(el, 'é👍🏽');
    expect(count(el)!.textContent).to.equal('Il vous reste 1 caractère.');
    await type(el, 'abc');
    expect(count(el)!.textContent).to.equal('Vous avez atteint la limite de 3 caractères.');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(count(el)!.textContent).to.equal('You have reached the limit of 3 characters.');
    el.removeAttribute('lang');
    await el.updateComplete;
    expect(count(el)!.textContent).to.contain('limite');
  });

  it('over the limit: keeps the text, turns the count into an error and reports tooLong', async () => {
    const el = await fixture<PvTextarea>(html`<pv-textarea label="Résumé" maxlength="5"></pv-textarea>`);
    await type(el, 'Bonjour');
    expect(el.value).to.equal('Bonjour');
    expect(inner(el).value).to.equal('Bonjour');
    expect(count(el)!.textContent).to.equal('Vous avez 2 caractères en trop.');
    expect(count(el)!.classList.contains('over')).to.equal(true);
    expect(el.validity.tooLong).to.equal(true);
    expect(el.shadowRoot!.querySelector('#feedback')!.textContent).to.contain('retirez-en 2');
    await type(el, 'Bonjou');
    expect(count(el)!.textContent).to.equal('Vous avez 1 caractère en trop.');
  });

  it('announces the count politely, only near the limit and once typing pauses', async () => {
    const el = await fixture<PvTextarea>(html`<pv-textarea label="Message" maxlength="100"></pv-textarea>`);
    await type(el, 'a'.repeat(10), false);
    await wait(700);
    expect(politeText()).to.equal('');

    await type(el, 'a'.repeat(81), false);
    await wait(200);
    await type(el, 'a'.repeat(85), false);
    await wait(200);
    expect(politeText(), 'debounced while typing').to.equal('');
    await wait(500);
    expect(politeText()).to.equal('Il vous reste 15 caractères.');

    await type(el, 'a'.repeat(103), false);
    await wait(700);
    expect(politeText()).to.equal('Vous avez 3 caractères en trop.');
    expect(el.shadowRoot!.querySelector('[aria-live]')).to.equal(null);
  });

  it('uses 10 % of a long limit as the announcement threshold', async () => {
    const el = await fixture<PvTextarea>(html`<pv-textarea label="Message" maxlength="1000"></pv-textarea>`);
    await type(el, 'a'.repeat(850), false);
    await wait(700);
    expect(politeText()).to.equal('');
    await type(el, 'a'.repeat(905), false);
    await wait(700);
    expect(politeText()).to.equal('Il vous reste 95 caractères.');
  });

  it('does not announce after being removed, nor without maxlength', async () => {
    const el = await fixture<PvTextarea>(html`<pv-textarea label="Message" maxlength="5"></pv-textarea>`);
    await type(el, 'abcd', false);
    el.remove();
    await wait(700);
    expect(politeText()).to.equal('');
    const plain = await fixture<PvTextarea>(html`<pv-textarea label="Message"></pv-textarea>`);
    await type(plain, 'abcd', false);
    await wait(700);
    expect(politeText()).to.equal('');
    expect(count(plain)).to.equal(null);
    expect(inner(plain).hasAttribute('aria-describedby')).to.equal(false);
  });

  it('ignores an unusable maxlength and applies minlength', async () => {
    const el = await fixture<PvTextarea>(html`<pv-textarea label="Message" maxlength="beaucoup" minlength="3" rows="0"></pv-textarea>`);
    expect(count(el)).to.equal(null);
    expect(inner(el).rows).to.equal(5);
    await type(el, 'ab');
    expect(el.validity.tooShort).to.equal(true);
    el.minlength = undefined;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
  });

  it('keyboard: Tab reaches it, Enter inserts a new line and never submits', async () => {
    const form = await mount<HTMLFormElement>(html`<form><input name="a" /><pv-textarea label="Message" name="m"></pv-textarea></form>`);
    const el = form.querySelector('pv-textarea')!;
    await el.updateComplete;
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted += 1;
    });
    form.querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(inner(el));
    await sendKeys({ type: 'Ligne 1' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Ligne 2' });
    await el.updateComplete;
    expect(el.value).to.equal('Ligne 1\nLigne 2');
    expect(submitted).to.equal(0);
    expect(new FormData(form).get('m')).to.match(/^Ligne 1\r?\nLigne 2$/);
  });

  it('readonly is submitted but not editable', async () => {
    const form = await mount<HTMLFormElement>(html`<form><pv-textarea label="Message" name="m" value="Fixe" readonly></pv-textarea></form>`);
    const el = form.querySelector('pv-textarea')!;
    await el.updateComplete;
    expect(inner(el).readOnly).to.equal(true);
    expect(new FormData(form).get('m')).to.equal('Fixe');
  });

  it('takes a huge text without cutting it and wraps at 320 px', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div style="inline-size: 320px"><pv-textarea label=${'Intitulé'.repeat(60)} maxlength="100000"></pv-textarea></div>`);
    const el = wrapper.querySelector('pv-textarea')!;
    const huge = 'x'.repeat(200_000);
    await type(el, huge);
    expect(el.value.length).to.equal(200_000);
    expect(el.validity.tooLong).to.equal(true);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(el.shadowRoot!.querySelector('label')!.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('shows hostile strings as text in labels, hints and values; nothing runs', async () => {
    const tripped = installCanary();
    const strings = await naughtyStrings();
    const el = await fixture<PvTextarea>(html`<pv-textarea maxlength="50"></pv-textarea>`);
    for (const s of strings) {
      el.label = s;
      el.hint = s;
      el.value = s;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('label')!.textContent!.startsWith(s)).to.equal(true);
      expect(inner(el).value).to.equal(s.replace(/\r\n?/g, '\n'));
    }
    await wait(50);
    expect(tripped()).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('script, img, iframe').length).to.equal(0);
  });
});
