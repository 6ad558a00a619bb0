import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { announcerRegions } from '@parvis/core';
import { fileAccepted, parseFileSize, type PvFileInput } from './file-input.js';
import { examples } from './file-input.examples.js';
import { same, wait } from '../../../../test/helpers/dom.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { runFormControlSuite, type Control } from '../../../../test/helpers/form-control-suite.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';

const NBSP = '\u00a0';
const inner = (el: Element) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
const names = (el: PvFileInput) => Array.from(el.shadowRoot!.querySelectorAll('.name'), (n) => n.textContent);
const removeButtons = (el: PvFileInput) => Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.remove'));
const feedback = (el: PvFileInput) => el.shadowRoot!.querySelector('#feedback')?.textContent?.replace(/[ \t\r\n]+/g, ' ').trim() ?? '';
const file = (name: string, bytes = 3, type = '') => new File([new Uint8Array(bytes)], name, { type });

/** What the browser does when the person picks files: files set on the input, then input + change. */
async function pick(el: Element, ...files: File[]) {
  const input = inner(el);
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await (el as PvFileInput).updateComplete;
}

describe('pv-file-input', () => {
  runFormControlSuite('pv-file-input', {
    render: ({ name, label, required, disabled }) =>
      html`<pv-file-input name=${name} label=${label} ?required=${required} ?disabled=${disabled}></pv-file-input>`,
    userInput: async (el: Control, value: string) => {
      await pick(el, file(`${value}.pdf`, 10, 'application/pdf'));
      inner(el).blur();
    },
    validValue: 'devis',
    expectedEntries: ['[object File]'],
    inner: (el) => inner(el),
    restoreState: (() => {
      const data = new FormData();
      data.append('field', file('devis.pdf'));
      return data;
    })(),
  });

  describeExamplesAccessible(examples);

  it('keeps the native input focusable and labelled, described by the hint', async () => {
    const el = await fixture<PvFileInput>(html`<pv-file-input label="Justificatif" hint="PDF, 10 Mo au plus" accept=".pdf"></pv-file-input>`);
    const input = inner(el);
    expect(input.labels?.[0]?.textContent).to.contain('Justificatif');
    expect(input.getAttribute('aria-describedby')).to.equal('hint');
    expect(input.accept).to.equal('.pdf');
    expect(input.multiple).to.equal(false);
    input.focus();
    same(el.shadowRoot!.activeElement, input);
    expect(el.shadowRoot!.querySelector('.button')!.textContent).to.equal('Choisir un fichier');
  });

  it('lists the files with their size in French and gives them all to the form under the name', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><pv-file-input label="Pièces" name="pieces" multiple></pv-file-input></form>`);
    const el = form.querySelector('pv-file-input')!;
    await el.updateComplete;
    await pick(el, file('plan.pdf', 1_240_000), file('photo.jpg', 850_000), file('note.txt', 12));
    expect(names(el)).to.deep.equal(['plan.pdf', 'photo.jpg', 'note.txt']);
    expect(Array.from(el.shadowRoot!.querySelectorAll('.size'), (n) => n.textContent)).to.deep.equal([`1,2${NBSP}Mo`, `850${NBSP}ko`, `12${NBSP}octets`]);
    const entries = new FormData(form).getAll('pieces') as File[];
    expect(entries.map((f) => f.name)).to.deep.equal(['plan.pdf', 'photo.jpg', 'note.txt']);
    expect(el.value.length).to.equal(3);
    // The same file picked again is not listed twice; the input is emptied after each pick.
    await pick(el, el.value[0]!);
    expect(names(el).length).to.equal(3);
    expect(inner(el).files!.length).to.equal(0);
  });

  it('checks the format before anything is sent: a refused file is not added and the message names it', async () => {
    const el = await fixture<PvFileInput>(html`<pv-file-input label="Devis" name="devis" accept=".pdf,.jpg"></pv-file-input>`);
    await pick(el, file('devis.exe', 10, 'application/x-msdownload'));
    expect(el.value).to.deep.equal([]);
    expect(feedback(el)).to.equal(`Erreur${NBSP}: «${NBSP}devis.exe${NBSP}» n’est pas accepté${NBSP}: formats acceptés PDF, JPG.`);
    expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
    expect(inner(el).getAttribute('aria-describedby')).to.equal('feedback');
    // Nothing was added, so the form is not blocked (unless the field is required).
    expect(el.checkValidity()).to.equal(true);
    await pick(el, file('DEVIS.PDF', 10, 'application/pdf'));
    expect(names(el)).to.deep.equal(['DEVIS.PDF']);
    expect(feedback(el)).to.equal('');
    expect(inner(el).hasAttribute('aria-invalid')).to.equal(false);
  });

  it('checks the size against max-size ("10 Mo") with the sizes written in French', async () => {
    const el = await fixture<PvFileInput>(html`<pv-file-input label="Plan" max-size="10 Mo" multiple></pv-file-input>`);
    await pick(el, file('plan.pdf', 12_400_000), file('petit.pdf', 2_000));
    expect(names(el)).to.deep.equal(['petit.pdf']);
    expect(feedback(el)).to.equal(`Erreur${NBSP}: «${NBSP}plan.pdf${NBSP}» pèse 12,4${NBSP}Mo${NBSP}; la taille maximale est 10${NBSP}Mo.`);
  });

  it('accepts MIME types and families, and names them in the message', async () => {
    const el = await fixture<PvFileInput>(html`<pv-file-input label="Photo" accept="image/*,application/pdf,video/*,audio/*,application/x-zip" multiple></pv-file-input>`);
    await pick(el, file('a.png', 1, 'image/png'), file('b.pdf', 1, 'application/pdf'), file('c.doc', 1, 'application/msword'));
    expect(names(el)).to.deep.equal(['a.png', 'b.pdf']);
    expect(feedback(el)).to.contain('formats acceptés images, PDF, vidéos, sons, ZIP.');
  });

  it('refuses files beyond max-files, naming each one', async () => {
    const el = await fixture<PvFileInput>(html`<pv-file-input label="Photos" multiple max-files="2"></pv-file-input>`);
    await pick(el, file('1.jpg'), file('2.jpg'), file('3.jpg'));
    expect(names(el)).to.deep.equal(['1.jpg', '2.jpg']);
    expect(feedback(el)).to.contain(`«${NBSP}3.jpg${NBSP}» n’a pas été ajouté${NBSP}: vous pouvez joindre 2 fichiers au plus.`);
  });

  it('without multiple, a new file replaces the old one; a refused one keeps the old one', async () => {
    const el = await fixture<PvFileInput>(html`<pv-file-input label="Justificatif" accept=".pdf"></pv-file-input>`);
    await pick(el, file('a.pdf'));
    await pick(el, file('b.pdf'));
    expect(names(el)).to.deep.equal(['b.pdf']);
    await pick(el, file('c.exe'));
    expect(names(el)).to.deep.equal(['b.pdf']);
    expect(feedback(el)).to.contain('c.exe');
  });

  it('announces additions, refusals and removals politely', async () => {
    const el = await fixture<PvFileInput>(html`<pv-file-input label="Pièces" multiple accept=".pdf"></pv-file-input>`);
    const polite = announcerRegions().polite;
    await pick(el, file('a.pdf'));
    await wait(100);
    expect(polite.textContent).to.equal(`«${NBSP}a.pdf${NBSP}» ajouté. 1 fichier sélectionné.`);
    await pick(el, file('b.pdf'), file('c.pdf'), file('d.exe'));
    await wait(100);
    expect(polite.textContent).to.equal(`2 fichiers ajoutés. «${NBSP}d.exe${NBSP}» n’est pas accepté${NBSP}: formats acceptés PDF. 3 fichiers sélectionnés.`);
    await el.removeFile(0);
    await wait(100);
    expect(polite.textContent).to.equal(`«${NBSP}a.pdf${NBSP}» retiré. 2 fichiers sélectionnés.`);
  });

  it('keyboard: Tab reaches the input then each "Retirer" button; removing focuses the next button, then the input', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><button type="button">avant</button><pv-file-input label="Pièces" name="p" multiple></pv-file-input></form>`);
    const el = form.querySelector('pv-file-input')!;
    await el.updateComplete;
    await pick(el, file('a.pdf'), file('b.pdf'));
    let changes = 0;
    el.addEventListener('change', () => (changes += 1));
    form.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    same(el.shadowRoot!.activeElement, inner(el));
    await sendKeys({ press: 'Tab' });
    const [first, second] = removeButtons(el);
    same(el.shadowRoot!.activeElement, first);
    expect(first!.textContent!.replace(/[ \t\r\n]+/g, ' ').trim()).to.equal(`Retirer «${NBSP}a.pdf${NBSP}»`);
    expect(first!.querySelector('.visually-hidden')).to.not.equal(null);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['b.pdf']);
    same(el.shadowRoot!.activeElement, removeButtons(el)[0]);
    expect(second).to.not.equal(undefined);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await el.updateComplete;
    expect(names(el)).to.deep.equal([]);
    same(el.shadowRoot!.activeElement, inner(el));
    expect(changes).to.equal(2);
    expect(new FormData(form).has('p')).to.equal(false);
  });

  it('when disabled, nothing can be added or removed', async () => {
    const el = await fixture<PvFileInput>(html`<pv-file-input label="Pièces" multiple .value=${[file('a.pdf')]} disabled></pv-file-input>`);
    expect(inner(el).disabled).to.equal(true);
    expect(removeButtons(el)[0]!.disabled).to.equal(true);
    await el.removeFile(0);
    await pick(el, file('b.pdf'));
    expect(names(el)).to.deep.equal(['a.pdf']);
  });

  it('required: "Ajoutez un fichier" until a file is added; reset clears refusals', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><pv-file-input label="Pièce d’identité" name="id" required accept=".pdf"></pv-file-input></form>`);
    const el = form.querySelector('pv-file-input')!;
    await el.updateComplete;
    expect(el.validationMessage).to.equal(`Ajoutez un fichier pour «${NBSP}Pièce d’identité${NBSP}».`);
    await pick(el, file('x.exe'));
    expect(el.checkValidity()).to.equal(false);
    expect(feedback(el)).to.contain('x.exe');
    form.reset();
    await el.updateComplete;
    expect(feedback(el)).to.equal('');
    await pick(el, file('x.pdf'));
    expect(el.checkValidity()).to.equal(true);
  });

  it('speaks English under lang="en"', async () => {
    const el = await fixture<PvFileInput>(html`<pv-file-input lang="en" label="Plan" multiple max-size="1MB" accept=".pdf"></pv-file-input>`);
    expect(el.shadowRoot!.querySelector('.button')!.textContent).to.equal('Choose files');
    await pick(el, file('big.pdf', 1_500_000), file('a.txt'));
    expect(feedback(el)).to.equal(`Error: “big.pdf” is 1.5${NBSP}MB; the maximum size is 1${NBSP}MB. “a.txt” is not accepted: accepted formats are PDF.`);
  });

  it('reads sizes written in many ways', () => {
    expect(parseFileSize('10 Mo')).to.equal(10_000_000);
    expect(parseFileSize('10MB')).to.equal(10_000_000);
    expect(parseFileSize('1,5 Go')).to.equal(1_500_000_000);
    expect(parseFileSize('500 ko')).to.equal(500_000);
    expect(parseFileSize('2 Mio')).to.equal(2 * 1024 * 1024);
    expect(parseFileSize('1 KiB')).to.equal(1024);
    expect(parseFileSize('2048')).to.equal(2048);
    expect(parseFileSize('12 octets')).to.equal(12);
    expect(parseFileSize(4096)).to.equal(4096);
    expect(parseFileSize('beaucoup')).to.equal(undefined);
    expect(parseFileSize('')).to.equal(undefined);
    expect(parseFileSize(-1)).to.equal(undefined);
    expect(parseFileSize(null)).to.equal(undefined);
  });

  it('matches accept tokens like the browser', () => {
    expect(fileAccepted(file('a.PDF'), '.pdf')).to.equal(true);
    expect(fileAccepted(file('a.png', 1, 'image/png'), 'image/*')).to.equal(true);
    expect(fileAccepted(file('a.png', 1, 'image/png'), 'image/jpeg')).to.equal(false);
    expect(fileAccepted(file('a.exe'), '')).to.equal(true);
    expect(fileAccepted(file('a.exe'), ' , ')).to.equal(true);
  });

  it('handles an empty pick and a huge number of files', async () => {
    const el = await fixture<PvFileInput>(html`<pv-file-input label="Pièces" multiple></pv-file-input>`);
    await pick(el);
    expect(el.value.length).to.equal(0);
    const many = Array.from({ length: 300 }, (_v, i) => file(`f${i}.pdf`));
    await pick(el, ...many);
    expect(names(el).length).to.equal(300);
    expect(feedback(el)).to.equal('');
  });

  it('shows hostile file names and labels as text; nothing runs', async () => {
    const tripped = installCanary();
    const strings = (await naughtyStrings()).filter(Boolean);
    const el = await fixture<PvFileInput>(html`<pv-file-input label="Pièces" multiple accept=".pdf"></pv-file-input>`);
    const files = strings.map((s) => file(s));
    await pick(el, ...files);
    await el.updateComplete;
    const accepted = files.filter((f) => f.name.toLowerCase().endsWith('.pdf'));
    expect(names(el)).to.deep.equal(accepted.map((f) => f.name));
    expect(feedback(el).length).to.be.greaterThan(0);
    await pick(el, ...strings.map((s) => file(`${s}.pdf`)));
    expect(names(el).length).to.be.greaterThan(strings.length - 5);
    for (const s of strings.slice(0, 60)) {
      el.label = s;
      el.hint = s;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('label')!.textContent!.startsWith(s)).to.equal(true);
    }
    await wait(100);
    expect(tripped()).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('script, img, iframe').length).to.equal(0);
  });
});
