/**
 * French texts of the parts of pv-data-viewer loaded on demand (chart view, schema report): they
 * come with those parts (`viewerMessages.extend`), not in the chunk every page loads. The filter
 * controls bring theirs (viewer-filters.fr.ts): only they use them.
 */
export const viewerPanelsFr = {
  viewer: {
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
    schemaInvalid: { one: 'Ce fichier ne respecte pas son schéma : {count} valeur non conforme', other: 'Ce fichier ne respecte pas son schéma : {count} valeurs non conformes' },
    schemaColumn: { one: '{column} : {count} valeur non conforme', other: '{column} : {count} valeurs non conformes' },
    schemaHint: 'Dans le tableau, ces cellules sont marquées d’un point d’exclamation ; le lecteur d’écran lit la raison après la valeur.',
    schemaValid: 'Toutes les valeurs respectent le schéma de données.',
    schemaMissing: { one: 'Une colonne du schéma est absente du fichier : {names}.', other: '{count} colonnes du schéma sont absentes du fichier : {names}.' },
    andMore: { one: '{names} et une autre', other: '{names} et {count} autres' },
    schemaUnmatched: 'Aucune colonne du fichier ne porte le nom d’un champ du schéma de données : le fichier n’est pas contrôlé. Vérifiez que le schéma est bien celui de ce fichier (ou de sa version).',
    schemaFailed: 'Le schéma de données n’a pas pu être lu : le tableau est montré sans contrôle.',
  },
};
