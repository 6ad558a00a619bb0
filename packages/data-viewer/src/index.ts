/**
 * @parvis/data-viewer — any CSV, JSON or open-data API as an accessible table and chart.
 * Work in progress (issue #5): `<pv-data-viewer>` (files), its table, the data layer (decoding,
 * CSV/JSON reading, typed columns, worker), the open-data API sources and Table Schema. The chart
 * (`<pv-data-chart>`) is loaded by the viewer on demand; import `@parvis/data-viewer/chart` to use it alone.
 */
export * from './model.js';
export * from './source/index.js';
export * from './api/index.js';
export * from './schema/index.js';
export * from './table/index.js';
export * from './query/index.js';
export { PvDataViewer } from './viewer/viewer.js';
export { DataSession, type OpenOptions } from './viewer/session.js';
export { viewerMessages } from './viewer/messages.js';
