/**
 * The data-quality report for the webmaster: what is wrong in the file, with counts and a few
 * examples, and a CSV version to download.
 */
import { csvCell, toCsv } from '@parvis/core/csv';
import type { DecodeWarning, DecodeWarningCode, TextEncodingName } from '@parvis/core/text';
import type { Venue } from '../model.js';
import { REQUIRED_FIELDS, type RequiredField, type VenueIssue } from './normalize.js';

export interface QualityExample {
  id: string;
  name: string;
  value: string;
}

export interface QualityEntry {
  count: number;
  /** Up to `MAX_EXAMPLES` examples. */
  examples: QualityExample[];
}

export interface UnknownValuesEntry extends QualityEntry {
  /** Each unknown value and how many times it occurs. */
  values: Record<string, number>;
}

/** How a downloaded file's bytes were read into text. */
export interface EncodingReport {
  /** `utf-8`, `utf-8-bom`, `windows-1252` (French Excel's "CSV"), `utf-16le`, `utf-16be`. */
  name: TextEncodingName;
  /** What the reading noticed: accents destroyed before (`mojibake`, `replacement-chars`), mixed encodings… */
  warnings: DecodeWarning[];
}

export interface QualityReport {
  /** Number of venues checked. */
  total: number;
  invalidPhones: QualityEntry;
  invalidEmails: QualityEntry;
  /** Website, booking or accessibility links that were dropped (bad syntax or unsafe scheme). */
  invalidUrls: QualityEntry;
  /** Malformed postcodes, INSEE codes or dates. */
  invalidValues: QualityEntry;
  /** Unknown vocabulary values, per `Venue` field (`services`, `publics`…). */
  unknownValues: Record<string, UnknownValuesEntry>;
  missingCoordinates: QualityEntry;
  swappedCoordinates: QualityEntry;
  lambert93Coordinates: QualityEntry;
  outsideFrance: QualityEntry;
  /** Opening hours the hours checker could not read; undefined when no checker was given. */
  unparsableHours?: QualityEntry;
  /** France Services per-day hours that could not be turned into OSM opening_hours. */
  unconvertedHours: QualityEntry;
  /** Updated more than `staleMonths` months before `now`. */
  staleUpdates: QualityEntry;
  staleMonths: number;
  /** Required fields of the standard that are empty, per field. */
  missingFields: Record<RequiredField, QualityEntry>;
  duplicateIds: QualityEntry;
  /** Reading warnings (CSV rows with too many / too few columns…). */
  warnings: string[];
  /** The encoding of a downloaded file and the damage found in its text; absent for text given by the page. */
  encoding?: EncodingReport;
}

export interface QualityOptions {
  /** Reference date for stale updates (default: today). */
  now?: Date;
  /** A venue is stale when `date_maj` is older than this many months (default 12). */
  staleMonths?: number;
  /** Returns true when an opening-hours value can be read; when absent, hours are not checked. */
  checkHours?: (value: string) => boolean;
  warnings?: string[];
  encoding?: EncodingReport;
}

export const MAX_EXAMPLES = 5;

const entry = (): QualityEntry => ({ count: 0, examples: [] });

function add(target: QualityEntry, id: string, name: string, value: string): void {
  target.count++;
  if (target.examples.length < MAX_EXAMPLES) target.examples.push({ id, name, value });
}

/** The date `months` months before `now` (ISO `YYYY-MM-DD`). */
function monthsBefore(now: Date, months: number): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate()));
  return d.toISOString().slice(0, 10);
}

const coordText = (v: Venue): string => (v.position ? `${v.position.lat.toFixed(5)}, ${v.position.lon.toFixed(5)}` : '');

