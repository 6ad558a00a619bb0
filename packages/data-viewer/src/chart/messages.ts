import { Translator, type Locale } from '@parvis/core';
import { chartFr, type ChartMessages } from './chart.fr.js';

/** Texts of pv-data-chart; host pages may `chartMessages.override('fr', {…})`. */
export const chartMessages = new Translator<ChartMessages>({ fr: chartFr });

let english: Promise<void> | undefined;

/**
 * English is fetched the first time a chart is shown in English (French pages never download it);
 * charts re-render when it arrives (`register` tells them).
 */
export function needChartLocale(locale: Locale): void {
  if (locale !== 'en' || english) return;
  english = import('./chart.en.js').then(
    ({ chartEn }) => chartMessages.register('en', chartEn),
    () => {
      english = undefined; // offline: French texts meanwhile, try again at the next render
    },
  );
}
