import { html } from 'lit';
import type { Example } from '@parvis/core';
import './date-input.js';

/** Examples of pv-date-input: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'Empty',
    title: 'Date vide',
    state: 'empty',
    render: () => html`<pv-date-input label="Date de l’événement" name="evenement"></pv-date-input>`,
  },
  {
    name: 'Birthdate',
    title: 'Date de naissance',
    state: 'empty',
    description: '`autocomplete="bday"` : le navigateur peut proposer la date enregistrée (RGAA 11.13).',
    render: () => html`<pv-date-input label="Date de naissance" name="naissance" autocomplete="bday" hint="Par exemple&nbsp;: 27 3 1985" required></pv-date-input>`,
  },
  {
    name: 'Filled',
    title: 'Date remplie',
    state: 'filled',
    render: () => html`<pv-date-input label="Date d’arrivée dans la commune" name="arrivee" value="2024-02-29"></pv-date-input>`,
  },
  {
    name: 'Range',
    title: 'Dates limites',
    state: 'empty',
    render: () => html`<pv-date-input label="Date de la réservation de la salle" name="reservation" min="2026-01-01" max="2026-12-31" hint="Une date en 2026. Par exemple&nbsp;: 14 7 2026"></pv-date-input>`,
  },
  {
    name: 'Error',
    title: 'En erreur',
    state: 'error',
    render: () => html`<pv-date-input label="Date du mariage" name="mariage" value="2026-02-29" error="Le mois de février 2026 ne compte que 28 jours&nbsp;: corrigez le jour."></pv-date-input>`,
  },
  {
    name: 'PageQuestion',
    title: 'Question principale de la page',
    state: 'empty',
    render: () => html`<pv-date-input label="Quand votre enfant est-il né&nbsp;?" name="naissance-enfant" size="lg" autocomplete="off"></pv-date-input>`,
  },
  {
    name: 'Disabled',
    title: 'Désactivé',
    state: 'disabled',
    render: () => html`<pv-date-input label="Date de dépôt" name="depot" value="2026-07-14" disabled></pv-date-input>`,
  },
];
