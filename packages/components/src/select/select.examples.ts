import { html } from 'lit';
import type { Example } from '@parvis/core';
import './select.js';

/** Examples of pv-select: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'Empty',
    title: 'Liste sans choix',
    state: 'empty',
    description: 'Aucune option n’est choisie d’avance : la première ligne invite à choisir.',
    render: () => html`<pv-select label="Type de demande" name="type" required>
      <option value="salle">Réservation de salle</option>
      <option value="voirie">Occupation de la voirie</option>
      <option value="subvention">Demande de subvention</option>
    </pv-select>`,
  },
  {
    name: 'Filled',
    title: 'Option choisie',
    state: 'filled',
    render: () => html`<pv-select label="Commune" name="commune" hint="Commune de résidence">
      <option value="69123">Lyon</option>
      <option value="69266" selected>Villeurbanne</option>
      <option value="69259">Vénissieux</option>
    </pv-select>`,
  },
  {
    name: 'Groups',
    title: 'Avec des groupes',
    state: 'filled',
    render: () => html`<pv-select label="Équipement" name="equipement">
      <optgroup label="Sport">
        <option value="gymnase">Gymnase</option>
        <option value="piscine">Piscine</option>
      </optgroup>
      <optgroup label="Culture">
        <option value="mediatheque">Médiathèque</option>
        <option value="auditorium" disabled>Auditorium (fermé pour travaux)</option>
      </optgroup>
    </pv-select>`,
  },
  {
    name: 'Error',
    title: 'En erreur',
    state: 'error',
    render: () => html`<pv-select label="Type de demande" name="type" required error="Choisissez une réponse pour « Type de demande ».">
      <option value="salle">Réservation de salle</option>
      <option value="voirie">Occupation de la voirie</option>
    </pv-select>`,
  },
  {
    name: 'Disabled',
    title: 'Désactivée',
    state: 'disabled',
    render: () => html`<pv-select label="Commune" name="commune" disabled>
      <option value="69123" selected>Lyon</option>
    </pv-select>`,
  },
];
