/** French texts of pv-data-table: the reference catalogue (its shape types English). */
export const tableFr = {
  table: {
    /** Name of the table and of its scrolling region when the page gives no caption. */
    untitled: 'Tableau de données',
    noData: 'Aucune donnée à afficher.',
    invalid: ' (erreur : {message})',
    noRows: 'Aucune ligne à afficher.',
    noColumns: 'Toutes les colonnes sont masquées.',
    loading: 'Chargement…',
    rowsError: 'Ces lignes n’ont pas pu être lues.',
    yes: 'Oui',
    no: 'Non',
    pages: 'Pages du tableau',
    previous: 'Page précédente',
    next: 'Page suivante',
    status: 'Page {page} sur {total}',
  },
};

export type TableMessages = typeof tableFr;
