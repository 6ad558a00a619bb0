import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { Group } from '../model.js';
import { niceTicks } from './data.js';
import { axisTitle, fit, round, scale, xTickLabels, type Frame } from './layout.js';
import { filled } from './patterns.js';

/** Below this width the label of a bar goes on its own line above the bar (320 px reflow). */
export const STACK_BELOW = 480;

/**
 * Horizontal bars: long French labels ("Communauté de communes du Pays de …") stay readable, on
 * the left when there is room, above each bar otherwise. The value axis crosses zero, so negative
 * values go left of it. Each bar is labelled with its value.
 */
export function drawBars(groups: readonly Group[], f: Frame): { body: SVGTemplateResult; height: number } {
  const { width, font } = f;
  const stacked = width < STACK_BELOW;
  const values = groups.map((g) => g.value);
  const ticks = niceTicks(Math.min(...values), Math.max(...values), stacked ? 3 : 5);
  const d0 = ticks[0]!;
  const d1 = ticks[ticks.length - 1]!;
  const valueRoom = Math.max(...values.map((v) => f.measure(f.short(v)))) + 6;
  const labelCol = stacked ? 0 : Math.min(width * 0.35, Math.max(...groups.map((g) => f.measure(g.label))) + 8);
  const left = labelCol + (d0 < 0 ? valueRoom : 2);
  const right = Math.max(left + 10, width - (d1 > 0 ? valueRoom : 2));
  const x = scale(d0, d1, left, right);
  const top = f.categoryLabel ? font * 1.8 : font * 0.5;
  const barH = Math.round(font * 1.5);
  const labelH = stacked ? font * 1.4 : 0;
  const rowH = labelH + barH + font * 0.7;
  const bottom = top + groups.length * rowH;
  const x0 = x(0);
  // 2 px in from the edges: the halo of the labels (stroke) must stay inside the chart too.
  const labelRoom = stacked ? width - 4 : labelCol - 8;

  const bars = groups.map((g, i) => {
    const y = round(top + i * rowH + labelH);
    const end = x(g.value);
    const bx = round(Math.min(x0, end));
    const bw = round(Math.max(g.value === 0 ? 0 : 1, Math.abs(end - x0)));
    const mid = y + barH / 2 + font * 0.35;
    const rect = (cls: string, fill?: string) =>
      svg`<rect class=${cls} fill=${fill ?? nothing} x=${bx} y=${y} width=${bw} height=${barH}></rect>`;
    return svg`<g class="bar" data-index=${i}>
      <title>${g.label} : ${f.full(g.value)}</title>
      <text class="label" x=${stacked ? 2 : labelCol - 6} y=${round(stacked ? y - font * 0.45 : mid)} text-anchor=${stacked ? 'start' : 'end'}>${fit(g.label, labelRoom, f)}</text>
      ${filled(i, rect)}
      <text class="value" x=${round(g.value < 0 ? end - 4 : end + 4)} y=${round(mid)} text-anchor=${g.value < 0 ? 'end' : 'start'}>${f.short(g.value)}</text>
    </g>`;
  });

  const grid = ticks.map((t) => svg`<line class=${t === 0 ? 'axis' : 'grid'} x1=${round(x(t))} x2=${round(x(t))} y1=${round(top - 4)} y2=${round(bottom)}></line>`);
  const height = bottom + font * (f.measureLabel ? 3.4 : 1.8);
  const body = svg`
    ${f.categoryLabel ? svg`<text class="axis-title" x="0" y=${round(font * 1.1)}>${fit(f.categoryLabel, width, f)}</text>` : nothing}
    ${grid}
    ${bars}
    ${xTickLabels(ticks, (v) => round(x(v)), round(bottom + font * 1.2), f)}
    ${f.measureLabel ? axisTitle(f.measureLabel, (left + right) / 2, bottom + font * 2.8, f) : nothing}`;
  return { body, height: Math.ceil(height) };
}
