/**
 * `createTableSource(config)`: one of the four open-data APIs behind the common `TableSource`
 * interface, from a config shaped like the element's attributes (strings that a page author wrote,
 * so checked here: an http(s) base URL, non-empty ids).
 */
import { safeUrl } from '@parvis/core/url';
import { ckanSource } from './ckan.js';
import { datasetteSource } from './datasette.js';
import { ApiError, apiMessagesFr } from './errors.js';
import { createGetJson, type HttpOptions } from './http.js';
import { odsSource } from './ods.js';
import { tabularSource } from './tabular.js';
import type { FilterOperator, PageQuery, TableSource } from './types.js';

export * from './types.js';
export { ApiError, apiMessagesEn, apiMessagesFr, isAborted, type ApiErrorCode, type ApiMessages } from './errors.js';
export { parseRetryAfter, type HttpOptions } from './http.js';
export { odsqlString, odsqlField, odsqlWhere } from './ods.js';
export { tildeEncode } from './datasette.js';

export type ApiKind = 'tabular' | 'ckan' | 'ods' | 'datasette';

export interface SourceConfig {
  api: ApiKind | string;
  /** API root: `https://tabular-api.data.gouv.fr`, `https://demo.ckan.org`, `https://data.example.fr`, a Datasette root. */
  base: string;
  /** Tabular: resource id; CKAN: resource id (or alias). */
  resource?: string;
  /** ODS: dataset id. */
  dataset?: string;
  /** Datasette: database name. */
  database?: string;
  /** Datasette: table name. */
  table?: string;
}

const OPERATORS: readonly FilterOperator[] = ['eq', 'contains', 'gte', 'lte'];
/** More rows than a screen can show are never asked for at once. */
export const MAX_PAGE_LIMIT = 1000;

/**
 * The base URL: http(s) only (a `javascript:` or `data:` base must not reach fetch), resolved
 * against the page, without query, fragment or trailing slash (paths are appended to it).
 */
export function apiRoot(base: unknown): string | undefined {
  const href = safeUrl(base);
  if (!href) return undefined;
  const url = new URL(href);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password) return undefined; // credentials do not belong in an attribute
  url.search = '';
  url.hash = '';
  return url.href.replace(/\/+$/, '');
}

/** Rejects a malformed query before anything is sent (the UI builds queries, but from user input). */
function checkQuery(query: PageQuery, fail: () => ApiError): void {
  const { offset, limit, sort, filters, search } = query;
  if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(limit) || limit < 1 || limit > MAX_PAGE_LIMIT) throw fail();
  if (sort && (typeof sort.column !== 'string' || !sort.column || (sort.direction !== 'asc' && sort.direction !== 'desc'))) throw fail();
  for (const filter of filters ?? []) {
    if (typeof filter.column !== 'string' || !filter.column || typeof filter.value !== 'string' || !OPERATORS.includes(filter.operator)) throw fail();
  }
  if (search !== undefined && typeof search !== 'string') throw fail();
}

export function createTableSource(config: SourceConfig, options: HttpOptions = {}): TableSource {
  const messages = options.messages ?? apiMessagesFr;
  const root = apiRoot(config.base);
  if (!root) throw new ApiError('config', messages);
  const context = { root, getJson: createGetJson({ ...options, messages }), messages };
  const inner = (() => {
    switch (config.api) {
      case 'tabular': return tabularSource(context, config.resource ?? '');
      case 'ckan': return ckanSource(context, config.resource ?? '');
      case 'ods': return odsSource(context, config.dataset ?? '');
      case 'datasette': return datasetteSource(context, config.database ?? '', config.table ?? '');
      default: throw new ApiError('config', messages);
    }
  })();
  return {
    describe: (signal) => inner.describe(signal),
    async page(query, signal) {
      checkQuery(query, () => new ApiError('unsupported', messages));
      // an empty search box is no search
      const search = query.search?.trim();
      return inner.page({ ...query, ...(search ? { search } : { search: undefined }) }, signal);
    },
  };
}
