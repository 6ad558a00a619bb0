import { html } from 'lit';
import type { Example } from '@parvis/core';
import type { CellValue, RowSource, ViewColumn } from '../model.js';
import './table.js';

/** A source over rows held in the page (examples, tests): what the viewer's query engine gives. */
export function arraySource(columns: readonly ViewColumn[], rows: readonly CellValue[][]): RowSource {
  return { columns, rowCount: rows.length, rows: (start, end) => rows.slice(start, end) };
}

export const communeColumns: ViewColumn[] = [
  { name: 'code_insee', title: 'Code INSEE', type: 'code' },
  { name: 'nom', title: 'Commune', type: 'text' },
  { name: 'population', title: 'Population', type: 'integer' },
  { name: 'superficie', title: 'Superficie (km²)', type: 'number' },
  { name: 'prefecture', title: 'Préfecture', type: 'boolean' },
  { name: 'maj', title: 'Mise à jour', type: 'date' },
];

/** A few communes (figures rounded, for show). Codes keep their leading zero: they are text. */
export const communeRows: CellValue[][] = [
  ['01053', 'Bourg-en-Bresse', 41365, 23.86, true, '2024-01-01'],
  ['01004', 'Ambérieu-en-Bugey', 14514, 24.6, false, '2024-01-01'],
  ['07186', 'Privas', 8186, 12.08, true, '2024-01-01'],
  ['26362', 'Valence', 64726, 36.69, true, '2024-01-01'],
  ['38185', 'Grenoble', 156389, 18.13, true, '2024-01-01'],
  ['42218', 'Saint-Étienne', 172718, 79.97, true, '2024-01-01'],
  ['69123', 'Lyon', 520774, 47.87, true, '2024-01-01'],
  ['69266', 'Villeurbanne', 156928, 14.52, false, '2024-01-01'],
  ['73065', 'Chambéry', 60630, 20.99, true, null],
  ['74010', 'Annecy', 131272, 66.94, true, '2024-01-01'],
  ['03190', 'Moulins', 19460, 8.71, true, '2024-01-01'],
  ['15014', 'Aurillac', 25593, 27.77, true, '2024-01-01'],
  ['43157', 'Le Puy-en-Velay', 18995, 16.79, true, '2024-01-01'],
  ['63113', 'Clermont-Ferrand', 147865, 42.67, true, '2024-01-01'],
];

const communes = arraySource(communeColumns, communeRows);

/** Rows that never arrive: what the table shows while a worker is still reading the file. */
const waiting: RowSource = { columns: communeColumns, rowCount: 1200, rows: () => new Promise(() => undefined) };

/** Examples of pv-data-table: they feed the stories and the accessibility tests. */
export const examples: Example[] = [
  {
    name: 'Filled',
    title: 'Tableau rempli',
    state: 'filled',
    description:
      'Les nombres sont au format français et alignés à droite, les codes gardent leurs zéros, les booléens se lisent Oui/Non. ' +
      'Seules les lignes visibles sont dans la page ; les flèches du clavier font défiler le tableau une fois la zone atteinte avec Tab.',
    render: () => html`<pv-data-table caption="Communes d’Auvergne-Rhône-Alpes" .source=${communes} .sort=${{ column: 2, direction: 'descending' }}></pv-data-table>`,
  },
  {
    name: 'Paged',
    title: 'Mode paginé',
    state: 'filled',
    description: 'Une page de lignes à la fois, avec « Page précédente / suivante » ; la page atteinte est annoncée.',
    render: () => html`<pv-data-table caption="Communes (par pages de 5)" paged page-size="5" .source=${communes}></pv-data-table>`,
  },
  {
    name: 'Empty',
    title: 'Aucune ligne',
    state: 'empty',
    description: 'Les filtres ne laissent aucune ligne : les en-têtes restent, un message le dit.',
    render: () => html`<pv-data-table caption="Communes" .source=${arraySource(communeColumns, [])}></pv-data-table>`,
  },
  {
    name: 'Loading',
    title: 'Lignes en cours de lecture',
    state: 'loading',
    description: 'Les lignes demandées n’ont pas encore été lues : une ligne d’attente les remplace.',
    render: () => html`<pv-data-table caption="Communes" .source=${waiting}></pv-data-table>`,
  },
  {
    name: 'HiddenColumns',
    title: 'Colonnes masquées',
    state: 'filled',
    description: 'L’attribut `hidden-columns` (noms séparés par des virgules) masque des colonnes ; le sélecteur de colonnes du visualiseur utilise `visibleColumns`.',
    render: () => html`<pv-data-table caption="Communes" hidden-columns="superficie, maj" .source=${communes}></pv-data-table>`,
  },
  {
    name: 'English',
    title: 'En anglais',
    state: 'filled',
    render: () => html`<pv-data-table lang="en" caption="Towns" paged page-size="4" .source=${communes}></pv-data-table>`,
  },
];
