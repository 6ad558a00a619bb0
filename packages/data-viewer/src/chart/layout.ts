import { svg, type SVGTemplateResult } from 'lit';
import { clip } from './patterns.js';

/** What every drawing needs: the width it has (px = user units), the text size, how to word values. */
export interface Frame {
  width: number;
  /** Font size of the chart's text, px. */
  font: number;
  short: (value: number) => string;
  full: (value: number) => string;
  categoryLabel: string;
  measureLabel: string;
}

/** A rough width of a text: enough to leave room for labels without measuring the DOM. */
export const textWidth = (text: string, font: number): number => Array.from(text).length * font * 0.58;

/** How many characters fit in `width`. */
export const charsIn = (width: number, font: number): number => Math.max(4, Math.floor(width / (font * 0.58)));

/** A linear scale from the domain [d0, d1] to [r0, r1]. */
export function scale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** Tick labels along a horizontal axis, kept inside [0, width] at the ends. */
export function xTickLabels(ticks: readonly number[], x: (v: number) => number, y: number, f: Frame): SVGTemplateResult[] {
  return ticks.map((t) => {
    const text = f.short(t);
    const half = textWidth(text, f.font) / 2;
    const at = x(t);
    const anchor = at - half < 0 ? 'start' : at + half > f.width ? 'end' : 'middle';
    const px = anchor === 'start' ? Math.max(0, at - half) : anchor === 'end' ? Math.min(f.width, at + half) : at;
    return svg`<text class="tick" x=${px} y=${y} text-anchor=${anchor}>${text}</text>`;
  });
}

export const round = (v: number): number => Math.round(v * 10) / 10;

/** An axis title centred on `cx` when it fits, else from the left edge, cut to the width. */
export function axisTitle(text: string, cx: number, y: number, f: Frame): SVGTemplateResult {
  const w = textWidth(text, f.font);
  if (w <= f.width) {
    const at = Math.min(Math.max(cx, w / 2), f.width - w / 2);
    return svg`<text class="axis-title" x=${round(at)} y=${round(y)} text-anchor="middle">${text}</text>`;
  }
  return svg`<text class="axis-title" x="0" y=${round(y)}>${clip(text, charsIn(f.width, f.font))}</text>`;
}
