/**
 * OSM `opening_hours` values, evaluated in Europe/Paris with French public (PH) and school (SH)
 * holidays, by opening_hours.js (the parser of the OSM community, LGPL-3.0) loaded lazily.
 *
 * The rule of the finder: a value the library cannot parse, or that it evaluates to "unknown"
 * (`unknown` state, comment-only rules such as `"sur rendez-vous"`), is never turned into
 * "ouvert" or "fermé": it comes back as `{ kind: 'unknown', verbatim }` and is shown as given.
 */
import type { HoursEngine } from './hours-engine.js';

export type { HoursEngine } from './hours-engine.js';

/** Why a value is shown verbatim rather than as open/closed. */
export type UnknownReason =
  /** Nothing but spaces or separators. */
  | 'empty'
  /** Longer than `MAX_VALUE_LENGTH`: not given to the parser. */
  | 'too-long'
  /** The parser rejected the value (syntax error). */
  | 'unparsable'
  /** Parsed, but the state now is "unknown" (an `unknown` rule, or a comment only). */
  | 'unknown-state'
  /** The value needs holidays the library has no data for here (SH in Alsace-Moselle, overseas…). */
  | 'holidays-unsupported'
  /** Parsed, but only by reading nonsense as a selector (a 40-digit number as a year). */
  | 'implausible'
  /** The library failed while evaluating: never a reason to guess. */
  | 'engine-error';

export type ChangeTarget = 'open' | 'closed' | 'unknown';

export type HoursStatus =
  | {
      kind: 'open';
      /** When it closes, if the next change is to "closed" within the horizon. */
      closesAt?: Date;
      /** The next change of state, whatever it leads to (closed, or unknown). */
      nextChange?: { at: Date; to: ChangeTarget };
      /** No change in the next 7 days (24/7, or open day and night all week). */
      alwaysOpen: boolean;
      comment?: string;
      /** The parser accepted the value with warnings (it guessed part of it). */
      hasWarnings: boolean;
    }
  | {
      kind: 'closed';
      /** When it opens, if the next change is to "open" within a year. */
      opensAt?: Date;
      nextChange?: { at: Date; to: ChangeTarget };
      comment?: string;
      hasWarnings: boolean;
    }
  | { kind: 'unknown'; verbatim: string; reason: UnknownReason; comment?: string; error?: string };

export interface HoursOptions {
  /** Postcode of the venue: picks the region (school holidays) and Alsace-Moselle public holidays. */
  postcode?: string;
  /** Position of the venue (sunrise/sunset rules); the region's rough centre is good enough. */
  position?: { lat: number; lon: number };
}

/** Longer values are not parsed (the longest OSM values are a few hundred characters). */
export const MAX_VALUE_LENGTH = 1000;

/**
 * What shows hours as text (status sentence, week table, texts): it travels in the engine's chunk,
 * since nothing can be shown before the engine is there; the list's first chunk stays smaller.
 */
export type HoursView = Pick<typeof import('./hours-engine.js'), 'formatHoursStatus' | 'formatClockString' | 'hoursTranslator' | 'weekTableWith' | 'openMask'>;

let loading: Promise<HoursEngine> | undefined;
let view: HoursView | undefined;

/** The hours view once `loadHoursEngine()` has resolved (undefined before). */
export function loadedHoursView(): HoursView | undefined {
  return view;
}

/** Loads opening_hours.js and the engine once (a separate chunk in bundles) and gives the engine. */
export function loadHoursEngine(): Promise<HoursEngine> {
  // Both at once (no waterfall): the engine (small) and the parser (opening_hours.js).
  loading ??= Promise.all([import('./hours-engine.js'), import('opening_hours')]).then(
    ([engine, parser]) => {
      view = engine;
      return engine.createHoursEngine(parser.default);
    },
    (error: unknown) => {
      loading = undefined; // a failed chunk load (offline) may be retried later
      throw error;
    },
  );
  return loading;
}

/** Loads the engine if needed, then evaluates `value` at `now` (see `HoursEngine.evaluate`). */
export async function evaluateHours(value: string, now: Date, options: HoursOptions = {}): Promise<HoursStatus> {
  return (await loadHoursEngine()).evaluate(value, now, options);
}


