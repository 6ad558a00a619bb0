import { html } from 'lit';
import type { Example } from '@parvis/core';
import './dialog.js';

const paragraphs = Array.from(
  { length: 12 },
  (_, i) =>
    html`<p>Article ${i + 1}. Le porteur de projet s’engage à utiliser la subvention pour l’objet décrit dans sa demande, à transmettre un bilan financier dans les six mois suivant la fin de l’action et à mentionner le soutien de la commune dans ses supports de communication.</p>`,
);

/** Examples of pv-dialog: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'Confirm',
    title: 'Confirmation',
    state: 'default',
    description:
      'Le bouton ouvre la boîte sans script grâce à `commandfor` et `command="--show"`. Les boutons d’un `<form method="dialog">` la ferment et donnent leur `value` dans `pv-close`.',
    render: () => html`
      <button type="button" commandfor="exemple-confirmer" command="--show">Supprimer le brouillon</button>
      <pv-dialog id="exemple-confirmer" heading="Supprimer le brouillon\u00a0?">
        <p>Les réponses déjà saisies seront perdues. Cette action ne peut pas être annulée.</p>
        <form slot="footer" method="dialog">
          <button value="annuler">Annuler</button>
          <button value="supprimer">Supprimer</button>
        </form>
      </pv-dialog>
    `,
  },
  {
    name: 'Open',
    title: 'Ouverte',
    state: 'filled',
    description: 'Le reste de la page est inerte ; Tab reste dans la boîte ; Échap la ferme et le focus revient sur le bouton qui l’a ouverte.',
    render: () => html`
      <pv-dialog open heading="Conditions d’éligibilité">
        <p>Peuvent répondre à cet appel à projets les associations loi 1901 dont le siège est situé dans la commune.</p>
        <p><a href="#reglement">Lire le règlement complet</a></p>
      </pv-dialog>
    `,
  },
  {
    name: 'LightDismiss',
    title: 'Fermeture par un clic à côté',
    state: 'default',
    description: 'Avec `light-dismiss`, un clic sur le fond ferme la boîte. À éviter quand elle contient un formulaire.',
    render: () => html`
      <button type="button" commandfor="exemple-aide" command="--show">Aide sur le SIRET</button>
      <pv-dialog id="exemple-aide" heading="Où trouver le numéro SIRET\u00a0?" light-dismiss>
        <p>Sur l’avis de situation au répertoire Sirene, ou sur annuaire-entreprises.data.gouv.fr.</p>
      </pv-dialog>
    `,
  },
  {
    name: 'LongContent',
    title: 'Contenu long',
    state: 'filled',
    description: 'La boîte garde une marge autour d’elle et son contenu défile ; à 320 px elle occupe toute la largeur.',
    render: () => html`
      <button type="button" commandfor="exemple-reglement" command="--show">Lire le règlement</button>
      <pv-dialog id="exemple-reglement" heading="Règlement de l’appel à projets «\u00a0Quartiers solidaires 2026\u00a0»">
        ${paragraphs}
        <form slot="footer" method="dialog"><button value="lu">J’ai lu le règlement</button></form>
      </pv-dialog>
    `,
  },
  {
    name: 'English',
    title: 'En anglais',
    state: 'default',
    render: () => html`
      <div lang="en">
        <button type="button" commandfor="example-en" command="--show">Delete the draft</button>
        <pv-dialog id="example-en" heading="Delete the draft?">
          <p>Your answers will be lost.</p>
        </pv-dialog>
      </div>
    `,
  },
];
