import { expect } from '@open-wc/testing';
import {
  DEFAULT_ENDPOINT,
  DOCUMENTED_MAX_PER_SECOND,
  GeocoderError,
  createGeocoder,
  geocoderMessages,
  isAbortedSearch,
  normalizeQuery,
  parseAnswer,
  parseFeature,
  parseRetryAfter,
  type Suggestion,
} from './index.js';

// ---------------------------------------------------------------------------------------------
// A fake fetch: records each call, answers through `handler`, honours the request's AbortSignal.

interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
  /** Never answers (until aborted). */
  hang?: boolean;
  error?: Error;
}

interface Call {
  url: URL;
  init: RequestInit;
  at: number;
}

function fakeFetch(handler: (url: URL, call: number) => Reply) {
  const calls: Call[] = [];
  const fetch = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input));
    calls.push({ url, init, at: performance.now() });
    const reply = handler(url, calls.length);
    return new Promise<Response>((resolve, reject) => {
      const signal = init.signal;
      const abort = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
      if (signal?.aborted) return abort();
      signal?.addEventListener('abort', abort, { once: true });
      if (reply.hang) return;
      setTimeout(() => {
        if (reply.error) return reject(reply.error);
        const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? collection([]));
        resolve(new Response(body, {
          status: reply.status ?? 200,
          headers: { 'Content-Type': 'application/json', ...reply.headers },
        }));
      }, reply.delayMs ?? 0);
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

function feature(label: unknown, lon = 2.290084, lat = 49.897443, extra: Record<string, unknown> = {}) {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: {
      label, score: 0.49, name: '8 Boulevard du Port', postcode: '80000', citycode: '80021',
      city: 'Amiens', context: '80, Somme, Hauts-de-France', type: 'housenumber', ...extra,
    },
  };
}

const collection = (features: unknown[]) => ({ type: 'FeatureCollection', features, query: 'x' });
const answer = (...labels: string[]) => ({ body: collection(labels.map((label) => feature(label))) });

async function rejection(promise: Promise<unknown>): Promise<GeocoderError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(GeocoderError);
    return error as GeocoderError;
  }
  throw new Error('expected a rejection');
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const fast = { debounceMs: 0, retryDelayMs: 10 };

// ---------------------------------------------------------------------------------------------

