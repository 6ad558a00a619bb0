/**
 * Raw records → `Venue[]`: the médiation numérique standard v1.x (`|` lists) and v0.1 (`;` lists, old
 * field names and vocabularies), the France Services list, and data·inclusion structures.
 * Real defects are tolerated and reported as issues; no record is ever dropped.
 */
import { makeVenue, type Venue, type VocabularyField } from '../model.js';
import { checkCoordinates } from './coordinates.js';
import { PLACEHOLDER, code, isoDate, list, parseEmails, parsePhones, parseUrls, text, webUrl } from './fields.js';
import type { RawRecord } from './parse.js';
import { DATA_INCLUSION_NETWORKS, canonicalValue, looseKey, mapV01Value } from './vocabulary.js';

export type SchemaVersion = 'v1' | 'v0.1' | 'france-services' | 'data-inclusion' | 'unknown';

export type IssueKind =
  | 'missing-field'
  | 'invalid-phone'
  | 'invalid-email'
  | 'invalid-url'
  | 'invalid-value'
  | 'unknown-value'
  | 'duplicate-id'
  | 'unconverted-hours';

/** One problem found in one record, for the quality report. */
export interface VenueIssue {
  venueId: string;
  name: string;
  kind: IssueKind;
  /** The field of the standard (French name, e.g. `telephone`) or the `Venue` vocabulary field. */
  field: string;
  value: string;
}

export interface NormalizeResult {
  venues: Venue[];
  version: SchemaVersion;
  issues: VenueIssue[];
}

/** Required fields of the standard v1.x (the `Venue` keys they fill). */
export const REQUIRED_FIELDS = ['id', 'nom', 'commune', 'code_postal', 'adresse', 'date_maj'] as const;
export type RequiredField = (typeof REQUIRED_FIELDS)[number];

/** A key for column names: `Code postal`, `code_postal`, `CODE-POSTAL` are the same column. */
const columnKey = (name: string): string => looseKey(name.replace(/[\s-]+/g, '_'));

type Row = Map<string, unknown>;

function toRow(record: RawRecord): Row {
  const row: Row = new Map();
  for (const key of Object.keys(record)) {
    const k = columnKey(key);
    if (!row.has(k) || text(row.get(k)) === undefined) row.set(k, record[key]);
  }
  return row;
}

/** The first non-empty value among several column names. */
function get(row: Row, ...names: string[]): unknown {
  for (const name of names) {
    const value = row.get(columnKey(name));
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) ? value.length > 0 : text(value) !== undefined) return value;
  }
  return undefined;
}

const V1_ONLY = ['courriels', 'publics_specifiquement_adresses', 'prise_en_charge_specifique', 'frais_a_charge', 'dispositif_programmes_nationaux', 'formations_labels', 'autres_formations_labels', 'modalites_acces', 'fiche_acces_libre', 'itinerance'];
const V01_ONLY = ['courriel', 'publics_accueillis', 'conditions_acces', 'labels_nationaux', 'labels_autres', 'accessibilite', 'cle_ban'];
const DI_ONLY = ['horaires_accueil', 'reseaux_porteurs', 'lien_source', 'accessibilite_lieu', 'horaires_ouverture', 'thematiques', 'antenne'];
const FS_ONLY = ['id_fs', 'lib_fs', 'lib_com', 'h_lundi'];

/** Guesses the schema of a dataset from the columns of its first records. */
export function detectVersion(records: readonly RawRecord[]): SchemaVersion {
  const columns = new Set<string>();
  let arrays = 0;
  for (const record of records.slice(0, 50)) {
    for (const key of Object.keys(record)) {
      columns.add(columnKey(key));
      if (Array.isArray(record[key])) arrays++;
    }
  }
  const score = (names: string[]): number => names.filter((n) => columns.has(columnKey(n))).length;
  if (score(FS_ONLY) >= 2) return 'france-services';
  const di = score(DI_ONLY) + (arrays > 0 ? 1 : 0);
  const v1 = score(V1_ONLY);
  const v01 = score(V01_ONLY);
  if (di > 0 && di >= v1 && (di > v01 || (columns.has('siret') && !columns.has('pivot')))) return 'data-inclusion';
  if (v1 === 0 && v01 === 0) return columns.has('nom') ? 'v1' : 'unknown';
  return v1 >= v01 ? 'v1' : 'v0.1';
}

