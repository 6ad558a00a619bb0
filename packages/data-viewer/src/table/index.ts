/** The table of the data viewer: `<pv-data-table>` and its texts. */
export { PvDataTable, type SortChangeDetail } from './table.js';
export { tableMessages } from './messages.js';
export type { TableMessages } from './table.fr.js';
