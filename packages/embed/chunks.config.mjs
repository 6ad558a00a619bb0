// Which chunk each Parvis element goes to in the script-tag bundle (packages/embed/dist).
//
// - `base`: Lit + the part of @parvis/core every element needs (PvElement, define, localize,
//   announcer, safeUrl), loaded ONCE per page. Not listed here: the build puts there every module
//   that the form chunk and a widget (or two widgets) share (vite.config.mjs → placement).
// - `form`: the primitives of a typical form (FORM below) + core's form layer (FormControl,
//   validators) and the French texts: a 5-field form costs 4 files (parvis.js + base + form +
//   parvis.css); a venue finder page does not download them.
// - `extra`: the other primitives (overlays, navigation, status) in one chunk.
// - widgets: every widget gets its OWN chunk, named after the widget, so a page with a
//   venue finder never downloads the data viewer.
//
// Primitives are discovered from packages/components/src/<name>/ at build time: a folder
// that appears later lands in `extra` unless it is listed in FORM below.

/** Primitive folders bundled in the "form" chunk (see docs/performance.md). */
export const FORM = ['button', 'text-field', 'textarea', 'select', 'checkbox', 'error-summary'];

/**
 * Primitives in a small chunk of their own, named after the folder: those a widget loads on demand
 * (the data viewer's and the finder's active filters are `pv-tag`s), which must not bring the whole
 * "extra" chunk with them. Their French texts travel with them.
 */
export const OWN = ['tag'];

/**
 * Widgets: tag → module (bare specifier resolved with the `parvis-source` condition, or a path
 * relative to the repository root). Each gets its own chunk `chunks/<chunk>-<hash>.js`.
 * Add a line when a widget package exists, e.g.:
 *   { tag: 'pv-venue-finder', module: '@parvis/venue-finder', chunk: 'venue-finder' },
 *   { tag: 'pv-data-viewer',  module: '@parvis/data-viewer',  chunk: 'data-viewer' },
 *   { tag: 'pv-consultation', module: '@parvis/consultation', chunk: 'consultation' },
 *   { tag: 'pv-call-for-projects', module: '@parvis/call-for-projects', chunk: 'call-for-projects' },
 */
export const WIDGETS = [
  { tag: 'pv-venue-finder', module: './packages/venue-finder/src/finder/finder.ts', chunk: 'venue-finder' },
  { tag: 'pv-venue-card', module: './packages/venue-finder/src/card/card.ts', chunk: 'venue-finder' },
  // Also loaded by the finder itself once its list is shown; alone, e.g. on a page of a commune's
  // own "near you" search, it is its own chunk.
  { tag: 'pv-address-search', module: './packages/venue-finder/src/address/address-search.ts', chunk: 'address-search' },
  // A webmaster's tool, on an unpublished page: never in the finder's chunk.
  { tag: 'pv-venue-report', module: './packages/venue-finder/src/report/report.ts', chunk: 'venue-report' },
  // The data viewer: its table is in its chunk; the chart, the parser (in its session worker) and
  // its English texts are loaded on demand.
  { tag: 'pv-data-viewer', module: './packages/data-viewer/src/viewer/viewer.ts', chunk: 'data-viewer' },
];
