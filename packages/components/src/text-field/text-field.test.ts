import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PvTextField } from './text-field.js';
import { examples } from './text-field.examples.js';
import { enterValue } from '../../../../test/helpers/dom.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { runFormControlSuite } from '../../../../test/helpers/form-control-suite.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';

const inner = (el: Element) => el.shadowRoot!.querySelector('input')!;
const type = (el: PvTextField, text: string) => enterValue(el, inner(el), text);

describe('pv-text-field', () => {
  runFormControlSuite('pv-text-field', {
    render: ({ name, label, required, disabled }) =>
      html`<pv-text-field name=${name} label=${label} ?required=${required} ?disabled=${disabled}></pv-text-field>`,
    userInput: (el, value) => type(el as unknown as PvTextField, value),
    validValue: 'Maison France Services',
    inner: (el) => inner(el),
  });

  describeExamplesAccessible(examples);

  it('labels the input and describes it with the hint, then the message', async () => {
    const el = await fixture<PvTextField>(html`<pv-text-field label="Code postal" hint="5 chiffres" validate="postcode"></pv-text-field>`);
    const input = inner(el);
    expect(input.labels?.[0]?.textContent).to.contain('Code postal');
    expect(input.getAttribute('aria-describedby')).to.equal('hint');
    await type(el, '6900');
    // the French validators are loaded on demand on first use
    await el.validationComplete;
    await el.updateComplete;
    expect(input.getAttribute('aria-describedby')).to.equal('hint feedback');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.querySelector('#feedback')!.textContent).to.contain('69001');
  });

  it('does not show an error while the first characters are typed (feedback rule)', async () => {
    const el = await fixture<PvTextField>(html`<pv-text-field label="Courriel" type="email"></pv-text-field>`);
    const input = inner(el);
    input.focus();
    input.value = 'cla';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
    input.blur();
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });

  it('applies named French validators from the validate attribute', async () => {
    const el = await fixture<PvTextField>(html`<pv-text-field label="SIRET" validate="siret"></pv-text-field>`);
    el.value = '552 100 554 00021';
    await el.updateComplete;
    await el.validationComplete;
    expect(el.checkValidity()).to.equal(true);
    el.value = '552 100 554 00022';
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
  });

  it('blocks submission while a rule is still being checked, silently', async () => {
    let release!: (ok: boolean) => void;
    const slow = { name: 'slow', check: () => new Promise<boolean>((r) => (release = r)), message: () => 'Ce nom est déjà pris.' };
    const el = await fixture<PvTextField>(html`<pv-text-field label="Nom" .validators=${[slow]}></pv-text-field>`);
    el.value = 'Léa';
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.contain('Vérification en cours');
    expect(el.shadowRoot!.querySelector('.feedback')).to.equal(null);
    release(true);
    await el.validationComplete;
    expect(el.checkValidity()).to.equal(true);
  });

  it('width="N" leaves room for N characters, with or without a suffix', async () => {
    for (const [width, value, suffix] of [['5', '69001', ''], ['10', '12 345,50', '€'], ['20', '552 100 554 00021', ''], ['2', '75', '']]) {
      const el = await fixture<PvTextField>(html`<pv-text-field label="L" width=${width} suffix=${suffix} value=${value}></pv-text-field>`);
      const input = inner(el);
      expect(input.scrollWidth, `${value} in width ${width}`).to.be.at.most(input.clientWidth);
      expect(input.getBoundingClientRect().width).to.be.below(el.getBoundingClientRect().width);
    }
  });

  it('checks min and max on French numbers', async () => {
    const el = await fixture<PvTextField>(html`<pv-text-field label="Nombre de participants" type="number" min="3" max="1000"></pv-text-field>`);
    for (const [value, valid] of [['2', false], ['3', true], ['1 000', true], ['1 000,5', false]] as const) {
      el.value = value;
      await el.updateComplete;
      await el.validationComplete;
      expect(el.checkValidity(), value).to.equal(valid);
    }
    expect(el.shadowRoot!.querySelector('input')!.inputMode).to.equal('decimal');
  });

  it('reports values over maxlength instead of cutting them', async () => {
    const el = await fixture<PvTextField>(html`<pv-text-field label="Titre" maxlength="5"></pv-text-field>`);
    await type(el, 'Bonjour');
    expect(el.value).to.equal('Bonjour');
    expect(el.validity.tooLong).to.equal(true);
  });

  it('keyboard: Tab reaches the input and Enter submits the form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><button type="button">avant</button><pv-text-field label="Nom" name="nom"></pv-text-field></form>`);
    const el = form.querySelector('pv-text-field')!;
    await el.updateComplete;
    form.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(inner(el));
    await sendKeys({ type: 'Léa' });
    let data: FormData | undefined;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      data = new FormData(form);
    });
    await sendKeys({ press: 'Enter' });
    expect(data?.get('nom')).to.equal('Léa');
  });

  it('renders prefix and suffix, read after the hint', async () => {
    const el = await fixture<PvTextField>(html`<pv-text-field label="Montant" suffix="€"></pv-text-field>`);
    expect(inner(el).getAttribute('aria-describedby')).to.equal('affixes');
    expect(el.shadowRoot!.querySelector('#affixes')!.textContent).to.equal('€');
  });

  it('shows hostile strings as text in labels, hints and values; nothing runs', async () => {
    const tripped = installCanary();
    const strings = await naughtyStrings();
    const el = await fixture<PvTextField>(html`<pv-text-field></pv-text-field>`);
    for (const s of strings) {
      el.label = s;
      el.hint = s;
      el.value = s;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('label')!.textContent!.startsWith(s)).to.equal(true);
      expect(inner(el).value).to.equal(s.replace(/[\r\n]/g, ''));
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(tripped()).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('script, img, iframe').length).to.equal(0);
  });
});
