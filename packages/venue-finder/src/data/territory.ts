/** Territory pre-filter: keep the venues of some communes (INSEE codes), postcodes or departments. */
import type { Venue } from '../model.js';

export interface TerritoryFilter {
  /** INSEE (COG) commune codes, e.g. `69123`, `2A004`. */
  insee?: string[];
  /** Postcodes, e.g. `69001`. */
  postcodes?: string[];
  /** Department codes: `69`, `2A`, `2B`, `971`… (`20` matches both Corsican departments). */
  departments?: string[];
}

const clean = (values: string[] | undefined): string[] =>
  (values ?? []).map((v) => String(v).trim().toUpperCase()).filter((v) => v !== '');

/** The department of an INSEE code (`2A004` → `2A`, `97105` → `971`) or of a postcode (`20000` → `2A`/`2B` unknown → `20`). */
export function departmentOf(code: string | undefined): string | undefined {
  const c = code?.trim().toUpperCase();
  if (!c || !/^[0-9][0-9AB]\d{3}$/.test(c)) return undefined;
  if (c.startsWith('97') || c.startsWith('98')) return c.slice(0, 3);
  return c.slice(0, 2);
}

function departmentMatches(wanted: string, venue: Venue): boolean {
  const fromInsee = departmentOf(venue.inseeCode);
  const fromPostcode = departmentOf(venue.postcode);
  const padded = /^\d$/.test(wanted) ? `0${wanted}` : wanted;
  if (fromInsee) {
    if (fromInsee === padded) return true;
    return padded === '20' && (fromInsee === '2A' || fromInsee === '2B');
  }
  if (!fromPostcode) return false;
  // Postcodes of Corsica start with 20 (both 2A and 2B).
  if (fromPostcode === '20') return padded === '20' || padded === '2A' || padded === '2B';
  return fromPostcode === padded;
}

/** True when no criterion is given, or when the venue matches at least one of them. */
export function inTerritory(venue: Venue, filter: TerritoryFilter = {}): boolean {
  const insee = clean(filter.insee);
  const postcodes = clean(filter.postcodes);
  const departments = clean(filter.departments);
  if (insee.length + postcodes.length + departments.length === 0) return true;
  const venueInsee = venue.inseeCode?.trim().toUpperCase();
  if (venueInsee && insee.includes(venueInsee)) return true;
  if (venue.postcode && postcodes.includes(venue.postcode.trim())) return true;
  return departments.some((d) => departmentMatches(d, venue));
}
