/**
 * The only place that sends requests. Every adapter goes through `getJson`, so the rules hold for
 * all four APIs: no cookies and no referrer (privacy of the visitor), a time limit, one wait-and-retry
 * on 429 honouring Retry-After, the caller's AbortSignal, and a JSON body or a typed ApiError.
 */
import { ApiError, apiMessagesFr, type ApiMessages } from './errors.js';
import type { Cell, Row } from './types.js';

export interface HttpOptions {
  /** `fetch` to use (tests may inject one). */
  fetch?: typeof globalThis.fetch;
  /** Per-request time limit. Default 15 s: open-data APIs can be slow on big tables. */
  timeoutMs?: number;
  /** Longest Retry-After worth waiting for; beyond it the 429 is reported at once. Default 10 s. */
  maxRetryWaitMs?: number;
  messages?: ApiMessages;
}

/** Bigger answers are refused rather than parsed: a page of 1 000 rows fits well below. */
const MAX_BODY_CHARS = 20_000_000;
const DEFAULT_RETRY_AFTER_MS = 5000;

/** Milliseconds from a Retry-After value (seconds or HTTP date), or undefined. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return Math.min(Number(text), 86_400) * 1000;
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function sleep(ms: number, signal: AbortSignal | undefined, messages: ApiMessages): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new ApiError('aborted', messages));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export type GetJson = (url: URL, signal?: AbortSignal) => Promise<unknown>;

export function createGetJson(options: HttpOptions = {}): GetJson {
  const messages = options.messages ?? apiMessagesFr;
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxRetryWaitMs = options.maxRetryWaitMs ?? 10_000;
  const fail = (code: ApiError['code'], details?: ConstructorParameters<typeof ApiError>[2]) =>
    new ApiError(code, messages, details);

  async function attempt(url: URL, signal: AbortSignal | undefined): Promise<{ status: number; headers: Headers; bodyText: string }> {
    const controller = new AbortController();
    let timedOut = false;
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      if (signal?.aborted) throw fail('aborted');
      const response = await doFetch(url.href, {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        mode: 'cors',
      });
      // the body is read under the same time limit and abort as the headers
      const bodyText = response.ok ? await response.text() : '';
      return { status: response.status, headers: response.headers, bodyText };
    } catch (error) {
      if (signal?.aborted) throw fail('aborted', { cause: error });
      throw fail(timedOut ? 'timeout' : 'network', { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return async function getJson(url, signal) {
    for (let retry = 0; ; retry++) {
      const response = await attempt(url, signal);
      const { status } = response;
      if (status === 429) {
        const wait = parseRetryAfter(response.headers.get('retry-after')) ?? DEFAULT_RETRY_AFTER_MS;
        // one polite retry after the wait the server asked for; never hammer it
        if (retry === 0 && wait <= maxRetryWaitMs) {
          await sleep(wait, signal, messages);
          continue;
        }
        throw fail('rate-limited', { status, retryAfterMs: wait });
      }
      if (status === 404) throw fail('not-found', { status });
      if (status < 200 || status > 299) throw fail('http', { status });
      const type = response.headers.get('content-type') ?? '';
      // a maintenance page or a captive portal answers 200 with HTML: not data
      if (/html|xml/i.test(type) || response.bodyText.length > MAX_BODY_CHARS) throw fail('bad-answer', { status });
      try {
        return JSON.parse(response.bodyText) as unknown;
      } catch (error) {
        throw fail('bad-answer', { status, cause: error });
      }
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Validation of untrusted answers: helpers shared by the adapters.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A count (total, page…) or undefined. */
export function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/**
 * Any JSON value → a cell: strings and finite numbers and booleans as they are, objects and arrays
 * (ODS geo points, JSON columns) as their JSON text, anything else as null. The UI renders cells as
 * text, so a string full of markup stays markup-looking text.
 */
export function toCell(value: unknown): Cell {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value === null || value === undefined) return null;
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return null;
  }
}

/**
 * A record of the answer → a Row with exactly `columns`. Own properties only: with a column named
 * `__proto__` or `toString`, an answer lacking it must give null, not Object.prototype's member.
 */
export function toRow(raw: unknown, columns: readonly string[]): Row | undefined {
  if (!isRecord(raw)) return undefined;
  const row: Record<string, Cell> = Object.create(null) as Record<string, Cell>;
  for (const name of columns) row[name] = Object.hasOwn(raw, name) ? toCell(raw[name]) : null;
  return Object.freeze(row);
}

/** Column names of an answer: strings only, no duplicates, at most 1 000 (a table, not an attack). */
export function columnNames(values: unknown): string[] | undefined {
  if (!Array.isArray(values)) return undefined;
  const names = [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];
  return names.slice(0, 1000);
}

/** Path segment for an id from the page's attributes: encoded, and never `.`/`..` (path traversal). */
export function segment(id: unknown, messages: ApiMessages): string {
  if (typeof id !== 'string' || id.trim() === '' || id.length > 500 || /^\.{1,2}$/.test(id.trim())) {
    throw new ApiError('config', messages);
  }
  return encodeURIComponent(id.trim());
}

/** `root` + `path` with each parameter encoded by URLSearchParams: values are never spliced in by hand. */
export function buildUrl(root: string, path: string, params: ReadonlyArray<readonly [string, string]> = []): URL {
  const url = new URL(root + path);
  for (const [name, value] of params) url.searchParams.append(name, value);
  return url;
}

/** What every adapter is built from. */
export interface AdapterContext {
  /** http(s) base URL without query, fragment or trailing slash. */
  readonly root: string;
  readonly getJson: GetJson;
  readonly messages: ApiMessages;
}
