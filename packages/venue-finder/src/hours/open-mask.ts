/**
 * The finder's "Ouvert maintenant" and "Ouvert le samedi" filters as one byte per venue. In the
 * engine's chunk (see `HoursView` in hours.ts): only needed once the engine is there.
 */
import type { Venue } from '../model.js';
import type { HoursEngine } from './hours-engine.js';
import { weekTableWith } from './week.js';

/**
 * 1 for each venue open `now` ('now'), or open at some time on the coming Saturday ('saturday');
 * a value that cannot be read, or only "unknown" hours, never counts as open.
 */
export function openMask(engine: HoursEngine, venues: readonly Venue[], which: 'now' | 'saturday', now: Date): Uint8Array {
  const mask = new Uint8Array(venues.length);
  venues.forEach((v, i) => {
    const value = typeof v.openingHours === 'string' ? v.openingHours.trim() : '';
    if (!value) return;
    const options = { postcode: typeof v.postcode === 'string' ? v.postcode : '' };
    try {
      if (which === 'now') {
        mask[i] = engine.evaluate(value, now, options).kind === 'open' ? 1 : 0;
      } else {
        const saturday = weekTableWith(engine, value, now, options)?.find((row) => row.weekday === 6);
        mask[i] = saturday?.intervals.some((interval) => !interval.unknown) ? 1 : 0;
      }
    } catch {
      mask[i] = 0;
    }
  });
  return mask;
}
