/** French texts of pv-data-chart: the reference catalogue (its shape types English). */
export const chartFr = {
  chart: {
    showData: 'Voir les données',
    untitled: 'Graphique',
    empty: 'Aucune donnée à représenter.',
    negativePie:
      'Un graphique en secteurs ne peut pas montrer de valeurs négatives. Choisissez un graphique en barres, ou « Voir les données ».',
    zeroPie: 'Toutes les valeurs sont nulles : il n’y a rien à répartir en secteurs.',
    other: 'Autres',
    category: 'Catégorie',
    value: 'Valeur',
    share: 'Part',
    rows: 'Lignes',
    ignored: { one: '{count} valeur non numérique a été ignorée.', other: '{count} valeurs non numériques ont été ignorées.' },
    // Summary (description of the chart), built from the data.
    titleBy: '{measure} par {category}',
    groups: { one: '{count} catégorie', other: '{count} catégories' },
    points: { one: '{count} point', other: '{count} points' },
    single: '{title} : {label}, {value}.',
    highLow: '{title} : le plus élevé, {maxLabel}, {maxValue} ; le plus bas, {minLabel}, {minValue} ; {groups}.',
    lineSpan: '{title}, de {firstLabel} à {lastLabel} : {firstValue} au départ, {lastValue} à la fin ; le plus élevé, {maxLabel}, {maxValue} ; le plus bas, {minLabel}, {minValue} ; {groups}.',
    withShare: '{value} ({percent})',
    total: 'Total : {total}.',
    truncated: 'Les {shown} plus grandes catégories sur {total} sont montrées, les autres sont regroupées dans « {other} ».',
    // Values with a unit: € uses the currency format; large amounts are written out ("1,2 million").
    euroWords: '{amount} d’euros',
    withUnit: '{amount}\u00a0{unit}',
    // "2,5 millions d’habitants", "1,2 million de tonnes": amounts written in words take "de".
    wordsUnit: '{amount} de {unit}',
    wordsUnitVowel: '{amount} d’{unit}',
  },
};

export type ChartMessages = typeof chartFr;
