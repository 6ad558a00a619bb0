import { html } from 'lit';
import type { Example } from '@parvis/core';
import './text-field.js';

/** Examples of pv-text-field: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'Empty',
    title: 'Champ vide',
    state: 'empty',
    render: () => html`<pv-text-field label="Nom de l’association" name="nom"></pv-text-field>`,
  },
  {
    name: 'WithHint',
    title: 'Avec une aide',
    state: 'empty',
    render: () => html`<pv-text-field label="Numéro SIRET" name="siret" hint="14 chiffres, sur l’avis de situation Insee. Par exemple : 552 100 554 00021" validate="siret" inputmode="numeric" width="20"></pv-text-field>`,
  },
  {
    name: 'Filled',
    title: 'Champ rempli',
    state: 'filled',
    render: () => html`<pv-text-field label="Adresse électronique" name="courriel" type="email" autocomplete="email" value="claire.martin@exemple.fr"></pv-text-field>`,
  },
  {
    name: 'Required',
    title: 'Champ obligatoire',
    state: 'empty',
    render: () => html`<pv-text-field label="Code postal" name="cp" required validate="postcode" autocomplete="postal-code" inputmode="numeric" width="5"></pv-text-field>`,
  },
  {
    name: 'Error',
    title: 'En erreur',
    state: 'error',
    render: () => html`<pv-text-field label="Code postal" name="cp" value="6900" validate="postcode" width="5" error="Saisissez un code postal de 5 chiffres, par exemple : 69001."></pv-text-field>`,
  },
  {
    name: 'Amount',
    title: 'Montant en euros',
    state: 'filled',
    render: () => html`<pv-text-field label="Montant demandé" name="montant" validate="amount" suffix="€" width="10" value="1 234,50" inputmode="decimal"></pv-text-field>`,
  },
  {
    name: 'Disabled',
    title: 'Désactivé',
    state: 'disabled',
    render: () => html`<pv-text-field label="Commune" name="commune" value="Villeurbanne" disabled></pv-text-field>`,
  },
];