/** Builds the report from normalised venues and the issues found while normalising them. */
export function qualityReport(venues: readonly Venue[], issues: readonly VenueIssue[], options: QualityOptions = {}): QualityReport {
  const staleMonths = options.staleMonths ?? 12;
  const report: QualityReport = {
    total: venues.length,
    invalidPhones: entry(),
    invalidEmails: entry(),
    invalidUrls: entry(),
    invalidValues: entry(),
    unknownValues: {},
    missingCoordinates: entry(),
    swappedCoordinates: entry(),
    lambert93Coordinates: entry(),
    outsideFrance: entry(),
    unparsableHours: options.checkHours ? entry() : undefined,
    unconvertedHours: entry(),
    staleUpdates: entry(),
    staleMonths,
    missingFields: Object.fromEntries(REQUIRED_FIELDS.map((f) => [f, entry()])) as Record<RequiredField, QualityEntry>,
    duplicateIds: entry(),
    warnings: [...(options.warnings ?? [])],
  };
  // Set only when known, so that the report of inline text has no `encoding` key at all.
  if (options.encoding) report.encoding = options.encoding;
  const ids = new Set(venues.map((v) => v.id));
  for (const issue of issues) {
    if (!ids.has(issue.venueId)) continue; // venue filtered out (territory)
    const { venueId: id, name, value } = issue;
    switch (issue.kind) {
      case 'invalid-phone':
        add(report.invalidPhones, id, name, value);
        break;
      case 'invalid-email':
        add(report.invalidEmails, id, name, value);
        break;
      case 'invalid-url':
        add(report.invalidUrls, id, name, `${issue.field} : ${value}`);
        break;
      case 'invalid-value':
        add(report.invalidValues, id, name, `${issue.field} : ${value}`);
        break;
      case 'unconverted-hours':
        add(report.unconvertedHours, id, name, value);
        break;
      case 'duplicate-id':
        add(report.duplicateIds, id, name, value);
        break;
      case 'missing-field':
        if (issue.field in report.missingFields) add(report.missingFields[issue.field as RequiredField], id, name, '');
        break;
      case 'unknown-value': {
        const target = (report.unknownValues[issue.field] ??= { ...entry(), values: {} });
        add(target, id, name, value);
        target.values[value] = (target.values[value] ?? 0) + 1;
        break;
      }
    }
  }
  const limit = monthsBefore(options.now ?? new Date(), staleMonths);
  for (const v of venues) {
    if (v.coordinates === 'missing') add(report.missingCoordinates, v.id, v.name, '');
    else if (v.coordinates === 'swapped') add(report.swappedCoordinates, v.id, v.name, coordText(v));
    else if (v.coordinates === 'lambert93') add(report.lambert93Coordinates, v.id, v.name, coordText(v));
    else if (v.coordinates === 'outside') add(report.outsideFrance, v.id, v.name, coordText(v));
    if (v.updatedOn && v.updatedOn < limit) add(report.staleUpdates, v.id, v.name, v.updatedOn);
    if (report.unparsableHours && v.openingHours) {
      let ok = false;
      try {
        ok = options.checkHours!(v.openingHours);
      } catch {
        ok = false;
      }
      if (!ok) add(report.unparsableHours, v.id, v.name, v.openingHours);
    }
  }
  return report;
}

/**
 * A cell safe to open in a spreadsheet (formulas escaped, RFC 4180 quoting): the one implementation
 * of @parvis/core, re-exported here where it was first written.
 */
export { csvCell };

const LABELS: Array<[keyof QualityReport, string]> = [
  ['invalidPhones', 'Téléphone invalide'],
  ['invalidEmails', 'Courriel invalide'],
  ['invalidUrls', 'Lien refusé'],
  ['invalidValues', 'Valeur mal formée'],
  ['missingCoordinates', 'Coordonnées absentes'],
  ['swappedCoordinates', 'Latitude et longitude inversées (corrigées)'],
  ['lambert93Coordinates', 'Coordonnées en Lambert-93 (converties)'],
  ['outsideFrance', 'Position hors de France'],
  ['unparsableHours', 'Horaires non interprétés'],
  ['unconvertedHours', 'Horaires France Services non convertis'],
  ['staleUpdates', 'Mise à jour ancienne'],
  ['duplicateIds', 'Identifiant en double'],
];

/** Damage in the text of the file, in the CSV report (the other warnings only explain the encoding). */
const ENCODING_LABELS: Partial<Record<DecodeWarningCode, string>> = {
  'mojibake': 'Accents abîmés dans le fichier (Ã© au lieu de é)',
  'replacement-chars': 'Caractères illisibles dans le fichier (�)',
  'invalid-utf8': 'Encodages mélangés (octets lus �)',
  'nul-bytes': 'Caractères nuls retirés',
};

/** The report as a CSV file (`,` separator, one row per problem example, a count row per problem). */
export function qualityReportCsv(report: QualityReport): string {
  const rows: Array<Array<string | number>> = [['probleme', 'champ', 'nombre', 'id', 'nom', 'valeur']];
  const section = (label: string, field: string, e: QualityEntry): void => {
    if (e.count === 0) return;
    rows.push([label, field, e.count, '', '', '']);
    for (const ex of e.examples) rows.push([label, field, '', ex.id, ex.name, ex.value]);
  };
  for (const [key, label] of LABELS) {
    const e = report[key] as QualityEntry | undefined;
    if (e) section(label, key === 'staleUpdates' ? `date_maj (> ${report.staleMonths} mois)` : '', e);
  }
  for (const [field, e] of Object.entries(report.unknownValues)) section('Valeur hors vocabulaire', field, e);
  for (const [field, e] of Object.entries(report.missingFields)) section('Champ obligatoire vide', field, e);
  const encoding = report.encoding;
  if (encoding && !encoding.name.startsWith('utf-8')) rows.push(['Encodage du fichier', '', '', '', '', encoding.name]);
  for (const w of encoding?.warnings ?? []) {
    const label = ENCODING_LABELS[w.code];
    if (label) rows.push([label, '', w.count ?? '', '', '', w.sample ?? '']);
  }
  for (const w of report.warnings) rows.push(['Lecture du fichier', '', '', '', '', w]);
  return toCsv(rows);
}
