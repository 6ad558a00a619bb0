import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import Papa from 'papaparse';
import type { PvVenueReport } from './report.js';
import { hoursChecker } from './report.js';
import { cleanVenues, examples, EXAMPLE_FILE, SAMPLE_CSV } from './report.examples.js';
import { loadVenues, qualityReport, qualityReportCsv, type QualityEntry, type QualityReport } from '../data/index.js';
import { loadHoursEngine } from '../hours/hours.js';
import { makeVenue, type Venue } from '../model.js';
import { windows1252 } from '../../../../test/helpers/windows-1252.js';
import { describeExamplesAccessible } from '../../../../test/helpers/examples.js';
import { THEMES, themedFixture } from '../../../../test/helpers/themes.js';
import { installCanary, naughtyStrings } from '../../../../test/helpers/naughty.js';
import { clearAnnouncer, politeText } from '../../../../test/helpers/announcer.js';

const HINAURA = '/shared-data/mediation-venues-hinaura/source.json';
const FRANCE_SERVICES = '/shared-data/france-services-2022/liste-fs-20221201.csv';
const STANDARD_V01 = '/shared-data/mediation-standard/exemple-valide-v0.1.1.csv';
const DI_SCHEMA = '/shared-data/data-inclusion-schema/structure.json';

async function until(check: () => boolean, what: string, timeout = 8000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const root = (el: PvVenueReport) => el.shadowRoot!;
const ready = (el: PvVenueReport) => until(() => !!root(el).querySelector('.summary'), 'the report');
const errored = (el: PvVenueReport) => until(() => !!root(el).querySelector('.error'), 'the error');
const summary = (el: PvVenueReport) => root(el).querySelector('.summary')!.textContent!.trim();
const sections = (el: PvVenueReport) => Array.from(root(el).querySelectorAll<HTMLElement>('section'));
const button = (el: PvVenueReport, format: 'csv' | 'json') => root(el).querySelector<HTMLElement>(`button[data-format="${format}"]`)!;
/** French numbers group thousands with a narrow no-break space. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

/** The element that has focus, through shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** The bytes of a file, as the element reads them from `src` (decoded by the data layer). */
async function bytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** What the element should compute: the data layer's report with the real opening-hours checker. */
async function expectedReport(source: string | Uint8Array): Promise<QualityReport> {
  return loadVenues(source, { checkHours: hoursChecker(await loadHoursEngine()) }).report;
}

/** Section kinds → the decoder's warning codes they show. */
const ENCODING_CODES: Record<string, string> = { mojibake: 'mojibake', replacementChars: 'replacement-chars', invalidUtf8: 'invalid-utf8', nulBytes: 'nul-bytes' };

/** The entry behind a rendered section (`data-kind`, `data-key`). */
function entryOf(report: QualityReport, section: HTMLElement): QualityEntry | { count: number } {
  const kind = section.dataset.kind as keyof QualityReport;
  const key = section.dataset.key ?? '';
  if (kind === 'warnings') return { count: report.warnings.length };
  if (ENCODING_CODES[kind]) return report.encoding!.warnings.find((w) => w.code === ENCODING_CODES[kind])! as { count: number };
  if (kind === 'missingFields') return report.missingFields[key as keyof QualityReport['missingFields']];
  if (kind === 'unknownValues') return report.unknownValues[key]!;
  return report[kind] as QualityEntry;
}

/** Every rendered section shows the count of the data layer's report, and nothing is left out. */
function expectSameCounts(el: PvVenueReport, report: QualityReport): void {
  let total = 0;
  for (const section of sections(el)) {
    const count = entryOf(report, section).count;
    total += count;
    expect(plain(section.querySelector('.count')!.textContent!), section.dataset.kind).to.match(new RegExp(`^${count.toLocaleString('fr-FR').replace(/[\u202f\u00a0]/g, ' ')} problèmes?$`));
  }
  const all = [
    report.invalidPhones, report.invalidEmails, report.invalidUrls, report.invalidValues, report.missingCoordinates, report.swappedCoordinates,
    report.lambert93Coordinates, report.outsideFrance, report.unconvertedHours, report.staleUpdates, report.duplicateIds,
    ...(report.unparsableHours ? [report.unparsableHours] : []),
    ...Object.values(report.unknownValues), ...Object.values(report.missingFields),
    ...(report.encoding?.warnings ?? []).filter((w) => Object.values(ENCODING_CODES).includes(w.code)).map((w) => ({ count: w.count! })),
  ].reduce((sum, e) => sum + e.count, report.warnings.length);
  expect(total).to.equal(all);
}

/** Records URL.createObjectURL and link clicks instead of saving files. */
function interceptDownloads(): { files: { blob: Blob; name: string; href: string }[]; restore: () => void } {
  const files: { blob: Blob; name: string; href: string }[] = [];
  const blobs = new Map<string, Blob>();
  const create = URL.createObjectURL;
  const revoke = URL.revokeObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    files.push({ blob: blobs.get(this.href)!, name: this.download, href: this.href });
  };
  return {
    files,
    restore: () => {
      URL.createObjectURL = create;
      URL.revokeObjectURL = revoke;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

describe('pv-venue-report', () => {
  describeExamplesAccessible(examples.filter((e) => e.name !== 'FromFile'));

  describe('is accessible in every theme once each state is reached', () => {
    const states: [string, () => ReturnType<typeof html>, (el: PvVenueReport) => Promise<void>][] = [
      ['loading', () => html`<pv-venue-report .data=${new Promise<string>(() => undefined)}></pv-venue-report>`, async (el) => until(() => !!root(el).querySelector('[role="status"]'), 'loading')],
      ['ready', () => html`<pv-venue-report .data=${SAMPLE_CSV}></pv-venue-report>`, ready],
      ['ready (real file)', () => html`<pv-venue-report src=${FRANCE_SERVICES}></pv-venue-report>`, ready],
      ['error', () => html`<pv-venue-report src="/shared-data/introuvable/lieux.csv"></pv-venue-report>`, errored],
      ['empty', () => html`<pv-venue-report .data=${[] as Venue[]}></pv-venue-report>`, ready],
      ['no problem', () => html`<pv-venue-report .data=${cleanVenues()}></pv-venue-report>`, ready],
    ];
    for (const theme of THEMES) {
      for (const [name, template, reached] of states) {
        // The real file is long to read and to audit: once, in the default theme, is enough.
        if (name === 'ready (real file)' && theme !== 'default') continue;
        it(`${name} (${theme})`, async function () {
          this.timeout(30000); // the real file: 2 683 places read, then axe over a few hundred cells
          const el = await themedFixture<PvVenueReport>(template(), theme);
          await reached(el);
          await el.updateComplete;
          await expect(el.parentElement).to.be.accessible();
        });
      }
    }
  });

  it('stays empty without a source', async () => {
    const el = await fixture<PvVenueReport>(html`<pv-venue-report></pv-venue-report>`);
    expect(root(el).children.length).to.equal(0);
    expect(el.report).to.equal(undefined);
  });

  it('shows a status text while loading', async () => {
    let resolve!: (v: string) => void;
    const el = await fixture<PvVenueReport>(html`<pv-venue-report .data=${new Promise<string>((r) => (resolve = r))}></pv-venue-report>`);
    const status = root(el).querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('Lecture du fichier et vérification des lieux…');
    resolve(SAMPLE_CSV);
    await ready(el);
    expect(root(el).querySelector('[role="status"]')).to.equal(null);
  });

  it('reports the Hinaura file (687 places) like the data layer', async function () {
    this.timeout(30000); // the file is read twice (here and by the element) on a shared machine
    const expected = await expectedReport(await bytes(HINAURA));
    clearAnnouncer();
    const el = await fixture<PvVenueReport>(html`<pv-venue-report src=${HINAURA}></pv-venue-report>`);
    await ready(el);
    expect(el.report).to.deep.equal(expected);
    expectSameCounts(el, expected);
    // Hand-checked with a node script (papaparse + opening_hours.js, no code of this package):
    // 687 objects, all dated 2021-05-05, all with latitude and longitude, and opening_hours.js
    // accepts each of the 617 non-empty `horaires`.
    expect(el.report!.total).to.equal(687);
    expect(el.report!.staleUpdates.count).to.equal(687);
    expect(el.report!.missingCoordinates.count).to.equal(0);
    expect(el.report!.unparsableHours!.count).to.equal(0);
    expect(plain(summary(el))).to.equal('687 lieux lus, 687 problèmes');
    expect(sections(el).map((s) => s.dataset.kind)).to.deep.equal(['staleUpdates']);
    await until(() => plain(politeText()) === '687 lieux lus, 687 problèmes', 'the summary announced');
    // The first example: record 1, its id, name, field and value as text.
    const cells = Array.from(sections(el)[0]!.querySelectorAll('tbody tr:first-child > *'), (c) => c.textContent!.trim());
    expect(cells).to.deep.equal(['1', '0', "MAISON DE SERVICES AU PUBLIC D'ABONDANCE", 'date_maj', '2021-05-05']);
  });

  it('reports the France Services list (2 683 sites) like the data layer', async function () {
    this.timeout(30000); // the file is read twice (here and by the element) on a shared machine
    const expected = await expectedReport(await bytes(FRANCE_SERVICES));
    const el = await fixture<PvVenueReport>(html`<pv-venue-report src=${FRANCE_SERVICES}></pv-venue-report>`);
    await ready(el);
    expect(el.report).to.deep.equal(expected);
    expectSameCounts(el, expected);
    // Hand-checked with a node script over the CSV (papaparse only): 2 683 rows; 30 with an empty
    // latitude or longitude; 26 with an empty lib_com, code_postal and adresse; no date_maj column;
    // the only single-address `mail` cells without a valid top-level domain are the two below;
    // `insee_com` "0null" is the only malformed code; 5 rows have h_* cells with something else than
    // digits, ':', '/', '-' and spaces; 4 destroyed accents ("Fresnes-LÃ©guillon", "Trie-ChÃ¢teau",
    // twice each). 2 + 1 + 30 + 5 + 3 × 26 + 2 683 + 4 = 2 803 problems.
    const r = el.report!;
    expect(r.total).to.equal(2683);
    expect(r.missingCoordinates.count).to.equal(30);
    expect([r.missingFields.commune.count, r.missingFields.code_postal.count, r.missingFields.adresse.count]).to.deep.equal([26, 26, 26]);
    expect(r.missingFields.date_maj.count).to.equal(2683);
    expect(r.invalidEmails.examples.map((e) => e.value)).to.deep.equal(['lelien@paysapt-luberon.f', 'mfs@ville-louvres']);
    expect(r.invalidValues.count).to.equal(1);
    expect(r.unconvertedHours.count).to.equal(5);
    expect(plain(summary(el))).to.equal('2 683 lieux lus, 2 803 problèmes');
    const mojibake = sections(el).find((s) => s.dataset.kind === 'mojibake')!;
    expect(plain(mojibake.querySelector('.count')!.textContent!)).to.equal('4 problèmes');
    expect(mojibake.querySelector('.sample')!.textContent).to.contain('Fresnes-LÃ©guillon');
    expect(root(el).querySelector('.encoding')).to.equal(null); // UTF-8: nothing to say
    // The record number of id 2004 (the "0null" INSEE code): row 1 710 of the CSV, record 1 709.
    const invalid = sections(el).find((s) => s.dataset.kind === 'invalidValues')!;
    expect(Array.from(invalid.querySelectorAll('tbody td'), (c) => c.textContent!.trim())).to.deep.equal(['1630', '2004', 'code_insee', '0NULL']);
    // Five examples at most, and the caption says so.
    const missing = sections(el).find((s) => s.dataset.kind === 'missingCoordinates')!;
    expect(missing.querySelectorAll('tbody tr').length).to.equal(5);
    expect(plain(missing.querySelector('caption')!.textContent!)).to.equal('Exemples : les 5 premiers sur 30');
  });

  for (const file of [EXAMPLE_FILE, STANDARD_V01]) {
    it(`reports the example file of the standard ${file.includes('v0.1') ? 'v0.1.1' : 'v1'}`, async () => {
      const expected = await expectedReport(await bytes(file));
      const el = await fixture<PvVenueReport>(html`<pv-venue-report src=${file}></pv-venue-report>`);
      await ready(el);
      expect(el.report).to.deep.equal(expected);
      expectSameCounts(el, expected);
      // Hand-checked: one record, complete and valid, dated 2024-04-02 (v1) / 2022-06-02 (v0.1.1),
      // more than 12 months ago: its only problem is the old date.
      expect(summary(el)).to.equal('1 lieu lu, 1 problème');
      expect(sections(el).map((s) => s.dataset.kind)).to.deep.equal(['staleUpdates']);
      expect(el.report!.unparsableHours!.count).to.equal(0);
    });
  }

  it('reports data·inclusion structures built from the examples of the schema', async () => {
    // The schema has no data file: one structure per example id, every other field from its
    // first example (`horaires_accueil`, `date_maj` 2025-02-14…); no address nor coordinates.
    const schema = (await (await fetch(DI_SCHEMA)).json()) as { properties: Record<string, { examples?: unknown[] }> };
    const base = Object.fromEntries(Object.entries(schema.properties).filter(([, p]) => p.examples?.length).map(([k, p]) => [k, p.examples![0]]));
    const records = schema.properties.id!.examples!.map((id, i) => ({ ...base, id, nom: `${base.nom as string} ${i + 1}` }));
    const source = JSON.stringify(records);
    const expected = await expectedReport(source);
    const el = await fixture<PvVenueReport>(html`<pv-venue-report .data=${source}></pv-venue-report>`);
    await ready(el);
    expect(el.report).to.deep.equal(expected);
    expectSameCounts(el, expected);
    // Hand-checked from the schema: 3 ids; no latitude, longitude, commune, code_postal, adresse
    // examples; date_maj 2025-02-14; "Mo-Fr 08:30-12:30; PH off" is valid opening_hours.
    const r = el.report!;
    expect(r.total).to.equal(3);
    expect(r.missingCoordinates.count).to.equal(3);
    expect([r.missingFields.commune.count, r.missingFields.code_postal.count, r.missingFields.adresse.count]).to.deep.equal([3, 3, 3]);
    expect(r.staleUpdates.count).to.equal(3);
    expect(r.unparsableHours!.count).to.equal(0);
    expect(summary(el)).to.equal('3 lieux lus, 15 problèmes');
  });

  it('checks opening hours with the opening_hours engine', async () => {
    const check = hoursChecker(await loadHoursEngine());
    expect(check('Mo-Fr 09:00-12:00,14:00-17:00')).to.equal(true);
    expect(check('"sur rendez-vous"')).to.equal(true);
    expect(check('le matin')).to.equal(false);
    expect(check('123456789012345678901234567890')).to.equal(false); // read as a year: nonsense
    expect(check('Mo-Fr 09:00-12:00; SH off')).to.equal(true); // needs a region, not a defect
    expect(check('shitake mushrooms')).to.equal(false); // read as "SH" by the library, still nonsense
    const el = await fixture<PvVenueReport>(html`<pv-venue-report .data=${SAMPLE_CSV}></pv-venue-report>`);
    await ready(el);
    expect(el.report!.unparsableHours).to.deep.equal({ count: 1, examples: [{ id: 'l2', name: 'Espace numérique du Parc', value: 'le matin' }] });
    const hours = sections(el).find((s) => s.dataset.kind === 'unparsableHours')!;
    expect(hours.querySelector('h2')!.textContent).to.equal('Horaires non interprétés');
  });

  it('shows one section per kind, with the corrected coordinates and the unknown values', async () => {
    const el = await fixture<PvVenueReport>(html`<pv-venue-report .data=${SAMPLE_CSV}></pv-venue-report>`);
    await ready(el);
    expect(sections(el).map((s) => s.dataset.kind)).to.deep.equal([
      'invalidPhones', 'invalidEmails', 'unknownValues', 'missingCoordinates', 'swappedCoordinates', 'unparsableHours', 'staleUpdates',
    ]);
    expect(summary(el)).to.equal('3 lieux lus, 9 problèmes');
    const swapped = sections(el).find((s) => s.dataset.kind === 'swappedCoordinates')!;
    expect(swapped.querySelector('.effect')!.textContent).to.contain('remises dans le bon ordre');
    expect(swapped.querySelector('tbody td:last-child')!.textContent).to.equal('45.77000, 4.88000');
    const unknown = sections(el).find((s) => s.dataset.kind === 'unknownValues')!;
    expect(unknown.querySelector('h2')!.textContent).to.equal('Valeurs hors vocabulaire\u00a0: services');
    expect(Array.from(unknown.querySelectorAll('table.values tbody td'), (c) => c.textContent)).to.deep.equal(['Réparer son ordinateur', '1']);
    // table semantics: a caption, column headers, the place's name as row header
    const table = sections(el)[0]!.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.equal('Le cas trouvé');
    expect(Array.from(table.querySelectorAll('thead th'), (th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col', 'col', 'col']);
    expect(table.querySelector('tbody th[scope="row"]')!.textContent).to.equal('Espace numérique du Parc');
    expect(root(el).querySelector('.passed')!.textContent).to.contain('liens');
  });

  it('shows every kind of problem of a file, with the right record numbers', async () => {
    const csv = [
      'id,nom,commune,code_postal,adresse,latitude,longitude,site_web,date_maj,publics_specifiquement_adresses',
      'a,Lambert,Lyon,69001,1 rue A,6519000,842000,https://a.exemple.fr,2026-01-01,Seniors',
      'b,Ailleurs,Lyon,69001,1 rue B,40.7,-74.0,javascript:alert(1),pas une date,Martiens',
      'a,Doublon,Lyon,ABCDE,1 rue C,45.76,4.83,,2026-01-01,Seniors',
      ',,Lyon,69001,1 rue E,45.76,4.83,,2026-01-01,Seniors',
      'c,Trop de colonnes,Lyon,69001,1 rue D,45.76,4.83,,2026-01-01,Seniors,en trop',
    ].join('\n');
    const expected = await expectedReport(csv);
    const el = await fixture<PvVenueReport>(html`<pv-venue-report .data=${csv} heading-level="3"></pv-venue-report>`);
    await ready(el);
    expect(el.report).to.deep.equal(expected);
    expectSameCounts(el, expected);
    const kinds = sections(el).map((s) => `${s.dataset.kind}${s.dataset.key ? `.${s.dataset.key}` : ''}`);
    for (const kind of ['invalidUrls', 'invalidValues', 'unknownValues.publics', 'lambert93Coordinates', 'outsideFrance', 'duplicateIds', 'missingFields.nom', 'warnings']) {
      expect(kinds, `${kind} in ${kinds.join(' ')}`).to.include(kind);
    }
    const row = (kind: string) => Array.from(sections(el).find((s) => s.dataset.kind === kind)!.querySelectorAll('tbody tr:first-child > *'), (c) => c.textContent!.trim());
    // "field : value" of the data layer split into two columns
    expect(row('invalidUrls')).to.deep.equal(['2', 'b', 'Ailleurs', 'site_web', 'javascript:alert(1)']);
    // the duplicate got a suffix; its record number is its own (3), not the first "a"
    expect(row('duplicateIds')).to.deep.equal(['3', 'a-2', 'Doublon', 'id', 'a']);
    expect(row('lambert93Coordinates').slice(0, 4)).to.deep.equal(['1', 'a', 'Lambert', 'latitude, longitude']);
    const unknown = sections(el).find((s) => s.dataset.kind === 'unknownValues')!;
    expect(unknown.querySelector('h3')!.textContent).to.equal('Valeurs hors vocabulaire\u00a0: publics_specifiquement_adresses');
    const warnings = sections(el).find((s) => s.dataset.kind === 'warnings')!;
    expect(warnings.querySelectorAll('li').length).to.equal(expected.warnings.length);
    // the empty name is said, not left blank
    expect(sections(el).find((s) => s.dataset.key === 'nom')!.querySelector('tbody th')!.textContent).to.equal('(sans nom)');
  });

  it('says so when there is no problem, and for an empty list', async () => {
    const clean = await fixture<PvVenueReport>(html`<pv-venue-report .data=${cleanVenues()}></pv-venue-report>`);
    await ready(clean);
    expect(summary(clean)).to.equal('1 lieu lu, aucun problème');
    expect(root(clean).querySelector('.clean')).not.to.equal(null);
    expect(sections(clean)).to.have.length(0);
    // a report for venues given by the page equals qualityReport without normalisation issues
    expect(clean.report).to.deep.equal(qualityReport(cleanVenues(), [], { checkHours: hoursChecker(await loadHoursEngine()) }));
    const empty = await fixture<PvVenueReport>(html`<pv-venue-report .data=${[] as Venue[]}></pv-venue-report>`);
    await ready(empty);
    expect(summary(empty)).to.equal('Aucun lieu lu, aucun problème');
  });

  it('downloads the CSV report (UTF-8 with BOM) and the JSON report without navigating', async () => {
    const expected = await expectedReport(SAMPLE_CSV);
    const el = await fixture<PvVenueReport>(html`<pv-venue-report .data=${SAMPLE_CSV}></pv-venue-report>`);
    await ready(el);
    const downloads = interceptDownloads();
    const before = location.href;
    try {
      button(el, 'csv').click();
      button(el, 'json').click();
    } finally {
      downloads.restore();
    }
    expect(location.href).to.equal(before);
    const [csv, json] = downloads.files;
    expect(csv!.name).to.equal('rapport-qualite-lieux.csv');
    expect(csv!.blob.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await csv!.blob.arrayBuffer());
    expect(Array.from(bytes.slice(0, 3))).to.deep.equal([0xef, 0xbb, 0xbf]);
    const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(body).to.equal(`\uFEFF${qualityReportCsv(expected)}`);
    expect(body.split('\r\n').slice(0, 3)).to.deep.equal([
      '\uFEFFprobleme,champ,nombre,id,nom,valeur',
      'Téléphone invalide,,1,,,',
      'Téléphone invalide,,,l2,Espace numérique du Parc,04 72',
    ]);
    expect(json!.name).to.equal('rapport-qualite-lieux.json');
    expect(json!.blob.type).to.equal('application/json;charset=utf-8');
    expect(JSON.parse(await json!.blob.text())).to.deep.equal(JSON.parse(JSON.stringify(expected)));
    // the temporary link is gone
    expect(document.querySelector('a[download]')).to.equal(null);
    expect(root(el).querySelector('a')).to.equal(null);
  });

  it('escapes formulas in the downloaded CSV', async () => {
    const csv = 'id,nom,telephone,courriels,services\n=1+1,=HYPERLINK("http://x"),+33 abc,@evil,-cmd|calc\n2,\tTab,-1,x@y,=2\n';
    const el = await fixture<PvVenueReport>(html`<pv-venue-report .data=${csv}></pv-venue-report>`);
    await ready(el);
    const cells = Papa.parse<string[]>(el.csvText().slice(1)).data.flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).to.deep.equal([]);
    expect(cells).to.include('\'=HYPERLINK("http://x")');
    expect(cells).to.include("'+33 abc");
    expect(cells).to.include("'-cmd"); // `|` separates list values: "-cmd" and "calc"
    // and the page shows the same values as plain text
    expect(Array.from(root(el).querySelectorAll('tbody th'), (th) => th.textContent)).to.include('=HYPERLINK("http://x")');
  });

  it('shows a network error with a retry button, then recovers', async () => {
    const calls: string[] = [];
    const original = window.fetch;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(String(input));
      return original(input, init);
    }) as typeof fetch;
    try {
      const el = await fixture<PvVenueReport>(html`<pv-venue-report src="/shared-data/introuvable/lieux.csv"></pv-venue-report>`);
      await errored(el);
      const notice = root(el).querySelector('.error')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(notice.querySelector('h2')!.textContent).to.equal('Rapport impossible');
      expect(notice.textContent).to.contain('n’a pas pu être téléchargé');
      expect(el.report).to.equal(undefined);
      const retry = notice.querySelector('button')!;
      expect(retry.textContent).to.contain('Réessayer');
      const before = calls.filter((c) => c.includes('introuvable')).length;
      retry.click();
      await until(() => calls.filter((c) => c.includes('introuvable')).length === before + 1, 'a second request');
      await errored(el);
      el.src = EXAMPLE_FILE;
      await ready(el);
      expect(summary(el)).to.equal('1 lieu lu, 1 problème');
    } finally {
      window.fetch = original;
    }
  });

  it('shows a data error for an empty or unreadable file', async () => {
    for (const bad of ['', '   ', '{"pas": "une liste"}', 'id,nom\n']) {
      const el = await fixture<PvVenueReport>(html`<pv-venue-report .data=${bad}></pv-venue-report>`);
      await errored(el);
      expect(root(el).querySelector('.error')!.textContent, JSON.stringify(bad)).to.contain('n’a pas pu être lu');
    }
    const rejected = await fixture<PvVenueReport>(html`<pv-venue-report .data=${Promise.reject(new Error('offline'))}></pv-venue-report>`);
    await errored(rejected);
    expect(root(rejected).querySelector('.error')!.textContent).to.contain('n’a pas pu être téléchargé');
  });

  it('keeps only the last load when the source changes quickly', async () => {
    let resolveFirst!: (v: string) => void;
    const el = await fixture<PvVenueReport>(html`<pv-venue-report .data=${new Promise<string>((r) => (resolveFirst = r))}></pv-venue-report>`);
    el.data = cleanVenues();
    await ready(el);
    resolveFirst(SAMPLE_CSV);
    await new Promise((r) => setTimeout(r, 50));
    expect(summary(el)).to.equal('1 lieu lu, aucun problème');
  });

  it('shows hostile strings as text', async () => {
    const pwned = installCanary();
    const strings = (await naughtyStrings()).filter((s) => s.trim() !== '');
    const records = strings.map((s, i) => ({ id: `n${i}`, nom: s, telephone: s, courriels: s, horaires: s, services: s, date_maj: s, latitude: s, longitude: s }));
    const source = JSON.stringify(records);
    const el = await fixture<PvVenueReport>(html`<pv-venue-report .data=${source}></pv-venue-report>`);
    await ready(el);
    expect(el.report!.total).to.equal(strings.length);
    expect(root(el).querySelector('script, img, iframe, object, embed, svg, a')).to.equal(null);
    // each example row shows the name and the value exactly as in the file
    let checked = 0;
    for (const section of sections(el)) {
      const entry = entryOf(el.report!, section) as QualityEntry;
      if (!entry.examples) continue;
      const rows = Array.from(section.querySelectorAll('table.examples tbody tr'));
      rows.forEach((row, i) => {
        const example = entry.examples[i]!;
        if (example.name.trim() !== '') expect(row.querySelector('th')!.textContent).to.equal(example.name);
        checked += 1;
      });
    }
    expect(checked).to.be.greaterThan(10);
    const values = Array.from(root(el).querySelectorAll('table.values tbody tr td:first-child'), (td) => td.textContent);
    expect(values.length).to.equal(20);
    for (const v of values) expect(strings.some((s) => s.includes(v!.trim()))).to.equal(true);
    expect(root(el).querySelector('.more')!.textContent).to.match(/^Et \d+ autres valeurs/);
    await new Promise((r) => setTimeout(r, 100));
    expect(pwned()).to.equal(false);
  });

  it('lets the keyboard reach and use the download buttons (Tab, Enter, Space)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button type="button">avant</button><pv-venue-report .data=${SAMPLE_CSV}></pv-venue-report></div>`);
    const el = wrapper.querySelector('pv-venue-report')!;
    await ready(el);
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    const downloads = interceptDownloads();
    try {
      await sendKeys({ press: 'Tab' });
      expect(deepActive() === button(el, 'csv')).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      expect(deepActive() === button(el, 'json')).to.equal(true);
      await sendKeys({ press: 'Space' });
      await until(() => downloads.files.length === 2, 'two downloads');
    } finally {
      downloads.restore();
    }
    expect(downloads.files.map((f) => f.name)).to.deep.equal(['rapport-qualite-lieux.csv', 'rapport-qualite-lieux.json']);
  });

  it('uses the heading level it is given', async () => {
    const el = await fixture<PvVenueReport>(html`<pv-venue-report heading-level="4" .data=${SAMPLE_CSV}></pv-venue-report>`);
    await ready(el);
    expect(root(el).querySelectorAll('h4').length).to.equal(sections(el).length);
    expect(root(el).querySelector('h2')).to.equal(null);
    el.headingLevel = 99;
    await el.updateComplete;
    expect(root(el).querySelectorAll('h6').length).to.equal(sections(el).length);
  });

  it('follows stale-months', async () => {
    const fresh = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
    const venues = [makeVenue({ id: 'a', name: 'A', updatedOn: fresh })];
    const el = await fixture<PvVenueReport>(html`<pv-venue-report .data=${venues}></pv-venue-report>`);
    await ready(el);
    expect(el.report!.staleUpdates.count).to.equal(0);
    el.staleMonths = 1;
    await until(() => el.report?.staleUpdates.count === 1, 'the new report');
    const stale = sections(el).find((s) => s.dataset.kind === 'staleUpdates')!;
    expect(stale.querySelector('h2')!.textContent).to.equal('Mise à jour de plus de 1 mois');
  });

  it('says which encoding an Excel file had, and shows accents already damaged, in French and English', async () => {
    // "Ã©" typed in a Windows-1252 file: the text of a UTF-8 file once read wrong, then saved again.
    const csv = 'id,nom,commune,code_postal,adresse,date_maj\nm1,Médiathèque Aimé-Césaire,Besançon,25000,1 rue du Château,2099-01-01\nm2,CafÃ© l’Œuvre,Orléans,4Arc,2099-01-01\n';
    const url = URL.createObjectURL(new Blob([windows1252(csv) as BlobPart]));
    try {
      const el = await fixture<PvVenueReport>(html`<pv-venue-report src=${url}></pv-venue-report>`);
      await ready(el);
      expect(el.report!.encoding).to.deep.equal({ name: 'windows-1252', warnings: [{ code: 'encoding-fallback' }, { code: 'mojibake', count: 1, sample: 'm2,CafÃ© l’Œuvre,Orléans,4' }] });
      expect(el.report).to.deep.equal(await expectedReport(windows1252(csv)));
      expect(root(el).querySelector('.encoding')!.textContent).to.contain('Encodage détecté\u00a0: Windows-1252.');
      const mojibake = sections(el).find((s) => s.dataset.kind === 'mojibake')!;
      expect(mojibake.querySelector('.count')!.textContent).to.equal('1 problème');
      expect(mojibake.querySelector('.sample')!.textContent).to.equal('Première ligne concernée, telle que lue\u00a0: «\u00a0m2,CafÃ© l’Œuvre,Orléans,4\u00a0»');
      // the downloads carry it too
      expect(el.csvText()).to.contain('Encodage du fichier,,,,,windows-1252');
      expect(el.csvText()).to.contain('Accents abîmés dans le fichier');
      expect(JSON.parse(el.jsonText()).encoding.name).to.equal('windows-1252');
      const en = await fixture<PvVenueReport>(html`<pv-venue-report lang="en" src=${url}></pv-venue-report>`);
      await ready(en);
      expect(root(en).querySelector('.encoding')!.textContent).to.contain('Encoding detected: Windows-1252.');
      expect(sections(en).find((s) => s.dataset.kind === 'mojibake')!.querySelector('h2')!.textContent).to.equal('Accents already damaged in the file (“Ã©” instead of “é”)');
      await expect(el).to.be.accessible();
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('checks the text of a file it downloaded only: not for text given by the page', async () => {
    const withProblem = 'id,nom,telephone\na,A,pas un numéro\n';
    const url = URL.createObjectURL(new Blob([new TextEncoder().encode(withProblem) as BlobPart]));
    try {
      const downloaded = await fixture<PvVenueReport>(html`<pv-venue-report src=${url}></pv-venue-report>`);
      await ready(downloaded);
      expect(root(downloaded).querySelector('.passed')!.textContent).to.contain('accents');
      const given = await fixture<PvVenueReport>(html`<pv-venue-report .data=${withProblem}></pv-venue-report>`);
      await ready(given);
      expect(root(given).querySelector('.passed')!.textContent).not.to.contain('accents');
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<PvVenueReport>(html`<pv-venue-report lang="en" .data=${SAMPLE_CSV}></pv-venue-report>`);
    await ready(el);
    expect(summary(el)).to.equal('3 places read, 9 problems');
    expect(button(el, 'csv').textContent!.trim()).to.equal('Download the report (CSV, spreadsheet)');
  });

  it('makes no request before it is connected', async () => {
    const calls: string[] = [];
    const original = window.fetch;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(String(input));
      return original(input, init);
    }) as typeof fetch;
    try {
      const el = document.createElement('pv-venue-report');
      el.src = EXAMPLE_FILE;
      await new Promise((r) => setTimeout(r, 50));
      expect(calls).to.deep.equal([]);
      document.body.append(el);
      await ready(el);
      expect(calls.filter((c) => c.includes('exemple-valide')).length).to.equal(1);
      el.remove();
    } finally {
      window.fetch = original;
    }
  });
});
