/**
 * Address search through the French national geocoder (Base Adresse Nationale, served by the IGN
 * Géoplateforme: `https://data.geopf.fr/geocodage/search`, GeoCodeJSON answers). Issue #4.
 *
 * Client only (no UI). Rules it keeps:
 * - privacy: nothing is requested before `search()` is called (call it from a user action: typing);
 *   no cookies (`credentials: 'omit'`), no referrer (`referrerPolicy: 'no-referrer'`);
 * - debounced: only the last query of a burst is sent; a new `search()` supersedes the previous
 *   one (its promise rejects with a `GeocoderError` of kind `'aborted'`, its request is aborted);
 * - at most `maxPerSecond` requests (token bucket; the Géoplateforme allows 50 requests/s/IP for
 *   geocoding, 10/s for its separate autocompletion API);
 * - HTTP 429: no request at all until `Retry-After` (seconds or HTTP date; 5 s when absent) has
 *   elapsed, then one retry; 5xx: one retry after a backoff; timeouts and network errors reject;
 * - every answer is parsed defensively: malformed features are dropped, strings stay strings
 *   (never HTML), coordinates are checked.
 */

/** The kinds of address the geocoder returns (addok `type`). */
export type AddressType = 'housenumber' | 'street' | 'locality' | 'municipality';

/** One address suggestion, ready to show as text. */
export interface Suggestion {
  /** Full label, e.g. "8 Boulevard du Port 80000 Amiens". Plain text: render it as text. */
  readonly label: string;
  /** Name part, e.g. "8 Boulevard du Port". */
  readonly name: string;
  /** Postcode ("80000"), or '' when absent. */
  readonly postcode: string;
  /** City name, or ''. */
  readonly city: string;
  /** INSEE code of the commune ("80021", "2A004"), or ''. */
  readonly citycode: string;
  /** Department, region: "80, Somme, Hauts-de-France", or ''. */
  readonly context: string;
  /** WGS 84 position (the answer's `[lon, lat]` turned into named fields). */
  readonly position: { readonly lat: number; readonly lon: number };
  /** Kind of address; `'other'` for a type this client does not know. */
  readonly type: AddressType | 'other';
  /** Relevance between 0 and 1. */
  readonly score: number;
}

export type GeocoderErrorKind = 'rate-limited' | 'unavailable' | 'network' | 'bad-answer' | 'aborted';

/** French default messages, one per error kind (override with `createGeocoder({ messages })`). */
export const geocoderMessages = {
  'rate-limited': 'Trop de recherches d’adresse en peu de temps. Réessayez dans quelques secondes.',
  unavailable: 'Le service de recherche d’adresse est momentanément indisponible. Réessayez plus tard.',
  network: 'Le service de recherche d’adresse est injoignable. Vérifiez votre connexion puis réessayez.',
  timeout: 'Le service de recherche d’adresse ne répond pas. Réessayez dans un instant.',
  'bad-answer': 'Le service de recherche d’adresse a renvoyé une réponse illisible.',
  aborted: 'Recherche d’adresse annulée.',
} as const;

export type GeocoderMessages = { [K in keyof typeof geocoderMessages]: string };

/** A failed search. `message` is French and can be shown as is. */
export class GeocoderError extends Error {
  override readonly name = 'GeocoderError';
  readonly kind: GeocoderErrorKind;
  /** HTTP status, when the service answered. */
  readonly status?: number;
  /** For `'rate-limited'` (and a 5xx with `Retry-After`): milliseconds before a new request may be sent. */
  readonly retryAfterMs?: number;
  /** For `'network'`: true when the request took longer than `timeoutMs`. */
  readonly timeout: boolean;

