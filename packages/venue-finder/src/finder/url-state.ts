/**
 * The finder's state in the page address, so a search can be bookmarked, shared or restored with the
 * back button. Opt-in: the host page owns its URL, so the finder only reads and builds addresses and
 * the page decides what to do with them (`history.replaceState(null, '', next)`).
 *
 *   ?pv-q=mediatheque&pv-services=Aide+aux+d%C3%A9marches+administratives&pv-hours=now
 *    &pv-near=45.764,4.8357&pv-place=Lyon+3e&pv-view=map
 *
 * Parameters (after the prefix, `pv-` by default, so two finders on one page can use `pv1-`, `pv2-`):
 * `q` text; one per filter field, repeated for several values: `services`, `publics`, `specific`
 * (prise en charge spécifique), `fees`, `access` (modalités d'accès), `support` (modalités
 * d'accompagnement), `schemes`, `labels`, `types`; `hours` (`now`, `saturday`, repeated);
 * `near` (`lat,lon`, WGS84) and `place` (its label); `view` (`list` or `map`).
 *
 * Anyone can craft a link: unknown values are dropped, texts and lists bounded, positions checked.
 * Filter values are not checked against the vocabulary here (a value absent from the data matches
 * nothing); the finder should drop those it does not offer. Every other parameter of the page's
 * address is kept byte for byte, in its place.
 */
import { cleanParamText, MAX_PARAM_TEXT, replaceQueryParams } from '@parvis/core/url-params';
import type { FacetField } from '../search/types.js';

export type FinderHoursFilter = 'now' | 'saturday';
export type FinderView = 'list' | 'map';

export interface FinderPlace {
  /** WGS84 degrees. */
  lat: number;
  lon: number;
  /** What the person chose ("12 rue de la République, Lyon"), shown as text. */
  label: string;
}

export interface FinderState {
  text?: string;
  filters?: Partial<Record<FacetField, string[]>>;
  hours?: FinderHoursFilter[];
  place?: FinderPlace;
  view?: FinderView;
}

/** Filter field → parameter name (after the prefix). */
const FIELD_PARAMS: Readonly<Record<FacetField, string>> = {
  services: 'services',
  publics: 'publics',
  specificSupport: 'specific',
  fees: 'fees',
  accessModes: 'access',
  supportModes: 'support',
  nationalSchemes: 'schemes',
  labels: 'labels',
  typology: 'types',
};
const FIELDS = Object.keys(FIELD_PARAMS) as FacetField[];
const OTHER_PARAMS = ['q', 'hours', 'near', 'place', 'view'] as const;
const HOURS: readonly FinderHoursFilter[] = ['now', 'saturday'];
const VIEWS: readonly FinderView[] = ['list', 'map'];

/** Longer texts are cut (search text, place label), longer filter values dropped (no vocabulary value is that long). */
export const MAX_TEXT_LENGTH = MAX_PARAM_TEXT;
/** Values kept per filter field. */
export const MAX_VALUES_PER_FIELD = 30;
/** Decimals of written coordinates: about 10 m, enough to sort by distance. */
const COORD_DECIMALS = 4;

const cleanText = (value: unknown): string => cleanParamText(value, MAX_TEXT_LENGTH);

/** Distinct, non-empty, not too long strings, at most `MAX_VALUES_PER_FIELD`. */
function cleanValues(values: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    if (typeof value !== 'string' || value.length > MAX_TEXT_LENGTH) continue;
    const s = cleanText(value);
    if (s && !out.includes(s)) out.push(s);
    if (out.length === MAX_VALUES_PER_FIELD) break;
  }
  return out;
}

function cleanHours(values: readonly unknown[]): FinderHoursFilter[] {
  return HOURS.filter((h) => values.includes(h));
}

const validLat = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= -90 && x <= 90;
const validLon = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= -180 && x <= 180;
/** `45.764,4.8357`: plain decimals only (no exponent, no `Infinity`, no hex). */
const NEAR = /^(-?\d{1,3}(?:\.\d{1,12})?),\s?(-?\d{1,3}(?:\.\d{1,12})?)$/;

/** The finder state found in a query string (`location.search`, with or without `?`). */
export function readFinderState(search: string, prefix = 'pv-'): FinderState {
  const params = new URLSearchParams(typeof search === 'string' ? search : '');
  const get = (name: string) => params.get(prefix + name);
  const state: FinderState = {};
  const text = cleanText(get('q'));
  if (text) state.text = text;
  const filters: Partial<Record<FacetField, string[]>> = {};
  for (const field of FIELDS) {
    const values = cleanValues(params.getAll(prefix + FIELD_PARAMS[field]));
    if (values.length > 0) filters[field] = values;
  }
  if (Object.keys(filters).length > 0) state.filters = filters;
  const hours = cleanHours(params.getAll(prefix + 'hours'));
  if (hours.length > 0) state.hours = hours;
  const near = NEAR.exec(get('near') ?? '');
  if (near) {
    const lat = Number(near[1]);
    const lon = Number(near[2]);
    if (validLat(lat) && validLon(lon)) state.place = { lat, lon, label: cleanText(get('place')) };
  }
  const view = get('view');
  if (view === 'list' || view === 'map') state.view = view;
  return state;
}

/** The query parameters of a state (cleaned as `readFinderState` would), in a stable order. */
function stateParams(state: FinderState, prefix: string): URLSearchParams {
  const params = new URLSearchParams();
  const text = cleanText(state.text);
  if (text) params.append(prefix + 'q', text);
  for (const field of FIELDS) {
    const values = state.filters?.[field];
    if (Array.isArray(values)) for (const value of cleanValues(values)) params.append(prefix + FIELD_PARAMS[field], value);
  }
  if (Array.isArray(state.hours)) for (const h of cleanHours(state.hours)) params.append(prefix + 'hours', h);
  const place = state.place;
  if (place && validLat(place.lat) && validLon(place.lon)) {
    // toFixed then Number: "45.7640" → "45.764", and never an exponent (|x| ≤ 180)
    const coord = (x: number) => String(Number(x.toFixed(COORD_DECIMALS)));
    params.append(prefix + 'near', `${coord(place.lat)},${coord(place.lon)}`);
    const label = cleanText(place.label);
    if (label) params.append(prefix + 'place', label);
  }
  if (state.view && VIEWS.includes(state.view)) params.append(prefix + 'view', state.view);
  return params;
}

/**
 * The address `url` with the finder's parameters replaced by `state` (an empty state removes them).
 * The host page's own parameters and the fragment are left exactly as they were: the query string is
 * edited piece by piece, not re-serialised. `url` itself is not changed.
 */
export function writeFinderState(state: FinderState, url: URL, prefix = 'pv-'): string {
  const ours = new Set([...Object.values(FIELD_PARAMS), ...OTHER_PARAMS].map((name) => prefix + name));
  return replaceQueryParams(url, (name) => ours.has(name), stateParams(state, prefix));
}
