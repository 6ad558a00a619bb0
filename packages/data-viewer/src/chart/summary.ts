import type { Locale, MessageKey, MessageParams } from '@parvis/core';
import type { Group } from '../model.js';
import type { ChartMessages } from './chart.fr.js';
import { extremes, type ChartType, type PreparedGroups } from './data.js';
import { formatPercent, formatValue, type ValueStyle } from './format.js';

export type ChartTexts = (key: MessageKey<ChartMessages>, params?: MessageParams) => string;

export interface ChartWording {
  locale: Locale;
  t: ChartTexts;
  unit: string;
  label: string;
  measureLabel: string;
  categoryLabel: string;
}

/** "Commune" → "commune" inside a sentence; "INSEE", "CAF" stay as they are. */
const lowerFirst = (text: string): string => (/^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLocaleLowerCase() + text.slice(1) : text);

export const valueText = (w: ChartWording, value: number, style: ValueStyle): string =>
  formatValue(value, w.locale, w.unit, style, (key, params) => w.t(key, params));

/** What the chart is about: "Montant total (€) par commune", else its label. */
export function chartTitle(w: ChartWording): string {
  if (w.measureLabel && w.categoryLabel) return w.t('chart.titleBy', { measure: w.measureLabel, category: lowerFirst(w.categoryLabel) });
  return w.label || w.measureLabel;
}

/**
 * The description of the chart in plain words, from the data: what is measured, the highest and
 * lowest groups with their values, how many groups ("Montant total par commune : le plus élevé,
 * Lyon, 1,2 million d’euros ; le plus bas, Feurs, 3 400 € ; 12 catégories."). Lines also say where
 * they start and end; pies give shares and the total. The table holds every value.
 */
export function chartSummary(type: ChartType, prepared: PreparedGroups, w: ChartWording): string {
  const { groups } = prepared;
  const sentences: string[] = [];
  const title = chartTitle(w);
  const total = groups.reduce((s, g) => s + g.value, 0);
  const say = (g: Group): string => {
    const value = valueText(w, g.value, 'words');
    return type === 'pie' && total > 0 ? w.t('chart.withShare', { value, percent: formatPercent(g.value / total, w.locale) }) : value;
  };
  if (groups.length === 1) {
    sentences.push(w.t('chart.single', { title, label: groups[0]!.label, value: say(groups[0]!) }));
  } else if (groups.length > 1) {
    // "Autres" is not a category of its own: the extremes are found among the real ones.
    const real = groups.filter((g) => !g.other);
    const { max, min } = extremes(real.length ? real : groups);
    const count = groups.length;
    const params = {
      title,
      maxLabel: max.label,
      maxValue: say(max),
      minLabel: min.label,
      minValue: say(min),
      groups: type === 'line' ? w.t('chart.points', { count }) : w.t('chart.groups', { count }),
    };
    if (type === 'line') {
      const first = groups[0]!;
      const last = groups[groups.length - 1]!;
      sentences.push(
        w.t('chart.lineSpan', { ...params, firstLabel: first.label, lastLabel: last.label, firstValue: say(first), lastValue: say(last) }),
      );
    } else {
      sentences.push(w.t('chart.highLow', params));
    }
  }
  if (type === 'pie' && groups.length) sentences.push(w.t('chart.total', { total: valueText(w, total, 'words') }));
  if (prepared.truncatedFrom) {
    sentences.push(w.t('chart.truncated', { shown: groups.length - 1, total: prepared.truncatedFrom, other: w.t('chart.other') }));
  }
  if (prepared.ignored) sentences.push(w.t('chart.ignored', { count: prepared.ignored }));
  return sentences.join(' ');
}
