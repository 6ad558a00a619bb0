/**
 * French texts of the parts of pv-data-viewer loaded on demand (filter controls, chart view): they
 * come with those parts (`viewerMessages.extend`), not in the chunk every page loads.
 */
export const viewerPanelsFr = {
  viewer: {
    contains: '{column} contient',
    min: '{column} : au moins',
    max: '{column} : au plus',
    from: '{column} : à partir du',
    to: '{column} : jusqu’au',
    any: 'Toutes les valeurs',
    chartType: 'Type de graphique',
    bar: 'Barres',
    line: 'Courbe',
    pie: 'Secteurs',
    groupBy: 'Regrouper par',
    measure: 'Valeur',
    sum: 'Somme',
    avg: 'Moyenne',
    valueColumn: 'Colonne additionnée ou moyennée',
    measureCount: 'Nombre de lignes',
    measureSum: 'Somme de {column}',
    measureAvg: 'Moyenne de {column}',
  },
};