describe('geocoder: requests', () => {
  it('sends nothing until search() is called (privacy)', async () => {
    const { fetch, calls } = fakeFetch(() => answer('Lyon'));
    createGeocoder({ fetch });
    await delay(30);
    expect(calls).to.have.length(0);
  });

  it('defaults to the Géoplateforme and its documented rate (50 requests/s/IP)', () => {
    expect(DEFAULT_ENDPOINT).to.equal('https://data.geopf.fr/geocodage/search');
    expect(DOCUMENTED_MAX_PER_SECOND).to.equal(50);
  });

  it('asks the endpoint with q, limit and autocomplete, without cookies or referrer', async () => {
    const { fetch, calls } = fakeFetch(() => answer('8 Boulevard du Port 80000 Amiens'));
    const geocoder = createGeocoder({ fetch, ...fast });
    const suggestions = await geocoder.search('8 bd du port');
    expect(calls).to.have.length(1);
    const { url, init } = calls[0]!;
    expect(url.origin + url.pathname).to.equal(DEFAULT_ENDPOINT);
    expect(url.searchParams.get('q')).to.equal('8 bd du port');
    expect(url.searchParams.get('limit')).to.equal('5');
    expect(url.searchParams.get('autocomplete')).to.equal('1');
    expect(init.credentials).to.equal('omit');
    expect(init.referrerPolicy).to.equal('no-referrer');
    expect(new Headers(init.headers).get('accept')).to.equal('application/json');
    expect(suggestions).to.deep.equal([{
      label: '8 Boulevard du Port 80000 Amiens', name: '8 Boulevard du Port', postcode: '80000', city: 'Amiens',
      citycode: '80021', context: '80, Somme, Hauts-de-France', position: { lat: 49.897443, lon: 2.290084 },
      type: 'housenumber', score: 0.49,
    }]);
  });

  it('adds the type, postcode, citycode filters and the near bias; resolves a relative endpoint', async () => {
    const { fetch, calls } = fakeFetch(() => answer('Rue de Lyon 69100 Villeurbanne'));
    const geocoder = createGeocoder({
      fetch, ...fast, endpoint: '/geo/search', limit: 3, type: 'street', postcode: '69100', citycode: '69266',
      near: { lat: 45.77, lon: 4.88 },
    });
    await geocoder.search('rue de lyon');
    const { searchParams, origin, pathname } = calls[0]!.url;
    expect(origin + pathname).to.equal(`${location.origin}/geo/search`);
    expect(Object.fromEntries(searchParams)).to.deep.equal({
      q: 'rue de lyon', limit: '3', autocomplete: '1', type: 'street', postcode: '69100', citycode: '69266',
      lat: '45.77', lon: '4.88',
    });
  });

  it('biases one search towards a point (after "Près de moi"), cached apart', async () => {
    const { fetch, calls } = fakeFetch(() => answer('Rue de Lyon'));
    const geocoder = createGeocoder({ fetch, ...fast });
    await geocoder.search('rue de lyon', { near: { lat: 45.7665, lon: 4.8812 } });
    await geocoder.search('rue de lyon');
    await geocoder.search('rue de lyon', { near: { lat: 45.7665, lon: 4.8812 } });
    expect(calls).to.have.length(2);
    expect(calls[0]!.url.searchParams.get('lat')).to.equal('45.7665');
    expect(calls[0]!.url.searchParams.get('lon')).to.equal('4.8812');
    expect(calls[1]!.url.searchParams.has('lat')).to.equal(false);
    let thrown: unknown;
    await geocoder.search('rue de lyon', { near: { lat: Number.NaN, lon: 4 } }).catch((error: unknown) => (thrown = error));
    expect(thrown).to.be.instanceOf(TypeError);
  });

  it('refuses bad options at creation', () => {
    expect(() => createGeocoder({ endpoint: 'javascript:alert(1)' })).to.throw(TypeError);
    expect(() => createGeocoder({ postcode: '6910' })).to.throw(TypeError);
    expect(() => createGeocoder({ citycode: '69266&x=1' })).to.throw(TypeError);
    expect(() => createGeocoder({ type: 'poi' as never })).to.throw(TypeError);
    expect(() => createGeocoder({ near: { lat: 91, lon: 0 } })).to.throw(TypeError);
    expect(() => createGeocoder({ citycode: '2A004', postcode: '20000' })).not.to.throw();
  });

  it('resolves [] without a request for queries shorter than minChars', async () => {
    const { fetch, calls } = fakeFetch(() => answer('Lyon'));
    const geocoder = createGeocoder({ fetch, ...fast });
    expect(await geocoder.search('ly')).to.deep.equal([]);
    expect(await geocoder.search(' \t ly \n ')).to.deep.equal([]);

    expect(await geocoder.search('')).to.deep.equal([]);
    expect(await geocoder.search(undefined as never)).to.deep.equal([]);
    expect(await geocoder.search('!!!...')).to.deep.equal([]);
    const five = createGeocoder({ fetch, ...fast, minChars: 5 });
    expect(await five.search('lyon')).to.deep.equal([]);
    expect(calls).to.have.length(0);
  });

  it('cleans the query: trimmed, spaces collapsed, leading punctuation dropped, 200 characters at most', async () => {
    expect(normalizeQuery('  8   bd\tdu\nport  ')).to.equal('8 bd du port');
    expect(normalizeQuery('-- "lyon"')).to.equal('lyon"');
    expect(normalizeQuery('a\u200Bb\uFEFFc')).to.equal('abc');
    expect(normalizeQuery('ab\uD800c')).to.equal('abc');
    expect(Array.from(normalizeQuery('é'.repeat(500)))).to.have.length(200);
    const emoji = Array.from(normalizeQuery('a' + '😀'.repeat(300))); // cut between code points
    expect(emoji).to.have.length(200);
    expect(emoji.at(-1)).to.equal('😀');
    const { fetch, calls } = fakeFetch(() => answer('x'));
    await createGeocoder({ fetch, ...fast }).search(`  ${'rue '.repeat(100)}  `);
    const q = calls[0]!.url.searchParams.get('q')!;
    expect(q.length).to.be.at.most(200);
    expect(q).to.equal(q.trim());
  });

  it('keeps at most `limit` suggestions', async () => {
    const labels = Array.from({ length: 12 }, (_, i) => `Adresse ${i}`);
    const { fetch } = fakeFetch(() => answer(...labels));
    expect(await createGeocoder({ fetch, ...fast, limit: 3 }).search('adresse')).to.have.length(3);
    expect(await createGeocoder({ fetch, ...fast, limit: 99 }).search('adresse')).to.have.length(12);
  });
});

