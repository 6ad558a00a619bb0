import { Translator } from '@parvis/core';
import { reportEn } from './report.en.js';
import { reportFr, type ReportMessages } from './report.fr.js';

/** Texts of pv-venue-report; host pages may `reportMessages.override('fr', {…})`. */
export const reportMessages = new Translator<ReportMessages>({ fr: reportFr, en: reportEn });
