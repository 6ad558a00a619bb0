import { Translator } from '@parvis/core';
import { localeOnDemand } from '@parvis/core/locale-on-demand';
import { chartFr, type ChartMessages } from './chart.fr.js';

/** Texts of pv-data-chart; host pages may `chartMessages.override('fr', {…})`. */
export const chartMessages = new Translator<ChartMessages>({ fr: chartFr });

/** English is fetched the first time one of these elements is shown in English (French pages never download it). */
export const needChartLocale = localeOnDemand(chartMessages, { en: () => import('./chart.en.js').then((m) => m.chartEn) });
