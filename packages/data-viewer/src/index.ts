/**
 * @parvis/data-viewer — any CSV, JSON or open-data API as an accessible table and chart.
 * Work in progress (issue #5): the data layer (decoding, CSV/JSON reading, typed columns, worker),
 * the open-data API sources and Table Schema; the table, chart, query engine and element come next.
 */
export * from './model.js';
export * from './source/index.js';
export * from './api/index.js';
export * from './schema/index.js';
