/**
 * CSV reading benchmark (issue #5), run in Chromium by scripts/bench-data-viewer.mjs: one synthetic
 * French CSV (~20 MB, 12 columns), papaparse used directly next to the data-viewer pipeline (decode +
 * sniff + papaparse + table checks + typed columns) in the same run. Runs are interleaved (papaparse,
 * pipeline, papaparse…) so that a machine busy with other work slows both alike; read the ratios.
 *
 * What is compared, honestly: bare papaparse gives arrays of strings and checks nothing; the pipeline
 * also looks at every row (header, blank, repeated header, ragged) and reads every cell for its type
 * (number, date, code…), then builds typed columns. That typing has a cost bare papaparse does not pay:
 * papaparse with `header` and `dynamicTyping` is the nearest thing it does to a typed table.
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

/**
 * The main thread's CPU time in ms, when the runner provides it (scripts/bench-data-viewer.mjs reads
 * Chrome's ThreadTime metric): unlike wall time, it does not count the time the thread waits for a core
 * while other work runs on the machine.
 */
const cpuClock = (window as unknown as { __benchCpu?: () => Promise<number> }).__benchCpu;

/** Wall time and main-thread CPU time (NaN without the runner's clock) of one run. */
async function once(fn: () => unknown): Promise<[number, number]> {
  gc();
  await tick();
  const c0 = cpuClock ? await cpuClock() : NaN;
  const t0 = performance.now();
  await fn();
  const wall = performance.now() - t0;
  const c1 = cpuClock ? await cpuClock() : NaN;
  return [wall, c1 - c0];
}

/** Interleaved runs of several contenders (the first round is a warm-up, not counted). */
async function race(contenders: Record<string, () => unknown>): Promise<{ times: Record<string, number[]>; cpu: Record<string, number[]> }> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  const cpu: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (let r = 0; r <= RUNS; r++) {
    for (const [name, fn] of Object.entries(contenders)) {
      const [wall, thread] = await once(fn);
      if (r > 0) {
        times[name]!.push(wall);
        cpu[name]!.push(thread);
      }
    }
  }
  return { times, cpu };
}

async function run() {
  const text = syntheticCsv(MB);
  const bytes = new TextEncoder().encode(text);
  const blob = new Blob([bytes]);
  const workerUrl = new URL('./data-viewer-worker.js', import.meta.url);
  const rows = Papa.parse<string[]>(text, { delimiter: ';' }).data.length;
  const table = parseCsvText(text);
  const { times, cpu } = await race({
    papaText: () => Papa.parse<string[]>(text, { delimiter: ';' }),
    // The parse stage of the pipeline alone: papaparse fed 1 M characters at a time, as CsvStream does,
    // every chunk's rows kept (the pipeline keeps every cell). Synchronous for a string,
    // chunks or not.
    papaChunks: () => {
      const kept: string[][][] = [];
      Papa.parse<string[]>(text, { delimiter: ';', newline: '\n', chunkSize: 1 << 20, chunk: (results: Papa.ParseResult<string[]>) => void kept.push(results.data), complete: () => {} });
      return kept;
    },
    pipelineText: () => parseCsvText(text),
    papaTyped: () => Papa.parse<Record<string, unknown>>(text, { delimiter: ';', header: true, dynamicTyping: true }),
    papaBytes: () => Papa.parse<string[]>(new TextDecoder().decode(bytes), { delimiter: ';' }),
    pipelineBytes: () => parseCsvBytes(bytes),
    textDecoder: () => new TextDecoder('utf-8', { fatal: true }).decode(bytes),
    decode: () => decode(bytes),
    pipelineWorker: () => parseCsvInWorker(blob, { workerUrl }),
  });
  const paired = (runs: Record<string, number[]>) => (a: string, b: string) => median(runs[a]!.map((t, i) => t / runs[b]![i]!));
  const ratios = paired(times);
  const cpuRatios = paired(cpu);
  const results = {
    userAgent: navigator.userAgent,
    megabytes: bytes.length / 1e6,
    rows,
    tableRows: table.rowCount,
    types: table.columns.map((c) => c.type),
    medians: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])),
    pairedRatios: {
      textVsPapa: ratios('pipelineText', 'papaText'),
      textVsPapaTyped: ratios('pipelineText', 'papaTyped'),
      textVsPapaChunks: ratios('pipelineText', 'papaChunks'),
      chunksVsPapa: ratios('papaChunks', 'papaText'),
      bytesVsPapaBytes: ratios('pipelineBytes', 'papaBytes'),
      decodeVsTextDecoder: ratios('decode', 'textDecoder'),
    },
    // pipelineText minus the parse stage, run by run: the table checks and the typing (and the garbage
    // collection of what they keep).
    tableAndTyping: median(times.pipelineText!.map((t, i) => t - times.papaChunks![i]!)),
    // The same on the main thread's CPU time (the worker's own time is not in it).
    cpuMedians: Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, median(v)])),
    cpuPairedRatios: {
      textVsPapa: cpuRatios('pipelineText', 'papaText'),
      textVsPapaTyped: cpuRatios('pipelineText', 'papaTyped'),
      textVsPapaChunks: cpuRatios('pipelineText', 'papaChunks'),
      chunksVsPapa: cpuRatios('papaChunks', 'papaText'),
      bytesVsPapaBytes: cpuRatios('pipelineBytes', 'papaBytes'),
      decodeVsTextDecoder: cpuRatios('decode', 'textDecoder'),
    },
    cpuTableAndTyping: median(cpu.pipelineText!.map((t, i) => t - cpu.papaChunks![i]!)),
    times,
    cpu,
  };
  (window as unknown as { __benchResults: unknown }).__benchResults = results;
  document.getElementById('status')!.textContent = 'Terminé.';
}

run().catch((error: unknown) => {
  (window as unknown as { __benchError: string }).__benchError = String(error instanceof Error ? error.stack : error);
});
