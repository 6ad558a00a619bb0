/** papaparse as the data-viewer package resolves it, for the benchmark in test/bench (the root does not depend on it). */
export { default } from 'papaparse';
