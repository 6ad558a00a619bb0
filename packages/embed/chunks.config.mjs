// Which chunk each Parvis element goes to in the script-tag bundle (packages/embed/dist).
//
// - `shared`: Lit + @parvis/core + the primitives of a typical form (FORM below), loaded ONCE per
//   page: a 5-field form costs 3 files (parvis.js + shared + parvis.css). Measured: one file
//   compresses 1.3 kB better than shared + form apart, and every widget uses these primitives.
// - `extra`: the other primitives (overlays, navigation, status) in one chunk.
// - widgets: every widget gets its OWN chunk, named after the widget, so a page with a
//   venue finder never downloads the data viewer.
//
// Primitives are discovered from packages/components/src/<name>/ at build time: a folder
// that appears later lands in `extra` unless it is listed in FORM below.

/** Primitive folders bundled in the "shared" chunk with Lit and core (see docs/performance.md). */
export const FORM = ['button', 'text-field', 'textarea', 'select', 'checkbox', 'error-summary'];

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
];
