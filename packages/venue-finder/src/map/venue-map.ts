/**
 * The venue map (lazy chunk): Leaflet + supercluster. Markers and clusters are real `<button>`s built
 * with DOM APIs (data is always text), the container is focusable (arrows pan, + and − zoom), and
 * nothing is requested before `createVenueMap()` (then only the configured tile URL).
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import Supercluster from 'supercluster';
import type { Venue } from '../model.js';
import { venueMapFr, type VenueMapLabels } from './labels.js';

// The finder picks its map's texts from here, once the map is loaded (not in the list's chunk).
export { venueMapEn, venueMapFr } from './labels.js';
import { adoptVenueMapStyles } from './venue-map.styles.js';

export { venueMapStyles, adoptVenueMapStyles } from './venue-map.styles.js';

/** Plan IGN (Géoplateforme), Web Mercator tiles. */
export const DEFAULT_TILE_URL =
  'https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&FORMAT=image/png';
export const DEFAULT_ATTRIBUTION = '© IGN – Plan IGN';

export interface VenueMapView {
  lat: number;
  lon: number;
  zoom: number;
}

export interface VenueMapOptions {
  /** Tile URL template (`{z}`, `{x}`, `{y}`); default: Plan IGN. */
  tileUrl?: string;
  /** Attribution shown on the map, as text. */
  attribution?: string;
  /** Texts (default French). */
  labels?: VenueMapLabels;
  /** Called when a marker is activated (click, Enter, Space). */
  onSelect?: (id: string) => void;
  /** View before the first venues arrive (default: metropolitan France). */
  view?: VenueMapView;
  /** Highest zoom of the map (default 19, the last level of Plan IGN). */
  maxZoom?: number;
  /** Animate zooms and pans (default: unless the user prefers reduced motion). */
  animate?: boolean;
}

export interface VenueMap {
  /** Shows these venues (those without a position are skipped); fits the view on the first call or with `fit`. */
  setVenues(venues: readonly Venue[], options?: { fit?: boolean }): void;
  /** Marks this venue as the selected one (list ↔ map); `null` clears. */
  highlight(id: string | null): void;
  /** Brings the venue into view as a marker, highlights it and (by default) moves focus to it; false when it has no position. */
  focusVenue(id: string, options?: { moveFocus?: boolean }): boolean;
  /** The current view. */
  getView(): VenueMapView;
  /** Removes the map, its listeners and its attributes from the container. */
  destroy(): void;
}

interface PointProps {
  id: string;
}

type Feature = Supercluster.ClusterFeature<Supercluster.AnyProps> | Supercluster.PointFeature<PointProps>;

/** Clustering stops at this zoom: above it every venue is its own marker. */
const CLUSTER_MAX_ZOOM = 17;
let uid = 0;