const WEEKDAYS: ReadonlyArray<[string, string, string]> = [
  ['h_lundi', 'Mo', 'Lundi'],
  ['h_mardi', 'Tu', 'Mardi'],
  ['h_mercredi', 'We', 'Mercredi'],
  ['h_jeudi', 'Th', 'Jeudi'],
  ['h_vendredi', 'Fr', 'Vendredi'],
  ['h_samedi', 'Sa', 'Samedi'],
  ['h_dimanche', 'Su', 'Dimanche'],
];

function hhmm(h: string, m: string | undefined): string | undefined {
  const hour = Number(h);
  const minute = m ? Number(m) : 0;
  if (hour > 24 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** `09:00 - 12:00 / 13:30 - 17:00` → `09:00-12:00,13:30-17:00`; `-` or empty → `closed`. */
export function franceServicesDayToOsm(cell: string | undefined): string | 'closed' | undefined {
  const value = (cell ?? '').replace(/\s+/g, '');
  if (value === '' || value === '-' || /^ferm[ée]e?$/i.test(value)) return 'closed';
  const ranges: string[] = [];
  for (const part of value.split(/[/,;]|et/i)) {
    const m = /^(\d{1,2})(?:[:hH.](\d{2}))?[hH]?-(\d{1,2})(?:[:hH.](\d{2}))?[hH]?$/.exec(part);
    if (!m) return undefined;
    const from = hhmm(m[1]!, m[2]);
    const to = hhmm(m[3]!, m[4]);
    if (!from || !to) return undefined;
    ranges.push(`${from}-${to}`);
  }
  return ranges.join(',');
}

/** Per-weekday France Services columns → an OSM opening_hours value, or undefined if a cell is not understood. */
export function franceServicesHoursToOsm(row: Row): string | undefined {
  const days: Array<[string, string]> = [];
  for (const [column, osm] of WEEKDAYS) {
    const cell = text(get(row, column));
    const hours = franceServicesDayToOsm(cell);
    if (hours === undefined) return undefined;
    if (hours !== 'closed') days.push([osm, hours]);
  }
  if (days.length === 0) return undefined;
  const order = WEEKDAYS.map(([, osm]) => osm);
  const parts: string[] = [];
  for (let i = 0; i < days.length; ) {
    let j = i;
    while (j + 1 < days.length && days[j + 1]![1] === days[i]![1] && order.indexOf(days[j + 1]![0]) === order.indexOf(days[j]![0]) + 1) j++;
    const label = j > i ? `${days[i]![0]}-${days[j]![0]}` : days[i]![0];
    parts.push(`${label} ${days[i]![1]}`);
    i = j + 1;
  }
  return parts.join('; ');
}

function emptyVenue(id: string): Venue {
  return makeVenue({ id });
}

class Builder {
  readonly issues: VenueIssue[] = [];
  private otherLabels: string[] = [];

  constructor(
    readonly venue: Venue,
    readonly row: Row,
  ) {}

  issue(kind: IssueKind, field: string, value: string): void {
    this.issues.push({ venueId: this.venue.id, name: this.venue.name, kind, field, value });
  }

  /** Adds the values of a list cell to a vocabulary field, mapping v0.1 values and reporting unknown ones. */
  vocabulary(field: VocabularyField, value: unknown): void {
    for (const item of list(value)) {
      const canonical = canonicalValue(field, item);
      if (canonical) {
        this.push(field, canonical);
        continue;
      }
      const mapped = mapV01Value(item);
      if (mapped) {
        for (const target of mapped) {
          if (target.field === 'otherLabels') this.addOtherLabel(target.value);
          else this.push(target.field, target.value);
        }
        continue;
      }
      this.push(field, item);
      this.issue('unknown-value', field, item);
    }
  }

  push(field: VocabularyField, value: string): void {
    const values = this.venue[field];
    if (!values.includes(value)) values.push(value);
  }

  addOtherLabel(value: string | undefined): void {
    if (value && !this.otherLabels.includes(value)) this.otherLabels.push(value);
    this.venue.otherLabels = this.otherLabels.length ? this.otherLabels.join(', ') : undefined;
  }

  contact(phoneValue: unknown, emailValue: unknown, siteValue: unknown, phoneField: string, emailField: string): void {
    const { phone, raw } = parsePhones(phoneValue);
    if (phone) this.venue.phone = phone.display;
    else if (raw) {
      this.venue.phone = raw;
      this.issue('invalid-phone', phoneField, raw);
    }
    const emails = parseEmails(emailValue);
    this.venue.emails = emails.valid;
    for (const bad of emails.invalid) this.issue('invalid-email', emailField, bad);
    const sites = parseUrls(siteValue);
    this.venue.websites = sites.valid;
    for (const bad of sites.invalid) this.issue('invalid-url', 'site_web', bad);
  }

  link(field: 'accessibilityUrl' | 'bookingUrl', value: unknown, column: string): void {
    const raw = text(value);
    if (!raw || PLACEHOLDER.test(raw)) return;
    const url = webUrl(raw);
    if (url) this.venue[field] = url;
    else this.issue('invalid-url', column, raw);
  }
}

function commonFields(b: Builder, version: SchemaVersion): void {
  const { venue, row } = b;
  const pivot = text(get(row, 'pivot', 'siret', 'rna', 'ridet'))?.replace(/\s+/g, '');
  venue.pivot = pivot && !/^0+$/.test(pivot) ? pivot : undefined;
  venue.address = text(get(row, 'adresse')) ?? '';
  venue.addressComplement = text(get(row, 'complement_adresse'));
  venue.commune = text(get(row, 'commune', 'lib_com')) ?? '';
  const postcode = code(get(row, 'code_postal'), 5);
  venue.postcode = postcode ?? '';
  if (postcode && !/^\d{5}$/.test(postcode)) b.issue('invalid-value', 'code_postal', postcode);
  const insee = code(get(row, 'code_insee', 'insee_com'), 5);
  venue.inseeCode = insee;
  if (insee && !/^([013-9]\d|2[AB1-9])\d{3}$/.test(insee)) b.issue('invalid-value', 'code_insee', insee);
  const check = checkCoordinates(get(row, 'latitude', 'lat'), get(row, 'longitude', 'lon', 'lng'));
  venue.coordinates = check.status;
  venue.position = check.position;
  venue.source = text(get(row, 'source'));
  const rawDate = text(get(row, 'date_maj'));
  venue.updatedOn = isoDate(rawDate);
  if (rawDate && !venue.updatedOn) b.issue('invalid-value', 'date_maj', rawDate);
  venue.typology = list(get(row, 'typologie')).map((v) => v.toUpperCase());
  if (version === 'data-inclusion') {
    venue.summary = text(get(row, 'presentation_resume'));
    venue.description = text(get(row, 'description', 'presentation_detail'));
    venue.openingHours = text(get(row, 'horaires_accueil', 'horaires_ouverture', 'horaires'));
  } else {
    venue.summary = text(get(row, 'presentation_resume'));
    venue.description = text(get(row, 'presentation_detail'));
    venue.openingHours = text(get(row, 'horaires'));
  }
  venue.parent = text(get(row, 'structure_parente'));
}

function standardFields(b: Builder): void {
  const { row } = b;
  b.contact(get(row, 'telephone'), get(row, 'courriels', 'courriel'), get(row, 'site_web'), 'telephone', get(row, 'courriels') !== undefined ? 'courriels' : 'courriel');
  b.vocabulary('services', get(row, 'services'));
  b.vocabulary('publics', get(row, 'publics_specifiquement_adresses'));
  b.vocabulary('specificSupport', get(row, 'prise_en_charge_specifique'));
  b.vocabulary('publics', get(row, 'publics_accueillis'));
  b.vocabulary('fees', get(row, 'frais_a_charge'));
  b.vocabulary('fees', get(row, 'conditions_acces'));
  b.vocabulary('nationalSchemes', get(row, 'dispositif_programmes_nationaux'));
  b.vocabulary('nationalSchemes', get(row, 'labels_nationaux'));
  b.vocabulary('labels', get(row, 'formations_labels'));
  b.addOtherLabel(text(get(row, 'autres_formations_labels')));
  for (const label of list(get(row, 'labels_autres'))) b.addOtherLabel(label);
  b.vocabulary('accessModes', get(row, 'modalites_acces'));
  b.vocabulary('supportModes', get(row, 'modalites_accompagnement'));
  b.link('accessibilityUrl', get(row, 'fiche_acces_libre', 'accessibilite'), get(row, 'fiche_acces_libre') !== undefined ? 'fiche_acces_libre' : 'accessibilite');
  b.link('bookingUrl', get(row, 'prise_rdv'), 'prise_rdv');
}

function dataInclusionFields(b: Builder): void {
  const { row } = b;
  b.contact(get(row, 'telephone'), get(row, 'courriel'), get(row, 'site_web'), 'telephone', 'courriel');
  for (const slug of [...list(get(row, 'reseaux_porteurs')), ...list(get(row, 'labels_nationaux'))]) {
    const target = DATA_INCLUSION_NETWORKS[slug.toLowerCase()];
    if (target && target.field !== 'otherLabels') b.push(target.field, target.value);
  }
  for (const label of list(get(row, 'labels_autres'))) b.addOtherLabel(label);
  b.link('accessibilityUrl', get(row, 'accessibilite_lieu', 'accessibilite'), 'accessibilite_lieu');
}

function franceServicesFields(b: Builder): void {
  const { venue, row } = b;
  b.contact(get(row, 'telephone'), get(row, 'mail', 'courriel'), get(row, 'site_web'), 'telephone', 'mail');
  venue.typology = ['RFS'];
  venue.nationalSchemes = ['France Services'];
  venue.services = ['Aide aux démarches administratives'];
  venue.summary = text(get(row, 'format_fs'));
  venue.source ??= 'France Services (ANCT)';
  const notes: string[] = [];
  const osm = franceServicesHoursToOsm(row);
  if (osm) venue.openingHours = osm;
  else {
    const days = WEEKDAYS.map(([column, , label]) => [label, text(get(row, column))] as const).filter(([, v]) => v);
    if (days.some(([, v]) => franceServicesDayToOsm(v) !== 'closed')) {
      const verbatim = days.map(([label, v]) => `${label} : ${v}`).join(' ; ');
      notes.push(`Horaires : ${verbatim}`);
      b.issue('unconverted-hours', 'h_lundi…h_samedi', verbatim);
    }
  }
  const comment = text(get(row, 'commentaire'));
  if (comment) notes.push(comment);
  venue.description = notes.length ? notes.join('\n') : undefined;
}

const ITINERANT_NAME = /\bbus\b|itin[ée]rant/i;

/** Normalises raw records into venues. Every record gives one venue, in the same order. */
export function normalizeRecords(records: readonly RawRecord[], options: { version?: SchemaVersion } = {}): NormalizeResult {
  const version = options.version ?? detectVersion(records);
  const venues: Venue[] = [];
  const issues: VenueIssue[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const row = toRow(record);
    const sourceId = text(get(row, 'id', 'id_fs'));
    let id = sourceId ?? `ligne-${index + 1}`;
    const duplicates = seen.get(id) ?? 0;
    seen.set(id, duplicates + 1);
    if (duplicates > 0) id = `${id}-${duplicates + 1}`;
    const b = new Builder(emptyVenue(id), row);
    b.venue.name = text(get(row, 'nom', 'lib_fs')) ?? '';
    commonFields(b, version);
    if (version === 'france-services') franceServicesFields(b);
    else if (version === 'data-inclusion') dataInclusionFields(b);
    else standardFields(b);
    const itinerance = text(get(row, 'itinerance'));
    b.venue.itinerant = itinerance
      ? /itin|^oui$/i.test(itinerance)
      : ITINERANT_NAME.test(b.venue.name) || ITINERANT_NAME.test(b.venue.summary ?? '');
    if (!sourceId) b.issue('missing-field', 'id', '');
    if (duplicates > 0 && sourceId) b.issue('duplicate-id', 'id', sourceId);
    const required: Array<[RequiredField, string | undefined]> = [
      ['nom', b.venue.name],
      ['commune', b.venue.commune],
      ['code_postal', b.venue.postcode],
      ['adresse', b.venue.address],
      ['date_maj', b.venue.updatedOn ?? text(get(row, 'date_maj'))],
    ];
    for (const [field, value] of required) if (!value) b.issue('missing-field', field, '');
    venues.push(b.venue);
    issues.push(...b.issues);
  });
  return { venues, version, issues };
}
