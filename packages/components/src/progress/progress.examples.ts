import { html } from 'lit';
import type { Example } from '@parvis/core';
import './progress.js';

/** Examples of pv-progress: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'Start',
    title: 'Au début',
    state: 'empty',
    render: () => html`<pv-progress label="Envoi de votre dossier" value="0"></pv-progress>`,
  },
  {
    name: 'Percent',
    title: 'En cours, en pourcentage',
    state: 'loading',
    render: () => html`<pv-progress label="Envoi de votre dossier" value="45"></pv-progress>`,
  },
  {
    name: 'Count',
    title: 'En cours, en nombre de fichiers',
    state: 'loading',
    description: 'L’attribut value-text remplace le pourcentage : {value}, {max} et {percent} y sont remplacés.',
    render: () => html`<pv-progress label="Envoi des pièces jointes" value="3" max="8" value-text="{value} fichiers sur {max}"></pv-progress>`,
  },
  {
    name: 'Indeterminate',
    title: 'Durée inconnue',
    state: 'loading',
    description: 'Sans value, la barre est indéterminée et affiche « En cours… ».',
    render: () => html`<pv-progress label="Vérification des pièces"></pv-progress>`,
  },
  {
    name: 'Complete',
    title: 'Terminé',
    state: 'success',
    render: () => html`<pv-progress label="Envoi de votre dossier" value="100"></pv-progress>`,
  },
];
