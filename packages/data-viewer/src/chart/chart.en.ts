import type { Translation } from '@parvis/core';
import type { ChartMessages } from './chart.fr.js';

/** English texts of pv-data-chart. */
export const chartEn: Translation<ChartMessages> = {
  chart: {
    showData: 'Show the data',
    untitled: 'Chart',
    empty: 'No data to chart.',
    negativePie: 'A pie chart cannot show negative values. Choose a bar chart, or “Show the data”.',
    zeroPie: 'Every value is zero: there is nothing to share out in a pie.',
    other: 'Others',
    category: 'Category',
    value: 'Value',
    share: 'Share',
    rows: 'Rows',
    ignored: { one: '{count} non-numeric value was left out.', other: '{count} non-numeric values were left out.' },
    titleBy: '{measure} by {category}',
    groups: { one: '{count} category', other: '{count} categories' },
    points: { one: '{count} point', other: '{count} points' },
    single: '{title}: {label}, {value}.',
    highLow: '{title}: highest, {maxLabel}, {maxValue}; lowest, {minLabel}, {minValue}; {groups}.',
    lineSpan: '{title}, from {firstLabel} to {lastLabel}: {firstValue} at the start, {lastValue} at the end; highest, {maxLabel}, {maxValue}; lowest, {minLabel}, {minValue}; {groups}.',
    withShare: '{value} ({percent})',
    total: 'Total: {total}.',
    truncated: 'The {shown} largest categories out of {total} are shown, the others are grouped in “{other}”.',
    euroWords: '€{amount}',
    withUnit: '{amount}\u00a0{unit}',
    wordsUnit: '{amount} {unit}',
    wordsUnitVowel: '{amount} {unit}',
  },
};
