import { expect, fixture, html } from '@open-wc/testing';
import type { PvProgress } from './progress.js';
import { examples } from './progress.examples.js';
import { clearAnnouncer, politeText } from '../../../../test/helpers/announcer.js';
import { wait } from '../../../../test/helpers/dom.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { forcedColorsCss, reduceMotion } from '../../../../test/helpers/media.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';

const bar = (el: PvProgress) => el.shadowRoot!.querySelector('progress')!;
const text = (el: PvProgress) => el.shadowRoot!.querySelector('.text')!.textContent;

/** Sets a value and returns what was said politely (empty when nothing). */
async function step(el: PvProgress, value: number | undefined): Promise<string> {
  clearAnnouncer();
  el.value = value;
  await el.updateComplete;
  await wait(90);
  return politeText();
}

describe('pv-progress', () => {
  describeExamplesAccessible(examples);

  it('renders a native progress labelled by its label, with the value written out', async () => {
    const el = await fixture<PvProgress>(html`<pv-progress label="Envoi" value="45"></pv-progress>`);
    const progress = bar(el);
    expect(progress.labels?.[0]?.textContent).to.equal('Envoi');
    expect(progress.value).to.equal(45);
    expect(progress.max).to.equal(100);
    expect(progress.getAttribute('aria-valuetext')).to.equal('45\u00a0%');
    expect(text(el)).to.equal('45\u00a0%');
    expect(el.percent).to.equal(45);
  });

  it('writes "3 fichiers sur 8" from value-text', async () => {
    const el = await fixture<PvProgress>(html`<pv-progress label="Pièces" value="3" max="8" value-text="{value} fichiers sur {max} ({percent} %)"></pv-progress>`);
    expect(text(el)).to.equal('3 fichiers sur 8 (37 %)');
    expect(bar(el).getAttribute('aria-valuetext')).to.equal('3 fichiers sur 8 (37 %)');
  });

  it('is indeterminate without a value', async () => {
    const el = await fixture<PvProgress>(html`<pv-progress label="Vérification"></pv-progress>`);
    expect(bar(el).matches(':indeterminate')).to.equal(true);
    expect(bar(el).hasAttribute('aria-valuetext')).to.equal(false);
    expect(text(el)).to.equal('En cours…');
    expect(el.percent).to.equal(undefined);
  });

  it('clamps odd values and falls back to max 100', async () => {
    const el = await fixture<PvProgress>(html`<pv-progress label="Envoi" value="150" max="-3"></pv-progress>`);
    expect(el.percent).to.equal(100);
    el.value = -5;
    el.max = 10;
    await el.updateComplete;
    expect(el.percent).to.equal(0);
    el.value = Number.NaN;
    await el.updateComplete;
    expect(el.percent).to.equal(undefined);
  });

  it('says milestones every 25 % and completion, politely; not each step, not on arrival', async () => {
    const el = await fixture<PvProgress>(html`<pv-progress label="Envoi" value="10"></pv-progress>`);
    await wait(90);
    expect(politeText()).to.not.contain('Envoi');
    expect(await step(el, 20)).to.equal('');
    expect(await step(el, 26)).to.equal('Envoi\u00a0: 26\u00a0%');
    expect(await step(el, 40)).to.equal('');
    expect(await step(el, 80)).to.equal('Envoi\u00a0: 80\u00a0%');
    expect(await step(el, 100)).to.equal('Envoi\u00a0: Terminé');
    expect(await step(el, 100)).to.equal('');
    // A new upload starts again from 0: silent, then milestones again.
    expect(await step(el, 0)).to.equal('');
    expect(await step(el, 50)).to.equal('Envoi\u00a0: 50\u00a0%');
  });

  it('announce-every="0" says only completion; English under lang="en"', async () => {
    const el = await fixture<PvProgress>(html`<pv-progress lang="en" label="Upload" value="0" announce-every="0"></pv-progress>`);
    expect(await step(el, 60)).to.equal('');
    expect(await step(el, 100)).to.equal('Upload: Complete');
    expect(text(el)).to.equal('100%');
  });

  it('without a label, names the bar by its text', async () => {
    const el = await fixture<PvProgress>(html`<pv-progress value="3" max="4" announce-every="50"></pv-progress>`);
    expect(bar(el).getAttribute('aria-label')).to.equal('75\u00a0%');
    expect(await step(el, 4)).to.equal('Terminé');
  });

  it('keeps the bar visible in forced colours and still when reduced motion is asked', async function () {
    const el = await fixture<PvProgress>(html`<pv-progress label="Envoi"></pv-progress>`);
    expect(getComputedStyle(bar(el)).animationName).to.equal('pv-slide');
    if (!(await reduceMotion(true))) return this.skip();
    try {
      expect(getComputedStyle(bar(el)).animationName).to.equal('none');
    } finally {
      await reduceMotion(false);
    }
    const forced = forcedColorsCss(el);
    expect(forced).to.match(/progress::-webkit-progress-value \{[^}]*forced-color-adjust: none;[^}]*background: highlight/i);
    expect(forced).to.match(/border-color: canvastext/i);
  });

  it('shows hostile labels and value texts as text; nothing runs', async () => {
    const tripped = installCanary();
    const el = await fixture<PvProgress>(html`<pv-progress value="1"></pv-progress>`);
    for (const s of await naughtyStrings()) {
      el.label = s;
      el.valueText = s;
      await el.updateComplete;
      if (s) expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal(s);
    }
    await wait(50);
    expect(tripped()).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('script, img, iframe').length).to.equal(0);
  });
});
