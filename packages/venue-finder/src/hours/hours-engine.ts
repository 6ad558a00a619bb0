/**
 * The opening-hours engine: opening_hours.js wrapped with the finder's rules (Europe/Paris, French
 * holidays by region, "unknown" never guessed). A module of its own, loaded beside the parser by
 * `loadHoursEngine()` (hours.ts), so a page shows its list before any of this is downloaded; the
 * parser stays a chunk of its own (the script-tag bundle trims it, test/embed checks it alone).
 */
import type { nominatim_object, opening_hours as OpeningHoursInstance } from 'opening_hours';
import { fromParisFrame, parisParts, toParisFrame } from './paris.js';
import { regionForPostcode, type HolidayRegion } from './region.js';
// The view (texts, week table) comes with the engine: see `HoursView` in hours.ts.
export { formatClockString, formatHoursStatus, hoursTranslator } from './format.js';
export { weekTableWith } from './week.js';
export { openMask } from './open-mask.js';
import { MAX_VALUE_LENGTH, type ChangeTarget, type HoursOptions, type HoursStatus, type UnknownReason } from './hours.js';

type OpeningHoursClass = typeof OpeningHoursInstance;

const DAY = 86_400_000;
/** How far to look for the next opening of a closed venue. */
const CLOSED_HORIZON = 366 * DAY;
/** How far to look for the closing of an open venue; beyond it counts as "24 h/24". */
const OPEN_HORIZON = 7 * DAY;
/** Centre of metropolitan France, for rules with sunrise/sunset when no position is known. */
const FRANCE = { lat: 46.6, lon: 1.89 };

/** The parser once loaded: evaluates values synchronously, with a cache of parsed values. */
export class HoursEngine {
  readonly #OpeningHours: OpeningHoursClass;
  readonly #cache = new Map<string, OpeningHoursInstance | { error: UnknownReason; message: string }>();

  constructor(OpeningHours: OpeningHoursClass) {
    this.#OpeningHours = OpeningHours;
  }

  /** The parsed value, or why it could not be parsed. */
  parse(value: string, options: HoursOptions = {}): OpeningHoursInstance | { error: UnknownReason; message: string } {
    const region = regionForPostcode(options.postcode);
    const key = `${region?.state ?? ''}\u0000${value}`;
    const cached = this.#cache.get(key);
    if (cached) return cached;
    const parsed = this.#parse(value, region, options);
    if (this.#cache.size >= 2000) this.#cache.delete(this.#cache.keys().next().value as string);
    this.#cache.set(key, parsed);
    return parsed;
  }

  #parse(value: string, region: HolidayRegion | undefined, options: HoursOptions): OpeningHoursInstance | { error: UnknownReason; message: string } {
    if (value.length > MAX_VALUE_LENGTH) return { error: 'too-long', message: `longer than ${MAX_VALUE_LENGTH} characters` };
    if (!/[^\s;,|]/.test(value)) return { error: 'empty', message: 'nothing to parse' };
    if (!hasSchoolHolidays(region) && usesSchoolHolidays(value)) {
      return { error: 'holidays-unsupported', message: `no school holidays for ${region?.state ?? 'an unknown region'}` };
    }
    const position = options.position ?? FRANCE;
    const nominatim = (state: string | undefined): nominatim_object =>
      ({ lat: position.lat, lon: position.lon, address: { country_code: 'fr', ...(state ? { state } : {}) } }) as nominatim_object;
    try {
      const parsed = new this.#OpeningHours(value, nominatim(region?.state));
      const implausible = implausibility(parsed);
      return implausible ? { error: 'implausible', message: implausible } : parsed;
    } catch (error) {
      const message = String(error instanceof Error ? error.message : error);
      if (/no holidays \((?:SH|PH)\) defined|There are no holidays/i.test(message)) {
        // Reported as such rather than evaluated with another region's calendar: in Alsace-Moselle
        // the Grand Est calendar would miss Vendredi saint and the 26 December (a wrong "ouvert").
        return { error: 'holidays-unsupported', message };
      }
      return { error: 'unparsable', message };
    }
  }

