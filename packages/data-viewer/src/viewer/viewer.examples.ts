import { html } from 'lit';
import type { Example } from '@parvis/core';
import './viewer.js';

/** A real file of the SCDL "subventions" schema (Poitiers, 2017; served by the test server). */
export const POITIERS = '/shared-data/scdl-subventions-real/SCDL_COM_Poitiers_subventions-directes-associations-2017.csv';

/** A small French file written inline, for the catalogue (Storybook has no data server). */
export const SAMPLE_CSV = [
  'nomBeneficiaire;commune;codePostal;montant;dateConvention;objet',
  'Association Les Amis du Livre;Poitiers;86000;1 500,00;2025-03-12;Fonctionnement',
  'Club Numérique Seniors;Châtellerault;86100;2 300,50;2025-04-02;Ateliers numériques',
  'Compagnie Théâtre en Herbe;Poitiers;86000;12 000,00;2025-01-20;Création',
  'Les Jardins Partagés;Buxerolles;86180;750,00;2025-05-15;Projet',
  'Union Sportive Loudunaise;Loudun;86200;4 000,00;2025-02-28;Fonctionnement',
  'Fablab du Clain;Poitiers;86000;8 250,00;2025-06-01;Équipement',
].join('\r\n');

/** The same file checked against a schema (SCDL-like): one amount written wrong, one postcode too short. */
export const SAMPLE_WITH_ERRORS = SAMPLE_CSV.replace('2 300,50', '2 300,50 €').replace('86180', '8618');
export const SAMPLE_SCHEMA = {
  fields: [
    { name: 'nomBeneficiaire', title: 'Bénéficiaire', type: 'string', constraints: { required: true } },
    { name: 'commune', title: 'Commune', type: 'string' },
    { name: 'codePostal', title: 'Code postal', type: 'string', constraints: { pattern: '\\d{5}' } },
    { name: 'montant', title: 'Montant (€)', type: 'number', decimalChar: ',', groupChar: ' ' },
    { name: 'dateConvention', title: 'Date de la convention', type: 'date' },
    { name: 'objet', title: 'Objet', type: 'string', constraints: { enum: ['Fonctionnement', 'Ateliers numériques', 'Création', 'Projet', 'Équipement'] } },
  ],
};

/** Examples of pv-data-viewer: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'Loading',
    title: 'Lecture en cours',
    state: 'loading',
    description: 'Pendant la lecture : une barre de progression et « Annuler ».',
    render: () => html`<pv-data-viewer .data=${new Promise<string>(() => undefined)}></pv-data-viewer>`,
  },
  {
    name: 'Table',
    title: 'Tableau (données fournies par la page)',
    state: 'filled',
    description: 'Un petit fichier CSV français (séparateur `;`, virgule décimale, codes postaux) donné dans la propriété `data`.',
    render: () => html`<pv-data-viewer .data=${SAMPLE_CSV} label="Subventions 2025"></pv-data-viewer>`,
  },
  {
    name: 'Chart',
    title: 'Graphique',
    state: 'filled',
    description: 'Le même fichier en graphique : montant total par commune, avec « Voir les données ».',
    render: () =>
      html`<pv-data-viewer .data=${SAMPLE_CSV} label="Subventions 2025" view="chart" chart-by="commune" chart-measure="sum" chart-value="montant"></pv-data-viewer>`,
  },
  {
    name: 'Paged',
    title: 'Tableau par pages',
    state: 'filled',
    render: () => html`<pv-data-viewer .data=${SAMPLE_CSV} label="Subventions 2025" paged page-size="3"></pv-data-viewer>`,
  },
  {
    name: 'SchemaErrors',
    title: 'Contrôle par un schéma de données',
    state: 'error',
    description: 'Avec un schéma (Table Schema) : titres des colonnes, montants lus avec la virgule décimale, et les cellules non conformes marquées et comptées.',
    render: () => html`<pv-data-viewer .data=${SAMPLE_WITH_ERRORS} .schemaData=${SAMPLE_SCHEMA} label="Subventions 2025"></pv-data-viewer>`,
  },
  {
    name: 'Error',
    title: 'Fichier illisible',
    state: 'error',
    description: 'Un fichier qui n’est pas un tableau : un message en français et « Réessayer ».',
    render: () => html`<pv-data-viewer .data=${'{ "pas": "un tableau" }'}></pv-data-viewer>`,
  },
];
