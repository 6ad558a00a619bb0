/**
 * Coordinates as found in real files: WGS84 (sometimes with a decimal comma), inverted latitude and
 * longitude, Lambert-93 metres in the latitude/longitude columns, "Null Island" (0, 0), empty cells.
 */
import type { CoordinateStatus, Coordinates } from '../model.js';

export interface CoordinateCheck {
  position?: Coordinates;
  status: CoordinateStatus;
}

/** Bounding boxes [south, north, west, east] of France, metropolitan and overseas (rough, generous). */
export const FRANCE_AREAS: Readonly<Record<string, readonly [number, number, number, number]>> = {
  metropole: [41.2, 51.2, -5.3, 9.7],
  guadeloupe: [15.8, 16.6, -61.9, -60.9],
  martinique: [14.35, 14.95, -61.3, -60.75],
  guyane: [2.0, 5.9, -54.7, -51.5],
  reunion: [-21.45, -20.8, 55.15, 55.9],
  mayotte: [-13.1, -12.55, 44.9, 45.35],
  saintPierreEtMiquelon: [46.7, 47.2, -56.5, -56.05],
  saintBarthelemySaintMartin: [17.85, 18.15, -63.2, -62.75],
  wallisEtFutuna: [-14.45, -13.1, -178.3, -176.05],
  polynesie: [-28.0, -7.5, -155.0, -134.0],
  nouvelleCaledonie: [-23.0, -19.0, 163.0, 168.5],
};

/** True when the WGS84 point is in France (metropolitan or overseas boxes). */
export function inFrance(lat: number, lon: number): boolean {
  return Object.values(FRANCE_AREAS).some(([s, n, w, e]) => lat >= s && lat <= n && lon >= w && lon <= e);
}

/** A number from a cell: numbers as is, strings trimmed with a decimal comma accepted; else undefined. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/\s+/g, '').replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

// RGF93 / Lambert-93 (EPSG:2154), constants of IGN note NTG_71 / ALG0004.
const N = 0.725607765;
const C = 11754255.426;
const XS = 700000;
const YS = 12655612.05;
const E = 0.08181919106;
const LON0 = (3 * Math.PI) / 180;

/** Inverse Lambert conformal conic projection: Lambert-93 metres → WGS84 degrees (≈ RGF93). */
export function lambert93ToWgs84(x: number, y: number): Coordinates {
  const dx = x - XS;
  const dy = YS - y;
  const r = Math.hypot(dx, dy);
  const gamma = Math.atan(dx / dy);
  const lon = LON0 + gamma / N;
  const isoLat = -Math.log(Math.abs(r / C)) / N;
  let phi = 2 * Math.atan(Math.exp(isoLat)) - Math.PI / 2;
  for (let i = 0; i < 20; i++) {
    const es = E * Math.sin(phi);
    const next = 2 * Math.atan(Math.pow((1 + es) / (1 - es), E / 2) * Math.exp(isoLat)) - Math.PI / 2;
    if (Math.abs(next - phi) < 1e-12) {
      phi = next;
      break;
    }
    phi = next;
  }
  return { lat: (phi * 180) / Math.PI, lon: (lon * 180) / Math.PI };
}

const isLambertX = (v: number): boolean => v >= 100000 && v <= 1300000;
const isLambertY = (v: number): boolean => v >= 6000000 && v <= 7200000;

/**
 * Checks and repairs a pair of coordinates read from the latitude and longitude columns.
 * Never throws: unusable input gives `{ status: 'missing' }`.
 */
export function checkCoordinates(latitude: unknown, longitude: unknown): CoordinateCheck {
  const a = toNumber(latitude);
  const b = toNumber(longitude);
  if (a === undefined || b === undefined) return { status: 'missing' };
  if (a === 0 && b === 0) return { status: 'missing' };
  // Lambert-93 metres, in either column order.
  if ((isLambertX(a) && isLambertY(b)) || (isLambertX(b) && isLambertY(a))) {
    const [x, y] = isLambertX(a) && isLambertY(b) ? [a, b] : [b, a];
    const position = lambert93ToWgs84(x, y);
    return inFrance(position.lat, position.lon) ? { position, status: 'lambert93' } : { status: 'missing' };
  }
  const validLat = Math.abs(a) <= 90 && Math.abs(b) <= 180;
  if (validLat && inFrance(a, b)) return { position: { lat: a, lon: b }, status: 'ok' };
  if (Math.abs(b) <= 90 && Math.abs(a) <= 180 && inFrance(b, a)) return { position: { lat: b, lon: a }, status: 'swapped' };
  if (validLat) return { position: { lat: a, lon: b }, status: 'outside' };
  return { status: 'missing' };
}
