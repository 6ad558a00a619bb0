import { Translator, type Locale } from '@parvis/core';
import { viewerFr, type ViewerMessages } from './viewer.fr.js';

/**
 * Texts of pv-data-viewer; host pages may `viewerMessages.override('fr', {…})`. The French texts
 * of the filter controls and of the chart view are added by those parts when they load
 * (viewer-filters.fr.ts, viewer-panels.fr.ts); English comes whole, on demand.
 */
export const viewerMessages = new Translator<ViewerMessages>({ fr: viewerFr as ViewerMessages });

let english: Promise<void> | undefined;

/** English is a small chunk fetched the first time a viewer is shown in English. */
export function needViewerLocale(locale: Locale): void {
  if (locale !== 'en' || english) return;
  english = import('./viewer.en.js').then(
    ({ viewerEn }) => viewerMessages.register('en', viewerEn),
    () => {
      english = undefined;
    },
  );
}
