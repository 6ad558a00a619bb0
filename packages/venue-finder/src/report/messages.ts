import { Translator } from '@parvis/core';
import { localeOnDemand } from '@parvis/core/locale-on-demand';
import { reportFr, type ReportMessages } from './report.fr.js';

/** Texts of pv-venue-report; host pages may `reportMessages.override('fr', {…})`. */
export const reportMessages = new Translator<ReportMessages>({ fr: reportFr });

/** English is fetched the first time one of these elements is shown in English (French pages never download it). */
export const needReportLocale = localeOnDemand(reportMessages, { en: () => import('./report.en.js').then((m) => m.reportEn) });