  constructor(
    kind: GeocoderErrorKind,
    message: string,
    details: { status?: number; retryAfterMs?: number; timeout?: boolean; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
    this.timeout = details.timeout ?? false;
  }
}

/** True for the rejection of a superseded or cancelled search: the UI ignores it. */
export function isAbortedSearch(error: unknown): boolean {
  return error instanceof GeocoderError && error.kind === 'aborted';
}

export interface GeocoderOptions {
  /** Search endpoint (absolute, or relative to the page). Default: the Géoplateforme. */
  endpoint?: string;
  /** Suggestions per answer, 1–20. Default 5. */
  limit?: number;
  /** Shorter queries (in characters, after clean-up) resolve to [] without a request. Default 3. */
  minChars?: number;
  /** Quiet time before a query is sent. Default 250 ms. */
  debounceMs?: number;
  /**
   * Client-side cap on requests per second (token bucket). Default 50: the Géoplateforme's documented
   * limit per IP. Raise it (up to 1000) only for a self-hosted endpoint that allows more.
   */
  maxPerSecond?: number;
  /** Per-attempt time limit (request and body). Default 5000 ms. */
  timeoutMs?: number;
  /** Backoff before the single retry after a 5xx, without `Retry-After`. Default 1000 ms (±25 % jitter). */
  retryDelayMs?: number;
  /** Longest `Retry-After` a search waits for; beyond it the search rejects at once. Default 10 000 ms. */
  maxRetryWaitMs?: number;
  /** Answers kept in memory (LRU), 0 to disable. Default 50. */
  cacheSize?: number;
  /** `fetch` to use (tests inject one). Default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Only this kind of address. */
  type?: 'municipality' | 'street' | 'housenumber' | 'locality';
  /** Only this postcode (5 digits). */
  postcode?: string;
  /** Only this commune (INSEE code, e.g. "75056", "2A004"). */
  citycode?: string;
  /** Prefer results near this point (addok `lat`/`lon` bias; not a filter). */
  near?: { lat: number; lon: number };
  /** Messages, to translate. */
  messages?: Partial<GeocoderMessages>;
}

export interface SearchOptions {
  /** Cancels this search (rejects with kind `'aborted'`). */
  signal?: AbortSignal;
  /** Prefer results near this point for this search (e.g. after "Près de moi"); overrides `near`. */
  near?: { lat: number; lon: number };
}

export interface Geocoder {
  /**
   * Suggestions for `query` (trimmed, at most 200 characters). Resolves [] for a query shorter than
   * `minChars`. Rejects with a `GeocoderError`; kind `'aborted'` when superseded by a newer search
   * or cancelled through `signal` (ignore it).
   */
  search(query: string, options?: SearchOptions): Promise<Suggestion[]>;
  /** Aborts the pending search, if any. */
  cancel(): void;
  /** Empties the answer cache. */
  clearCache(): void;
}

export const DEFAULT_ENDPOINT = 'https://data.geopf.fr/geocodage/search';
/** The Géoplateforme geocoding limit: 50 requests per second per IP (429 for 5 s beyond it). */
export const DOCUMENTED_MAX_PER_SECOND = 50;
/** The Géoplateforme rejects longer queries (`q` between 3 and 200 characters). */
export const MAX_QUERY_LENGTH = 200;
const DEFAULT_RETRY_AFTER_MS = 5000;
const MAX_BODY_CHARS = 2_000_000;
const ADDRESS_TYPES: readonly string[] = ['housenumber', 'street', 'locality', 'municipality'];

/**
 * Cleans a query the way the geocoder wants it: control and format characters and runs of spaces
 * become one space, lone surrogates are dropped, leading characters that are neither letters nor
 * digits are dropped (the Géoplateforme answers 400 otherwise), at most 200 characters.
 */
export function normalizeQuery(query: unknown): string {
  let text = typeof query === 'string' ? query : '';
  text = text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[\p{Cc}\p{Z}]+/gu, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .trim();
  const chars = Array.from(text);
  if (chars.length > MAX_QUERY_LENGTH) text = chars.slice(0, MAX_QUERY_LENGTH).join('').trimEnd();
  return text;
}

/** Milliseconds from a `Retry-After` value (delay in seconds, or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) return Math.min(Number(text), 86_400) * 1000;
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** One GeoCodeJSON feature → a Suggestion, or null when it is unusable. */
export function parseFeature(feature: unknown): Suggestion | null {
  if (!isRecord(feature)) return null;
  const { geometry, properties } = feature;
  if (!isRecord(geometry) || !isRecord(properties)) return null;
  if (geometry['type'] !== 'Point') return null;
  const coordinates = geometry['coordinates'];
  if (!Array.isArray(coordinates) || coordinates.length < 2) return null;
  const [lon, lat] = coordinates as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || (lat === 0 && lon === 0)) return null;
  const label = text(properties['label']).trim();
  if (label === '') return null;
  const rawType = properties['type'];
  const type = typeof rawType === 'string' && ADDRESS_TYPES.includes(rawType) ? (rawType as AddressType) : 'other';
  const rawScore = properties['score'];
  const score = typeof rawScore === 'number' && Number.isFinite(rawScore) ? Math.min(1, Math.max(0, rawScore)) : 0;
  return Object.freeze({
    label,
    name: text(properties['name']) || label,
    postcode: text(properties['postcode']),
    city: text(properties['city']),
    citycode: text(properties['citycode']),
    context: text(properties['context']),
    position: Object.freeze({ lat, lon }),
    type,
    score,
  });
}

/**
 * A GeoCodeJSON answer → suggestions (at most `limit`), or null when the answer has no
 * `features` array. Drops the features it cannot use.
 */
export function parseAnswer(answer: unknown, limit = Infinity): Suggestion[] | null {
  if (!isRecord(answer) || !Array.isArray(answer['features'])) return null;
  const suggestions: Suggestion[] = [];
  for (const feature of answer['features'] as unknown[]) {
    if (suggestions.length >= limit) break;
    const suggestion = parseFeature(feature);
    if (suggestion) suggestions.push(suggestion);
  }
  return suggestions;
}

