/**
 * @parvis/data-viewer — any CSV, JSON or open-data API as an accessible table and chart.
 * Work in progress (issue #5).
 */
export {};
