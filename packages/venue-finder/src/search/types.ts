/**
 * The query and result shapes shared by the search index (`index.ts`) and the straightforward
 * implementation it is checked against (`naive.ts`).
 */
import type { Coordinates, Venue, VocabularyField } from '../model.js';

/** Fields a finder can filter on: the vocabularies of the standard, plus the typology codes. */
export type FacetField = VocabularyField | 'typology';

export const FACET_FIELDS: readonly FacetField[] = [
  'services', 'publics', 'specificSupport', 'fees', 'nationalSchemes', 'labels', 'accessModes', 'supportModes', 'typology',
];

export interface VenueQuery {
  /** What the person typed. Folded (accents, case, punctuation…); no searchable character = no text condition. */
  text?: string;
  /**
   * `prefix` (default): every query word must start a word of the venue (name, commune, postcode, address),
   * so "690" finds 69001 and "st eti" finds Saint-Étienne. `substring`: every query word must occur anywhere.
   */
  textMode?: 'prefix' | 'substring';
  /** Selected values per field: a venue must have at least one selected value of each field (OR inside a field, AND between fields). */
  filters?: Partial<Record<FacetField, readonly string[]>>;
  /** true: itinerant venues only; false: fixed venues only; undefined: both. */
  itinerant?: boolean;
  /**
   * Precomputed per-venue conditions (1 = keep), e.g. "ouvert maintenant", "ouvert le samedi", a territory:
   * evaluated by the caller (hours live elsewhere), indexed like the venues array, AND'ed together.
   */
  masks?: readonly Uint8Array[];
  /** Point to measure distances from (WGS84 degrees). */
  origin?: Coordinates;
  /** With `origin`: keep venues at most this far (km); venues without a position are then dropped. */
  maxDistanceKm?: number;
  /** `distance` (default when `origin` is set): nearest first, then by name; venues without a position last, by name. `name`: French collation. */
  sort?: 'distance' | 'name';
  /** Count the values of every field among the results (disjunctive facets, see `FacetCounts`). */
  facets?: boolean;
  /**
   * Return only the first `limit` results, in display order (what a list shows; "show more" asks
   * again with a larger limit). `total` still counts every result and facets still count them all.
   * Much cheaper than ordering everything when many venues match: the index picks the nearest
   * `limit` without sorting the rest. Decimals are rounded down; a negative or NaN limit is ignored.
   */
  limit?: number;
}

/**
 * Facet counts, store-locator style ("disjunctive"): for a value v of a field F, the number of venues that
 * match every condition of the query except the selection of F itself, and have v. For a field with no
 * selection this is the count among the current results; for a field with a selection it is what the
 * results would contain if v were (also) ticked. Every value seen in the data is listed, zeros included.
 */
export interface FacetCounts {
  fields: Record<FacetField, Record<string, number>>;
  /** Same rule for the itinerance condition. */
  itinerant: { itinerant: number; fixed: number };
}

export interface SearchResult {
  /** Positions in the venues array, in display order (only the first `limit` with a limit). */
  indices: Uint32Array;
  /** Number of venues matching the query, `limit` or not ("1 234 lieux"). */
  total: number;
  /** With `origin`: distance in km of each result (parallel to `indices`), NaN for venues without a position. */
  distances?: Float64Array;
  facets?: FacetCounts;
}

/** The effective limit of a query: a whole number ≥ 0, or Infinity for none. */
export function queryLimit(query: VenueQuery): number {
  const n = query.limit;
  return typeof n === 'number' && n >= 0 ? Math.floor(n) : Infinity;
}

/** The ids of the venues of a result, in display order. */
export function resultIds(venues: readonly Venue[], result: SearchResult): string[] {
  return Array.from(result.indices, (i) => venues[i]!.id);
}

/** French collation for names (one instance: constructing collators is slow). */
export const frenchCollator = new Intl.Collator('fr');
