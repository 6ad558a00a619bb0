import { html } from 'lit';
import type { Example } from '@parvis/core';
import './pagination.js';

/** Examples of pv-pagination: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'Links',
    title: 'Liens (pagination côté serveur)',
    state: 'filled',
    description: 'Avec `href-template`, chaque page est un vrai lien : la navigation marche sans JavaScript côté page.',
    render: () => html`<pv-pagination page="5" total-pages="12" href-template="?page={page}#resultats"></pv-pagination>`,
  },
  {
    name: 'Buttons',
    title: 'Boutons (liste filtrée dans la page)',
    state: 'filled',
    description:
      'Sans `href-template`, des boutons émettent `pv-page-change` ; le composant annonce « Page 2 sur 13 » et garde le focus sur le bouton utilisé.',
    render: () => html`<pv-pagination page="1" total-items="243" page-size="20" label="Pagination des lieux"></pv-pagination>`,
  },
  {
    name: 'LastPage',
    title: 'Dernière page',
    state: 'filled',
    render: () => html`<pv-pagination page="12" total-pages="12"></pv-pagination>`,
  },
  {
    name: 'FewPages',
    title: 'Peu de pages',
    state: 'filled',
    render: () => html`<pv-pagination page="2" total-pages="3" href-template="/lieux?page={page}"></pv-pagination>`,
  },
  {
    name: 'SinglePage',
    title: 'Une seule page (rien n’est affiché)',
    state: 'empty',
    render: () => html`<pv-pagination page="1" total-items="8" page-size="20"></pv-pagination>`,
  },
  {
    name: 'English',
    title: 'En anglais',
    state: 'filled',
    render: () => html`<pv-pagination lang="en" page="3" total-pages="9" href-template="?page={page}"></pv-pagination>`,
  },
];
