/**
 * The data layer of the venue finder (issue #4 §1): read a CSV/JSON dataset of the médiation numérique
 * standard (v1.x, v0.1), the France Services list or data·inclusion structures into `Venue[]`, with a
 * data-quality report for the webmaster.
 */

export { parseDataset, sniffDelimiter, VenueDataError, type DataFormat, type ParseResult, type RawRecord, type VenueDataErrorCode } from './parse.js';
export { detectVersion, normalizeRecords, franceServicesDayToOsm, REQUIRED_FIELDS, type IssueKind, type NormalizeResult, type RequiredField, type SchemaVersion, type VenueIssue } from './normalize.js';
export { checkCoordinates, inFrance, lambert93ToWgs84, toNumber, FRANCE_AREAS, type CoordinateCheck } from './coordinates.js';
export { qualityReport, qualityReportCsv, csvCell, MAX_EXAMPLES, type EncodingReport, type QualityEntry, type QualityExample, type QualityOptions, type QualityReport, type UnknownValuesEntry } from './quality.js';
export { inTerritory, departmentOf, type TerritoryFilter } from './territory.js';
export { parsePhone, parseEmails, parseUrls, webUrl, isoDate, type Phone } from './fields.js';
export { V1_VOCABULARIES, canonicalValue, mapV01Value } from './vocabulary.js';

export { loadVenues, loadRaw, finishLoad, type DatasetInput, type LoadOptions, type LoadResult, type ParseOptions, type RawLoadResult } from './load.js';
export { decodeDataset } from './decode.js';
export { loadVenuesInWorker, loadVenuesOffMainThread, type WorkerLoadOptions } from './in-worker.js';
