import { nothing, svg, type SVGTemplateResult } from 'lit';

/** Colours of the series: classes c0…c7 in chart.styles.ts, the tokens `--pv-color-data-1` … `-8`. */
export const COLOURS = 8;

/**
 * Textures laid over the colours so that colour is never the only cue (WCAG 1.4.1): two slices
 * side by side differ by their pattern too, and forced-colours mode keeps only the patterns.
 * Each draws in the class `ink` (background colour on the fill; CanvasText in forced colours).
 */
const SHAPES: readonly SVGTemplateResult[] = [
  svg`<path class="ink" d="M-2 2l4-4M0 8l8-8M6 10l4-4"/>`,
  svg`<circle class="ink dot" cx="4" cy="4" r="1.6"/>`,
  svg`<path class="ink" d="M0 4h8"/>`,
  svg`<path class="ink" d="M-2 6l4 4M0 0l8 8M6-2l4 4"/>`,
  svg`<path class="ink" d="M4 0v8"/>`,
  svg`<path class="ink" d="M0 4h8M4 0v8"/>`,
  svg`<path class="ink" d="M0 0l8 8M8 0l-8 8"/>`,
  svg`<circle class="ink ring" cx="4" cy="4" r="2.4"/>`,
];
export const PATTERNS = SHAPES.length;

/**
 * The pattern of category `index`. With as many colours as patterns, `index % PATTERNS` would
 * give bar 9 the colour and the pattern of bar 1; shifting the pattern by one on each round of
 * the colours keeps every (colour, pattern) pair distinct for 64 categories.
 */
export const patternIndex = (index: number): number => (index + Math.floor(index / COLOURS)) % PATTERNS;

/** The id of the pattern of category `index` (ids inside a shadow root only need to be unique there). */
export const patternId = (index: number, prefix = 'p'): string => `${prefix}${patternIndex(index)}`;

export const colourClass = (index: number): string => `c${index % COLOURS}`;

/** `<pattern>` elements for the categories 0…count-1 (or only the pattern of category `only`). */
export function patternDefs(count: number, prefix = 'p', only?: number): SVGTemplateResult {
  const indices = only === undefined ? Array.from({ length: Math.min(count, PATTERNS) }, (_, i) => i) : [patternIndex(only)];
  return svg`<defs>${indices.map(
    (i) => svg`<pattern id=${`${prefix}${i}`} class="pattern" data-pattern=${i} width="8" height="8" patternUnits="userSpaceOnUse">${SHAPES[i]}</pattern>`,
  )}</defs>`;
}

/**
 * One filled shape of category `index`: the colour first, the pattern over it. `shape` is given
 * the class and fill of each layer.
 */
export function filled(index: number, shape: (cls: string, fill?: string) => SVGTemplateResult, prefix = 'p'): SVGTemplateResult {
  return svg`${shape(`area ${colourClass(index)}`)}${shape('hatch', `url(#${patternId(index, prefix)})`)}`;
}

/** A small legend swatch with its own pattern (a separate <svg> cannot rely on another's defs). */
export function swatch(index: number): SVGTemplateResult {
  const prefix = `s${index}-`;
  return svg`<svg class="swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    ${patternDefs(0, prefix, index)}
    ${filled(index, (cls, fill) => svg`<rect class=${cls} fill=${fill ?? nothing} x="1" y="1" width="14" height="14"/>`, prefix)}
  </svg>`;
}
