import { expect } from '@open-wc/testing';
import { windows1252 } from '../../../../test/helpers/windows-1252.js';
import { VenueDataError, loadVenues, loadVenuesOffMainThread, qualityReportCsv, type LoadResult } from './index.js';

// The test server serves TypeScript sources: point at worker.ts (the build ships worker.js).
const workerUrl = new URL('./worker.ts', import.meta.url);
const HINAURA = '/shared-data/mediation-venues-hinaura/source.json';
const FRANCE_SERVICES = '/shared-data/france-services-2022/liste-fs-20221201.csv';
const STANDARD = '/shared-data/mediation-standard/exemple-valide.csv';
const NOW = new Date('2026-01-01T12:00:00Z');

async function bytesOf(path: string): Promise<Uint8Array> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

const utf8Text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const withPrefix = (prefix: number[], rest: Uint8Array): Uint8Array => Uint8Array.from([...prefix, ...rest]);
const PDF = withPrefix([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a], new TextEncoder().encode('id;nom\n1;A\n'));
const XLSX = withPrefix([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], new TextEncoder().encode('[Content_Types].xml'));

/** A URL the page and its worker can fetch, serving these bytes (no test file on disk). */
function blobUrl(bytes: Uint8Array, urls: string[]): URL {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart]));
  urls.push(url);
  return new URL(url);
}

function dataError(fn: () => unknown): VenueDataError {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(VenueDataError);
    return error as VenueDataError;
  }
  throw new Error('should throw');
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('should reject');
}

/** Same venues, same report but for the encoding (the damage found must be the same too). */
function expectSameReading(excel: LoadResult, original: LoadResult): void {
  expect(excel.venues).to.deep.equal(original.venues);
  const { encoding: a, ...reportA } = excel.report;
  const { encoding: b, ...reportB } = original.report;
  expect(reportA).to.deep.equal(reportB);
  expect(a!.name).to.equal('windows-1252');
  expect(b!.name).to.equal('utf-8');
  expect(a!.warnings).to.deep.equal([{ code: 'encoding-fallback' }, ...b!.warnings]);
}

