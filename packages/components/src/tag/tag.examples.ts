import { html } from 'lit';
import type { Example } from '@parvis/core';
import './tag.js';

/** Examples of pv-tag: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'Simple',
    title: 'Étiquette simple',
    state: 'default',
    description: 'Une étiquette non supprimable est du texte, sans rôle particulier.',
    render: () => html`<p>Services proposés : <pv-tag>Accès aux droits</pv-tag> <pv-tag>Aide numérique</pv-tag></p>`,
  },
  {
    name: 'Removable',
    title: 'Filtres actifs supprimables',
    state: 'filled',
    description:
      'Chaque bouton « × » a pour nom « Retirer le filtre : … ». Après un retrait, le focus va sur le filtre suivant, sinon le précédent, sinon l’élément désigné par `focus-after-remove`.',
    render: () => html`
      <p class="pv-exemple-filtres">Filtres actifs</p>
      <ul aria-label="Filtres actifs">
        <li><pv-tag removable value="samedi" focus-after-remove=".pv-exemple-filtres">Ouvert le samedi</pv-tag></li>
        <li><pv-tag removable value="pmr" focus-after-remove=".pv-exemple-filtres">Accessible en fauteuil roulant</pv-tag></li>
        <li><pv-tag removable value="69" label="Rhône (69)" focus-after-remove=".pv-exemple-filtres"></pv-tag></li>
      </ul>
    `,
  },
  {
    name: 'Selected',
    title: 'Étiquette sélectionnée',
    state: 'filled',
    render: () => html`<p><pv-tag selected>France Services</pv-tag> <pv-tag>Point numérique</pv-tag></p>`,
  },
  {
    name: 'Disabled',
    title: 'Retrait désactivé',
    state: 'disabled',
    render: () => html`<p><pv-tag removable disabled>Commune : Villeurbanne</pv-tag></p>`,
  },
  {
    name: 'LongLabel',
    title: 'Texte très long',
    state: 'filled',
    description: 'Le texte passe à la ligne, même un mot très long, sans déborder à 320 px.',
    render: () =>
      html`<p><pv-tag removable>Établissement public de coopération intercommunale à fiscalité propre : Communauté d’agglomération Grand-Bourg-Saint-Maurice-de-Rémens-lès-Ambérieu</pv-tag></p>`,
  },
];
