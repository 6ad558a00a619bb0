import { expect, fixture, html } from '@open-wc/testing';
import { findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { axTree, type AxNode } from '../../../../test/helpers/ax-tree.js';
import type { PvFieldset } from './fieldset.js';
import { examples } from './fieldset.examples.js';
import '../text-field/text-field.js';
import '../radio-group/radio-group.js';
import type { PvTextField } from '../text-field/text-field.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';



const settle = async (el: PvFieldset) => {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
};

describe('pv-fieldset', () => {
  describeExamplesAccessible(examples);

  it('renders a native fieldset with the legend, the hint describing it, and a default slot', async () => {
    const el = await fixture<PvFieldset>(html`<pv-fieldset legend="Adresse" hint="En France"><input aria-label="Rue" /></pv-fieldset>`);
    const fieldset = el.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent!.trim()).to.equal('Adresse');
    expect(fieldset.getAttribute('aria-describedby')).to.equal('hint');
    expect(el.shadowRoot!.getElementById('hint')!.textContent).to.equal('En France');
    expect(fieldset.querySelector('slot')!.assignedElements()).to.have.length(1);
    el.hint = '';
    await el.updateComplete;
    expect(fieldset.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('groups the slotted fields under the legend in Chromium’s accessibility tree', async function () {
    await fixture(html`<pv-fieldset legend="Adresse du siège" hint="En France"><pv-text-field label="Rue"></pv-text-field><pv-text-field label="Commune"></pv-text-field></pv-fieldset>`);
    const group = findAccessibilityNode<AxNode>(await axTree(this), (n) => n.role === 'group');
    expect(group?.name).to.equal('Adresse du siège');
    expect(group?.description).to.equal('En France');
    const fields: string[] = [];
    findAccessibilityNode<AxNode>(group!, (n) => {
      if (n.role === 'textbox') fields.push(n.name);
      return false;
    });
    expect(fields).to.deep.equal(['Rue', 'Commune']);
  });

  it('keyboard: Tab goes through the slotted fields in order; the group itself is not a stop', async () => {
    const el = await fixture<PvFieldset>(html`<div><button>avant</button><pv-fieldset legend="L"><pv-text-field label="A"></pv-text-field><input aria-label="B" /></pv-fieldset></div>`);
    const [button] = Array.from(el.querySelectorAll('button'));
    const field = el.querySelector('pv-text-field')!;
    await field.updateComplete;
    button!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(field);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.querySelector('input'));
  });

  it('disabled disables the slotted fields (nested ones too), which leave the form data; removing it restores them', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><pv-fieldset legend="Contact">
      <pv-text-field label="Nom" name="nom" value="Martin"></pv-text-field>
      <div><input name="tel" value="0472000000" aria-label="Téléphone" /><button type="button">Aide</button></div>
      <input name="deja" value="x" disabled aria-label="Déjà désactivé" />
      <pv-radio-group label="Choix" name="choix" value="a"><option value="a">A</option></pv-radio-group>
      <p>Texte</p>
    </pv-fieldset></form>`);
    const el = form.querySelector('pv-fieldset')!;
    const field = form.querySelector<PvTextField>('pv-text-field')!;
    await field.updateComplete;
    expect(Array.from(new FormData(form).keys())).to.deep.equal(['nom', 'tel', 'choix']);
    el.disabled = true;
    await settle(el);
    await field.updateComplete;
    expect(field.disabled).to.equal(true);
    expect(form.querySelector<HTMLInputElement>('[name="tel"]')!.disabled).to.equal(true);
    expect(form.querySelector('button')!.disabled).to.equal(true);
    expect(form.querySelector('p')!.hasAttribute('disabled')).to.equal(false);
    expect(Array.from(new FormData(form).keys())).to.deep.equal([]);
    const late = document.createElement('input');
    late.name = 'tard';
    late.setAttribute('aria-label', 'Tard');
    el.append(late);
    await settle(el);
    expect(late.disabled).to.equal(true);
    el.disabled = false;
    await settle(el);
    await field.updateComplete;
    expect(field.disabled).to.equal(false);
    expect(late.disabled).to.equal(false);
    expect(form.querySelector<HTMLInputElement>('[name="deja"]')!.disabled).to.equal(true);
    expect(Array.from(new FormData(form).keys())).to.deep.equal(['nom', 'tel', 'choix', 'tard']);
  });

  it('disables custom elements that are not defined yet, through their attribute', async () => {
    const el = await fixture<PvFieldset>(html`<pv-fieldset legend="L" disabled><pv-not-yet-defined></pv-not-yet-defined></pv-fieldset>`);
    await settle(el);
    expect(el.querySelector('pv-not-yet-defined')!.hasAttribute('disabled')).to.equal(true);
  });

  it('renders the legend as a heading when heading-level is set, and reflects size', async () => {
    const el = await fixture<PvFieldset>(html`<pv-fieldset legend="Votre adresse" size="lg" heading-level="1"></pv-fieldset>`);
    const heading = el.shadowRoot!.querySelector('legend [role="heading"]')!;
    expect(heading.getAttribute('aria-level')).to.equal('1');
    expect(heading.textContent).to.equal('Votre adresse');
    expect(el.getAttribute('size')).to.equal('lg');
    el.headingLevel = 9;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="heading"]')).to.equal(null);
  });

  it('warns when the legend is missing', async () => {
    const warn = console.warn;
    const messages: string[] = [];
    console.warn = (m: string) => messages.push(m);
    try {
      await fixture(html`<pv-fieldset></pv-fieldset>`);
    } finally {
      console.warn = warn;
    }
    expect(messages.some((m) => m.includes('pv-fieldset'))).to.equal(true);
  });

  it('shows hostile strings as text in the legend and hint; nothing runs', async () => {
    const tripped = installCanary();
    const strings = await naughtyStrings();
    const el = await fixture<PvFieldset>(html`<pv-fieldset></pv-fieldset>`);
    for (const s of strings) {
      el.legend = s;
      el.hint = s;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('legend')!.textContent!.trim()).to.equal(s.trim());
      expect(el.shadowRoot!.querySelector('#hint')?.textContent ?? '').to.equal(s);
    }
    el.legend = 'Légende '.repeat(2000);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('legend')!.getBoundingClientRect().width).to.be.at.most(el.getBoundingClientRect().width + 1);
    await new Promise((r) => setTimeout(r, 50));
    expect(tripped()).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('script, img, iframe').length).to.equal(0);
  });
});
