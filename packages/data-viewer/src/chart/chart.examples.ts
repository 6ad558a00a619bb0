import { html } from 'lit';
import { define, type Example } from '@parvis/core';
import type { Group } from '../model.js';
import { PvDataChart } from './chart.js';

// The package says `sideEffects: false`: a bare `import './chart.js'` may be dropped by a bundler
// (Storybook build). Defining it here again keeps the module (define() skips a tag already taken).
define('pv-data-chart', PvDataChart);

/** Subsidies by commune (sum of a money column): the bar and pie examples. */
export const subsidies: Group[] = [
  { label: 'Lyon', value: 1_200_000, count: 48 },
  { label: 'Villeurbanne', value: 640_000, count: 31 },
  { label: 'Saint-Étienne', value: 415_500, count: 22 },
  { label: 'Vénissieux', value: 212_000, count: 12 },
  { label: 'Communauté de communes des Monts du Lyonnais', value: 98_750, count: 9 },
  { label: 'Feurs', value: 3_400, count: 2 },
];

/** Loans by year (count of rows): the line example. */
export const loansByYear: Group[] = ['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024'].map((label, i) => ({
  label,
  value: [1820, 1975, 2104, 1320, 1688, 2250, 2411, 2530][i]!,
  count: [1820, 1975, 2104, 1320, 1688, 2250, 2411, 2530][i]!,
}));

/** Participatory budget by theme: eight categories, the whole chart palette (--pv-color-data-1 … 8). */
export const budgetByTheme: Group[] = [
  { label: 'Espaces verts', value: 182_000, count: 14 },
  { label: 'Mobilités douces', value: 151_500, count: 11 },
  { label: 'Culture', value: 96_000, count: 9 },
  { label: 'Sport', value: 88_250, count: 8 },
  { label: 'Solidarité', value: 74_000, count: 7 },
  { label: 'Écoles', value: 61_800, count: 6 },
  { label: 'Propreté', value: 40_300, count: 4 },
  { label: 'Numérique', value: 27_900, count: 3 },
];

/** Examples of pv-data-chart: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'Bar',
    title: 'Barres',
    state: 'filled',
    description: 'Somme d’une colonne par commune, en barres horizontales : les noms longs restent lisibles, même à 320 px.',
    render: () =>
      html`<pv-data-chart type="bar" label="Subventions 2025 par commune" measure-label="Montant total (€)" category-label="Commune" unit="€"
        .groups=${subsidies}></pv-data-chart>`,
  },
  {
    name: 'Line',
    title: 'Ligne',
    state: 'filled',
    description: 'Nombre de lignes par année, dans l’ordre des années.',
    render: () =>
      html`<pv-data-chart type="line" label="Prêts de la médiathèque par année" measure-label="Nombre de prêts" category-label="Année" measure="count"
        .groups=${loansByYear}></pv-data-chart>`,
  },
  {
    name: 'Pie',
    title: 'Secteurs',
    state: 'filled',
    description: 'Répartition en secteurs, avec les parts en pourcentage et une légende ; chaque secteur a sa couleur et son motif.',
    render: () =>
      html`<pv-data-chart type="pie" label="Répartition des subventions 2025" measure-label="Montant total (€)" category-label="Commune" unit="€"
        .groups=${subsidies}></pv-data-chart>`,
  },
  {
    name: 'Palette',
    title: 'Huit catégories',
    state: 'filled',
    description:
      'Les huit couleurs de la palette des graphiques (`--pv-color-data-1` à `--pv-color-data-8`), chacune avec son motif : deux secteurs voisins diffèrent par la teinte, la luminosité et le motif.',
    render: () =>
      html`<pv-data-chart type="pie" label="Budget participatif 2025 par thème" measure-label="Montant voté (€)" category-label="Thème" unit="€"
        .groups=${budgetByTheme}></pv-data-chart>`,
  },
  {
    name: 'TableView',
    title: 'Voir les données',
    state: 'default',
    description: 'Le bouton « Voir les données » est enfoncé : les mêmes groupes en tableau.',
    render: () =>
      html`<pv-data-chart type="bar" show-data label="Subventions 2025 par commune" measure-label="Montant total (€)" category-label="Commune" unit="€"
        .groups=${subsidies}></pv-data-chart>`,
  },
  {
    name: 'Empty',
    title: 'Aucune donnée',
    state: 'empty',
    description: 'Aucun groupe (par exemple, les filtres ne laissent aucune ligne) : un message clair.',
    render: () => html`<pv-data-chart type="bar" label="Subventions 2025 par commune" .groups=${[]}></pv-data-chart>`,
  },
  {
    name: 'English',
    title: 'En anglais',
    state: 'filled',
    description: 'Avec `lang="en"`, la description et les nombres suivent l’anglais (les libellés des données restent ceux du fichier).',
    render: () =>
      html`<pv-data-chart lang="en" type="bar" label="Grants 2025 by town" measure-label="Total amount (€)" category-label="Town" unit="€"
        .groups=${subsidies}></pv-data-chart>`,
  },
];
