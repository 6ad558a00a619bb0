/** French texts of pv-data-viewer: the reference catalogue (its shape types English). */
export const viewerFr = {
  viewer: {
    loading: 'Lecture du fichier…',
    progress: '{loaded} lus sur {total}, {rows} lignes',
    progressUnknown: '{loaded} lus, {rows} lignes',
    cancel: 'Annuler',
    cancelled: 'Lecture annulée.',
    errorHeading: 'Les données n’ont pas pu être affichées',
    badAddress: 'L’adresse du fichier n’est pas valable (seules les adresses http et https sont lues).',
    retry: 'Réessayer',
    search: 'Rechercher dans le tableau',
    count: { zero: 'Aucune ligne sur {total}', one: '{count} ligne sur {total}', other: '{count} lignes sur {total}' },
    noResult: 'Aucune ligne ne correspond. Retirez un filtre ou changez la recherche.',
    filters: 'Filtrer par colonne',
    activeFilters: 'Filtres actifs',
    reset: 'Effacer les filtres',
    columns: 'Colonnes affichées',
    views: 'Affichage',
    table: 'Tableau',
    chart: 'Graphique',
    paged: 'Afficher par pages',
    downloads: 'Télécharger les lignes filtrées',
    csvExcel: 'CSV pour Excel',
    csv: 'CSV',
    json: 'JSON',
    downloaded: 'Fichier de {count} lignes préparé.',
    chartLoading: 'Chargement du graphique…',
    chartError: 'Le graphique n’a pas pu être chargé. Le tableau reste complet.',
    remarks: { one: '{count} remarque sur le fichier', other: '{count} remarques sur le fichier' },
    preview: { one: 'Aperçu : la première ligne du fichier, telle qu’écrite (lecture en cours)', other: 'Aperçu : les {count} premières lignes du fichier, telles qu’écrites (lecture en cours)' },
    encodingWarning: 'Attention : des accents sont abîmés dans le fichier d’origine. Le tableau les montre tels quels.',
  },
};

/** With the texts of the filter controls and of the chart view, which come with their own code. */
export type ViewerMessages = typeof viewerFr & typeof import('./viewer-panels.fr.js').viewerPanelsFr & typeof import('./viewer-filters.fr.js').viewerFiltersFr;
