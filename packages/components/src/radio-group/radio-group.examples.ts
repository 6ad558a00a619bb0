import { html } from 'lit';
import type { Example } from '@parvis/core';
import './radio-group.js';

/** Examples of pv-radio-group: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'Empty',
    title: 'Aucune réponse choisie',
    state: 'empty',
    render: () => html`<pv-radio-group label="Où habitez-vous&nbsp;?" name="residence">
      <option value="commune">Dans la commune</option>
      <option value="agglo">Dans l’agglomération</option>
      <option value="ailleurs">Ailleurs</option>
    </pv-radio-group>`,
  },
  {
    name: 'Inline',
    title: 'Oui / Non, côte à côte',
    state: 'empty',
    render: () => html`<pv-radio-group label="Avez-vous déjà un compte&nbsp;?" name="compte" inline required>
      <option value="oui">Oui</option>
      <option value="non">Non</option>
    </pv-radio-group>`,
  },
  {
    name: 'WithHints',
    title: 'Avec une aide sous chaque réponse',
    state: 'empty',
    render: () => html`<pv-radio-group label="Comment voulez-vous recevoir votre carte&nbsp;?" name="envoi" hint="La carte est gratuite.">
      <option value="mairie" data-hint="Vous recevez un SMS quand elle est prête.">À retirer en mairie</option>
      <option value="courrier" data-hint="Compter 10 jours ouvrés.">Par courrier à votre domicile</option>
    </pv-radio-group>`,
  },
  {
    name: 'Filled',
    title: 'Réponse choisie',
    state: 'filled',
    render: () => html`<pv-radio-group label="Votre situation familiale" name="famille">
      <option value="seul">Seul ou seule</option>
      <option value="couple" selected>En couple</option>
      <option value="autre">Autre situation</option>
    </pv-radio-group>`,
  },
  {
    name: 'PageQuestion',
    title: 'Question principale de la page',
    state: 'empty',
    description: 'Légende agrandie (`size="lg"`) quand la question est la seule de la page.',
    render: () => html`<pv-radio-group label="Pour qui faites-vous cette demande&nbsp;?" name="pour" size="lg">
      <option value="moi">Pour moi</option>
      <option value="proche">Pour un proche</option>
    </pv-radio-group>`,
  },
  {
    name: 'Error',
    title: 'En erreur',
    state: 'error',
    render: () => html`<pv-radio-group label="Avez-vous des enfants à charge&nbsp;?" name="enfants" inline required error="Choisissez Oui ou Non.">
      <option value="oui">Oui</option>
      <option value="non">Non</option>
    </pv-radio-group>`,
  },
  {
    name: 'Disabled',
    title: 'Désactivé',
    state: 'disabled',
    render: () => html`<pv-radio-group label="Mode de paiement" name="paiement" disabled>
      <option value="carte" selected>Carte bancaire</option>
      <option value="cheque">Chèque</option>
    </pv-radio-group>`,
  },
];
