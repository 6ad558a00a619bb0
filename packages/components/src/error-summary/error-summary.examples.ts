import { html } from 'lit';
import type { Example } from '@parvis/core';
import './error-summary.js';
import '../text-field/text-field.js';

/** Examples of pv-error-summary: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'InForm',
    title: 'Dans un formulaire',
    state: 'empty',
    description: 'Caché tant que rien n’est à signaler. Envoyez le formulaire vide : le récapitulatif apparaît, prend le focus et chaque lien mène au champ.',
    render: () => html`<form action="#" @submit=${(e: Event) => e.preventDefault()}>
      <pv-error-summary></pv-error-summary>
      <pv-text-field label="Nom" name="nom" required autocomplete="family-name"></pv-text-field>
      <pv-text-field label="Code postal" name="cp" required validate="postcode" inputmode="numeric" width="5"></pv-text-field>
      <button type="submit">Envoyer</button>
    </form>`,
  },
  {
    name: 'ServerErrors',
    title: 'Erreurs venues du serveur',
    state: 'error',
    description: 'Les liens écrits dans l’élément sont repris : ils restent lisibles même sans JavaScript.',
    render: () => html`<form action="#" @submit=${(e: Event) => e.preventDefault()}>
      <pv-error-summary>
        <a href="#es-courriel">Saisissez une adresse électronique complète, par exemple : prenom.nom@exemple.fr.</a>
        <a href="#es-cp">Saisissez un code postal de 5 chiffres, par exemple : 69001.</a>
      </pv-error-summary>
      <pv-text-field id="es-courriel" label="Adresse électronique" name="courriel" type="email" value="claire.martin@" error="Saisissez une adresse électronique complète, par exemple : prenom.nom@exemple.fr."></pv-text-field>
      <pv-text-field id="es-cp" label="Code postal" name="cp" value="6900" width="5" error="Saisissez un code postal de 5 chiffres, par exemple : 69001."></pv-text-field>
    </form>`,
  },
  {
    name: 'CustomHeading',
    title: 'Titre adapté',
    state: 'error',
    render: () => html`<pv-error-summary heading="Votre demande n’a pas pu être envoyée" level="3">
      <a href="#es-ref">Saisissez la référence de votre dossier, par exemple : 2026-0412.</a>
    </pv-error-summary>
    <label for="es-ref">Référence du dossier</label> <input id="es-ref" name="ref" />`,
  },
];
