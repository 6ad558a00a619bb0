import { html } from 'lit';
import type { Example } from '@parvis/core';
import './stepper.js';

/** Examples of pv-stepper: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'InProgress',
    title: 'Dossier en cours',
    state: 'filled',
    description:
      'Les étapes sont une liste HTML ordinaire (lisible sans JavaScript). Les étapes terminées qui ont un lien permettent de revenir en arrière.',
    render: () => html`<pv-stepper heading-level="2">
      <ol>
        <li data-state="done"><a href="#eligibilite">Éligibilité</a></li>
        <li data-state="current">Budget</li>
        <li data-state="todo">Pièces justificatives</li>
        <li data-state="todo">Engagements</li>
        <li data-state="todo">Récapitulatif</li>
      </ol>
    </pv-stepper>`,
  },
  {
    name: 'FirstStep',
    title: 'Première étape',
    state: 'empty',
    render: () => html`<pv-stepper>
      <ol>
        <li data-state="current">Éligibilité</li>
        <li data-state="todo">Budget</li>
        <li data-state="todo">Pièces justificatives</li>
      </ol>
    </pv-stepper>`,
  },
  {
    name: 'WithError',
    title: 'Une étape à corriger',
    state: 'error',
    description: 'L’étape « Budget » est à corriger : elle reste un lien, marqué d’une icône et du texte « à corriger » pour les lecteurs d’écran.',
    render: () => html`<pv-stepper>
      <ol>
        <li data-state="done" data-href="#porteur">Porteur du projet</li>
        <li data-state="error" data-href="#budget">Budget</li>
        <li data-state="current">Pièces justificatives</li>
        <li data-state="todo">Récapitulatif</li>
      </ol>
    </pv-stepper>`,
  },
  {
    name: 'Compact',
    title: 'Vue compacte (320 px)',
    state: 'filled',
    description: 'Affichée d’office dans un conteneur de 320 px ou moins, ou avec l’attribut `compact`.',
    render: () => html`<pv-stepper compact>
      <ol>
        <li data-state="done">Éligibilité</li>
        <li data-state="current">Budget</li>
        <li data-state="todo">Pièces justificatives</li>
        <li data-state="todo">Engagements</li>
        <li data-state="todo">Récapitulatif</li>
      </ol>
    </pv-stepper>`,
  },
  {
    name: 'AllDone',
    title: 'Toutes les étapes terminées',
    state: 'success',
    render: () => html`<pv-stepper
      .steps=${[
        { label: 'Éligibilité', state: 'done', href: '#eligibilite' },
        { label: 'Budget', state: 'done', href: '#budget' },
        { label: 'Pièces justificatives', state: 'done', href: '#pieces' },
      ]}
    ></pv-stepper>`,
  },
  {
    name: 'English',
    title: 'En anglais',
    state: 'filled',
    render: () => html`<pv-stepper lang="en">
      <ol>
        <li data-state="done"><a href="#eligibility">Eligibility</a></li>
        <li data-state="current">Budget</li>
        <li data-state="todo">Documents</li>
      </ol>
    </pv-stepper>`,
  },
];