export function createVenueMap(container: HTMLElement, options: VenueMapOptions = {}): VenueMap {
  const labels = options.labels ?? venueMapFr;
  const animate = options.animate ?? !matchMedia('(prefers-reduced-motion: reduce)').matches;
  const view = options.view ?? { lat: 46.6, lon: 2.4, zoom: 5 };
  const root = container.getRootNode() as Document | ShadowRoot;
  adoptVenueMapStyles(root);

  const map = L.map(container, {
    zoomControl: false,
    attributionControl: false,
    keyboard: true,
    maxZoom: options.maxZoom ?? 19,
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
  }).setView([view.lat, view.lon], view.zoom);
  L.tileLayer(options.tileUrl ?? DEFAULT_TILE_URL, { maxZoom: options.maxZoom ?? 19 }).addTo(map);

  // The container: a named, described, focusable region (Leaflet's keyboard handler makes it tabbable).
  container.classList.add('pv-map');
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', labels.map);
  const help = document.createElement('div');
  help.className = 'pv-map-sr';
  help.id = `pv-venue-map-help-${++uid}`;
  help.textContent = labels.keyboardHelp;
  container.append(help);
  container.setAttribute('aria-describedby', help.id);

  // Zoom buttons: real buttons; aria-disabled (not disabled) so focus stays on them at the limits.
  const zoomControl = new L.Control({ position: 'topleft' });
  const zoomButton = (text: string, label: string, delta: number) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text;
    button.setAttribute('aria-label', label);
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-disabled') !== 'true') map.setZoom(map.getZoom() + delta);
    });
    return button;
  };
  const zoomIn = zoomButton('+', labels.zoomIn, 1);
  const zoomOut = zoomButton('−', labels.zoomOut, -1);
  zoomControl.onAdd = () => {
    const div = document.createElement('div');
    div.className = 'pv-map-zoom';
    div.append(zoomIn, zoomOut);
    L.DomEvent.disableClickPropagation(div);
    return div;
  };
  zoomControl.addTo(map);
  const updateZoomButtons = () => {
    zoomIn.setAttribute('aria-disabled', String(map.getZoom() >= map.getMaxZoom()));
    zoomOut.setAttribute('aria-disabled', String(map.getZoom() <= map.getMinZoom()));
  };

  // Attribution as text (Leaflet's own control writes HTML).
  const attribution = new L.Control({ position: 'bottomright' });
  attribution.onAdd = () => {
    const div = document.createElement('div');
    div.className = 'leaflet-control-attribution pv-map-attribution';
    div.textContent = options.attribution ?? DEFAULT_ATTRIBUTION;
    return div;
  };
  attribution.addTo(map);

  let index: Supercluster<PointProps, Supercluster.AnyProps> | undefined;
  let venues = new Map<string, Venue>();
  /** Markers on the map by key: `v<venue id>` or `c<cluster id>`. */
  let markers = new Map<string, { marker: L.Marker; button: HTMLButtonElement; lat: number; lon: number }>();
  /** Per cluster id: the ids it holds and its name (computed once per dataset). */
  const clusterInfo = new Map<number, { ids: Set<string>; label: string }>();
  let selected: string | null = null;
  let pendingFocus: string | null = null;
  let destroyed = false;
  let fitted = false;

  const activeButton = (): Element | null => {
    const active = root.activeElement;
    return active && container.contains(active) ? active : null;
  };

  const infoOf = (clusterId: number) => {
    let info = clusterInfo.get(clusterId);
    if (!info || !index) {
      const ids = new Set<string>();
      const communes = new Map<string, number>();
      for (const leaf of index?.getLeaves(clusterId, Infinity) ?? []) {
        ids.add(leaf.properties.id);
        const commune = venues.get(leaf.properties.id)?.commune.trim();
        if (commune) communes.set(commune, (communes.get(commune) ?? 0) + 1);
      }
      let best = '';
      let bestCount = 0;
      for (const [commune, n] of communes) {
        if (n > bestCount || (n === bestCount && commune.localeCompare(best, 'fr') < 0)) [best, bestCount] = [commune, n];
      }
      info = { ids, label: labels.cluster(ids.size, best) };
      clusterInfo.set(clusterId, info);
    }
    return info;
  };

  /** A pointer click that ends a drag of the map is not an activation (keyboard clicks have detail 0). */
  const dragged = (event: MouseEvent) =>
    event.detail > 0 && (map.dragging as (L.Handler & { moved?: () => boolean }) | undefined)?.moved?.() === true;

  const keyOf = (feature: Feature) =>
    'cluster' in feature.properties && feature.properties.cluster ? `c${feature.properties.cluster_id}` : `v${(feature.properties as PointProps).id}`;

  const createMarker = (feature: Feature, key: string) => {
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.key = key;
    const name = document.createElement('span');
    name.className = 'pv-map-sr';
    if ('cluster' in feature.properties && feature.properties.cluster) {
      const clusterId = feature.properties.cluster_id as number;
      const count = document.createElement('span');
      count.setAttribute('aria-hidden', 'true');
      count.textContent = String(feature.properties.point_count_abbreviated);
      name.textContent = infoOf(clusterId).label;
      button.className = 'pv-map-cluster';
      button.dataset.count = String(feature.properties.point_count);
      button.append(count, name);
      button.addEventListener('click', (event) => !dragged(event) && expand(clusterId, lat, lon));
    } else {
      const id = (feature.properties as PointProps).id;
      const venue = venues.get(id);
      name.textContent = venue ? labels.marker(venue) : id;
      button.className = 'pv-map-marker';
      button.dataset.id = id;
      button.title = name.textContent;
      button.append(name);
      button.addEventListener('click', (event) => {
        if (dragged(event)) return;
        highlight(id);
        options.onSelect?.(id);
      });
    }
    const icon = L.divIcon({ html: button, className: 'pv-map-icon', iconSize: null as unknown as L.PointExpression });
    const marker = L.marker([lat, lon], { icon, keyboard: false, interactive: false }).addTo(map);
    return { marker, button, lat, lon };
  };

  /** Zooms into a cluster, to the level where it splits, and puts focus on its first child. */
  const expand = (clusterId: number, lat: number, lon: number) => {
    if (!index) return;
    const zoom = index.getClusterExpansionZoom(clusterId);
    let children = index.getChildren(clusterId);
    while (children.length === 1 && 'cluster' in children[0].properties && children[0].properties.cluster) {
      children = index.getChildren(children[0].properties.cluster_id as number);
    }
    if (activeButton()) pendingFocus = children[0] ? keyOf(children[0]) : null;
    map.setView([lat, lon], Math.min(zoom, map.getMaxZoom()), { animate });
    render();
  };

  const render = () => {
    if (destroyed) return;
    updateZoomButtons();
    const active = activeButton();
    const next = new Map<string, { marker: L.Marker; button: HTMLButtonElement; lat: number; lon: number }>();
    if (index) {
      const bounds = map.getBounds().pad(0.25);
      const bbox: [number, number, number, number] = [
        Math.max(-180, bounds.getWest()),
        Math.max(-85, bounds.getSouth()),
        Math.min(180, bounds.getEast()),
        Math.min(85, bounds.getNorth()),
      ];
      for (const feature of index.getClusters(bbox, Math.round(map.getZoom())) as Feature[]) {
        const key = keyOf(feature);
        next.set(key, markers.get(key) ?? createMarker(feature, key));
      }
    }
    let lostFocus = false;
    for (const [key, entry] of markers) {
      if (next.has(key)) continue;
      if (active && entry.button === active) lostFocus = true;
      entry.marker.remove();
    }
    markers = next;
    // DOM (and so Tab) order: north to south, then west to east.
    const ordered = [...markers.values()].sort((a, b) => b.lat - a.lat || a.lon - b.lon);
    const pane = map.getPane('markerPane');
    const icons = ordered.map((entry) => entry.marker.getElement()).filter((el): el is HTMLElement => !!el);
    if (pane && icons.some((icon, i) => pane.children[i] !== icon)) {
      const focused = activeButton();
      pane.append(...icons);
      if (focused instanceof HTMLElement && focused !== activeButton()) focused.focus({ preventScroll: true });
    }
    applyHighlight();
    if (pendingFocus) {
      const target = markers.get(pendingFocus);
      if (target) {
        target.button.focus({ preventScroll: true });
        pendingFocus = null;
        return;
      }
    }
    // The focused button went away (zoom, pan): keep the keyboard user in the map.
    if (lostFocus && !activeButton()) container.focus({ preventScroll: true });
  };

  const applyHighlight = () => {
    for (const [key, { marker, button }] of markers) {
      let on = false;
      if (key.startsWith('v')) {
        on = selected !== null && button.dataset.id === selected;
        if (on) button.setAttribute('aria-current', 'true');
        else button.removeAttribute('aria-current');
      } else {
        on = selected !== null && infoOf(Number(key.slice(1))).ids.has(selected);
        button.classList.toggle('is-selected', on);
      }
      marker.setZIndexOffset(on ? 1000 : 0);
    }
  };

  const highlight = (id: string | null) => {
    if (destroyed) return;
    selected = id;
    applyHighlight();
  };

  map.on('moveend zoomend', render);

  return {
    setVenues(list, { fit = !fitted } = {}) {
      if (destroyed) return;
      venues = new Map();
      const features: Array<Supercluster.PointFeature<PointProps>> = [];
      for (const venue of list) {
        const p = venue.position;
        if (!p || venue.coordinates === 'missing' || !Number.isFinite(p.lat) || !Number.isFinite(p.lon)) continue;
        if (Math.abs(p.lat) > 85 || Math.abs(p.lon) > 180 || venues.has(venue.id)) continue;
        venues.set(venue.id, venue);
        features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: { id: venue.id } });
      }
      index = new Supercluster<PointProps, Supercluster.AnyProps>({ radius: 60, maxZoom: CLUSTER_MAX_ZOOM }).load(features);
      clusterInfo.clear();
      // Cluster ids mean nothing in the new index: every marker is rebuilt. Focus follows the same venue
      // if it is still shown, or falls back to the map.
      const active = activeButton();
      const key = active instanceof HTMLButtonElement ? active.dataset.key : undefined;
      if (key) pendingFocus = key.startsWith('v') ? key : null;
      for (const { marker } of markers.values()) marker.remove();
      markers = new Map();
      if (fit && features.length) {
        fitted = true;
        const bounds = L.latLngBounds(features.map((f) => [f.geometry.coordinates[1], f.geometry.coordinates[0]] as [number, number]));
        map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15, animate: false });
      }
      render();
      if (key && !activeButton()) {
        pendingFocus = null;
        container.focus({ preventScroll: true });
      }
    },
    highlight,
    focusVenue(id, { moveFocus = true } = {}) {
      const venue = venues.get(id);
      if (destroyed || !venue?.position || !index) return false;
      const { lat, lon } = venue.position;
      let zoom = Math.round(map.getZoom());
      const near: [number, number, number, number] = [lon - 1e-6, lat - 1e-6, lon + 1e-6, lat + 1e-6];
      while (zoom <= CLUSTER_MAX_ZOOM && !index.getClusters(near, zoom).some((f) => !('cluster' in f.properties && f.properties.cluster) && f.properties.id === id)) zoom++;
      selected = id;
      if (moveFocus) pendingFocus = `v${id}`;
      map.setView([lat, lon], Math.min(zoom, map.getMaxZoom()), { animate });
      render();
      return true;
    },
    getView() {
      const center = map.getCenter();
      return { lat: center.lat, lon: center.lng, zoom: map.getZoom() };
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      map.off('moveend zoomend', render);
      map.remove();
      markers = new Map();
      venues = new Map();
      clusterInfo.clear();
      index = undefined;
      help.remove();
      container.classList.remove('pv-map');
      for (const name of ['role', 'aria-label', 'aria-describedby', 'tabindex']) container.removeAttribute(name);
    },
  };
}
