import { expect, fixture, html } from '@open-wc/testing';
import type { PvSpinner } from './spinner.js';
import { examples } from './spinner.examples.js';
import { clearAnnouncer, politeText } from '../../../../test/helpers/announcer.js';
import { wait } from '../../../../test/helpers/dom.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { forcedColorsCss, reduceMotion } from '../../../../test/helpers/media.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';

describe('pv-spinner', () => {
  beforeEach(clearAnnouncer);

  describeExamplesAccessible(examples);

  it('shows the default French text and a decorative ring, with no live role of its own', async () => {
    const el = await fixture<PvSpinner>(html`<pv-spinner></pv-spinner>`);
    expect(el.shadowRoot!.querySelector('.label')!.textContent).to.equal('Chargement en cours…');
    expect(el.shadowRoot!.querySelector('.indicator')!.getAttribute('aria-hidden')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[role], [aria-live]')).to.equal(null);
  });

  it('announces politely after the delay, once', async () => {
    // A long delay and a wait for the announcement rather than fixed sleeps: a busy CI machine
    // stretches timers, which made fixed 40/150 ms checks flaky.
    const el = await fixture<PvSpinner>(html`<pv-spinner label="Recherche…" delay="600"></pv-spinner>`);
    const start = performance.now();
    await wait(40);
    if (performance.now() - start < 500) expect(politeText()).to.equal('');
    const end = performance.now() + 5000;
    while (politeText() !== 'Recherche…' && performance.now() < end) await wait(20);
    expect(politeText()).to.equal('Recherche…');
    expect(performance.now() - start).to.be.at.least(590);
    clearAnnouncer();
    await wait(200);
    expect(politeText()).to.equal('');
    expect(el.text).to.equal('Recherche…');
  });

  it('says nothing when loading ends before the delay', async () => {
    const el = await fixture<PvSpinner>(html`<pv-spinner delay="300"></pv-spinner>`);
    el.remove();
    await wait(600);
    expect(politeText()).to.equal('');
  });

  it('announces again when shown after being hidden; never while hidden', async () => {
    const el = await fixture<PvSpinner>(html`<pv-spinner hidden delay="20"></pv-spinner>`);
    await wait(100);
    expect(politeText()).to.equal('');
    el.hidden = false;
    await wait(150);
    expect(politeText()).to.equal('Chargement en cours…');
  });

  it('keeps a visually hidden text with hide-label, and speaks English under lang="en"', async () => {
    const el = await fixture<PvSpinner>(html`<pv-spinner hide-label lang="en"></pv-spinner>`);
    const label = el.shadowRoot!.querySelector('.label')!;
    expect(label.classList.contains('visually-hidden')).to.equal(true);
    expect(label.textContent).to.equal('Loading…');
  });

  it('stops turning when reduced motion is asked', async function () {
    const el = await fixture<PvSpinner>(html`<pv-spinner></pv-spinner>`);
    const ring = el.shadowRoot!.querySelector('.indicator')!;
    expect(getComputedStyle(ring).animationName).to.equal('pv-spin');
    if (!(await reduceMotion(true))) return this.skip();
    try {
      expect(getComputedStyle(ring).animationName).to.equal('none');
    } finally {
      await reduceMotion(false);
    }
  });

  it('keeps the ring visible in forced colours', async () => {
    const el = await fixture<PvSpinner>(html`<pv-spinner></pv-spinner>`);
    expect(forcedColorsCss(el)).to.match(/border-block-start-color: canvastext/i);
  });

  it('shows hostile labels as text; nothing runs', async () => {
    const tripped = installCanary();
    const el = await fixture<PvSpinner>(html`<pv-spinner delay="0"></pv-spinner>`);
    for (const s of await naughtyStrings()) {
      el.label = s;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.label')!.textContent).to.equal(s || 'Chargement en cours…');
    }
    await wait(50);
    expect(tripped()).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('script, img, iframe').length).to.equal(0);
  });
});
