import type { Group, Measure } from '../model.js';

export type ChartType = 'bar' | 'line' | 'pie';

/** Beyond these, bars and slices stop being readable: the smallest go into one "Autres" group. */
export const MAX_BARS = 25;
export const MAX_SLICES = 8;

/** Why nothing is drawn, when nothing is. */
export type ChartProblem = 'empty' | 'negative' | 'zero';

export interface PreparedGroups {
  groups: Group[];
  /** Groups left out because their value is not a finite number (NaN, Infinity). */
  ignored: number;
  /** Groups there were before the smallest were gathered in "Autres"; 0 when nothing was. */
  truncatedFrom: number;
  problem?: ChartProblem;
}

/**
 * What a chart can draw from the groups it was given: non-numbers out, negative values refused by
 * pies, and no more bars or slices than stay readable (the viewer passes `limit`, but the element
 * may be used alone with any data). Lines keep every point: their order is their meaning.
 */
export function prepareGroups(input: readonly Group[], type: ChartType, measure: Measure, otherLabel: string): PreparedGroups {
  const valid = (input ?? []).filter((g) => g && typeof g.value === 'number' && Number.isFinite(g.value));
  const ignored = (input?.length ?? 0) - valid.length;
  if (!valid.length) return { groups: [], ignored, truncatedFrom: 0, problem: 'empty' };
  if (type === 'pie') {
    if (valid.some((g) => g.value < 0)) return { groups: valid, ignored, truncatedFrom: 0, problem: 'negative' };
    if (valid.every((g) => g.value === 0)) return { groups: valid, ignored, truncatedFrom: 0, problem: 'zero' };
  }
  const limit = type === 'bar' ? MAX_BARS : type === 'pie' ? MAX_SLICES : Infinity;
  if (valid.length <= limit) return { groups: valid, ignored, truncatedFrom: 0 };
  // Keep the largest groups (an "Autres" already there is never kept apart: it grows), in their order.
  const ranked = valid.filter((g) => !g.other).sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
  const kept = new Set(ranked.slice(0, limit - 1));
  const rest = valid.filter((g) => !kept.has(g));
  const other: Group = { label: otherLabel, value: combine(rest, measure), count: rest.reduce((n, g) => n + (g.count || 0), 0), other: true };
  return { groups: [...valid.filter((g) => kept.has(g)), other], ignored, truncatedFrom: valid.length };
}

/** The value of the gathered groups: sums add up, averages are weighted by their rows. */
function combine(groups: readonly Group[], measure: Measure): number {
  const sum = groups.reduce((s, g) => s + g.value, 0);
  if (measure !== 'avg') return sum;
  const rows = groups.reduce((n, g) => n + (g.count > 0 ? g.count : 0), 0);
  return rows > 0 ? groups.reduce((s, g) => s + g.value * (g.count > 0 ? g.count : 0), 0) / rows : sum / groups.length;
}

/** Round tick values ("nice numbers") covering [lo, hi], about `count` steps, zero included. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  const min = Math.min(lo, 0);
  let max = Math.max(hi, 0);
  if (min === max) max = 1;
  const step = niceStep((max - min) / count);
  if (!Number.isFinite(step) || step <= 0) return [min, max];
  const start = Math.floor(min / step);
  const end = Math.ceil(max / step);
  const ticks: number[] = [];
  for (let i = start; i <= end; i += 1) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

/** The extremes of the groups, first of each in case of ties. */
export function extremes(groups: readonly Group[]): { max: Group; min: Group } {
  let max = groups[0]!;
  let min = groups[0]!;
  for (const g of groups) {
    if (g.value > max.value) max = g;
    if (g.value < min.value) min = g;
  }
  return { max, min };
}
