/** The data layer of the open-data viewer: decoding, CSV and JSON reading, typed columns, a worker. */
export { decode, StreamDecoder, type DecodeResult, type TextEncodingName } from './decode.js';
export { sniffDelimiter, type Delimiter } from './sniff.js';
export { parseCsvText, parseCsvBytes, CsvStream, type CsvOptions } from './csv.js';
export { parseJsonData } from './json.js';
export { parseCsvInWorker, type WorkerParseOptions, type ParseProgress } from './client.js';
// For a worker that keeps the table (sort, filter): the whole pipeline without the worker plumbing.
export { readSource, type ReadSource, type ReadOptions, type ReadProgress } from './read.js';
export { packTable, unpackTable, type PackedTable, type PackedStrings } from './transfer.js';
export type { WorkerRequest, WorkerMessage } from './worker.js';
export { DataSourceError, type DataSourceErrorCode } from './errors.js';
export type { DataIssue, IssueKind } from './issues.js';
export type { ColumnInfo, ColumnType, ColumnValues } from './columns.js';
export { isNumericType } from './columns.js';
export type { DataTable, SourceFormat } from './table.js';
export { parseFrenchNumber, parseFrenchDate, looksLikeIdentifierName } from './values.js';
export { MAX_COLUMNS } from './table.js';
export { sourceText, sourceFr, sourceEn, type SourceTextKey } from './messages.js';
