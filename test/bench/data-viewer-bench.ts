/**
 * CSV reading benchmark (issue #5), run in Chromium by scripts/bench-data-viewer.mjs: one synthetic
 * French CSV (~20 MB, 12 columns), papaparse used directly next to the data-viewer pipeline (decode +
 * sniff + papaparse + typed columns) in the same run. Runs are interleaved (papaparse, pipeline,
 * papaparse…) so that a machine busy with other work slows both alike; read the ratios.
 */
import Papa from '../../packages/data-viewer/src/source/papaparse.examples.js';
import { parseCsvBytes, parseCsvText } from '../../packages/data-viewer/src/source/csv.js';
import { decode } from '../../packages/data-viewer/src/source/decode.js';
import { parseCsvInWorker } from '../../packages/data-viewer/src/source/client.js';

const params = new URLSearchParams(location.search);
const MB = Number(params.get('mb') ?? 20);
const RUNS = Number(params.get('runs') ?? 7);

function syntheticCsv(megabytes: number): string {
  const lines = ['code_insee;commune;code_postal;siret;montant;taux;date;ouvert;categorie;libelle;population;note\n'];
  let size = 0;
  for (let i = 0; size < megabytes * 1e6; i++) {
    const line = `${String(1000 + (i % 95000)).padStart(5, '0')};Commune ${i % 3000};${String(1000 + (i % 9000)).padStart(5, '0')};${10000000000000 + i * 7};${i % 100000},5;${(i % 97) / 10};${String(1 + (i % 28)).padStart(2, '0')}/0${1 + (i % 9)}/2024;${i % 2 ? 'oui' : 'non'};Cat ${i % 12};Libellé numéro ${i};${i * 3};${i % 20}\n`;
    lines.push(line);
    size += line.length;
  }
  return lines.join('');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const tick = () => new Promise((r) => setTimeout(r, 0));

async function once(fn: () => unknown): Promise<number> {
  gc();
  await tick();
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Interleaved runs of several contenders (the first round is a warm-up, not counted). */
async function race(contenders: Record<string, () => unknown>): Promise<Record<string, number[]>> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (let r = 0; r <= RUNS; r++) {
    for (const [name, fn] of Object.entries(contenders)) {
      const t = await once(fn);
      if (r > 0) times[name]!.push(t);
    }
  }
  return times;
}

async function run() {
  const text = syntheticCsv(MB);
  const bytes = new TextEncoder().encode(text);
  const blob = new Blob([bytes]);
  const workerUrl = new URL('./data-viewer-worker.js', import.meta.url);
  const rows = Papa.parse<string[]>(text, { delimiter: ';' }).data.length;
  const table = parseCsvText(text);
  const times = await race({
    papaText: () => Papa.parse<string[]>(text, { delimiter: ';' }),
    pipelineText: () => parseCsvText(text),
    papaTyped: () => Papa.parse<unknown[]>(text, { delimiter: ';', dynamicTyping: true }),
    papaHeader: () => Papa.parse<Record<string, string>>(text, { delimiter: ';', header: true }),
    papaBytes: () => Papa.parse<string[]>(new TextDecoder().decode(bytes), { delimiter: ';' }),
    pipelineBytes: () => parseCsvBytes(bytes),
    textDecoder: () => new TextDecoder('utf-8', { fatal: true }).decode(bytes),
    decode: () => decode(bytes),
    pipelineWorker: () => parseCsvInWorker(blob, { workerUrl }),
  });
  const ratios = (a: string, b: string) => median(times[a]!.map((t, i) => t / times[b]![i]!));
  const results = {
    userAgent: navigator.userAgent,
    megabytes: bytes.length / 1e6,
    rows,
    tableRows: table.rowCount,
    types: table.columns.map((c) => c.type),
    medians: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])),
    pairedRatios: { textVsPapa: ratios('pipelineText', 'papaText'), textVsPapaTyped: ratios('pipelineText', 'papaTyped'), textVsPapaHeader: ratios('pipelineText', 'papaHeader'), bytesVsPapaBytes: ratios('pipelineBytes', 'papaBytes'), decodeVsTextDecoder: ratios('decode', 'textDecoder') },
    times,
  };
  (window as unknown as { __benchResults: unknown }).__benchResults = results;
  document.getElementById('status')!.textContent = 'Terminé.';
}

run().catch((error: unknown) => {
  (window as unknown as { __benchError: string }).__benchError = String(error instanceof Error ? error.stack : error);
});
