/** Ties parsing, normalisation, the territory filter and the quality report together. */
import type { Venue } from '../model.js';
import { decodeDataset } from './decode.js';
import { normalizeRecords, type SchemaVersion, type VenueIssue } from './normalize.js';
import { parseDataset, type DataFormat } from './parse.js';
import { qualityReport, type EncodingReport, type QualityOptions, type QualityReport } from './quality.js';
import { inTerritory, type TerritoryFilter } from './territory.js';

/** Options that can cross to a worker (plain data). */
export interface ParseOptions {
  /** Keep only the venues of this territory (the report covers the kept venues). */
  territory?: TerritoryFilter;
  /** Force a schema instead of detecting it. */
  version?: SchemaVersion;
}

export interface LoadOptions extends ParseOptions, Omit<QualityOptions, 'warnings' | 'encoding'> {}

export interface LoadResult {
  venues: Venue[];
  report: QualityReport;
  format: DataFormat;
  version: SchemaVersion;
}

/** What the worker computes: everything but the report (the report may need a function). */
export interface RawLoadResult {
  venues: Venue[];
  issues: VenueIssue[];
  warnings: string[];
  format: DataFormat;
  version: SchemaVersion;
  /** How the bytes were read, when the input was bytes (a downloaded file); absent for text. */
  encoding?: EncodingReport;
}

/**
 * Text (inline data, read as is) or the bytes of a file (decoded: UTF-8, Windows-1252, UTF-16; a file
 * that is not text throws `VenueDataError('binary')`).
 */
export type DatasetInput = string | ArrayBuffer | Uint8Array;

export function loadRaw(input: DatasetInput, options: ParseOptions = {}): RawLoadResult {
  // Anything but bytes goes to the parser as is: it names a non-string input "vide ou illisible".
  const decoded = input instanceof ArrayBuffer || input instanceof Uint8Array ? decodeDataset(input) : undefined;
  const { records, format, warnings } = parseDataset(decoded ? decoded.text : (input as string));
  const { venues: all, issues, version } = normalizeRecords(records, { version: options.version });
  const venues = options.territory ? all.filter((v) => inTerritory(v, options.territory)) : all;
  const raw: RawLoadResult = { venues, issues, warnings, format, version };
  // Only when known: results of inline text stay as they were.
  if (decoded) raw.encoding = decoded.encoding;
  return raw;
}

export function finishLoad(raw: RawLoadResult, options: LoadOptions = {}): LoadResult {
  const report = qualityReport(raw.venues, raw.issues, { ...options, warnings: raw.warnings, encoding: raw.encoding });
  return { venues: raw.venues, report, format: raw.format, version: raw.version };
}

/** Reads a dataset (its text or its bytes) into venues and a quality report. Throws `VenueDataError` when unreadable. */
export function loadVenues(input: DatasetInput, options: LoadOptions = {}): LoadResult {
  return finishLoad(loadRaw(input, options), options);
}
