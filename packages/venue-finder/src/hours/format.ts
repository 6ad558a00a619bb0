/**
 * Opening hours in words: "Ouvert · ferme à 18 h", "Fermé · ouvre lundi à 9 h",
 * "Horaires non reconnus : « … »". All days and times are those of Paris.
 */
import { formatDate, Translator, type Locale } from '@parvis/core';
import type { HoursStatus } from './hours.js';
import { hoursEn } from './hours.en.js';
import { hoursFr, type HoursMessages } from './hours.fr.js';
import { parisParts } from './paris.js';

/** Texts of the opening hours; host pages may override them (`hoursTranslator.override`). */
export const hoursTranslator = new Translator<HoursMessages>({ fr: hoursFr, en: hoursEn });

/** A clock time in words: "9 h", "12 h 30" in French; "09:00", "12:30" in English. */
export function formatClock(hour: number, minute: number, locale: Locale, translator = hoursTranslator): string {
  const params = { h: String(hour), hh: String(hour).padStart(2, '0'), m: String(minute).padStart(2, '0') };
  return translator.t(locale, minute === 0 ? 'time.hour' : 'time.hourMinute', params);
}

/** "09:00" (as in the week table) → "9 h" / "09:00"; "24:00" stays the end of the day. */
export function formatClockString(clock: string, locale: Locale, translator = hoursTranslator): string {
  const [h, m] = clock.split(':').map(Number);
  return formatClock(h ?? 0, m ?? 0, locale, translator);
}

/** The Paris time of an instant in words. */
export function formatParisTime(date: Date, locale: Locale, translator = hoursTranslator): string {
  const p = parisParts(date);
  return formatClock(p.hour, p.minute, locale, translator);
}

/** Whole Paris calendar days from the day of `from` to the day of `to`. */
export function parisDayDifference(from: Date, to: Date): number {
  const a = parisParts(from);
  const b = parisParts(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

type When = 'Today' | 'Tomorrow' | 'On' | 'OnDate';

function when(now: Date, at: Date, locale: Locale, translator: Hours): { form: When; params: Record<string, string> } {
  const diff = parisDayDifference(now, at);
  const p = parisParts(at);
  if (diff === 1 && p.hour === 0 && p.minute === 0) {
    return { form: 'Today', params: { time: translator.t(locale, 'time.midnight') } };
  }
  const time = formatClock(p.hour, p.minute, locale, translator);
  if (diff <= 0) return { form: 'Today', params: { time } };
  if (diff === 1) return { form: 'Tomorrow', params: { time } };
  if (diff < 7) return { form: 'On', params: { time, day: formatDate(at, locale, { weekday: 'long' }) } };
  let date = formatDate(at, locale, { day: 'numeric', month: 'long', ...(parisParts(now).year === p.year ? {} : { year: 'numeric' }) });
  if (locale === 'fr') date = date.replace(/^1 /, '1er ');
  return { form: 'OnDate', params: { time, date } };
}

type Hours = Translator<HoursMessages>;

/**
 * One line for a venue card or list. `now` must be the instant the status was evaluated at
 * ("demain", "lundi" are relative to it).
 */
export function formatHoursStatus(status: HoursStatus, now: Date, locale: Locale, translator: Hours = hoursTranslator): string {
  switch (status.kind) {
    case 'unknown':
      return translator.t(locale, status.reason === 'unknown-state' ? 'unknown.uncertain' : 'unknown.unparsable', { value: status.verbatim });
    case 'open': {
      if (status.alwaysOpen) return translator.t(locale, 'open.always');
      if (status.closesAt) {
        const { form, params } = when(now, status.closesAt, locale, translator);
        return translator.t(locale, `open.closes${form}`, params);
      }
      if (status.nextChange && parisDayDifference(now, status.nextChange.at) === 0) {
        return translator.t(locale, 'open.untilToday', { time: formatParisTime(status.nextChange.at, locale, translator) });
      }
      return translator.t(locale, 'open.plain');
    }
    case 'closed': {
      if (!status.opensAt) return translator.t(locale, 'closed.plain');
      const { form, params } = when(now, status.opensAt, locale, translator);
      return translator.t(locale, `closed.opens${form}`, params);
    }
  }
}
