import { html } from 'lit';
import type { Example } from '@parvis/core';
import './button.js';

const arrow = html`<svg slot="icon" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true"><path d="M13 5l7 7-7 7-1.4-1.4 4.6-4.6H4v-2h12.2l-4.6-4.6z" /></svg>`;

/** Examples of pv-button: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'Primary',
    title: 'Bouton principal',
    state: 'default',
    description: 'Un seul bouton principal par page : l’action attendue (envoyer, continuer).',
    render: () => html`<pv-button>Envoyer la demande</pv-button>`,
  },
  {
    name: 'Secondary',
    title: 'Bouton secondaire',
    state: 'default',
    render: () => html`<pv-button variant="secondary" type="button">Enregistrer le brouillon</pv-button>`,
  },
  {
    name: 'Tertiary',
    title: 'Bouton discret',
    state: 'default',
    render: () => html`<pv-button variant="tertiary" type="reset">Effacer le formulaire</pv-button>`,
  },
  {
    name: 'Danger',
    title: 'Action destructrice',
    state: 'default',
    render: () => html`<pv-button variant="danger" type="button">Supprimer le dossier</pv-button>`,
  },
  {
    name: 'WithIcon',
    title: 'Avec une icône',
    state: 'default',
    render: () => html`<pv-button type="button">${arrow}Continuer</pv-button>`,
  },
  {
    name: 'Small',
    title: 'Petit bouton',
    state: 'default',
    render: () => html`<pv-button size="sm" variant="secondary" type="button">Modifier</pv-button>`,
  },
  {
    name: 'Link',
    title: 'Lien présenté comme un bouton',
    state: 'default',
    description: 'Avec `href`, le bouton devient un lien : il mène à une autre page, il n’envoie rien.',
    render: () => html`<pv-button href="https://www.service-public.fr/">Faire la démarche en ligne</pv-button>`,
  },
  {
    name: 'Loading',
    title: 'Envoi en cours',
    state: 'loading',
    description: 'Pendant l’envoi, le bouton ignore les clics ; annoncez le résultat avec une notice.',
    render: () => html`<pv-button loading>Envoi en cours</pv-button>`,
  },
  {
    name: 'Disabled',
    title: 'Désactivé',
    state: 'disabled',
    description: 'Préférez un bouton actif et des messages d’erreur clairs : un bouton désactivé n’explique rien.',
    render: () => html`<pv-button disabled>Envoyer la demande</pv-button>`,
  },
];
