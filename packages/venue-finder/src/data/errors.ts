/**
 * The error of an unreadable dataset, in a module of its own: the finder imports it without
 * the parser (papaparse), which only the worker or a lazy chunk loads.
 */

/**
 * `download`: the file could not be fetched (HTTP error): a network or server problem, not the data's.
 * `binary`: the file is not text (an Excel workbook, a PDF…): the webmaster must save it as CSV.
 */
export type VenueDataErrorCode = 'empty' | 'no-records' | 'invalid-json' | 'unsupported-json' | 'invalid-csv' | 'download' | 'binary';

/** A dataset that cannot be read at all. The message is in French and can be shown as is. */
export class VenueDataError extends Error {
  override readonly name = 'VenueDataError';
  constructor(
    readonly code: VenueDataErrorCode,
    message: string,
  ) {
    super(message);
  }
}
