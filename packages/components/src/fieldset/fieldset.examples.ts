import { html } from 'lit';
import type { Example } from '@parvis/core';
import './fieldset.js';
import '../text-field/text-field.js';
import '../radio-group/radio-group.js';

/** Examples of pv-fieldset: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'Address',
    title: 'Adresse regroupée',
    state: 'empty',
    render: () => html`<pv-fieldset legend="Adresse du siège de l’association">
      <pv-text-field label="Numéro et nom de la voie" name="voie" autocomplete="address-line1"></pv-text-field>
      <pv-text-field label="Code postal" name="cp" autocomplete="postal-code" inputmode="numeric" width="5"></pv-text-field>
      <pv-text-field label="Commune" name="commune" autocomplete="address-level2" width="20"></pv-text-field>
    </pv-fieldset>`,
  },
  {
    name: 'WithHint',
    title: 'Avec une aide',
    state: 'filled',
    render: () => html`<pv-fieldset legend="Personne à contacter" hint="Nous l’appelons seulement si votre dossier est incomplet.">
      <pv-text-field label="Nom" name="contact-nom" autocomplete="family-name" value="Martin"></pv-text-field>
      <pv-text-field label="Téléphone" name="contact-tel" type="tel" autocomplete="tel" validate="phone" value="04 72 00 00 00"></pv-text-field>
    </pv-fieldset>`,
  },
  {
    name: 'PageHeading',
    title: 'Légende titre de page',
    state: 'default',
    description: 'Quand le groupe est la seule question de la page, la légende est agrandie et sert de titre (`size="lg"` et `heading-level="1"`).',
    render: () => html`<pv-fieldset legend="Quelle est l’adresse du logement&nbsp;?" size="lg" heading-level="1">
      <pv-text-field label="Adresse" name="adresse" autocomplete="street-address"></pv-text-field>
    </pv-fieldset>`,
  },
  {
    name: 'Nested',
    title: 'Avec une question à choix',
    state: 'empty',
    render: () => html`<pv-fieldset legend="Votre demande">
      <pv-radio-group label="Type de salle" name="salle" inline>
        <option value="petite">Petite salle</option>
        <option value="grande">Grande salle</option>
      </pv-radio-group>
      <pv-text-field label="Nombre de personnes" name="personnes" type="number" width="5"></pv-text-field>
    </pv-fieldset>`,
  },
  {
    name: 'Disabled',
    title: 'Désactivé',
    state: 'disabled',
    description: 'Désactive tous les champs du groupe ; ils ne sont plus envoyés avec le formulaire.',
    render: () => html`<pv-fieldset legend="Adresse de facturation" disabled>
      <pv-text-field label="Adresse" name="facturation" value="1 place de la Mairie"></pv-text-field>
    </pv-fieldset>`,
  },
];
