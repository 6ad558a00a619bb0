import type { Translation } from '@parvis/core';
import type { TableMessages } from './table.fr.js';

/** English texts of pv-data-table. */
export const tableEn: Translation<TableMessages> = {
  table: {
    untitled: 'Data table',
    noData: 'No data to show.',
    invalid: ' (error: {message})',
    noRows: 'No rows to show.',
    noColumns: 'Every column is hidden.',
    loading: 'Loading…',
    rowsError: 'These rows could not be read.',
    yes: 'Yes',
    no: 'No',
    pages: 'Table pages',
    previous: 'Previous page',
    next: 'Next page',
    status: 'Page {page} of {total}',
  },
};
