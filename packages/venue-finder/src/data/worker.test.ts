import { expect } from '@open-wc/testing';
import { VenueDataError, loadVenues, loadVenuesInWorker } from './index.js';

// The test server serves TypeScript sources: point at worker.ts (the build ships worker.js).
const workerUrl = new URL('./worker.ts', import.meta.url);
const FS = '/shared-data/france-services-2022/liste-fs-20221201.csv';

/** Counts the answers the real workers send, to prove the work was not done by the fallback. */
const answers: boolean[] = [];
const NativeWorker = globalThis.Worker;
class SpyWorker extends NativeWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    this.addEventListener('message', (event: MessageEvent<{ ok: boolean }>) => answers.push(event.data.ok));
  }
}

describe('data/loadVenuesInWorker', () => {
  before(() => {
    globalThis.Worker = SpyWorker;
  });
  after(() => {
    globalThis.Worker = NativeWorker;
  });
  beforeEach(() => {
    answers.length = 0;
  });
  it('reads a real file from its URL in a module worker, same result as the main thread', async function () {
    this.timeout(30000); // 1 MB read twice (worker, then page) on a busy 2-core machine
    // The bytes, as the worker reads them (decoded there: the report says how).
    const bytes = new Uint8Array(await (await fetch(FS)).arrayBuffer());
    const now = new Date('2026-01-01');
    const started = performance.now();
    const inWorker = await loadVenuesInWorker(new URL(FS, location.href), { workerUrl, now });
    expect(performance.now() - started).to.be.lessThan(10000);
    const here = loadVenues(bytes, { now });
    expect(inWorker.report.encoding!.name).to.equal('utf-8');
    expect(answers).to.deep.equal([true]);
    expect(inWorker.venues).to.have.length(2683);
    expect(inWorker.version).to.equal('france-services');
    expect(JSON.parse(JSON.stringify(inWorker))).to.deep.equal(JSON.parse(JSON.stringify(here)));
  });

  it('runs a function-valued option (hours checker) on the main thread after the worker', async () => {
    const { report } = await loadVenuesInWorker('id,nom,horaires\n1,A,Mo 09:00-12:00\n2,B,le matin\n', { workerUrl, checkHours: (h) => h.startsWith('Mo') });
    expect(report.unparsableHours!.count).to.equal(1);
  });

  it('rejects with the French VenueDataError raised in the worker', async () => {
    for (const [text, code] of [['', 'empty'], ['id,nom\n', 'no-records'], ['{oops', 'invalid-json']]) {
      let error: unknown;
      try {
        await loadVenuesInWorker(text!, { workerUrl });
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(VenueDataError);
      expect((error as VenueDataError).code).to.equal(code);
      expect((error as Error).message).to.match(/^Le fichier/);
    }
    expect(answers).to.deep.equal([false, false, false]);
  });

  it('falls back to the main thread when the worker module cannot load', async () => {
    const result = await loadVenuesInWorker('id,nom\n1,A\n', { workerUrl: new URL('./missing-worker.js', import.meta.url) });
    expect(result.venues.map((v) => v.name)).to.deep.equal(['A']);
    expect(answers).to.deep.equal([]);
    const forced = await loadVenuesInWorker('id,nom\n1,A\n', { mainThread: true });
    expect(forced.venues).to.have.length(1);
  });

  it('reports a download error in French and can be aborted', async () => {
    let error: unknown;
    try {
      await loadVenuesInWorker(new URL('/shared-data/nope.csv', location.href), { workerUrl });
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).to.match(/^Le fichier n’a pas pu être téléchargé \(HTTP 404\)/);
    const controller = new AbortController();
    const pending = loadVenuesInWorker(new URL(FS, location.href), { workerUrl, signal: controller.signal });
    controller.abort();
    let aborted: unknown;
    try {
      await pending;
    } catch (e) {
      aborted = e;
    }
    expect((aborted as DOMException).name).to.equal('AbortError');
  });
});
