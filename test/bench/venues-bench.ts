/**
 * Venue search benchmark (issue #4), run in Chromium by scripts/bench-venues.mjs: 20,000 synthetic venues,
 * load (JSON.parse) and index build, then a person typing 20 six-letter queries character by character
 * with 2 filters and a distance sort, measured for the index and the straightforward implementation in
 * the same run. A benchmark, not a test: read the ratio, the absolute numbers depend on the machine.
 * Each case is measured twice: every result ordered, and `limit: 50` (what a list shows: only the
 * first 50 ordered, the rest counted), the naive side honouring the limit the obvious way (sort all, cut).
 */
import { createVenueIndex, foldText, type VenueQuery } from '../../packages/venue-finder/src/search/index.js';
import { naiveSearch } from '../../packages/venue-finder/src/search/naive.js';
import type { Venue } from '../../packages/venue-finder/src/model.js';
import { COMMUNES, prng, syntheticVenues } from './venues-data.js';

const COUNT = 20_000;
const QUERIES = 20;
/** Results a list shows at once. */
const LIMIT = 50;
/** Each indexed keystroke is timed this many times (coarse browser timers) and averaged. */
const REPEAT = 7;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const stats = (xs: number[]) => ({ min: Math.min(...xs), median: median(xs), p90: [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!, max: Math.max(...xs), mean: xs.reduce((a, b) => a + b, 0) / xs.length });
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const tick = () => new Promise((r) => setTimeout(r, 0));

async function run() {
  const status = document.getElementById('status')!;
  let t0 = performance.now();
  const generated = syntheticVenues(COUNT);
  const generateMs = performance.now() - t0;
  const json = JSON.stringify(generated);

  // Load: parse the file as a page would (5 runs), then build the index (5 runs, fresh objects each time).
  const parseTimes: number[] = [];
  const buildTimes: number[] = [];
  let venues: Venue[] = [];
  for (let r = 0; r < 6; r += 1) {
    gc();
    await tick();
    t0 = performance.now();
    venues = JSON.parse(json) as Venue[];
    const t1 = performance.now();
    createVenueIndex(venues);
    const t2 = performance.now();
    if (r > 0) { parseTimes.push(t1 - t0); buildTimes.push(t2 - t1); }
  }
  const index = createVenueIndex(venues);

  // 20 six-letter queries: starts of words found in the data (names, communes, streets), seeded.
  const rand = prng(99);
  const words = [...new Set(venues.flatMap((v) => foldText(`${v.name} ${v.commune} ${v.address}`).split(' ')).filter((w) => w.length >= 6))].sort();
  const queries = Array.from({ length: QUERIES }, () => words[Math.floor(rand() * words.length)]!.slice(0, 6));
  const origins = Array.from({ length: QUERIES }, () => {
    const [, , lat, lon] = COMMUNES[Math.floor(rand() * COMMUNES.length)]!;
    return { lat, lon };
  });
  const filters = { services: ['Aide aux démarches administratives', 'Accès internet et matériel informatique'], fees: ['Gratuit'] };

  function typing(facets: boolean, limit: number | undefined) {
    const steps: { query: VenueQuery; previous: VenueQuery }[] = [];
    queries.forEach((word, q) => {
      for (let k = 1; k <= word.length; k += 1) {
        const base = { filters, origin: origins[q]!, facets, limit };
        steps.push({ query: { ...base, text: word.slice(0, k) }, previous: { ...base, text: word.slice(0, k - 1) } });
      }
    });
    return steps;
  }

  async function measure(facets: boolean, limit?: number) {
    const steps = typing(facets, limit);
    const indexed: number[] = [];
    const indexedCold: number[] = [];
    const naive: number[] = [];
    let mismatches = 0;
    let results = 0;
    // warm-up (JIT)
    for (const { query } of steps.slice(0, 12)) { index.search(query); naiveSearch(venues, query); }
    for (const { query, previous } of steps) {
      let sum = 0;
      let sumCold = 0;
      for (let r = 0; r < REPEAT; r += 1) {
        index.search(previous); // the state after the previous keystroke (what typing leaves behind)
        let t = performance.now();
        index.search(query);
        sum += performance.now() - t;
        index.search({ ...query, text: '' }); // forget the previous matches: scan every key
        t = performance.now();
        index.search(query);
        sumCold += performance.now() - t;
      }
      indexed.push(sum / REPEAT);
      indexedCold.push(sumCold / REPEAT);
      const t = performance.now();
      const b = naiveSearch(venues, query);
      naive.push(performance.now() - t);
      const a = index.search(query);
      results += a.total;
      if (a.total !== b.total || a.indices.length !== b.indices.length || a.indices.some((x, k) => x !== b.indices[k]) || JSON.stringify(a.facets) !== JSON.stringify(b.facets)) mismatches += 1;
      await tick();
    }
    return { keystrokes: steps.length, meanResults: results / steps.length, indexed: stats(indexed), indexedCold: stats(indexedCold), naive: stats(naive), mismatches };
  }

  status.textContent = 'Frappe…';
  const plain = await measure(false);
  const withFacets = await measure(true);
  const plainLimited = await measure(false, LIMIT);

  // The worst case for the sort: no text and no filter, nearest-first from a point, so every venue
  // matches: all of them ordered, then only the first LIMIT.
  async function sortAll(limit: number | undefined) {
    const indexed: number[] = [];
    const naive: number[] = [];
    let mismatches = 0;
    for (let q = 0; q < 3; q += 1) { index.search({ origin: origins[q]!, limit }); naiveSearch(venues, { origin: origins[q]!, limit }); } // warm-up (JIT)
    for (let q = 0; q < QUERIES; q += 1) {
      const query = { origin: origins[q]!, limit };
      gc();
      await tick();
      let t = performance.now();
      const a = index.search(query);
      indexed.push(performance.now() - t);
      t = performance.now();
      const b = naiveSearch(venues, query);
      naive.push(performance.now() - t);
      if (a.total !== b.total || a.indices.length !== b.indices.length || a.indices.some((x, k) => x !== b.indices[k])) mismatches += 1;
    }
    return { indexed: stats(indexed), naive: stats(naive), results: limit ?? COUNT, mismatches };
  }
  const sortAllFull = await sortAll(undefined);
  const sortAllLimited = await sortAll(LIMIT);

  return {
    userAgent: navigator.userAgent,
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    venues: COUNT,
    jsonKB: Math.round(new Blob([json]).size / 1000),
    generateMs,
    parse: stats(parseTimes),
    build: stats(buildTimes),
    queries,
    limit: LIMIT,
    plain,
    withFacets,
    plainLimited,
    sortAll: sortAllFull,
    sortAllLimited,
  };
}

const w = window as unknown as { __benchResults?: unknown; __benchError?: string };
run().then(
  (r) => { w.__benchResults = r; document.getElementById('status')!.textContent = 'Terminé.'; },
  (e: unknown) => { w.__benchError = e instanceof Error ? `${e.message}\n${e.stack}` : String(e); },
);
