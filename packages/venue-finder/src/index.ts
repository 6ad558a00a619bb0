/**
 * @parvis/venue-finder — the digital-inclusion places of the national open-data standard
 * (médiation numérique), France Services and data·inclusion, as a list and a map.
 * Work in progress (issue #4): data, search, opening hours, geocoder and a list-first
 * <pv-venue-finder> are here; the map, address search and export come next.
 */
export * from './model.js';
export * from './data/index.js';
export * from './search/index.js';
export * from './hours/index.js';
export * from './geocoder/index.js';
export * from './finder/finder.js';
export * from './report/report.js';
export * from './card/card.js';
export * from './map/index.js';
export { venueMapFr, venueMapEn, type VenueMapLabels } from './map/labels.js';
export * from './address/address-search.js';
