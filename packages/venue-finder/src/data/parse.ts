/**
 * Reads a venue dataset from text: CSV (header row, `,` `;` or tab separator, BOM, quoted fields with
 * line breaks) or JSON (array of objects, `{ data: [...] }`, `{ items: [...] }`, GeoJSON).
 */
import Papa from 'papaparse';
import { VenueDataError } from './errors.js';

export type RawRecord = Record<string, unknown>;
export type DataFormat = 'csv' | 'json' | 'geojson';

export interface ParseResult {
  records: RawRecord[];
  format: DataFormat;
  /** Problems that did not stop the reading, in French, for the webmaster. */
  warnings: string[];
}

// Moved to errors.ts (importable without papaparse); still exported from here.
export { VenueDataError, type VenueDataErrorCode } from './errors.js';

const MAX_WARNINGS = 20;

function pushWarning(warnings: string[], message: string, counter: { dropped: number }): void {
  if (warnings.length < MAX_WARNINGS) warnings.push(message);
  else counter.dropped++;
}

const isObject = (v: unknown): v is RawRecord => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The separator of the header line among `,` `;` and tab (outside quotes), or undefined. */
export function sniffDelimiter(text: string): ',' | ';' | '\t' | undefined {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  const best = (Object.keys(counts) as Array<keyof typeof counts>).sort((x, y) => counts[y] - counts[x])[0]!;
  return counts[best] > 0 ? best : undefined;
}

function parseCsv(text: string): ParseResult {
  const warnings: string[] = [];
  const counter = { dropped: 0 };
  const delimiter = sniffDelimiter(text) ?? ',';
  const result = Papa.parse<Record<string, string>>(text, {
    header: true,
    delimiter,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.replace(/^\uFEFF/, '').trim(),
  });
  const fields = (result.meta.fields ?? []).filter((f) => f !== '');
  if (fields.length === 0) throw new VenueDataError('invalid-csv', "Le fichier CSV n'a pas de ligne d'en-tête lisible.");
  for (const error of result.errors) {
    const line = error.row !== undefined ? `Ligne ${error.row + 2}` : 'Fichier';
    const what =
      error.code === 'TooFewFields'
        ? 'il manque des colonnes'
        : error.code === 'TooManyFields'
          ? 'il y a trop de colonnes'
          : error.code === 'MissingQuotes'
            ? 'un guillemet n’est pas fermé'
            : 'ligne mal formée';
    pushWarning(warnings, `${line} : ${what}.`, counter);
  }
  const records: RawRecord[] = [];
  for (const row of result.data) {
    const record: RawRecord = {};
    for (const field of fields) {
      if (Object.hasOwn(row, field)) record[field] = row[field];
    }
    // Cells beyond the header (papaparse puts them in `__parsed_extra`) are ignored.
    records.push(record);
  }
  if (records.length === 0) {
    throw new VenueDataError('no-records', 'Le fichier ne contient que la ligne d’en-tête, sans aucun lieu.');
  }
  if (counter.dropped > 0) warnings.push(`… et ${counter.dropped} autre(s) problème(s) de lecture.`);
  return { records, format: 'csv', warnings };
}

function fromFeature(feature: unknown): RawRecord | undefined {
  if (!isObject(feature)) return undefined;
  const properties = isObject(feature['properties']) ? { ...feature['properties'] } : {};
  const geometry = feature['geometry'];
  if (isObject(geometry) && geometry['type'] === 'Point' && Array.isArray(geometry['coordinates'])) {
    const [lon, lat] = geometry['coordinates'] as unknown[];
    if (typeof lon === 'number' && typeof lat === 'number') {
      properties['longitude'] = lon;
      properties['latitude'] = lat;
    }
  }
  return properties;
}

function parseJson(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    throw new VenueDataError('invalid-json', `Le fichier n’est pas un JSON valide${detail}.`);
  }
  const warnings: string[] = [];
  let format: DataFormat = 'json';
  let items: unknown[] | undefined;
  if (Array.isArray(data)) items = data;
  else if (isObject(data) && data['type'] === 'FeatureCollection' && Array.isArray(data['features'])) {
    format = 'geojson';
    items = (data['features'] as unknown[]).map(fromFeature);
  } else if (isObject(data) && data['type'] === 'Feature') {
    format = 'geojson';
    items = [fromFeature(data)];
  } else if (isObject(data)) {
    for (const key of ['data', 'items', 'results', 'structures', 'features']) {
      if (Array.isArray(data[key])) {
        items = data[key] as unknown[];
        break;
      }
    }
  }
  if (!items) {
    throw new VenueDataError(
      'unsupported-json',
      'Le fichier JSON n’a pas une forme connue : attendu une liste de lieux, { "data": [...] } ou une FeatureCollection GeoJSON.',
    );
  }
  const records: RawRecord[] = [];
  let skipped = 0;
  items.forEach((item) => {
    if (isObject(item)) records.push(item);
    else skipped++;
  });
  if (skipped > 0) warnings.push(`${skipped} élément(s) du JSON ne sont pas des objets et ont été ignorés.`);
  if (records.length === 0) throw new VenueDataError('no-records', 'Le fichier ne contient aucun lieu.');
  return { records, format, warnings };
}

/** Reads the text of a dataset. Throws a `VenueDataError` (French message) when nothing can be read. */
export function parseDataset(text: string): ParseResult {
  if (typeof text !== 'string') throw new VenueDataError('empty', 'Le fichier est vide ou illisible.');
  const clean = text.replace(/^\uFEFF/, '');
  const trimmed = clean.trim();
  if (trimmed === '') throw new VenueDataError('empty', 'Le fichier est vide.');
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) return parseJson(trimmed);
  return parseCsv(clean);
}
