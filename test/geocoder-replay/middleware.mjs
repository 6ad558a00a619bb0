// A local stand-in for the Géoplateforme geocoder (https://data.geopf.fr/geocodage/search), so browser
// tests never reach the internet. Koa middleware for @web/test-runner:
//   GET /geocoder-replay/search?q=…   canned GeoCodeJSON answers (fixtures/*.json) and failure scenarios
//   GET /geocoder-replay/requests     the search requests received since the last reset, as JSON
//   GET /geocoder-replay/reset        clears that log and the per-query counters
// Scenarios (by q, trimmed, lower case):
//   "8 bd du port", "lyon", "villeurbanne"  real-looking answers
//   "saint"             one good feature among malformed ones (HTML label, Lambert-93, Null Island…)
//   "erreur json"       200 with truncated JSON
//   "maintenance"       200 with an HTML page
//   "trop vite"         first request: 429 + Retry-After: 1; then the "lyon" answer
//   "panne"             first request: 503; then the "villeurbanne" answer
//   "toujours en panne" always 503
//   "lent"              the "lyon" answer after 3 s (for time limits)
//   q shorter than 3 characters or not starting with a letter/digit: 400, as the Géoplateforme does
//   anything else       an empty FeatureCollection
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name) => readFileSync(path.join(fixtures, name), 'utf8');

const answers = {
  '8 bd du port': '8-bd-du-port.json',
  lyon: 'lyon.json',
  villeurbanne: 'villeurbanne.json',
  saint: 'mixed.json',
};

/** @type {Array<Record<string, unknown>>} */
let requests = [];
/** @type {Map<string, number>} */
let counts = new Map();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function json(ctx, status, body, headers = {}) {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
}

export async function geocoderReplay(ctx, next) {
  if (!ctx.path.startsWith('/geocoder-replay/')) return next();
  const route = ctx.path.slice('/geocoder-replay/'.length);
  if (route === 'reset') {
    requests = [];
    counts = new Map();
    return json(ctx, 200, { ok: true });
  }
  if (route === 'requests') return json(ctx, 200, requests);
  if (route !== 'search' && route !== 'search/') {
    ctx.status = 404;
    return undefined;
  }

  const params = Object.fromEntries(new URL(ctx.url, 'http://127.0.0.1').searchParams);
  const q = (params.q ?? '').trim().toLowerCase();
  const count = (counts.get(q) ?? 0) + 1;
  counts.set(q, count);
  requests.push({
    at: Date.now(),
    method: ctx.method,
    params,
    accept: ctx.get('Accept'),
    cookie: ctx.get('Cookie') !== '',
    referer: ctx.get('Referer'),
  });

  if (ctx.method !== 'GET') return json(ctx, 405, { code: 405, message: 'Method Not Allowed' });
  if ([...q].length < 3 || [...q].length > 200 || !/^[\p{L}\p{N}]/u.test(q)) {
    return json(ctx, 400, {
      code: 400,
      message: 'Failed parsing query',
      detail: ['q: must contain between 3 and 200 chars and start with a number or a letter'],
    });
  }
  switch (q) {
    case 'erreur json':
      return json(ctx, 200, fixture('malformed.json'));
    case 'maintenance':
      ctx.status = 200;
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = fixture('maintenance.html');
      return undefined;
    case 'trop vite':
      if (count === 1) return json(ctx, 429, { code: 429, message: 'Too Many Requests' }, { 'Retry-After': '1' });
      return json(ctx, 200, fixture('lyon.json'));
    case 'panne':
      if (count === 1) return json(ctx, 503, { code: 503, message: 'Service Unavailable' });
      return json(ctx, 200, fixture('villeurbanne.json'));
    case 'toujours en panne':
      return json(ctx, 503, { code: 503, message: 'Service Unavailable' });
    case 'lent':
      await sleep(3000);
      return json(ctx, 200, fixture('lyon.json'));
    default:
      return json(ctx, 200, fixture(answers[q] ?? 'empty.json'));
  }
}
