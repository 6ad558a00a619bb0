/**
 * A week of opening hours for the venue card: seven Paris calendar days, their open intervals as
 * wall-clock times ("09:00"–"12:00"), public holidays marked. Times are those shown on the door:
 * on a DST Sunday, "Mo-Su 00:00-24:00" is still 00:00–24:00.
 */
import type { HoursEngine, HoursOptions } from './hours.js';
import { loadHoursEngine } from './hours.js';
import { parisParts, parisWallTime } from './paris.js';

export interface WeekInterval {
  /** Paris wall-clock time "HH:MM". */
  from: string;
  /** Paris wall-clock time "HH:MM"; "24:00" for the end of the day. */
  to: string;
  /** The state is "unknown" in this interval (an `unknown` rule, or a comment without `open`). */
  unknown?: boolean;
  comment?: string;
}

export interface WeekRow {
  /** French weekday name ("lundi"): the key of the row; localise with `weekday`. */
  day: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Midnight of the day in Paris (a real instant). */
  date: Date;
  /** "YYYY-MM-DD" in Paris. */
  dateKey: string;
  intervals: WeekInterval[];
  /** No interval at all (neither open nor unknown) that day. */
  closed: boolean;
  /** Name of the public holiday (or `PH`) when the day is one, for the venue's region. */
  holiday?: string;
  /** Comments of the day's intervals, joined. */
  comment?: string;
}

const DAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

const pad = (n: number) => String(n).padStart(2, '0');

/** "HH:MM" of a frame Date (its local fields are Paris wall time); `dayStart` tells 24:00 from 00:00. */
function clock(frame: Date, dayStart: Date): string {
  if (frame.getTime() > dayStart.getTime() && frame.getDate() !== dayStart.getDate()) return '24:00';
  return `${pad(frame.getHours())}:${pad(frame.getMinutes())}`;
}

/** The week table with an engine already loaded; null when the value cannot be evaluated. */
export function weekTableWith(engine: HoursEngine, value: string, weekStart: Date, options: HoursOptions = {}): WeekRow[] | null {
  const parsed = engine.parse(value, options);
  if ('error' in parsed) return null;
  const start = parisParts(weekStart);
  const rows: WeekRow[] = [];
  try {
    for (let i = 0; i < 7; i += 1) {
      // Frame dates: local fields = Paris wall time (see paris.ts); calendar arithmetic on them is safe.
      const dayStart = new Date(start.year, start.month - 1, start.day + i);
      const dayEnd = new Date(start.year, start.month - 1, start.day + i + 1);
      const intervals: WeekInterval[] = engine.openIntervalsInFrame(parsed, dayStart, dayEnd).map(([from, to, unknown, comment]) => ({
        from: clock(from, dayStart),
        to: clock(to, dayStart),
        ...(unknown ? { unknown: true } : {}),
        ...(comment ? { comment } : {}),
      }));
      const date = parisWallTime(dayStart.getFullYear(), dayStart.getMonth() + 1, dayStart.getDate());
      const holiday = engine.publicHoliday(date, options);
      const comments = [...new Set(intervals.map((x) => x.comment).filter((c): c is string => !!c))];
      rows.push({
        day: DAYS_FR[dayStart.getDay()]!,
        weekday: dayStart.getDay(),
        date,
        dateKey: `${dayStart.getFullYear()}-${pad(dayStart.getMonth() + 1)}-${pad(dayStart.getDate())}`,
        intervals,
        closed: intervals.length === 0,
        ...(holiday ? { holiday } : {}),
        ...(comments.length ? { comment: comments.join(' ; ') } : {}),
      });
    }
  } catch {
    return null;
  }
  return rows;
}

/** Loads the engine if needed, then builds the week table from the Paris day of `weekStart`. */
export async function weekTable(value: string, weekStart: Date, options: HoursOptions = {}): Promise<WeekRow[] | null> {
  return weekTableWith(await loadHoursEngine(), value, weekStart, options);
}
