/**
 * The current results of the finder as a CSV file a person can open in a spreadsheet or pass on:
 * one row per place in display order, readable column headers, lists joined with ` | `.
 *
 *   const text = venuesCsv(finder.results, { locale: 'fr', distances });
 *   downloadText('lieux.csv', text, 'text/csv;charset=utf-8'); // from @parvis/core/csv
 *
 * Cells from the data are escaped against spreadsheet formulas by `toCsv` (@parvis/core/csv).
 */
import { Translator, type Locale } from '@parvis/core';
import { toCsv, type CsvSeparator } from '@parvis/core/csv';
import { safeUrl } from '@parvis/core/url';
import type { Venue } from '../model.js';

const exportFr = {
  columns: {
    name: 'nom',
    address: 'adresse',
    postcode: 'code postal',
    commune: 'commune',
    phone: 'téléphone',
    email: 'courriel',
    website: 'site',
    hours: 'horaires',
    services: 'services',
    publics: 'publics',
    distance: 'distance (km)',
    latitude: 'latitude',
    longitude: 'longitude',
    id: 'id',
  },
};
type ExportMessages = typeof exportFr;

/** Column headers of the CSV export; host pages may `venuesCsvMessages.override('fr', { columns: { … } })`. */
export const venuesCsvMessages = new Translator<ExportMessages>({
  fr: exportFr,
  en: {
    columns: {
      name: 'name',
      address: 'address',
      postcode: 'postcode',
      commune: 'town',
      phone: 'phone',
      email: 'email',
      website: 'website',
      hours: 'opening hours',
      services: 'services',
      publics: 'audiences',
      distance: 'distance (km)',
      latitude: 'latitude',
      longitude: 'longitude',
      id: 'id',
    },
  },
});

export interface VenuesCsvOptions {
  /** Language of the column headers (the values stay as in the data). */
  locale: Locale;
  /** Distance of each venue in km, parallel to `venues` (NaN: no position); adds a "distance (km)" column. */
  distances?: Float64Array;
  /**
   * Default `;` in French, because Excel set to French splits on `;` (a `,` file opens as one
   * column), and `,` in English. Numbers keep a decimal point either way: they stay numbers.
   */
  separator?: CsvSeparator;
  /** UTF-8 byte order mark, without which Excel shows the accents garbled (default true). */
  bom?: boolean;
}

/** Several values in one cell (services, e-mails…): ` | ` cannot be mistaken for a CSV separator. */
const LIST = ' | ';
const list = (values: readonly unknown[] | undefined): string =>
  Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string' && v.trim() !== '').join(LIST) : '';
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');
const finite = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** The venues, in the order given, as CSV text (records end with CRLF). */
export function venuesCsv(venues: readonly Venue[], options: VenuesCsvOptions): string {
  const { locale, distances } = options;
  const c = (key: keyof ExportMessages['columns']) => venuesCsvMessages.t(locale, `columns.${key}`);
  const header = [c('name'), c('address'), c('postcode'), c('commune'), c('phone'), c('email'), c('website'), c('hours'), c('services'), c('publics')];
  if (distances) header.push(c('distance'));
  header.push(c('latitude'), c('longitude'), c('id'));

  const rows: unknown[][] = [header];
  venues.forEach((venue, k) => {
    const row: unknown[] = [
      textOf(venue.name),
      [venue.address, venue.addressComplement].map(textOf).filter((s) => s.trim() !== '').join(', '),
      textOf(venue.postcode),
      textOf(venue.commune),
      textOf(venue.phone),
      list(venue.emails),
      // Same allow-list as the cards: a `javascript:` "site" is not handed on, even as text.
      list(Array.isArray(venue.websites) ? venue.websites.map((u) => safeUrl(u)) : []),
      textOf(venue.openingHours),
      list(venue.services),
      list(venue.publics),
    ];
    if (distances) {
      const d = finite(distances[k]);
      // 10 m is finer than any position in the data; more digits would only be noise
      row.push(d === undefined ? undefined : Math.round(d * 100) / 100);
    }
    row.push(finite(venue.position?.lat), finite(venue.position?.lon), textOf(venue.id));
    rows.push(row);
  });
  return toCsv(rows, { separator: options.separator ?? (locale === 'fr' ? ';' : ','), bom: options.bom ?? true });
}
