import { Translator, type Locale } from '@parvis/core';
import { reportFr, type ReportMessages } from './report.fr.js';

/** Texts of pv-venue-report; host pages may `reportMessages.override('fr', {…})`. */
export const reportMessages = new Translator<ReportMessages>({ fr: reportFr });

let english: Promise<void> | undefined;

/**
 * English is fetched the first time a report is shown in English (a small chunk French pages never
 * download); elements re-render when it arrives (`register` tells them).
 */
export function needReportLocale(locale: Locale): void {
  if (locale !== 'en' || english) return;
  english = import('./report.en.js').then(
    ({ reportEn }) => reportMessages.register('en', reportEn),
    () => {
      english = undefined; // offline: French texts meanwhile, try again at the next render
    },
  );
}
