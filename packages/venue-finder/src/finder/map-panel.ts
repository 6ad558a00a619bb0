/**
 * The finder's map, on demand. Nothing of Leaflet is downloaded, and no tile is requested, before the
 * person presses "Afficher la carte": `open()` loads the map chunk, then draws in the container the
 * finder renders. The list stays the complete alternative; the map mirrors the current results.
 */
import type { Venue } from '../model.js';
import { loadVenueMap, type VenueMap } from '../map/index.js';

export type MapStatus = 'closed' | 'loading' | 'open' | 'error';

export interface MapPanelOptions {
  tileUrl?: string;
  attribution?: string;
  locale: string;
  /** A marker was activated: the finder shows that venue in the list. */
  onSelect(id: string): void;
}

export class MapPanel {
  status: MapStatus = 'closed';
  private map: VenueMap | undefined;
  private opening = 0;

  /** Loads the map chunk and draws the map in `container` (a fresh element of the finder's shadow root). */
  async open(container: () => HTMLElement | null | undefined, venues: readonly Venue[], options: MapPanelOptions, changed: () => Promise<unknown>): Promise<void> {
    const ticket = ++this.opening;
    this.status = 'loading';
    void changed();
    try {
      const { createVenueMap, venueMapEn, venueMapFr } = await loadVenueMap();
      if (ticket !== this.opening) return; // closed while loading
      this.status = 'open';
      // The container exists once the finder has rendered the "open" state.
      await changed();
      const target = container();
      if (!target) throw new Error('no map container');
      this.map = createVenueMap(target, {
        ...(options.tileUrl ? { tileUrl: options.tileUrl } : {}),
        ...(options.attribution ? { attribution: options.attribution } : {}),
        labels: options.locale === 'en' ? venueMapEn : venueMapFr,
        onSelect: options.onSelect,
      });
      this.map.setVenues(venues, { fit: true });
    } catch {
      if (ticket !== this.opening) return;
      this.destroyMap();
      this.status = 'error';
    }
    void changed();
  }

  close(): void {
    this.opening += 1;
    this.destroyMap();
    this.status = 'closed';
  }

  /** The results changed: the map shows them (and fits them in view). */
  update(venues: readonly Venue[]): void {
    this.map?.setVenues(venues, { fit: true });
  }

  highlight(id: string | null): void {
    this.map?.highlight(id);
  }

  /** From the list to the map: the venue's marker gets the focus. False when it has no position. */
  focusVenue(id: string): boolean {
    return this.map?.focusVenue(id) ?? false;
  }

  private destroyMap(): void {
    this.map?.destroy();
    this.map = undefined;
  }
}
