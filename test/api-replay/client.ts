/**
 * Browser-side helpers for tests against the api-replay middleware (middleware.mjs): the replayed
 * APIs' base URLs, unique ids (each id has its own scenario counters and request log), and one
 * shared suite of failure cases that every adapter must pass.
 */
import { expect } from '@open-wc/testing';
import { ApiError, createTableSource, type SourceConfig, type TableSource } from '../../packages/data-viewer/src/api/index.js';
export { COLUMNS, HOSTILE_COLUMN, HOSTILE_VALUES, ROWS } from './dataset.mjs';

export type ApiName = 'tabular' | 'ckan' | 'ods' | 'datasette';

export const replayBase = (api: ApiName) => `${location.origin}/api-replay/${api}`;

let serial = 0;
/** `prefix` picks the scenario; the suffix keeps each test's counters and log apart. */
export const uniqueId = (prefix = 'communes') => `${prefix}-${Date.now().toString(36)}-${(serial += 1)}`;

/** The config of `api` for the table `id`, as the element's attributes would give it. */
export function configFor(api: ApiName, id: string): SourceConfig {
  const base = replayBase(api);
  switch (api) {
    case 'tabular': return { api, base, resource: id };
    case 'ckan': return { api, base, resource: id };
    case 'ods': return { api, base, dataset: id };
    case 'datasette': return { api, base, database: 'communes', table: id };
  }
}

export interface LoggedRequest {
  path: string;
  params: Array<[string, string]>;
  cookie: boolean;
  referer: string;
  where?: Array<{ field?: string; op?: string; value?: string | number; search?: string }>;
  database?: string;
  table?: string;
}

/** The requests the middleware received for `id`. */
export async function requestsFor(id: string): Promise<LoggedRequest[]> {
  const response = await fetch(`/api-replay/requests?id=${encodeURIComponent(id)}`);
  return (await response.json()) as LoggedRequest[];
}

/** The rejection of `promise`, which must be an ApiError. */
export async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected an ApiError, got a result');
}

/** Failure cases common to the four adapters (429, 500, bad JSON, HTML, bad shape, 404, abort, time limit). */
export function failureSuite(api: ApiName): void {
  const source = (prefix: string, options = {}): [TableSource, string] => {
    const id = uniqueId(prefix);
    return [createTableSource(configFor(api, id), options), id];
  };
  const firstPage = { offset: 0, limit: 5 };

  describe(`${api}: failures`, () => {
    it('waits for Retry-After after a 429, then retries once and succeeds', async () => {
      const [table, id] = source('limite');
      const started = performance.now();
      const result = await table.page(firstPage);
      expect(performance.now() - started).to.be.at.least(900);
      expect(result.rows).to.have.length(5);
      expect(await requestsFor(id)).to.have.length(2);
    });

    it('reports a long Retry-After at once, in French, without retrying', async () => {
      const [table, id] = source('limite-longue');
      const error = await apiError(table.page(firstPage));
      expect(error.code).to.equal('rate-limited');
      expect(error.status).to.equal(429);
      expect(error.retryAfterMs).to.equal(120_000);
      expect(error.message).to.contain('120 s');
      expect(await requestsFor(id)).to.have.length(1);
    });

    it('reports a 500 with its status', async () => {
      const error = await apiError(source('panne')[0].page(firstPage));
      expect([error.code, error.status]).to.deep.equal(['http', 500]);
      expect(error.message).to.contain('500');
    });

    it('reports a 404 as an unknown dataset', async () => {
      expect((await apiError(source('inconnu')[0].describe())).code).to.equal('not-found');
    });

    it('reports truncated JSON, an HTML page and a wrong shape as bad answers', async () => {
      for (const prefix of ['json-casse', 'html', 'forme']) {
        const error = await apiError(source(prefix)[0].page(firstPage));
        expect(error.code, prefix).to.equal('bad-answer');
        expect(error.message).to.equal('Le service de données a renvoyé une réponse illisible.');
      }
    });

    it('honours an AbortSignal during the request and before it', async () => {
      const [table] = source('lent');
      const controller = new AbortController();
      const started = performance.now();
      setTimeout(() => controller.abort(), 100);
      expect((await apiError(table.page(firstPage, controller.signal))).code).to.equal('aborted');
      expect(performance.now() - started).to.be.below(2000);
      const [other, id] = source('communes');
      expect((await apiError(other.describe(AbortSignal.abort()))).code).to.equal('aborted');
      expect(await requestsFor(id)).to.have.length(0);
    });

    it('honours an AbortSignal while waiting for Retry-After', async () => {
      const [table] = source('limite');
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 200);
      const started = performance.now();
      expect((await apiError(table.page(firstPage, controller.signal))).code).to.equal('aborted');
      expect(performance.now() - started).to.be.below(900);
    });

    it('gives up after its time limit', async () => {
      const error = await apiError(source('lent', { timeoutMs: 200 })[0].page(firstPage));
      expect(error.code).to.equal('timeout');
    });

    it('sends no cookie and no referrer', async () => {
      document.cookie = 'session=secret; path=/';
      try {
        const [table, id] = source('communes');
        await table.page(firstPage);
        const [request] = await requestsFor(id);
        expect(request!.cookie).to.equal(false);
        expect(request!.referer).to.equal('');
      } finally {
        document.cookie = 'session=; path=/; max-age=0';
      }
    });
  });
}
