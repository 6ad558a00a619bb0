import { html } from 'lit';
import type { Example } from '@parvis/core';
import './spinner.js';

/** Examples of pv-spinner: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'Default',
    title: 'Chargement',
    state: 'loading',
    description: 'Le texte par défaut, « Chargement en cours… », est annoncé si le chargement dure plus de 400 ms.',
    render: () => html`<pv-spinner></pv-spinner>`,
  },
  {
    name: 'CustomLabel',
    title: 'Texte adapté',
    state: 'loading',
    render: () => html`<pv-spinner label="Recherche des créneaux disponibles…"></pv-spinner>`,
  },
  {
    name: 'HiddenLabel',
    title: 'Texte masqué visuellement',
    state: 'loading',
    description: 'Le texte n’est pas affiché mais reste lu et annoncé ; à réserver aux endroits où le contexte dit déjà ce qui charge.',
    render: () => html`<pv-spinner hide-label label="Chargement de la carte…"></pv-spinner>`,
  },
];
