import { html } from 'lit';
import type { Example } from '@parvis/core';
import './textarea.js';

/** Examples of pv-textarea: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'Empty',
    title: 'Zone de texte vide',
    state: 'empty',
    render: () => html`<pv-textarea label="Votre message" name="message"></pv-textarea>`,
  },
  {
    name: 'WithCount',
    title: 'Avec un nombre de caractères limité',
    state: 'empty',
    description: 'Le compteur indique ce qui reste ; il n’est annoncé qu’à l’approche de la limite, quand la saisie s’arrête.',
    render: () => html`<pv-textarea label="Décrivez votre projet" name="projet" hint="Le public visé, le lieu et les dates prévues." maxlength="500" required></pv-textarea>`,
  },
  {
    name: 'Filled',
    title: 'Zone de texte remplie',
    state: 'filled',
    render: () => html`<pv-textarea label="Objet de la demande" name="objet" maxlength="200" rows="3" value="Réservation de la salle des fêtes pour l’assemblée générale de l’association, le samedi 14 mars."></pv-textarea>`,
  },
  {
    name: 'OverLimit',
    title: 'Texte trop long',
    state: 'error',
    description: 'Le texte n’est jamais coupé : le compteur passe en rouge et le formulaire signale l’erreur.',
    render: () => html`<pv-textarea label="Résumé" name="resume" maxlength="40" rows="3" value="Un résumé beaucoup trop long pour tenir dans la limite prévue." error="Saisissez au plus 40 caractères : retirez-en 22."></pv-textarea>`,
  },
  {
    name: 'Error',
    title: 'En erreur',
    state: 'error',
    render: () => html`<pv-textarea label="Motif de la réclamation" name="motif" required error="Renseignez le champ « Motif de la réclamation »."></pv-textarea>`,
  },
  {
    name: 'Disabled',
    title: 'Désactivée',
    state: 'disabled',
    render: () => html`<pv-textarea label="Observations du service" name="observations" value="Dossier complet." disabled></pv-textarea>`,
  },
];
