import { sourceText, type SourceParams } from './messages.js';

export type DataSourceErrorCode =
  | 'empty' | 'binary' | 'html' | 'no-header' | 'invalid-json' | 'unsupported-json' | 'no-records'
  | 'http' | 'network' | 'read-failed';

/**
 * A source that cannot be shown at all. `code` says what went wrong (a UI translates it with
 * `sourceText(code, params)`); `message` is the French text, fit to be shown as is.
 */
export class DataSourceError extends Error {
  override readonly name = 'DataSourceError';
  constructor(
    readonly code: DataSourceErrorCode,
    readonly params: SourceParams = {},
  ) {
    super(sourceText(code, params));
  }
}

export function abortError(): DOMException {
  return new DOMException(sourceText('aborted'), 'AbortError');
}

export const isAbortError = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';
