import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PvTag, TagRemoveDetail } from './tag.js';
import { examples } from './tag.examples.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';

const button = (el: PvTag) => el.shadowRoot!.querySelector('button');
const settle = () => new Promise((r) => setTimeout(r, 0));

async function filterList() {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <h2 class="titre">Filtres actifs</h2>
    <ul>
      <li><pv-tag removable value="a" focus-after-remove=".titre">Ouvert le samedi</pv-tag></li>
      <li><pv-tag removable value="b" focus-after-remove=".titre">Accès PMR</pv-tag></li>
      <li><pv-tag removable value="c" focus-after-remove=".titre">Wifi</pv-tag></li>
    </ul>
  </div>`);
  const tags = Array.from(wrapper.querySelectorAll('pv-tag'));
  await Promise.all(tags.map((t) => t.updateComplete));
  return { wrapper, tags };
}

describe('pv-tag', () => {
  describeExamplesAccessible(examples);

  it('shows plain text with no role and no button when not removable', async () => {
    const el = await fixture<PvTag>(html`<pv-tag>Accès PMR</pv-tag>`);
    expect(button(el)).to.equal(null);
    expect(el.hasAttribute('role')).to.equal(false);
    expect(el.text).to.equal('Accès PMR');
  });

  it('uses the label attribute when the slot is empty', async () => {
    const el = await fixture<PvTag>(html`<pv-tag label="Rhône (69)" removable></pv-tag>`);
    expect(el.shadowRoot!.querySelector('slot')!.textContent).to.equal('Rhône (69)');
    expect(button(el)!.textContent).to.contain('Retirer le filtre\u00a0: Rhône (69)');
  });

  it('names the remove button after the tag, in French and in English', async () => {
    const el = await fixture<PvTag>(html`<pv-tag removable>Ouvert le samedi</pv-tag>`);
    const name = button(el)!.querySelector('.visually-hidden')!;
    expect(name.textContent).to.equal('Retirer le filtre\u00a0: Ouvert le samedi');
    expect(button(el)!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    el.lang = 'en';
    await el.updateComplete;
    expect(button(el)!.textContent!.trim()).to.equal('Remove filter: Ouvert le samedi');
  });

  it('updates the button name when the slotted text changes', async () => {
    const el = await fixture<PvTag>(html`<pv-tag removable>Lundi</pv-tag>`);
    el.append(document.createElement('span'));
    el.lastElementChild!.textContent = ' matin';
    await settle();
    await el.updateComplete;
    expect(button(el)!.textContent).to.contain('Lundi matin');
  });

  it('says "sélectionné" to screen readers when selected', async () => {
    const el = await fixture<PvTag>(html`<pv-tag selected>France Services</pv-tag>`);
    expect(el.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.contain('sélectionné');
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('fires pv-remove with the label and value, removes itself and its <li>, focuses the next tag', async () => {
    const { wrapper, tags } = await filterList();
    button(tags[0]!)!.focus();
    setTimeout(() => button(tags[0]!)!.click());
    const event = (await oneEvent(wrapper, 'pv-remove')) as CustomEvent<TagRemoveDetail>;
    expect(event.detail).to.deep.equal({ label: 'Ouvert le samedi', value: 'a' });
    expect(event.composed).to.equal(true);
    expect(tags[0]!.isConnected).to.equal(false);
    expect(wrapper.querySelectorAll('li').length).to.equal(2);
    expect(document.activeElement).to.equal(tags[1]);
    expect(tags[1]!.shadowRoot!.activeElement).to.equal(button(tags[1]!));
  });

  it('announces the removal politely through the shared live region', async () => {
    const { tags } = await filterList();
    button(tags[1]!)!.click();
    await new Promise((r) => setTimeout(r, 120));
    const region = document.querySelector('[data-pv-announcer="polite"]');
    expect(region?.textContent).to.equal('Filtre retiré\u00a0: Accès PMR');
  });

  it('focuses the previous tag when the last one is removed, then the focus-after-remove target', async () => {
    const { wrapper, tags } = await filterList();
    button(tags[2]!)!.focus();
    await sendKeys({ press: 'Delete' });
    expect(tags[2]!.isConnected).to.equal(false);
    expect(document.activeElement).to.equal(tags[1]);
    await sendKeys({ press: 'Backspace' });
    expect(document.activeElement).to.equal(tags[0]);
    await sendKeys({ press: 'Enter' });
    const heading = wrapper.querySelector('h2')!;
    expect(document.activeElement).to.equal(heading);
    expect(heading.getAttribute('tabindex')).to.equal('-1');
    expect(wrapper.querySelectorAll('li').length).to.equal(0);
  });

  it('keyboard: Tab reaches each remove button, Space removes', async () => {
    const { wrapper, tags } = await filterList();
    const before = document.createElement('button');
    before.textContent = 'avant';
    wrapper.prepend(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(tags[0]!.shadowRoot!.activeElement).to.equal(button(tags[0]!));
    await sendKeys({ press: 'Tab' });
    expect(tags[1]!.shadowRoot!.activeElement).to.equal(button(tags[1]!));
    await sendKeys({ press: 'Space' });
    expect(tags[1]!.isConnected).to.equal(false);
    expect(document.activeElement).to.equal(tags[2]);
  });

  it('does nothing when pv-remove is cancelled', async () => {
    const { wrapper, tags } = await filterList();
    wrapper.addEventListener('pv-remove', (e) => e.preventDefault());
    button(tags[0]!)!.focus();
    await sendKeys({ press: 'Delete' });
    expect(tags[0]!.isConnected).to.equal(true);
    expect(document.activeElement).to.equal(tags[0]);
  });

  it('keeps the <li> when it holds something else, and tolerates a bad focus-after-remove selector', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><ul><li><pv-tag removable focus-after-remove="[[[">Wifi</pv-tag> (3)</li></ul></div>`);
    const tag = wrapper.querySelector('pv-tag')!;
    await tag.updateComplete;
    button(tag)!.focus();
    expect(tag.requestRemove()).to.equal(true);
    expect(wrapper.querySelector('li')!.textContent).to.equal(' (3)');
  });

  it('moves focus to an already focusable target without adding tabindex', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><input class="q" aria-label="Recherche" /><span><pv-tag removable focus-after-remove=".q">Wifi</pv-tag></span></div>`);
    const tag = wrapper.querySelector('pv-tag')!;
    await tag.updateComplete;
    button(tag)!.focus();
    tag.requestRemove();
    expect(document.activeElement).to.equal(wrapper.querySelector('input'));
    expect(wrapper.querySelector('input')!.hasAttribute('tabindex')).to.equal(false);
  });

  it('does not steal focus when removed from script while focus is elsewhere', async () => {
    const { wrapper, tags } = await filterList();
    const outside = document.createElement('input');
    outside.setAttribute('aria-label', 'ailleurs');
    wrapper.append(outside);
    outside.focus();
    expect(tags[0]!.requestRemove()).to.equal(true);
    expect(document.activeElement).to.equal(outside);
  });

  it('cannot be removed when disabled or not removable', async () => {
    const a = await fixture<PvTag>(html`<pv-tag removable disabled>Wifi</pv-tag>`);
    expect(button(a)!.disabled).to.equal(true);
    expect(a.requestRemove()).to.equal(false);
    const b = await fixture<PvTag>(html`<pv-tag>Wifi</pv-tag>`);
    expect(b.requestRemove()).to.equal(false);
    expect(a.isConnected && b.isConnected).to.equal(true);
  });

  it('handles empty and huge labels', async () => {
    const el = await fixture<PvTag>(html`<pv-tag removable></pv-tag>`);
    expect(el.text).to.equal('');
    const huge = 'Très long filtre '.repeat(500);
    el.label = huge;
    await el.updateComplete;
    expect(button(el)!.textContent).to.contain(huge.trim().slice(0, 100));
    expect(el.getBoundingClientRect().width).to.be.at.most(document.body.getBoundingClientRect().width + 1);
  });

  it('shows hostile strings as text; nothing runs', async () => {
    const tripped = installCanary();
    const strings = await naughtyStrings();
    const el = await fixture<PvTag>(html`<pv-tag removable></pv-tag>`);
    for (const s of strings) {
      el.label = s;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('slot')!.textContent).to.equal(s);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(tripped()).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('script, img, iframe').length).to.equal(0);
  });
});
