/**
 * The straightforward venue search, for comparison only (benchmark and tests): on every call it
 * folds every venue's strings, filters the objects, maps them to distances and sorts them with the
 * collator. Same query, same results as the index (tests check it); not exported by the package.
 */
import type { Venue } from '../model.js';
import { DEG_TO_RAD, haversineRad, indexWords, queryTokens } from './normalize.js';
import { FACET_FIELDS, frenchCollator, queryLimit, type FacetCounts, type FacetField, type SearchResult, type VenueQuery } from './types.js';

interface Row {
  i: number;
  venue: Venue;
  d: number;
}

export function naiveSearch(venues: readonly Venue[], query: VenueQuery = {}): SearchResult {
  const tokens = queryTokens(query.text);
  const substring = query.textMode === 'substring';
  const selected = FACET_FIELDS
    .map((field) => [field, query.filters?.[field] ?? []] as const)
    .filter(([, values]) => Array.isArray(values) && values.length > 0);
  const masks = query.masks ?? [];
  const origin = query.origin && Number.isFinite(query.origin.lat) && Number.isFinite(query.origin.lon) ? query.origin : undefined;
  const maxKm = origin && query.maxDistanceKm !== undefined && !Number.isNaN(query.maxDistanceKm) ? query.maxDistanceKm : undefined;
  const byDistance = origin !== undefined && query.sort !== 'name';

  const textOk = (venue: Venue) => {
    if (tokens.length === 0) return true;
    const words = [...indexWords(venue.name), ...indexWords(venue.commune), ...indexWords(venue.postcode), ...indexWords(venue.address)];
    return tokens.every((alts) => alts.some((alt) => words.some((w) => (substring ? w.includes(alt) : w.startsWith(alt)))));
  };
  const distanceOf = (venue: Venue) => {
    const p = venue.position;
    if (!origin || !p || !Number.isFinite(p.lat) || !Number.isFinite(p.lon)) return NaN;
    const oLat = origin.lat * DEG_TO_RAD;
    const lat = p.lat * DEG_TO_RAD;
    return haversineRad(oLat, origin.lon * DEG_TO_RAD, Math.cos(oLat), lat, p.lon * DEG_TO_RAD, Math.cos(lat));
  };
  const fieldOk = (venue: Venue, field: FacetField, values: readonly string[]) =>
    Array.isArray(venue[field]) && venue[field].some((v) => values.includes(v));
  const itinerantOk = (venue: Venue) => query.itinerant === undefined || venue.itinerant === query.itinerant;
  const baseOk = (row: Row, k: number) => masks.every((m) => m[k]) && (maxKm === undefined || row.d <= maxKm);

  const located = (venue: Venue, i: number): Row => ({ i, venue, d: distanceOf(venue) });
  // What one would write first: filter the objects, map the survivors to distances, sort.
  const rows = venues
    .map((venue, i) => [venue, i] as const)
    .filter(([venue, i]) => textOk(venue) && masks.every((m) => m[i]) && itinerantOk(venue) && selected.every(([field, values]) => fieldOk(venue, field, values)))
    .map(([venue, i]) => located(venue, i))
    .filter((row) => maxKm === undefined || row.d <= maxKm);
  // Facets need the venues that pass everything but the vocabulary and itinerance conditions.
  const base = query.facets
    ? venues.map(located).filter((row) => textOk(row.venue) && baseOk(row, row.i))
    : [];

  rows.sort((a, b) => {
    if (byDistance) {
      const aLoc = !Number.isNaN(a.d);
      const bLoc = !Number.isNaN(b.d);
      if (aLoc !== bLoc) return aLoc ? -1 : 1;
      if (aLoc && a.d !== b.d) return a.d - b.d;
    }
    return frenchCollator.compare(a.venue.name ?? '', b.venue.name ?? '') || a.i - b.i;
  });

  // Sort everything, then keep the first ones: the obvious way to honour a limit.
  const shown = rows.slice(0, queryLimit(query));
  const result: SearchResult = { indices: Uint32Array.from(shown, (r) => r.i), total: rows.length };
  if (origin) result.distances = Float64Array.from(shown, (r) => r.d);
  if (query.facets) {
    const fields = {} as FacetCounts['fields'];
    for (const field of FACET_FIELDS) {
      const record: Record<string, number> = {};
      for (const venue of venues) for (const value of venue[field] ?? []) record[value] = 0;
      const others = selected.filter(([f]) => f !== field);
      for (const row of base) {
        if (!itinerantOk(row.venue) || !others.every(([f, values]) => fieldOk(row.venue, f, values))) continue;
        for (const value of new Set(row.venue[field])) record[value]! += 1;
      }
      fields[field] = record;
    }
    const itinerant = { itinerant: 0, fixed: 0 };
    for (const row of base) {
      if (!selected.every(([f, values]) => fieldOk(row.venue, f, values))) continue;
      if (row.venue.itinerant) itinerant.itinerant += 1;
      else itinerant.fixed += 1;
    }
    result.facets = { fields, itinerant };
  }
  return result;
}
