/** The chart of the data viewer, its own chunk: the viewer imports it only when the chart is opened. */
export { PvDataChart, type ChartType } from './chart.js';
export { chartMessages } from './messages.js';
export { prepareGroups, niceTicks, MAX_BARS, MAX_SLICES, type PreparedGroups } from './data.js';
export { chartSummary } from './summary.js';
