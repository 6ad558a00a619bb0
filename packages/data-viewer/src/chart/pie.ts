import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { Group } from '../model.js';
import { round, type Frame } from './layout.js';
import { filled } from './patterns.js';

/** Slices smaller than this share carry no label on the pie (the legend always has it). */
const LABELLED_SHARE = 0.07;

const at = (cx: number, cy: number, r: number, angle: number): string => `${round(cx + r * Math.sin(angle))} ${round(cy - r * Math.cos(angle))}`;

/**
 * A pie from twelve o'clock, clockwise, in the order of the groups; shares are written on the
 * slices big enough to hold them, and in the legend (drawn by the element, in HTML, so it wraps).
 * Values are non-negative here (the element refuses negative ones before).
 */
export function drawPie(groups: readonly Group[], f: Frame, percent: (share: number) => string): { body: SVGTemplateResult; height: number } {
  const size = Math.max(160, Math.min(f.width, 320));
  const cx = size / 2;
  const cy = size / 2;
  const r = size / 2 - 4;
  const total = groups.reduce((s, g) => s + g.value, 0);
  let angle = 0;
  const slices = groups.map((g, i) => {
    const share = g.value / total;
    const a0 = angle;
    const a1 = (angle += share * 2 * Math.PI);
    if (share <= 0) return nothing;
    const shape =
      share >= 0.9999
        ? (cls: string, fill?: string) => svg`<circle class=${cls} fill=${fill ?? nothing} cx=${cx} cy=${cy} r=${r}></circle>`
        : (cls: string, fill?: string) =>
            svg`<path class=${cls} fill=${fill ?? nothing} d=${`M${cx} ${cy}L${at(cx, cy, r, a0)}A${r} ${r} 0 ${a1 - a0 > Math.PI ? 1 : 0} 1 ${at(cx, cy, r, a1)}Z`}></path>`;
    const mid = (a0 + a1) / 2;
    const label = share >= 0.9999 ? `${cx} ${cy}` : at(cx, cy, r * 0.62, mid);
    const [lx, ly] = label.split(' ').map(Number) as [number, number];
    return svg`<g class="slice" data-index=${i}>
      <title>${g.label} : ${f.full(g.value)} (${percent(share)})</title>
      ${filled(i, shape)}
      ${share >= LABELLED_SHARE ? svg`<text class="slice-label" x=${lx} y=${round(ly + f.font * 0.35)} text-anchor="middle">${percent(share)}</text>` : nothing}
    </g>`;
  });
  return { body: svg`${slices}`, height: size };
}
