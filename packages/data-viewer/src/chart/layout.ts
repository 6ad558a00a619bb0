import { svg, type SVGTemplateResult } from 'lit';

/** What every drawing needs: the width it has (px = user units), the text size, how to word values. */
export interface Frame {
  width: number;
  /** Font size of the chart's text, px. */
  font: number;
  /** Width of a text in px, measured with the chart's font. */
  measure: (text: string) => number;
  short: (value: number) => string;
  full: (value: number) => string;
  categoryLabel: string;
  measureLabel: string;
}

/** A rough width of a text, when it cannot be measured (no canvas). */
export const roughWidth = (text: string, font: number): number => Array.from(text).length * font * 0.7;

let context: CanvasRenderingContext2D | null | undefined;

/** Measures texts with a canvas in the chart's font (no layout, no DOM node). */
export function measurer(font: number, family: string): (text: string) => number {
  context ??= document.createElement('canvas').getContext('2d');
  const ctx = context;
  if (!ctx) return (text) => roughWidth(text, font);
  // Bold value labels are a little wider than the regular text measured here.
  return (text) => {
    ctx.font = `700 ${font}px ${family}`;
    return ctx.measureText(text).width;
  };
}

/** The text cut with an ellipsis to fit `width` (the full text stays in the table and the tooltip). */
export function fit(text: string, width: number, f: Frame): string {
  if (f.measure(text) <= width) return text;
  let chars = Array.from(text);
  let lo = 1;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (f.measure(`${chars.slice(0, mid).join('')}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  chars = chars.slice(0, lo);
  return `${chars.join('')}…`;
}

/** A linear scale from the domain [d0, d1] to [r0, r1]. */
export function scale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** Tick labels along a horizontal axis, kept inside [0, width] at the ends. */
export function xTickLabels(ticks: readonly number[], x: (v: number) => number, y: number, f: Frame): SVGTemplateResult[] {
  return ticks.map((t) => {
    const text = f.short(t);
    const half = f.measure(text) / 2;
    const at = x(t);
    const anchor = at - half < 0 ? 'start' : at + half > f.width ? 'end' : 'middle';
    const px = anchor === 'start' ? Math.max(0, at - half) : anchor === 'end' ? Math.min(f.width, at + half) : at;
    return svg`<text class="tick" x=${px} y=${y} text-anchor=${anchor}>${text}</text>`;
  });
}

export const round = (v: number): number => Math.round(v * 10) / 10;

/** An axis title centred on `cx` when it fits, else from the left edge, cut to the width. */
export function axisTitle(text: string, cx: number, y: number, f: Frame): SVGTemplateResult {
  const w = f.measure(text);
  if (w <= f.width) {
    const at = Math.min(Math.max(cx, w / 2), f.width - w / 2);
    return svg`<text class="axis-title" x=${round(at)} y=${round(y)} text-anchor="middle">${text}</text>`;
  }
  return svg`<text class="axis-title" x="0" y=${round(y)}>${fit(text, f.width, f)}</text>`;
}
