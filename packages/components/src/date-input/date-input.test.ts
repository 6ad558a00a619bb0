import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { axTree, type AxNode } from '../../../../test/helpers/ax-tree.js';
import { analyseDate, splitDate, type PvDateInput } from './date-input.js';
import { examples } from './date-input.examples.js';
import { settle } from '../../../../test/helpers/dom.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';

const part = (el: Element, id: 'day' | 'month' | 'year') => el.shadowRoot!.getElementById(id) as HTMLInputElement;
const invalidParts = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('input[aria-invalid="true"]')).map((i) => i.id);
const feedback = (el: Element) => el.shadowRoot!.querySelector('.feedback')?.textContent?.replace(/[ \n\t]+/g, ' ').trim() ?? '';

/** Types "d/m/y" part by part, like a person, then leaves the field. */
async function typeDate(el: PvDateInput, text: string) {
  const [d = '', m = '', y = ''] = text.split('/');
  for (const [id, v] of [['day', d], ['month', m], ['year', y]] as const) {
    const input = part(el, id);
    input.focus();
    input.value = v;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }
  part(el, 'year').blur();
  await settle(el);
}

describe('pv-date-input', () => {
  runFormControlSuite('pv-date-input', {
    render: ({ name, label, required, disabled }) => html`<pv-date-input name=${name} label=${label} ?required=${required} ?disabled=${disabled}></pv-date-input>`,
    userInput: (el, value) => typeDate(el as unknown as PvDateInput, value),
    validValue: '14/07/2026',
    expectedEntries: ['2026-07-14'],
    restoreState: '2026-07-14',
    inner: (el) => part(el, 'day'),
  });

  describeExamplesAccessible(examples);

  describe('analyseDate and splitDate', () => {
    it('accepts real dates, leap days included', () => {
      expect(analyseDate('29', '2', '2024').iso).to.equal('2024-02-29');
      expect(analyseDate(' 1 ', '01', '2000').iso).to.equal('2000-01-01');
      expect(analyseDate('31', '12', '1999').iso).to.equal('1999-12-31');
      expect(analyseDate('29', '2', '2000').iso).to.equal('2000-02-29');
    });
    it('rejects dates that do not exist and says which part is wrong', () => {
      expect(analyseDate('29', '2', '2026')).to.deep.equal({ missing: [], wrong: ['day'], daysInMonth: 28, iso: '' });
      expect(analyseDate('29', '2', '1900').daysInMonth).to.equal(28);
      expect(analyseDate('31', '4', '2026').daysInMonth).to.equal(30);
      expect(analyseDate('31', '2', '2026').wrong).to.deep.equal(['day']);
      expect(analyseDate('0', '13', '2026').wrong).to.deep.equal(['day', 'month']);
      expect(analyseDate('14', '7', '26').wrong).to.deep.equal(['year']);
      expect(analyseDate('14', '7', '0999').wrong).to.deep.equal(['year']);
      expect(analyseDate('1e1', '7', '2026').wrong).to.deep.equal(['day']);
      expect(analyseDate('14', '', '').missing).to.deep.equal(['month', 'year']);
    });
    it('splits whole dates written the French way or in ISO', () => {
      expect(splitDate('14/07/2026')).to.deep.equal(['14', '07', '2026']);
      expect(splitDate(' 14.7.2026 ')).to.deep.equal(['14', '7', '2026']);
      expect(splitDate('14 7 2026')).to.deep.equal(['14', '7', '2026']);
      expect(splitDate('2026-07-14')).to.deep.equal(['14', '07', '2026']);
      expect(splitDate('14/07')).to.equal(undefined);
      expect(splitDate('')).to.equal(undefined);
    });
  });

  it('renders a fieldset with legend, default example hint and three labelled numeric inputs', async () => {
    const el = await fixture<PvDateInput>(html`<pv-date-input label="Date de naissance" autocomplete="bday" required></pv-date-input>`);
    const fieldset = el.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent).to.contain('Date de naissance');
    expect(fieldset.querySelector('legend')!.textContent).to.contain('(obligatoire)');
    expect(fieldset.getAttribute('aria-describedby')).to.equal('hint');
    expect(el.shadowRoot!.getElementById('hint')!.textContent).to.equal('Par exemple\u00a0: 14 7 2026');
    const labels = (['day', 'month', 'year'] as const).map((id) => part(el, id).labels![0]!.textContent);
    expect(labels).to.deep.equal(['Jour', 'Mois', 'Année']);
    for (const id of ['day', 'month', 'year'] as const) {
      expect(part(el, id).inputMode).to.equal('numeric');
      expect(part(el, id).getAttribute('autocomplete')).to.equal(`bday-${id}`);
    }
    expect(part(el, 'day').getBoundingClientRect().width).to.be.below(part(el, 'year').getBoundingClientRect().width);
    el.autocomplete = 'off';
    el.lang = 'en';
    await el.updateComplete;
    expect(part(el, 'day').getAttribute('autocomplete')).to.equal('off');
    expect(part(el, 'day').labels![0]!.textContent).to.equal('Day');
    expect(el.shadowRoot!.getElementById('hint')!.textContent).to.equal('For example, 14 7 2026');
  });

  it('is exposed as a group named by the legend and described by the hint (Chromium accessibility tree)', async function () {
    await fixture(html`<pv-date-input label="Date de naissance"></pv-date-input>`);
    const group = findAccessibilityNode<AxNode>(await axTree(this), (n) => n.role === 'group');
    expect(group?.name).to.equal('Date de naissance');
    expect(group?.description?.replace(/\u00a0/g, ' ')).to.equal('Par exemple : 14 7 2026');
    const names: string[] = [];
    findAccessibilityNode<AxNode>(group!, (n) => {
      if (n.role === 'textbox') names.push(n.name);
      return false;
    });
    expect(names).to.deep.equal(['Jour', 'Mois', 'Année']);
  });

  it('29/02/2024 is a real date; 29/02/2026 is not, and only the day is marked', async () => {
    const el = await fixture<PvDateInput>(html`<pv-date-input label="Date du mariage"></pv-date-input>`);
    await typeDate(el, '29/2/2024');
    expect(el.value).to.equal('2024-02-29');
    expect(el.checkValidity()).to.equal(true);
    expect(invalidParts(el)).to.deep.equal([]);
    await typeDate(el, '29/2/2026');
    expect(el.value).to.equal('');
    expect(el.validity.badInput).to.equal(true);
    expect(feedback(el)).to.equal('Erreur\u00a0: Le mois de février 2026 ne compte que 28 jours\u00a0: corrigez le jour.');
    expect(invalidParts(el)).to.deep.equal(['day']);
    expect(el.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('hint feedback');
    el.lang = 'en';
    await settle(el);
    expect(feedback(el)).to.equal('Error: February 2026 has only 28 days: correct the day.');
  });

  it('says which part is missing or wrong, and marks only those parts', async () => {
    const el = await fixture<PvDateInput>(html`<pv-date-input label="Date de naissance"></pv-date-input>`);
    await typeDate(el, '14//2026');
    expect(feedback(el)).to.contain('La date «\u00a0Date de naissance\u00a0» doit comporter un mois.');
    expect(invalidParts(el)).to.deep.equal(['month']);
    await typeDate(el, '14//');
    expect(feedback(el)).to.contain('doit comporter un mois et une année.');
    expect(invalidParts(el)).to.deep.equal(['month', 'year']);
    await typeDate(el, '14/13/2026');
    expect(feedback(el)).to.contain('Le mois doit être un nombre entre 1 et 12.');
    expect(invalidParts(el)).to.deep.equal(['month']);
    await typeDate(el, '14/7/26');
    expect(feedback(el)).to.contain('L’année doit comporter 4 chiffres');
    expect(invalidParts(el)).to.deep.equal(['year']);
    await typeDate(el, '32/7/2026');
    expect(feedback(el)).to.contain('Le jour doit être un nombre entre 1 et 31.');
    await typeDate(el, 'ab/13/2026');
    expect(feedback(el)).to.contain('Saisissez une date réelle');
    expect(invalidParts(el)).to.deep.equal(['day', 'month']);
    el.lang = 'en';
    await typeDate(el, '/7/');
    expect(feedback(el)).to.contain('“Date de naissance” must include a day and a year.');
    await typeDate(el, '//');
    expect(feedback(el)).to.equal('');
    expect(el.checkValidity()).to.equal(true);
  });

  it('required: the message names the field and marks the three parts', async () => {
    const el = await fixture<PvDateInput>(html`<pv-date-input label="Date de naissance" required></pv-date-input>`);
    expect(el.validity.valueMissing).to.equal(true);
    el.reportValidity();
    await settle(el);
    expect(feedback(el)).to.contain('Renseignez le champ «\u00a0Date de naissance\u00a0».');
    expect(invalidParts(el)).to.deep.equal(['day', 'month', 'year']);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'day'));
    await typeDate(el, '14//');
    expect(el.validity.valueMissing).to.equal(false);
    expect(invalidParts(el)).to.deep.equal(['month', 'year']);
    el.focusControl();
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'month'));
  });

  it('min and max, with the limit written as a French (or English) date in Europe/Paris', async () => {
    const el = await fixture<PvDateInput>(html`<pv-date-input label="Réservation" min="2026-01-01" max="2026-12-31"></pv-date-input>`);
    await typeDate(el, '31/12/2025');
    expect(el.validity.rangeUnderflow).to.equal(true);
    expect(feedback(el)).to.contain('Saisissez une date à partir du 1 janvier 2026.');
    expect(invalidParts(el)).to.deep.equal(['day', 'month', 'year']);
    await typeDate(el, '1/1/2026');
    expect(el.checkValidity()).to.equal(true);
    await typeDate(el, '31/12/2026');
    expect(el.checkValidity()).to.equal(true);
    await typeDate(el, '1/1/2027');
    expect(el.validity.rangeOverflow).to.equal(true);
    expect(feedback(el)).to.contain('Saisissez une date jusqu’au 31 décembre 2026.');
    el.lang = 'en';
    await settle(el);
    expect(feedback(el)).to.contain('Enter a date on or before 31 December 2026.');
    el.max = 'n’importe quoi';
    await settle(el);
    expect(el.checkValidity()).to.equal(true);
  });

  it('value property: an ISO date fills the parts; an impossible one is shown so it can be fixed; anything else empties them', async () => {
    const el = await fixture<PvDateInput>(html`<pv-date-input label="L" value="2026-07-14"></pv-date-input>`);
    expect([part(el, 'day').value, part(el, 'month').value, part(el, 'year').value]).to.deep.equal(['14', '7', '2026']);
    el.value = '2026-02-31';
    await settle(el);
    expect(el.value).to.equal('');
    expect([part(el, 'day').value, part(el, 'month').value]).to.deep.equal(['31', '2']);
    expect(el.checkValidity()).to.equal(false);
    el.value = '14/07/2026';
    await settle(el);
    expect(el.value).to.equal('');
    expect(part(el, 'day').value).to.equal('');
    el.value = null as unknown as string;
    expect(el.value).to.equal('');
  });

  it('pasting "14/07/2026" in the day field fills the three parts', async function () {
    const probe = new DataTransfer();
    probe.setData('text/plain', 'x');
    // Firefox drops clipboardData from synthetic ClipboardEvents: only a real paste can be tested there.
    if (new ClipboardEvent('paste', { clipboardData: probe }).clipboardData?.getData('text/plain') !== 'x') this.skip();
    const el = await fixture<PvDateInput>(html`<pv-date-input label="L"></pv-date-input>`);
    const data = new DataTransfer();
    data.setData('text/plain', '14/07/2026');
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    setTimeout(() => part(el, 'day').dispatchEvent(paste));
    await oneEvent(el, 'input');
    await el.updateComplete;
    expect(paste.defaultPrevented).to.equal(true);
    expect(el.value).to.equal('2026-07-14');
    expect([part(el, 'day').value, part(el, 'month').value, part(el, 'year').value]).to.deep.equal(['14', '07', '2026']);
    const other = new DataTransfer();
    other.setData('text/plain', '12');
    const plain = new ClipboardEvent('paste', { clipboardData: other, bubbles: true, cancelable: true });
    part(el, 'month').dispatchEvent(plain);
    expect(plain.defaultPrevented).to.equal(false);
  });

  it('typing "1/2/2024" in the day field fills the three parts', async () => {
    const el = await fixture<PvDateInput>(html`<pv-date-input label="L"></pv-date-input>`);
    part(el, 'day').focus();
    await sendKeys({ type: '1/2/2024' });
    await el.updateComplete;
    expect(el.value).to.equal('2024-02-01');
  });

  it('keyboard: Tab goes day → month → year, then out; Enter submits the form with the ISO date', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><button type="button">avant</button><pv-date-input label="L" name="date"></pv-date-input><button type="button">après</button></form>`);
    const el = form.querySelector('pv-date-input')!;
    const after = form.querySelectorAll('button')[1]!;
    await el.updateComplete;
    form.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'day'));
    await sendKeys({ type: '14' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'month'));
    await el.updateComplete;
    expect(feedback(el)).to.equal('');
    await sendKeys({ type: '7' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'year'));
    await sendKeys({ type: '2026' });
    let data: FormData | undefined;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      data = new FormData(form);
    });
    await sendKeys({ press: 'Enter' });
    expect(data?.get('date')).to.equal('2026-07-14');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(after);
  });

  it('saves a half-typed date with the form state and brings it back', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><pv-date-input label="L" name="d"></pv-date-input></form>`);
    const el = form.querySelector('pv-date-input')!;
    await typeDate(el, '31/2/2026');
    const state = (el as unknown as { formState(): unknown }).formState();
    expect(state).to.equal('31/2/2026');
    el.value = '';
    await el.updateComplete;
    el.formStateRestoreCallback('31/2/2026');
    await settle(el);
    expect([part(el, 'day').value, part(el, 'month').value, part(el, 'year').value]).to.deep.equal(['31', '2', '2026']);
    el.formStateRestoreCallback(new FormData());
    el.formStateRestoreCallback('nothing useful');
    await settle(el);
    expect(part(el, 'day').value).to.equal('31');
    el.value = '';
    expect((el as unknown as { formState(): unknown }).formState()).to.equal('');
  });

  it('disabled: the three inputs are disabled and nothing is submitted', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><pv-date-input label="L" name="d" value="2026-07-14" disabled></pv-date-input></form>`);
    const el = form.querySelector('pv-date-input')!;
    await settle(el);
    expect((['day', 'month', 'year'] as const).every((id) => part(el, id).disabled)).to.equal(true);
    expect(new FormData(form).has('d')).to.equal(false);
  });

  it('shows hostile strings as text in the legend, hint and parts; nothing runs', async () => {
    const tripped = installCanary();
    const strings = await naughtyStrings();
    const el = await fixture<PvDateInput>(html`<pv-date-input></pv-date-input>`);
    for (const s of strings) {
      el.label = s;
      el.hint = s;
      const input = part(el, 'day');
      input.value = s;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('legend')!.textContent!.startsWith(s)).to.equal(true);
      expect(el.shadowRoot!.getElementById('hint')!.textContent).to.equal(s || 'Par exemple\u00a0: 14 7 2026');
    }
    await typeDate(el, `${'9'.repeat(5000)}/${'x'.repeat(5000)}/${'2'.repeat(5000)}`);
    expect(el.value).to.equal('');
    expect(el.checkValidity()).to.equal(false);
    await new Promise((r) => setTimeout(r, 50));
    expect(tripped()).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('script, img, iframe').length).to.equal(0);
  });
});
