import { html } from 'lit';
import type { Example } from '@parvis/core';
import './checkbox.js';

/** Examples of pv-checkbox: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'Empty',
    title: 'Case non cochée',
    state: 'empty',
    render: () => html`<pv-checkbox label="Recevoir la lettre d’information de la mairie" name="lettre" value="oui"></pv-checkbox>`,
  },
  {
    name: 'WithHint',
    title: 'Avec une aide',
    state: 'empty',
    render: () => html`<pv-checkbox label="J’accepte que mes coordonnées soient transmises à l’association" name="consentement" hint="Vous pouvez retirer votre accord à tout moment en écrivant à la mairie." required></pv-checkbox>`,
  },
  {
    name: 'Checked',
    title: 'Case cochée',
    state: 'filled',
    render: () => html`<pv-checkbox label="Je certifie l’exactitude des informations" name="certification" checked></pv-checkbox>`,
  },
  {
    name: 'Indeterminate',
    title: 'État mixte',
    state: 'filled',
    description: 'Pour une case « tout sélectionner » quand seule une partie des éléments l’est.',
    render: () => html`<pv-checkbox label="Sélectionner tous les dossiers" name="tous" indeterminate></pv-checkbox>`,
  },
  {
    name: 'Error',
    title: 'En erreur',
    state: 'error',
    render: () => html`<pv-checkbox label="J’accepte le règlement du marché" name="reglement" required error="Cochez la case « J’accepte le règlement du marché » pour continuer."></pv-checkbox>`,
  },
  {
    name: 'Disabled',
    title: 'Désactivée',
    state: 'disabled',
    render: () => html`<pv-checkbox label="Dossier transmis au service" name="transmis" checked disabled></pv-checkbox>`,
  },
];