describe('geocoder: debounce, abort, cache', () => {
  it('sends only the last query of a burst; the others reject as aborted', async () => {
    const { fetch, calls } = fakeFetch((url) => answer(url.searchParams.get('q')!));
    const geocoder = createGeocoder({ fetch, debounceMs: 40 });
    const burst = ['lyo', 'lyon', 'lyon 3', 'lyon 7'].map((q) => geocoder.search(q));
    const results = await Promise.allSettled(burst);
    expect(calls.map((c) => c.url.searchParams.get('q'))).to.deep.equal(['lyon 7']);
    for (const result of results.slice(0, 3)) {
      expect(result.status).to.equal('rejected');
      expect(isAbortedSearch((result as PromiseRejectedResult).reason)).to.equal(true);
    }
    expect((results[3] as PromiseFulfilledResult<Suggestion[]>).value[0]!.label).to.equal('lyon 7');
  });

  it('waits debounceMs before sending', async () => {
    const { fetch, calls } = fakeFetch(() => answer('Lyon'));
    const geocoder = createGeocoder({ fetch, debounceMs: 80 });
    const start = performance.now();
    const pending = geocoder.search('lyon');
    await delay(30);
    expect(calls).to.have.length(0);
    await pending;
    expect(calls[0]!.at - start).to.be.at.least(75);
  });

  it('aborts the request in flight when a new search starts', async () => {
    const { fetch, calls } = fakeFetch((url) => ({ ...answer(url.searchParams.get('q')!), delayMs: 200 }));
    const geocoder = createGeocoder({ fetch, ...fast });
    const first = geocoder.search('villeurbanne');
    await delay(30);
    expect(calls).to.have.length(1);
    const second = geocoder.search('lyon');
    expect(calls[0]!.init.signal!.aborted).to.equal(true);
    expect((await rejection(first)).kind).to.equal('aborted');
    expect((await second)[0]!.label).to.equal('lyon');
  });

  it('rejects as aborted through the caller’s signal, and sends nothing for an aborted signal', async () => {
    const { fetch, calls } = fakeFetch(() => ({ ...answer('Lyon'), delayMs: 200 }));
    const geocoder = createGeocoder({ fetch, ...fast });
    const controller = new AbortController();
    const pending = geocoder.search('lyon', { signal: controller.signal });
    await delay(20);
    controller.abort();
    const error = await rejection(pending);
    expect(error.kind).to.equal('aborted');
    expect(error.message).to.equal(geocoderMessages.aborted);
    expect(calls[0]!.init.signal!.aborted).to.equal(true);
    const error2 = await rejection(geocoder.search('lyon', { signal: AbortSignal.abort() }));
    expect(error2.kind).to.equal('aborted');
    expect(calls).to.have.length(1);
  });

  it('cancel() aborts the pending search', async () => {
    const { fetch, calls } = fakeFetch(() => answer('Lyon'));
    const geocoder = createGeocoder({ fetch, debounceMs: 50 });
    const pending = geocoder.search('lyon');
    geocoder.cancel();
    expect((await rejection(pending)).kind).to.equal('aborted');
    await delay(80);
    expect(calls).to.have.length(0);
  });

  it('answers a repeated query from its cache (case and spaces ignored), LRU', async () => {
    const { fetch, calls } = fakeFetch((url) => answer(url.searchParams.get('q')!));
    const geocoder = createGeocoder({ fetch, ...fast, cacheSize: 2 });
    const first = await geocoder.search('Lyon');
    first.pop(); // the caller's copy: the cache is not affected
    expect(await geocoder.search('  lyon ')).to.have.length(1);
    expect(calls).to.have.length(1);
    await geocoder.search('villeurbanne');
    await geocoder.search('lyon'); // refreshes "lyon"
    await geocoder.search('amiens'); // evicts "villeurbanne"
    expect(calls).to.have.length(3);
    await geocoder.search('lyon');
    expect(calls).to.have.length(3);
    await geocoder.search('villeurbanne');
    expect(calls).to.have.length(4);
    geocoder.clearCache();
    await geocoder.search('villeurbanne');
    expect(calls).to.have.length(5);
  });

  it('does not cache with cacheSize 0, nor failed answers', async () => {
    const { fetch, calls } = fakeFetch((_url, n) => (n === 1 ? { status: 404 } : answer('Lyon')));
    const geocoder = createGeocoder({ fetch, ...fast, cacheSize: 0 });
    expect((await rejection(geocoder.search('lyon'))).kind).to.equal('unavailable');
    await geocoder.search('lyon');
    await geocoder.search('lyon');
    expect(calls).to.have.length(3);
  });

  it('returns frozen suggestions', async () => {
    const { fetch } = fakeFetch(() => answer('Lyon'));
    const [suggestion] = await createGeocoder({ fetch, ...fast }).search('lyon');
    expect(Object.isFrozen(suggestion)).to.equal(true);
    expect(Object.isFrozen(suggestion!.position)).to.equal(true);
  });
});