describe('data/decode — the bytes of a file', () => {
  it('reads real files saved by Excel in Windows-1252 like their UTF-8 originals', async function () {
    this.timeout(30000); // 1.8 MB read twice on a shared machine
    for (const path of [HINAURA, FRANCE_SERVICES, STANDARD]) {
      const original = await bytesOf(path);
      const excel = windows1252(utf8Text(original));
      expect(excel.length, path).to.be.lessThan(original.length); // é, ’ and € are one byte now
      expectSameReading(loadVenues(excel, { now: NOW }), loadVenues(original, { now: NOW }));
    }
    // names with accents and Windows-1252 signs (’ is 0x92) come out as written
    const fs = loadVenues(windows1252(utf8Text(await bytesOf(FRANCE_SERVICES))), { now: NOW });
    const names = fs.venues.map((v) => v.name);
    expect(names).to.include('France services L’Épi');
    expect(names).to.include('France services Signy-l’Abbaye');
    const hinaura = loadVenues(windows1252(utf8Text(await bytesOf(HINAURA))), { now: NOW });
    expect(hinaura.venues.map((v) => v.name)).to.include.members(['Médiathèque Bonlieu', 'Espace Public Numérique Alboussière']);
  });

  it('reads a small CSV typed in Excel with é è à ç ô ’ œ €', () => {
    const csv = 'id;nom;commune;code_postal;adresse;frais_a_charge\n1;Cœur d’Ardèche — l’Espace à côté;Privas;07000;3 rue du Château;Payant (5 €)\n';
    const excel = loadVenues(windows1252(csv));
    expect(excel.venues[0]!.name).to.equal('Cœur d’Ardèche — l’Espace à côté');
    expect(excel.venues[0]!.address).to.equal('3 rue du Château');
    expect(excel.report.encoding).to.deep.equal({ name: 'windows-1252', warnings: [{ code: 'encoding-fallback' }] });
    expect(excel.venues).to.deep.equal(loadVenues(csv).venues);
  });

  it('reads UTF-8 with a BOM, and keeps inline text as it was', async () => {
    const original = await bytesOf(STANDARD);
    const bom = loadVenues(withPrefix([0xef, 0xbb, 0xbf], original), { now: NOW });
    const plain = loadVenues(original, { now: NOW });
    expect(bom.venues).to.deep.equal(plain.venues);
    expect(bom.report.encoding).to.deep.equal({ name: 'utf-8-bom', warnings: [] });
    expect(plain.report.encoding).to.deep.equal({ name: 'utf-8', warnings: [] });
    // text given by the page: no decoding, no `encoding` in the report
    expect('encoding' in loadVenues(utf8Text(original), { now: NOW }).report).to.equal(false);
  });

  it('refuses a PDF or an Excel workbook with a French error', () => {
    for (const bytes of [PDF, XLSX]) {
      const error = dataError(() => loadVenues(bytes));
      expect(error.code).to.equal('binary');
      expect(error.message).to.match(/^Le fichier n’est pas un texte CSV ou JSON/);
    }
  });

  it('counts accents destroyed before (mojibake, U+FFFD) in the report and its CSV', async () => {
    const { report } = loadVenues(await bytesOf(FRANCE_SERVICES), { now: NOW });
    // Hand-checked with grep: "Fresnes-LÃ©guillon" and "Trie-ChÃ¢teau", twice each (ids 2889-2896).
    expect(report.encoding!.warnings).to.deep.equal([{ code: 'mojibake', count: 4, sample: '889","60","Fresnes-LÃ©guillon",,,,,,,,,,' }]);
    const csv = qualityReportCsv(loadVenues(new TextEncoder().encode('id,nom\n1,Caf\uFFFD\n2,Ã©cole\n')).report);
    // the sample is the line as read (quoted: it holds the separator)
    expect(csv).to.contain('Caractères illisibles dans le fichier (�),,1,,,"1,Caf�"');
    expect(csv).to.contain('Accents abîmés dans le fichier (Ã© au lieu de é),,1,,,"2,Ã©cole"');
    expect(csv).not.to.contain('Encodage du fichier'); // UTF-8 is not worth a row
    // (alone, "Ã©" saved in Windows-1252 is the UTF-8 of "é": the "à" makes the file Windows-1252)
    const excel = qualityReportCsv(loadVenues(windows1252('id,nom\n1,Ã©cole à Privas\n')).report);
    expect(excel).to.contain('Encodage du fichier,,,,,windows-1252');
    expect(excel).to.contain('Accents abîmés dans le fichier (Ã© au lieu de é),,1,,,"1,Ã©cole à Privas"');
  });
});

describe('data/decode — worker and main-thread paths', () => {
  const urls: string[] = [];
  afterEach(() => {
    for (const url of urls.splice(0)) URL.revokeObjectURL(url);
  });

  it('decodes a Windows-1252 file from its URL, in the worker and on the main thread', async () => {
    const csv = 'id,nom,commune\n1,Médiathèque Aimé-Césaire,Besançon\n2,L’Œuvre,Orléans\n';
    const url = blobUrl(windows1252(csv), urls);
    for (const options of [{ workerUrl }, { mainThread: true }]) {
      const { venues, report } = await loadVenuesOffMainThread(url, options);
      expect(venues.map((v) => [v.name, v.commune])).to.deep.equal([['Médiathèque Aimé-Césaire', 'Besançon'], ['L’Œuvre', 'Orléans']]);
      expect(report.encoding!.name).to.equal('windows-1252');
    }
    // bytes the page downloaded itself (pv-venue-report): decoded the same way
    const bytes = windows1252(csv).buffer as ArrayBuffer;
    expect((await loadVenuesOffMainThread(bytes, { workerUrl })).venues[1]!.name).to.equal('L’Œuvre');
    expect((await loadVenuesOffMainThread(bytes, { workerUrl, checkHours: () => true })).report.encoding!.name).to.equal('windows-1252');
  });

  it('gives the French "binary" error for a PDF or a workbook, in the worker and on the main thread', async () => {
    for (const bytes of [PDF, XLSX]) {
      for (const options of [{ workerUrl }, { mainThread: true }]) {
        const error = await rejection(loadVenuesOffMainThread(blobUrl(bytes, urls), options));
        expect(error).to.be.instanceOf(VenueDataError);
        expect((error as VenueDataError).code).to.equal('binary');
        expect((error as Error).message).to.match(/^Le fichier n’est pas un texte/);
      }
    }
  });
});