class Aborted extends Error {}

/** Resolves after `ms`, or rejects with `Aborted` when `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new Aborted());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Aborted());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Rate-limit state shared by every client of one endpoint through one `fetch` (the Géoplateforme
 * counts requests per IP, so two widgets on a page share its budget and its `Retry-After`).
 */
interface Limiter {
  rate: number;
  tokens: number;
  refilledAt: number;
  blockedUntil: number;
}

const limiters = new WeakMap<object, Map<string, Limiter>>();
const defaultFetch: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init);

function limiterFor(fetchFn: object, endpoint: string, rate: number): Limiter {
  let byEndpoint = limiters.get(fetchFn);
  if (!byEndpoint) limiters.set(fetchFn, (byEndpoint = new Map()));
  let limiter = byEndpoint.get(endpoint);
  if (!limiter) {
    limiter = { rate, tokens: Math.max(1, rate), refilledAt: Date.now(), blockedUntil: 0 };
    byEndpoint.set(endpoint, limiter);
  }
  limiter.rate = Math.min(limiter.rate, rate); // the strictest client wins
  return limiter;
}

function validPosition(near: { lat: number; lon: number } | undefined): boolean {
  return near === undefined || (
    isRecord(near) && typeof near.lat === 'number' && typeof near.lon === 'number' &&
    Number.isFinite(near.lat) && Number.isFinite(near.lon) && Math.abs(near.lat) <= 90 && Math.abs(near.lon) <= 180
  );
}

function validFilter(name: string, value: string | undefined, pattern: RegExp): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !pattern.test(value)) throw new TypeError(`createGeocoder: invalid ${name} "${String(value)}"`);
  return value;
}

