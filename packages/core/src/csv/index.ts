export { csvCell, toCsv, type CsvOptions, type CsvSeparator } from './csv.js';
export { downloadText, safeFilename, type DownloadOptions } from './download.js';
