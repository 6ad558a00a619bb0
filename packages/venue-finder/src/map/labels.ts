import type { Venue } from '../model.js';

/** Texts of the venue map (French default, English available). */
export interface VenueMapLabels {
  /** Accessible name of the map (the focusable container). */
  map: string;
  /** Keyboard help, the map's accessible description. */
  keyboardHelp: string;
  zoomIn: string;
  zoomOut: string;
  /** Name of a cluster button: `count` places, `commune` the most common one ('' when none is known). */
  cluster(count: number, commune: string): string;
  /** Name of a marker button. */
  marker(venue: Venue): string;
}

const count = (n: number, locale: string) => new Intl.NumberFormat(locale).format(n);

export const venueMapFr: VenueMapLabels = {
  map: 'Carte des lieux',
  keyboardHelp: 'Flèches\u00a0: déplacer la carte. Plus et moins\u00a0: zoomer. Tab\u00a0: parcourir les lieux.',
  zoomIn: 'Zoomer',
  zoomOut: 'Dézoomer',
  cluster: (n, commune) => (commune ? `${count(n, 'fr')} lieux autour de ${commune}` : `${count(n, 'fr')} lieux`),
  marker: (venue) => venue.name,
};

export const venueMapEn: VenueMapLabels = {
  map: 'Map of places',
  keyboardHelp: 'Arrows: move the map. Plus and minus: zoom. Tab: go through the places.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  cluster: (n, commune) => (commune ? `${count(n, 'en')} places around ${commune}` : `${count(n, 'en')} places`),
  marker: (venue) => venue.name,
};
