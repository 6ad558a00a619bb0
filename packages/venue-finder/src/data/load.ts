/** Ties parsing, normalisation, the territory filter and the quality report together. */
import type { Venue } from '../model.js';
import { normalizeRecords, type SchemaVersion, type VenueIssue } from './normalize.js';
import { parseDataset, type DataFormat } from './parse.js';
import { qualityReport, type QualityOptions, type QualityReport } from './quality.js';
import { inTerritory, type TerritoryFilter } from './territory.js';

/** Options that can cross to a worker (plain data). */
export interface ParseOptions {
  /** Keep only the venues of this territory (the report covers the kept venues). */
  territory?: TerritoryFilter;
  /** Force a schema instead of detecting it. */
  version?: SchemaVersion;
}

export interface LoadOptions extends ParseOptions, Omit<QualityOptions, 'warnings'> {}

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
}

export function loadRaw(text: string, options: ParseOptions = {}): RawLoadResult {
  const { records, format, warnings } = parseDataset(text);
  const { venues: all, issues, version } = normalizeRecords(records, { version: options.version });
  const venues = options.territory ? all.filter((v) => inTerritory(v, options.territory)) : all;
  return { venues, issues, warnings, format, version };
}

export function finishLoad(raw: RawLoadResult, options: LoadOptions = {}): LoadResult {
  const report = qualityReport(raw.venues, raw.issues, { ...options, warnings: raw.warnings });
  return { venues: raw.venues, report, format: raw.format, version: raw.version };
}

/** Reads a dataset's text into venues and a quality report. Throws `VenueDataError` when unreadable. */
export function loadVenues(text: string, options: LoadOptions = {}): LoadResult {
  return finishLoad(loadRaw(text, options), options);
}
