import { Translator } from '@parvis/core';
import { localeOnDemand } from '@parvis/core/locale-on-demand';
import { viewerFr, type ViewerMessages } from './viewer.fr.js';

/**
 * Texts of pv-data-viewer; host pages may `viewerMessages.override('fr', {…})`. The French texts
 * of the filter controls and of the chart view are added by those parts when they load
 * (viewer-filters.fr.ts, viewer-panels.fr.ts); English comes whole, on demand.
 */
export const viewerMessages = new Translator<ViewerMessages>({ fr: viewerFr as ViewerMessages });

/** English is fetched the first time one of these elements is shown in English (French pages never download it). */
export const needViewerLocale = localeOnDemand(viewerMessages, { en: () => import('./viewer.en.js').then((m) => m.viewerEn) });