  /** Open, closed or unknown at `now`, evaluated in Paris wall-clock time. */
  evaluate(value: string, now: Date, options: HoursOptions = {}): HoursStatus {
    const parsed = this.parse(value, options);
    if ('error' in parsed) return { kind: 'unknown', verbatim: value, reason: parsed.error, error: parsed.message };
    try {
      return evaluateParsed(parsed, value, now);
    } catch (error) {
      return { kind: 'unknown', verbatim: value, reason: 'engine-error', error: String(error instanceof Error ? error.message : error) };
    }
  }

  /** Open intervals between two instants, as Paris wall-clock Dates of the shifted frame. */
  openIntervalsInFrame(parsed: OpeningHoursInstance, fromFrame: Date, toFrame: Date): [Date, Date, boolean, string | undefined][] {
    return parsed.getOpenIntervals(fromFrame, toFrame);
  }

  /** True when the Paris calendar day of `date` is a public holiday for `options.postcode`. */
  publicHoliday(date: Date, options: HoursOptions = {}): string | false {
    const parsed = this.parse('PH', options);
    if ('error' in parsed) return false;
    const p = parisParts(date);
    const noon = new Date(p.year, p.month - 1, p.day, 12);
    if (!parsed.getState(noon)) return false;
    return parsed.getComment(noon) ?? 'PH';
  }
}

/** States whose school holidays opening_hours.js does not know (it throws, and logs an error). */
const NO_SCHOOL_HOLIDAYS = new Set(['Moselle', 'Bas-Rhin', 'Haut-Rhin', 'Nouvelle-Calédonie', 'Polynésie française', 'Wallis-et-Futuna']);

function hasSchoolHolidays(region: HolidayRegion | undefined): boolean {
  return region !== undefined && !NO_SCHOOL_HOLIDAYS.has(region.state);
}

/** Whether the value has an `SH` selector outside comments (a cheap check before the parser). */
function usesSchoolHolidays(value: string): boolean {
  return /\bSH\b/i.test(value.replace(/"[^"]*"/g, ''));
}

/**
 * Why a value the library accepted is still nonsense: it reads any long number as a year
 * ("123456789012345678901234567890" → a closed year 1.2e+29), which would show "Fermé".
 */
function implausibility(parsed: OpeningHoursInstance): string | undefined {
  const warnings = parsed.getStructuredWarnings();
  if (warnings.some((w) => w.type === 'interpreted_as_year')) return 'a number was read as a year';
  return undefined;
}

function stateAt(oh: OpeningHoursInstance, frame: Date): ChangeTarget {
  return oh.getStateString(frame, true);
}

function evaluateParsed(oh: OpeningHoursInstance, value: string, now: Date): HoursStatus {
  const frame = toParisFrame(now);
  const state = stateAt(oh, frame);
  const comment = oh.getComment(frame) ?? undefined;
  if (state === 'unknown') return { kind: 'unknown', verbatim: value, reason: 'unknown-state', ...(comment ? { comment } : {}) };
  const hasWarnings = oh.getWarnings().length > 0;
  const horizon = new Date(frame.getTime() + (state === 'open' ? OPEN_HORIZON : CLOSED_HORIZON));
  const next = nextStateChange(oh, frame, state, horizon);
  const nextChange = next ? { at: fromParisFrame(next.at), to: next.to } : undefined;
  const extra = { ...(comment ? { comment } : {}), ...(nextChange ? { nextChange } : {}), hasWarnings };
  if (state === 'open') {
    return { kind: 'open', ...(nextChange?.to === 'closed' ? { closesAt: nextChange.at } : {}), alwaysOpen: !nextChange, ...extra };
  }
  return { kind: 'closed', ...(nextChange?.to === 'open' ? { opensAt: nextChange.at } : {}), ...extra };
}

/** The next instant (in the frame) the state differs from `state`; comment-only changes are skipped. */
function nextStateChange(oh: OpeningHoursInstance, from: Date, state: ChangeTarget, limit: Date): { at: Date; to: ChangeTarget } | undefined {
  let cursor = from;
  for (let i = 0; i < 200; i += 1) {
    const at = oh.getNextChange(cursor, limit);
    if (!at || at.getTime() <= cursor.getTime() || at.getTime() > limit.getTime()) return undefined;
    const to = stateAt(oh, at);
    if (to !== state) return { at, to };
    cursor = at;
  }
  return undefined;
}


/** The engine around the library's class (`import('opening_hours')`'s default export). */
export function createHoursEngine(OpeningHours: unknown): HoursEngine {
  return new HoursEngine(OpeningHours as OpeningHoursClass);
}