function finiteOr(value: number | undefined, fallback: number, min: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

/** Creates an address-search client. Creating it sends nothing. */
export function createGeocoder(options: GeocoderOptions = {}): Geocoder {
  const base = globalThis.location?.href;
  const endpoint = new URL(options.endpoint ?? DEFAULT_ENDPOINT, base);
  if (endpoint.protocol !== 'https:' && endpoint.protocol !== 'http:') {
    throw new TypeError(`createGeocoder: the endpoint must be an http(s) URL, not "${endpoint.protocol}"`);
  }
  const limit = Math.round(finiteOr(options.limit, 5, 1, 20));
  const minChars = Math.round(finiteOr(options.minChars, 3, 1, MAX_QUERY_LENGTH));
  const debounceMs = finiteOr(options.debounceMs, 250, 0, 10_000);
  const maxPerSecond = finiteOr(options.maxPerSecond, DOCUMENTED_MAX_PER_SECOND, 0.01, 1000);
  const timeoutMs = finiteOr(options.timeoutMs, 5000, 1, 120_000);
  const retryDelayMs = finiteOr(options.retryDelayMs, 1000, 0, 60_000);
  const maxRetryWaitMs = finiteOr(options.maxRetryWaitMs, 10_000, 0, 600_000);
  const cacheSize = Math.round(finiteOr(options.cacheSize, 50, 0, 1000));
  const messages: GeocoderMessages = { ...geocoderMessages, ...options.messages };
  const doFetch = options.fetch ?? defaultFetch;
  const type = validFilter('type', options.type, /^(municipality|street|housenumber|locality)$/);
  const postcode = validFilter('postcode', options.postcode, /^\d{5}$/);
  const citycode = validFilter('citycode', options.citycode, /^(\d{5}|2[AB]\d{3})$/);
  if (!validPosition(options.near)) throw new TypeError('createGeocoder: invalid near position');

  const cache = new Map<string, readonly Suggestion[]>();
  let current: AbortController | null = null;
  // Token bucket: starts full, `rate` tokens per second, at most `rate` (≥ 1) stored.
  const limiter = limiterFor(doFetch, endpoint.origin + endpoint.pathname, maxPerSecond);

  const fail = (kind: GeocoderErrorKind, details: ConstructorParameters<typeof GeocoderError>[2] = {}) =>
    new GeocoderError(kind, details.timeout ? messages.timeout : messages[kind], details);

  function urlFor(query: string, near: { lat: number; lon: number } | undefined): URL {
    const url = new URL(endpoint.href);
    url.searchParams.set('q', query);
    url.searchParams.set('limit', String(limit));
    url.searchParams.set('autocomplete', '1');
    if (type) url.searchParams.set('type', type);
    if (postcode) url.searchParams.set('postcode', postcode);
    if (citycode) url.searchParams.set('citycode', citycode);
    if (near) {
      url.searchParams.set('lat', String(near.lat));
      url.searchParams.set('lon', String(near.lon));
    }
    return url;
  }

  /** Waits for `Retry-After` to elapse and for a token; throws when the wait is too long. */
  async function waitForTurn(signal: AbortSignal): Promise<void> {
    for (;;) {
      const now = Date.now();
      if (now < limiter.blockedUntil) {
        const remaining = limiter.blockedUntil - now;
        if (remaining > maxRetryWaitMs) throw fail('rate-limited', { retryAfterMs: remaining });
        await sleep(remaining, signal);
        continue;
      }
      const { rate } = limiter;
      limiter.tokens = Math.min(Math.max(1, rate), limiter.tokens + ((now - limiter.refilledAt) / 1000) * rate);
      limiter.refilledAt = now;
      if (limiter.tokens >= 1) {
        limiter.tokens -= 1;
        return;
      }
      await sleep(Math.ceil(((1 - limiter.tokens) / rate) * 1000), signal);
    }
  }

  /** One HTTP attempt with its own time limit; reads the whole body under that limit. */
  async function attempt(url: URL, signal: AbortSignal): Promise<{ status: number; headers: Headers; body: string }> {
    const controller = new AbortController();
    let timedOut = false;
    const onAbort = () => controller.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const response = await doFetch(url.href, {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        mode: 'cors',
      });
      const body = response.ok ? await response.text() : '';
      return { status: response.status, headers: response.headers, body };
    } catch (error) {
      if (signal.aborted) throw new Aborted();
      if (timedOut) throw fail('network', { timeout: true, cause: error });
      throw fail('network', { cause: error });
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    }
  }

  function parseBody(headers: Headers, body: string, status: number): Suggestion[] {
    const contentType = headers.get('content-type') ?? '';
    if (/html|xml/i.test(contentType) || body.length > MAX_BODY_CHARS) throw fail('bad-answer', { status });
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      throw fail('bad-answer', { status, cause: error });
    }
    const suggestions = parseAnswer(json, limit);
    if (!suggestions) throw fail('bad-answer', { status });
    return suggestions;
  }

  async function request(url: URL, signal: AbortSignal): Promise<Suggestion[]> {
    for (let retry = 0; ; retry++) {
      await waitForTurn(signal);
      const { status, headers, body } = await attempt(url, signal);
      if (status === 429) {
        const delay = parseRetryAfter(headers.get('retry-after')) ?? DEFAULT_RETRY_AFTER_MS;
        limiter.blockedUntil = Math.max(limiter.blockedUntil, Date.now() + delay);
        if (retry === 0 && delay <= maxRetryWaitMs) continue; // waitForTurn waits for Retry-After
        throw fail('rate-limited', { status, retryAfterMs: Math.max(0, limiter.blockedUntil - Date.now()) });
      }
      if (status >= 500) {
        const retryAfter = parseRetryAfter(headers.get('retry-after'));
        if (retry === 0 && (retryAfter === undefined || retryAfter <= maxRetryWaitMs)) {
          await sleep(retryAfter ?? retryDelayMs * (0.75 + Math.random() * 0.5), signal);
          continue;
        }
        throw fail('unavailable', retryAfter === undefined ? { status } : { status, retryAfterMs: retryAfter });
      }
      if (status < 200 || status > 299) throw fail('unavailable', { status });
      return parseBody(headers, body, status);
    }
  }

  async function search(query: string, searchOptions: SearchOptions = {}): Promise<Suggestion[]> {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    const external = searchOptions.signal;
    const onAbort = () => controller.abort();
    if (external?.aborted) controller.abort();
    external?.addEventListener('abort', onAbort, { once: true });
    try {
      if (controller.signal.aborted) throw new Aborted();
      const near = searchOptions.near ?? options.near;
      if (!validPosition(near)) throw new TypeError('geocoder.search: invalid near position');
      const q = normalizeQuery(query);
      if (Array.from(q).length < minChars) return [];
      const url = urlFor(q, near);
      const key = near ? `${q.toLowerCase()}\u0000${near.lat},${near.lon}` : q.toLowerCase();
      const cached = cache.get(key);
      if (cached) {
        cache.delete(key);
        cache.set(key, cached);
        return [...cached];
      }
      await sleep(debounceMs, controller.signal);
      const suggestions = await request(url, controller.signal);
      if (controller.signal.aborted) throw new Aborted();
      if (cacheSize > 0) {
        cache.set(key, Object.freeze([...suggestions]));
        while (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
      }
      return suggestions;
    } catch (error) {
      if (error instanceof Aborted || controller.signal.aborted) throw fail('aborted', { cause: error });
      throw error;
    } finally {
      external?.removeEventListener('abort', onAbort);
      if (current === controller) current = null;
    }
  }

  return {
    search,
    cancel() {
      current?.abort();
      current = null;
    },
    clearCache() {
      cache.clear();
    },
  };
}
