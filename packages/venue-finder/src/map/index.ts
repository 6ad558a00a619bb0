/**
 * The venue map, on demand: `loadVenueMap()` fetches Leaflet and supercluster as a separate chunk, only
 * when the user asks for the map. Nothing here touches the network; tiles are requested once
 * `createVenueMap()` runs.
 */
export type { VenueMap, VenueMapOptions, VenueMapView } from './venue-map.js';

let pending: Promise<typeof import('./venue-map.js')> | undefined;

/** Loads the map module (Leaflet, supercluster and their styles); the same promise on every call. */
export function loadVenueMap(): Promise<typeof import('./venue-map.js')> {
  pending ??= import('./venue-map.js').catch((error: unknown) => {
    pending = undefined; // a failed chunk load (offline) may be retried
    throw error;
  });
  return pending;
}
