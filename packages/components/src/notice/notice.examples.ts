import { html } from 'lit';
import type { Example } from '@parvis/core';
import './notice.js';

/** Examples of pv-notice: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'Info',
    title: 'Information',
    state: 'default',
    render: () => html`<pv-notice type="info" heading="Horaires d’été">La mairie est ouverte de 8 h 30 à 12 h du 14 juillet au 22 août.</pv-notice>`,
  },
  {
    name: 'Success',
    title: 'Succès',
    state: 'success',
    render: () => html`<pv-notice type="success" heading="Demande envoyée" level="2">Votre demande porte le numéro 2026-0412. Vous recevrez une réponse par courriel sous 10 jours.</pv-notice>`,
  },
  {
    name: 'Warning',
    title: 'Attention',
    state: 'default',
    render: () => html`<pv-notice type="warning">Le dépôt des dossiers ferme le 30 septembre à minuit.</pv-notice>`,
  },
  {
    name: 'Error',
    title: 'Erreur',
    state: 'error',
    render: () => html`<pv-notice type="error" heading="Le service ne répond pas">Vos réponses sont gardées. Réessayez dans quelques minutes ou appelez le 04 72 00 00 00.</pv-notice>`,
  },
  {
    name: 'Offline',
    title: 'Hors ligne',
    state: 'offline',
    description: 'Avec live, le message est annoncé dès qu’il apparaît.',
    render: () => html`<pv-notice type="warning" live heading="Vous êtes hors ligne">Vos réponses sont gardées sur cet appareil. Elles seront envoyées quand la connexion reviendra.</pv-notice>`,
  },
  {
    name: 'Dismissible',
    title: 'Avec bouton pour masquer',
    state: 'default',
    render: () => html`<pv-notice type="info" dismissible heading="Nouveau">Vous pouvez maintenant suivre votre demande en ligne. <a href="#suivi">Suivre ma demande</a></pv-notice>`,
  },
];