describe('geocoder: rate limit and retries', () => {
  it('keeps under maxPerSecond (token bucket)', async () => {
    const { fetch, calls } = fakeFetch((url) => answer(url.searchParams.get('q')!));
    const geocoder = createGeocoder({ fetch, ...fast, maxPerSecond: 2 });
    for (const q of ['amiens', 'bordeaux', 'cergy', 'dijon']) await geocoder.search(q);
    const at = calls.map((c) => c.at);
    expect(at[1]! - at[0]!).to.be.below(100); // the bucket starts full (2 tokens)
    expect(at[2]! - at[1]!).to.be.at.least(400);
    expect(at[3]! - at[2]!).to.be.at.least(450);
  });

  it('on 429, sends nothing before Retry-After (seconds) has elapsed, then retries once', async () => {
    const { fetch, calls } = fakeFetch((_url, n) =>
      n === 1 ? { status: 429, headers: { 'Retry-After': '1' }, body: { code: 429 } } : answer('Lyon'));
    const geocoder = createGeocoder({ fetch, ...fast });
    const suggestions = await geocoder.search('lyon');
    expect(suggestions[0]!.label).to.equal('Lyon');
    expect(calls).to.have.length(2);
    expect(calls[1]!.at - calls[0]!.at).to.be.at.least(990);
  });

  it('on 429, holds every search of the client until Retry-After (HTTP date)', async () => {
    const retryAt = new Date(Date.now() + 2000).toUTCString(); // whole seconds: 1–2 s from now
    const { fetch, calls } = fakeFetch((url, n) =>
      n === 1 ? { status: 429, headers: { 'Retry-After': retryAt } } : answer(url.searchParams.get('q')!));
    const geocoder = createGeocoder({ fetch, ...fast });
    const first = geocoder.search('lyon');
    await delay(50);
    first.catch(() => undefined);
    const second = geocoder.search('villeurbanne'); // supersedes the first
    expect((await second)[0]!.label).to.equal('villeurbanne');
    expect(calls).to.have.length(2);
    expect(calls[1]!.at - calls[0]!.at).to.be.at.least(900);
  });

  it('shares Retry-After and the rate between clients of one endpoint (the limit is per IP)', async () => {
    const { fetch, calls } = fakeFetch((url, n) =>
      n === 1 ? { status: 429, headers: { 'Retry-After': '1' } } : answer(url.searchParams.get('q')!));
    const one = createGeocoder({ fetch, ...fast });
    const two = createGeocoder({ fetch, ...fast });
    const other = createGeocoder({ fetch, ...fast, endpoint: 'https://geocoder.example.fr/search' });
    const first = one.search('lyon');
    await delay(50);
    const start = performance.now();
    expect((await other.search('amiens'))[0]!.label).to.equal('amiens'); // another endpoint: not held
    expect(performance.now() - start).to.be.below(500);
    expect((await two.search('villeurbanne'))[0]!.label).to.equal('villeurbanne');
    expect(calls[2]!.at - calls[0]!.at).to.be.at.least(990);
    expect((await first)[0]!.label).to.equal('lyon');
  });

  it('on 429 with a long Retry-After, rejects at once as rate-limited and sends nothing until then', async () => {
    const { fetch, calls } = fakeFetch(() => ({ status: 429, headers: { 'Retry-After': '120' } }));
    const geocoder = createGeocoder({ fetch, ...fast });
    const error = await rejection(geocoder.search('lyon'));
    expect(error.kind).to.equal('rate-limited');
    expect(error.status).to.equal(429);
    expect(error.message).to.equal(geocoderMessages['rate-limited']);
    expect(error.retryAfterMs).to.be.within(119_000, 120_000);
    const error2 = await rejection(geocoder.search('villeurbanne'));
    expect(error2.kind).to.equal('rate-limited');
    expect(calls).to.have.length(1);
  });

  it('on 429 without Retry-After, waits the documented 5 s', async () => {
    const { fetch, calls } = fakeFetch(() => ({ status: 429 }));
    const error = await rejection(createGeocoder({ fetch, ...fast, maxRetryWaitMs: 1000 }).search('lyon'));
    expect(error.kind).to.equal('rate-limited');
    expect(error.retryAfterMs).to.be.within(4900, 5000);
    expect(calls).to.have.length(1);
  });

  it('on 429 twice, rejects as rate-limited after one retry', async () => {
    const { fetch, calls } = fakeFetch(() => ({ status: 429, headers: { 'Retry-After': '0' } }));
    const error = await rejection(createGeocoder({ fetch, ...fast }).search('lyon'));
    expect(error.kind).to.equal('rate-limited');
    expect(calls).to.have.length(2);
  });

  it('parses Retry-After', () => {
    const now = Date.parse('2026-03-01T10:00:00Z');
    expect(parseRetryAfter('1', now)).to.equal(1000);
    expect(parseRetryAfter(' 5 ', now)).to.equal(5000);
    expect(parseRetryAfter('0', now)).to.equal(0);
    expect(parseRetryAfter('Sun, 01 Mar 2026 10:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 09:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('99999999', now)).to.equal(86_400_000);
    for (const bad of [null, undefined, '', '-1', '1.5', 'bientôt', '1e3', '0x10']) {
      expect(parseRetryAfter(bad, now), String(bad)).to.equal(undefined);
    }
  });

  it('on 5xx, retries once after a backoff', async () => {
    const { fetch, calls } = fakeFetch((_url, n) => (n === 1 ? { status: 503 } : answer('Villeurbanne')));
    const suggestions = await createGeocoder({ fetch, debounceMs: 0, retryDelayMs: 100 }).search('villeurbanne');
    expect(suggestions[0]!.label).to.equal('Villeurbanne');
    expect(calls).to.have.length(2);
    expect(calls[1]!.at - calls[0]!.at).to.be.at.least(70);
  });

  it('on 5xx twice, rejects as unavailable', async () => {
    const { fetch, calls } = fakeFetch(() => ({ status: 502 }));
    const error = await rejection(createGeocoder({ fetch, ...fast }).search('lyon'));
    expect(error.kind).to.equal('unavailable');
    expect(error.status).to.equal(502);
    expect(error.message).to.equal(geocoderMessages.unavailable);
    expect(calls).to.have.length(2);
  });

  it('on other HTTP errors, rejects as unavailable without retrying', async () => {
    for (const status of [400, 403, 404, 410]) {
      const { fetch, calls } = fakeFetch(() => ({ status }));
      const error = await rejection(createGeocoder({ fetch, ...fast }).search('lyon'));
      expect(error.kind).to.equal('unavailable');
      expect(error.status).to.equal(status);
      expect(calls).to.have.length(1);
    }
  });

  it('on a network error, rejects as network (French message)', async () => {
    const { fetch, calls } = fakeFetch(() => ({ error: new TypeError('Failed to fetch') }));
    const error = await rejection(createGeocoder({ fetch, ...fast }).search('lyon'));
    expect(error.kind).to.equal('network');
    expect(error.timeout).to.equal(false);
    expect(error.message).to.equal(geocoderMessages.network);
    expect(error.message).to.match(/injoignable/);
    expect(error.cause).to.be.instanceOf(TypeError);
    expect(calls).to.have.length(1);
  });

  it('after timeoutMs, aborts the request and rejects as network with timeout', async () => {
    const { fetch, calls } = fakeFetch(() => ({ hang: true }));
    const start = performance.now();
    const error = await rejection(createGeocoder({ fetch, ...fast, timeoutMs: 100 }).search('lyon'));
    expect(error.kind).to.equal('network');
    expect(error.timeout).to.equal(true);
    expect(error.message).to.equal(geocoderMessages.timeout);
    expect(performance.now() - start).to.be.within(90, 1000);
    expect(calls[0]!.init.signal!.aborted).to.equal(true);
  });

  it('uses translated messages', async () => {
    const { fetch } = fakeFetch(() => ({ error: new TypeError('Failed to fetch') }));
    const error = await rejection(createGeocoder({ fetch, ...fast, messages: { network: 'Offline.' } }).search('lyon'));
    expect(error.message).to.equal('Offline.');
  });
});

describe('geocoder: defensive parsing', () => {
  it('rejects as bad-answer: truncated JSON, HTML, not a FeatureCollection', async () => {
    const replies: Reply[] = [
      { body: '{"type":"FeatureCollection","features":[{"type":' },
      { body: '<!DOCTYPE html><html><body>Maintenance</body></html>', headers: { 'Content-Type': 'text/html' } },
      { body: 'null' }, { body: '[]' }, { body: '"features"' }, { body: '{"features":"none"}' }, { body: '' },
    ];
    for (const reply of replies) {
      const { fetch } = fakeFetch(() => reply);
      const error = await rejection(createGeocoder({ fetch, ...fast }).search('lyon'));
      expect(error.kind, String(reply.body)).to.equal('bad-answer');
      expect(error.message).to.equal(geocoderMessages['bad-answer']);
    }
  });

  it('drops unusable features and keeps the others', async () => {
    const features = [
      feature('Saint-Denis <img src=x onerror=alert(1)>', 2.357, 48.866),
      { type: 'Feature', geometry: { type: 'LineString', coordinates: [[2, 48], [3, 49]] }, properties: { label: 'Ligne' } },
      feature('Lambert-93', 648952.58, 6977867.25),
      feature('Null Island', 0, 0),
      feature('Lat out of range', 2, 95),
      feature('NaN', Number.NaN, 48),
      feature('Strings', '2.3' as never, '48.8' as never),
      feature({ toString: 'x' }),
      feature('   '),
      { type: 'Feature', geometry: { type: 'Point', coordinates: [2.3] }, properties: { label: 'Une coordonnée' } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [2.3, 48.8] } },
      { type: 'Feature', properties: { label: 'Sans géométrie' } },
      null, 'feature', 42, [],
      feature('Saint-Pierre 97410', 55.478, -21.342), // La Réunion: valid
    ];
    const { fetch } = fakeFetch(() => ({ body: collection(features) }));
    const suggestions = await createGeocoder({ fetch, ...fast, limit: 20 }).search('saint');
    expect(suggestions.map((s) => s.label)).to.deep.equal(['Saint-Denis <img src=x onerror=alert(1)>', 'Saint-Pierre 97410']);
  });

  it('normalises the fields of a feature', () => {
    const odd = parseFeature(feature('  Lyon  ', 4.835, 45.758, {
      type: 'poi', score: 7, postcode: 69001, citycode: { a: 1 }, name: null, city: ['Lyon'], context: undefined,
    }));
    expect(odd).to.deep.equal({
      label: 'Lyon', name: 'Lyon', postcode: '69001', city: '', citycode: '', context: '',
      position: { lat: 45.758, lon: 4.835 }, type: 'other', score: 1,
    });
    expect(parseFeature(feature('x', 4, 45, { score: -3 }))!.score).to.equal(0);
    expect(parseFeature(feature('x', 4, 45, { score: 'high' }))!.score).to.equal(0);
    for (const type of ['housenumber', 'street', 'locality', 'municipality']) {
      expect(parseFeature(feature('x', 4, 45, { type }))!.type).to.equal(type);
    }
    expect(parseAnswer({ features: {} })).to.equal(null);
    expect(parseAnswer({ type: 'FeatureCollection', features: [] })).to.deep.equal([]);
  });

  it('ignores prototype tricks in properties', () => {
    const json = '{"type":"Feature","geometry":{"type":"Point","coordinates":[4.8,45.7]},'
      + '"properties":{"label":"Lyon","__proto__":{"city":"Piège"},"constructor":{"prototype":{"x":1}}}}';
    const suggestion = parseFeature(JSON.parse(json));
    expect(suggestion!.city).to.equal('');
    expect(({} as Record<string, unknown>)['x']).to.equal(undefined);
  });
});

describe('geocoder: hostile strings (big-list-of-naughty-strings)', () => {
  let naughty: string[] = [];
  before(async () => {
    const response = await fetch('/shared-data/big-list-of-naughty-strings/blns.json');
    expect(response.ok, 'blns.json served under /shared-data/').to.equal(true);
    naughty = await response.json();
    expect(naughty.length).to.be.greaterThan(400);
  });

  it('sends every string as a clean query, or nothing; no crash', async () => {
    const sent: string[] = [];
    const { fetch } = fakeFetch((url) => {
      const q = url.searchParams.get('q')!;
      sent.push(q);
      return answer(q);
    });
    const geocoder = createGeocoder({ fetch, ...fast, maxPerSecond: 1000, cacheSize: 0 });
    let answered = 0;
    for (const query of naughty) {
      const suggestions = await geocoder.search(query);
      const q = normalizeQuery(query);
      if (Array.from(q).length < 3) {
        expect(suggestions, query).to.deep.equal([]);
      } else {
        answered++;
        expect(suggestions.map((s) => s.label), query).to.deep.equal([q.trim()]);
      }
    }
    expect(sent).to.have.length(answered);
    for (const q of sent) {
      expect(Array.from(q).length).to.be.within(3, 200);
      expect(q).to.match(/^[\p{L}\p{N}]/u);
      expect(q).to.equal(q.trim());
      expect(q).not.to.match(/[\p{Cc}]/u);
    }
  });

  it('keeps hostile labels as exact text', async () => {
    const labels = naughty.filter((s) => s.trim() !== '');
    const { fetch } = fakeFetch(() => ({ body: collection(labels.map((label) => feature(label, 2.35, 48.85, { city: label, name: label }))) }));
    const geocoder = createGeocoder({ fetch, ...fast, limit: 20 });
    // The Géoplateforme caps `limit`; parse the whole list directly too.
    expect(await geocoder.search('paris')).to.have.length(20);
    const all = parseAnswer(collection(labels.map((label) => feature(label, 2.35, 48.85, { city: label }))))!;
    expect(all.map((s) => s.label)).to.deep.equal(labels.map((s) => s.trim()));
    expect(all.map((s) => s.city)).to.deep.equal(labels);
    for (const s of all) expect(typeof s.label).to.equal('string');
  });
});

// ---------------------------------------------------------------------------------------------
// Against the local replay server (test/geocoder-replay/middleware.mjs), when the test runner
// serves it; skipped otherwise. Never the internet.

describe('geocoder: against the local replay server', function () {
  this.timeout(15_000);
  const endpoint = '/geocoder-replay/search';
  const received = async () => (await (await fetch('/geocoder-replay/requests')).json()) as Array<{
    at: number; params: Record<string, string>; accept: string; cookie: boolean; referer: string;
  }>;

  before(async function () {
    const response = await fetch('/geocoder-replay/reset');
    if (!response.ok) this.skip();
  });
  beforeEach(async () => {
    await fetch('/geocoder-replay/reset');
  });

  it('answers "8 bd du port" with real-looking addresses, without cookies or referrer', async () => {
    document.cookie = 'pv-geocoder-test=1; path=/';
    try {
      const geocoder = createGeocoder({ endpoint, ...fast });
      const suggestions = await geocoder.search('8 bd du port');
      expect(suggestions.map((s) => s.label)).to.deep.equal([
        '8 Boulevard du Port 80000 Amiens', '8 Boulevard du Port 95000 Cergy', '8 Boulevard du Port 17000 La Rochelle',
      ]);
      expect(suggestions[0]!.position).to.deep.equal({ lat: 49.897443, lon: 2.290084 });
      const log = await received();
      expect(log).to.have.length(1);
      expect(log[0]!.params).to.deep.equal({ q: '8 bd du port', limit: '5', autocomplete: '1' });
      expect(log[0]!.cookie).to.equal(false);
      expect(log[0]!.referer).to.equal('');
      expect(log[0]!.accept).to.equal('application/json');
    } finally {
      document.cookie = 'pv-geocoder-test=; path=/; max-age=0';
    }
  });

  it('answers "lyon", "villeurbanne" and an empty result; short queries are never sent', async () => {
    const geocoder = createGeocoder({ endpoint, ...fast });
    expect((await geocoder.search('Lyon')).map((s) => s.type)).to.deep.equal(['municipality', 'municipality', 'street']);
    expect((await geocoder.search('villeurbanne'))[0]!.citycode).to.equal('69266');
    expect(await geocoder.search('zzzqqqxxx')).to.deep.equal([]);
    expect(await geocoder.search('ly')).to.deep.equal([]);
    expect((await received()).map((r) => r.params['q'])).to.deep.equal(['Lyon', 'villeurbanne', 'zzzqqqxxx']);
  });

  it('drops the malformed features of "saint"; rejects truncated JSON and an HTML page', async () => {
    const geocoder = createGeocoder({ endpoint, ...fast });
    expect((await geocoder.search('saint')).map((s) => s.label)).to.deep.equal(['Saint-Denis <img src=x onerror=alert(1)>']);
    expect((await rejection(geocoder.search('erreur json'))).kind).to.equal('bad-answer');
    expect((await rejection(geocoder.search('maintenance'))).kind).to.equal('bad-answer');
  });

  it('honours 429 + Retry-After: 1, then retries once', async () => {
    const suggestions = await createGeocoder({ endpoint, ...fast }).search('trop vite');
    expect(suggestions[0]!.label).to.equal('Lyon');
    const log = await received();
    expect(log).to.have.length(2);
    expect(log[1]!.at - log[0]!.at).to.be.at.least(990);
  });

  it('retries a 503 once; rejects a lasting 503 as unavailable', async () => {
    const geocoder = createGeocoder({ endpoint, ...fast });
    expect((await geocoder.search('panne'))[0]!.label).to.equal('Villeurbanne');
    const error = await rejection(geocoder.search('toujours en panne'));
    expect(error.kind).to.equal('unavailable');
    expect(error.status).to.equal(503);
    expect(await received()).to.have.length(4);
  });

  it('gives up on a slow answer after timeoutMs', async () => {
    const error = await rejection(createGeocoder({ endpoint, ...fast, timeoutMs: 300 }).search('lent'));
    expect(error.kind).to.equal('network');
    expect(error.timeout).to.equal(true);
  });
});
