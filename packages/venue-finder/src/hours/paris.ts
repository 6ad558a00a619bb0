/**
 * Europe/Paris wall-clock time, whatever the time zone of the machine.
 *
 * opening_hours.js reads and builds dates with the *local* getters and constructors of `Date`
 * (`getHours()`, `new Date(y, m, d, h)`). A visitor in Montréal or a test browser in UTC would
 * evaluate a Paris venue in the wrong zone. So we work in a "shifted" frame: a Date whose local
 * fields equal the Paris wall time of the real instant; the library evaluates it, and every Date
 * it returns (next change, intervals) is shifted back to the real instant.
 *
 * In a browser set to Europe/Paris the shift is the identity. Elsewhere, a Paris wall time that
 * does not exist in the machine's zone (its own DST gap) is moved by the engine by one hour; that
 * is at most one hour a year per machine zone and never affects a machine in Paris or UTC.
 */
import { TIME_ZONE } from '@parvis/core';

/** Wall-clock fields of an instant in Paris (month 1–12, weekday 0 = Sunday … 6 = Saturday). */
export interface ParisParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

let partsFormat: Intl.DateTimeFormat | undefined;

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** Paris wall-clock fields of `date`. */
export function parisParts(date: Date): ParisParts {
  partsFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    weekday: 'short',
  });
  const out: Record<string, string> = {};
  for (const part of partsFormat.formatToParts(date)) out[part.type] = part.value;
  return {
    year: Number(out.year),
    month: Number(out.month),
    day: Number(out.day),
    hour: Number(out.hour) % 24,
    minute: Number(out.minute),
    second: Number(out.second),
    weekday: WEEKDAYS[out.weekday] ?? 0,
  };
}

/** A Date whose local fields are the Paris wall time of `date` (the frame the library works in). */
export function toParisFrame(date: Date): Date {
  const p = parisParts(date);
  return new Date(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, date.getMilliseconds());
}

/** Offset of Paris from UTC at `instant`, in milliseconds (+1 h in winter, +2 h in summer). */
function parisOffset(instant: number): number {
  const p = parisParts(new Date(instant));
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - (instant - (instant % 1000 + 1000) % 1000);
}

/**
 * The real instant of a Paris wall time given as local fields of `shifted` (inverse of
 * `toParisFrame`). A wall time in the spring-forward gap (02:00–02:59 on the last Sunday of March)
 * maps to the instant one hour later, as clocks in Paris do; an ambiguous one (the repeated hour of
 * October) maps to its first occurrence.
 */
export function fromParisFrame(shifted: Date): Date {
  return parisWallTime(
    shifted.getFullYear(),
    shifted.getMonth() + 1,
    shifted.getDate(),
    shifted.getHours(),
    shifted.getMinutes(),
    shifted.getSeconds(),
    shifted.getMilliseconds(),
  );
}

/** The instant of a Paris wall time (month 1–12). */
export function parisWallTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Try the offsets in force just before and after: the first that round-trips wins.
  const candidates = [parisOffset(wall - 3 * 3600_000), parisOffset(wall + 3 * 3600_000)].sort((a, b) => b - a);
  for (const offset of candidates) {
    const instant = wall - offset;
    if (parisOffset(instant) === offset) return new Date(instant);
  }
  // In the gap: no offset round-trips. Use the winter offset, which lands one hour later.
  return new Date(wall - Math.min(...candidates));
}

/** The Paris calendar day (YYYY-MM-DD) of an instant. */
export function parisDayKey(date: Date): string {
  const p = parisParts(date);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}
