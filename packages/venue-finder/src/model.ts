/**
 * The venue model every part of the finder shares: one normalised record per place, whatever the
 * source (standard v1.x, v0.1, France Services list, data·inclusion structures). Lists are arrays
 * (the sources use `|` or `;` separated strings), unknown vocabulary values are kept as given.
 */

/** Where the coordinates come from, and what was done to them. */
export type CoordinateStatus =
  | 'ok' // WGS84 in France (metropolitan or overseas)
  | 'swapped' // latitude and longitude were inverted in the file: fixed
  | 'lambert93' // given in Lambert-93 metres: converted to WGS84
  | 'outside' // valid WGS84 but far from France: kept, flagged
  | 'missing'; // none or unusable: the venue is listed without a position

export interface Coordinates {
  lat: number;
  lon: number;
}

export interface Venue {
  /** `id` of the source, unique in a dataset. */
  id: string;
  /** SIRET, RNA or RIDET of the structure (`pivot`). */
  pivot?: string;
  name: string;
  address: string;
  addressComplement?: string;
  postcode: string;
  commune: string;
  /** INSEE (COG) code of the commune. */
  inseeCode?: string;
  position?: Coordinates;
  coordinates: CoordinateStatus;
  /** Typology codes of data·inclusion (`TIERS_LIEUX`, `EPN`, `RFS`…). */
  typology: string[];
  phone?: string;
  emails: string[];
  websites: string[];
  /** OSM `opening_hours` value, verbatim. */
  openingHours?: string;
  summary?: string;
  description?: string;
  source?: string;
  /** True when the place moves (`itinerance` contains `Itinérant`). */
  itinerant: boolean;
  parent?: string;
  /** ISO date of the last update (`date_maj`). */
  updatedOn?: string;
  services: string[];
  publics: string[];
  specificSupport: string[];
  fees: string[];
  nationalSchemes: string[];
  labels: string[];
  otherLabels?: string;
  accessModes: string[];
  supportModes: string[];
  /** Link to the acceslibre page (allow-listed URL). */
  accessibilityUrl?: string;
  /** Booking link (allow-listed URL). */
  bookingUrl?: string;
}

/** The vocabularies of the standard v1.x a finder can filter on (field → allowed values). */
export type VocabularyField =
  | 'services'
  | 'publics'
  | 'specificSupport'
  | 'fees'
  | 'nationalSchemes'
  | 'labels'
  | 'accessModes'
  | 'supportModes';

/**
 * A venue with every list empty and no position, completed by `fields`: the one place that knows
 * the defaults (normalisation, examples and tests all start from it).
 */
export function makeVenue(fields: Partial<Venue> & Pick<Venue, 'id'>): Venue {
  return {
    name: '',
    address: '',
    postcode: '',
    commune: '',
    coordinates: 'missing',
    typology: [],
    emails: [],
    websites: [],
    itinerant: false,
    services: [],
    publics: [],
    specificSupport: [],
    fees: [],
    nationalSchemes: [],
    labels: [],
    accessModes: [],
    supportModes: [],
    ...fields,
  };
}
