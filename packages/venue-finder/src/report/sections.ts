/**
 * The quality report as the sections pv-venue-report shows: one per kind of problem (and per field
 * for vocabularies and required fields), in the order a webmaster fixes things. Pure data, no DOM.
 */
import type { DecodeWarningCode } from '@parvis/core/text';
import type { QualityEntry, QualityReport } from '../data/quality.js';

export const KINDS = [
  'invalidPhones',
  'invalidEmails',
  'invalidUrls',
  'invalidValues',
  'unknownValues',
  'missingCoordinates',
  'swappedCoordinates',
  'lambert93Coordinates',
  'outsideFrance',
  'unparsableHours',
  'unconvertedHours',
  'staleUpdates',
  'missingFields',
  'duplicateIds',
  'mojibake',
  'replacementChars',
  'invalidUtf8',
  'nulBytes',
  'warnings',
] as const;
export type ReportKind = (typeof KINDS)[number];

/** One example, ready to show: every value is plain text. */
export interface ReportRow {
  /** Rank of the place in the file (1 = first record); undefined when the id is not found. */
  record: number | undefined;
  id: string;
  name: string;
  /** Column of the file the problem is in. */
  field: string;
  /** The value as read (or as corrected, for coordinates); '' when the field is empty. */
  value: string;
}

export interface ReportSection {
  kind: ReportKind;
  /** The column, for kinds split per field (vocabularies, required fields). */
  field?: string;
  /** The key of that field in the `QualityReport` (`unknownValues.publics`, `missingFields.nom`). */
  key?: string;
  count: number;
  rows: ReportRow[];
  /** Distinct values and how often they occur (vocabularies), most frequent first. */
  values?: Array<[string, number]>;
  /** Reading warnings (no place attached). */
  warnings?: string[];
  /** Damage in the text of the file: its first damaged line, as read. */
  sample?: string;
}

type EncodingKind = 'mojibake' | 'replacementChars' | 'invalidUtf8' | 'nulBytes';
const isEncodingKind = (kind: ReportKind): kind is EncodingKind => kind in ENCODING_KINDS;

/** Damage in the text of a downloaded file (`QualityReport.encoding.warnings`), one section each. */
const ENCODING_KINDS: Readonly<Record<EncodingKind, DecodeWarningCode>> = {
  mojibake: 'mojibake',
  replacementChars: 'replacement-chars',
  invalidUtf8: 'invalid-utf8',
  nulBytes: 'nul-bytes',
};

/** The name of a detected encoding when it is worth saying (not UTF-8), else undefined. */
export function encodingLabel(report: QualityReport): string | undefined {
  const name = report.encoding?.name;
  if (!name || name.startsWith('utf-8')) return undefined;
  return name === 'windows-1252' ? 'Windows-1252' : name === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
}

/** The column a problem of this kind is in, when it is always the same one (médiation numérique v1 names). */
const KIND_FIELDS: Partial<Record<ReportKind, string>> = {
  invalidPhones: 'telephone',
  invalidEmails: 'courriels',
  missingCoordinates: 'latitude, longitude',
  swappedCoordinates: 'latitude, longitude',
  lambert93Coordinates: 'latitude, longitude',
  outsideFrance: 'latitude, longitude',
  unparsableHours: 'horaires',
  unconvertedHours: 'h_lundi … h_samedi',
  staleUpdates: 'date_maj',
  duplicateIds: 'id',
};

/** `Venue` vocabulary fields → the columns of the standard the webmaster edits. */
export const VOCABULARY_COLUMNS: Readonly<Record<string, string>> = {
  services: 'services',
  publics: 'publics_specifiquement_adresses',
  specificSupport: 'prise_en_charge_specifique',
  fees: 'frais_a_charge',
  nationalSchemes: 'dispositif_programmes_nationaux',
  labels: 'formations_labels',
  accessModes: 'modalites_acces',
  supportModes: 'modalites_accompagnement',
};

/** `quality.ts` writes `field : value` for links and malformed values. */
function splitField(value: string): [string, string] {
  const at = value.indexOf(' : ');
  return at < 0 ? ['', value] : [value.slice(0, at), value.slice(at + 3)];
}

function rows(entry: QualityEntry, field: string, recordOf: (id: string) => number | undefined, split = false): ReportRow[] {
  return entry.examples.map((e) => {
    const [f, value] = split ? splitField(e.value) : [field, e.value];
    return { record: recordOf(e.id), id: e.id, name: e.name, field: f, value };
  });
}

/** The sections with at least one problem, in display order. */
export function reportSections(report: QualityReport, recordOf: (id: string) => number | undefined): ReportSection[] {
  const sections: ReportSection[] = [];
  const push = (kind: ReportKind, entry: QualityEntry | undefined, extra: Partial<ReportSection> = {}): void => {
    if (!entry || entry.count === 0) return;
    const field = extra.field ?? KIND_FIELDS[kind] ?? '';
    sections.push({ kind, count: entry.count, rows: rows(entry, field, recordOf, kind === 'invalidUrls' || kind === 'invalidValues'), ...extra });
  };
  for (const kind of KINDS) {
    if (kind === 'unknownValues') {
      for (const [field, entry] of Object.entries(report.unknownValues)) {
        const values = Object.entries(entry.values).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        push(kind, entry, { field: VOCABULARY_COLUMNS[field] ?? field, key: field, values });
      }
    } else if (kind === 'missingFields') {
      for (const [field, entry] of Object.entries(report.missingFields)) push(kind, entry, { field, key: field });
    } else if (isEncodingKind(kind)) {
      const warning = report.encoding?.warnings.find((w) => w.code === ENCODING_KINDS[kind]);
      if (warning?.count) sections.push({ kind, count: warning.count, rows: [], ...(warning.sample === undefined ? {} : { sample: warning.sample }) });
    } else if (kind === 'warnings') {
      if (report.warnings.length > 0) sections.push({ kind, count: report.warnings.length, rows: [], warnings: [...report.warnings] });
    } else {
      push(kind, report[kind]);
    }
  }
  return sections;
}

/** Every problem counted once per occurrence (a place with two bad emails counts twice). */
export function problemCount(report: QualityReport): number {
  return reportSections(report, () => undefined).reduce((sum, s) => sum + s.count, 0);
}

/**
 * The kinds that were checked and found nothing (opening hours only when a checker was given; the text
 * of the file only when the report read its bytes: text given by the page was not checked).
 */
export function passedKinds(report: QualityReport, sections: readonly ReportSection[]): ReportKind[] {
  const found = new Set(sections.map((s) => s.kind));
  return KINDS.filter((k) => !found.has(k) && (k !== 'unparsableHours' || report.unparsableHours !== undefined) && (!isEncodingKind(k) || report.encoding !== undefined));
}
