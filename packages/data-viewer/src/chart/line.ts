import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { Group } from '../model.js';
import { niceTicks } from './data.js';
import { axisTitle, fit, round, scale, type Frame } from './layout.js';

/** Value labels are written on the points only when there are few (else the table has them). */
const LABELLED_POINTS = 12;
/** Markers stop helping (and cost nodes) past this many points: the line alone remains. */
const MARKED_POINTS = 120;

/**
 * A line over ordered groups (years, months, ages): the groups are evenly spaced in their order,
 * the value axis starts at zero, each point is marked and, when few, labelled with its value.
 */
export function drawLine(groups: readonly Group[], f: Frame): { body: SVGTemplateResult; height: number } {
  const { width, font } = f;
  const n = groups.length;
  const values = groups.map((g) => g.value);
  const height = Math.round(Math.max(220, Math.min(360, width * 0.6)));
  const ticks = niceTicks(Math.min(...values), Math.max(...values), height < 280 ? 4 : 5);
  const d0 = ticks[0]!;
  const d1 = ticks[ticks.length - 1]!;
  const left = Math.max(...ticks.map((t) => f.measure(f.short(t)))) + 8;
  const top = font * (f.measureLabel ? 2.6 : 1);
  const bottom = height - font * (f.categoryLabel ? 3.4 : 1.8);
  const valueWidth = Math.max(...values.map((v) => f.measure(f.short(v))));
  // The first and last value labels are centred on their points: leave them room at the edges.
  const pad = Math.max(font, n <= LABELLED_POINTS ? valueWidth / 2 + 2 : 0);
  const y = scale(d0, d1, bottom, top);
  const x = (i: number): number => (n === 1 ? (left + width) / 2 : left + pad + (i * (width - left - 2 * pad)) / (n - 1));

  // Category labels: at most 9em each, and only every k-th when they would overlap.
  const labelRoom = font * 9;
  const longest = Math.min(labelRoom, Math.max(...groups.map((g) => f.measure(g.label))));
  const every = Math.max(1, Math.ceil(n / Math.max(1, Math.floor((width - left) / (longest + font)))));
  const showValues = n <= LABELLED_POINTS && (width - left - 2 * pad) / Math.max(1, n - 1) > valueWidth + 4;
  const d = groups.map((g, i) => `${i ? 'L' : 'M'}${round(x(i))} ${round(y(g.value))}`).join('');

  const grid = ticks.map(
    (t) => svg`<line class=${t === 0 ? 'axis' : 'grid'} x1=${round(left)} x2=${width} y1=${round(y(t))} y2=${round(y(t))}></line>
      <text class="tick" x=${round(left - 6)} y=${round(y(t) + font * 0.35)} text-anchor="end">${f.short(t)}</text>`,
  );
  // Centred under their points, unless that would cross an edge of the chart.
  const anchor = (at: number, label: string): string => {
    const half = f.measure(label) / 2;
    return at - half < 0 ? 'start' : at + half > width ? 'end' : 'middle';
  };
  const xLabels = groups.map((g, i) =>
    i % every ? nothing : svg`<text class="tick" x=${round(x(i))} y=${round(bottom + font * 1.3)} text-anchor=${anchor(x(i), fit(g.label, labelRoom, f))}>${fit(g.label, labelRoom, f)}</text>`,
  );
  const points =
    n > MARKED_POINTS
      ? nothing
      : groups.map(
          (g, i) => svg`<g class="point" data-index=${i}>
            <title>${g.label} : ${f.full(g.value)}</title>
            <circle class="marker" cx=${round(x(i))} cy=${round(y(g.value))} r=${n > 40 ? 3 : 5}></circle>
            ${showValues ? svg`<text class="value" x=${round(x(i))} y=${round(y(g.value) - font * 0.7)} text-anchor="middle">${f.short(g.value)}</text>` : nothing}
          </g>`,
        );
  const body = svg`
    ${f.measureLabel ? svg`<text class="axis-title" x="0" y=${round(font * 1.1)}>${fit(f.measureLabel, width, f)}</text>` : nothing}
    ${grid}
    <path class="trend" d=${d}></path>
    ${points}
    ${xLabels}
    ${f.categoryLabel ? axisTitle(f.categoryLabel, (left + width) / 2, height - font * 0.6, f) : nothing}`;
  return { body, height };
}
