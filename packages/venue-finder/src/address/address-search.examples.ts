import { html } from 'lit';
import type { Example } from '@parvis/core';
import type { Geocoder, Suggestion } from '../geocoder/geocoder.js';
import './address-search.js';

const place = (label: string, lat: number, lon: number, context: string): Suggestion =>
  Object.freeze({
    label, name: label, postcode: '', city: label, citycode: '', context,
    position: Object.freeze({ lat, lon }), type: 'municipality' as const, score: 1,
  });

const PLACES: readonly Suggestion[] = [
  place('Lyon', 45.758, 4.835, '69, Rhône, Auvergne-Rhône-Alpes'),
  place('Lyons-la-Forêt', 49.39862, 1.474842, '27, Eure, Normandie'),
  place('Villeurbanne', 45.7665, 4.8812, '69, Rhône, Auvergne-Rhône-Alpes'),
  place('Amiens', 49.894, 2.2957, '80, Somme, Hauts-de-France'),
  place('Saint-Denis', 48.9362, 2.3574, '93, Seine-Saint-Denis, Île-de-France'),
  place('Saint-Denis', -20.8821, 55.4507, '974, La Réunion'),
];

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/**
 * A geocoder that answers from a few communes written here: the catalogue has no geocoder server,
 * and its examples must not call the national service by themselves.
 */
export const demoGeocoder: Geocoder = {
  async search(query) {
    const q = fold(query);
    if (q.length < 3) return [];
    await new Promise((resolve) => setTimeout(resolve, 150));
    return PLACES.filter((p) => fold(p.label).startsWith(q));
  },
  cancel() {},
  clearCache() {},
};

/** Examples of pv-address-search: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'Default',
    title: 'Adresse ou « Autour de moi »',
    state: 'empty',
    description:
      'Le champ seul : rien n’est demandé au service d’adresses (Géoplateforme) avant que la personne ait saisi 3 caractères, ' +
      'et la position n’est demandée qu’au clic sur « Autour de moi ».',
    render: () => html`<pv-address-search></pv-address-search>`,
  },
  {
    name: 'Offline',
    title: 'Suggestions d’exemple (sans réseau)',
    state: 'default',
    description: 'Un géocodeur d’exemple passé dans la propriété `geocoder` : tapez « lyo », « vil » ou « sai ».',
    render: () => html`<pv-address-search .geocoder=${demoGeocoder}></pv-address-search>`,
  },
  {
    name: 'Filled',
    title: 'Adresse déjà choisie',
    state: 'filled',
    description: 'La propriété `value` donne la position de départ ; le bouton « Effacer » la retire.',
    render: () =>
      html`<pv-address-search .geocoder=${demoGeocoder} .value=${{ lat: 45.758, lon: 4.835, label: 'Lyon', source: 'address' }}></pv-address-search>`,
  },
  {
    name: 'WithoutNearMe',
    title: 'Sans « Autour de moi »',
    state: 'default',
    description: 'L’attribut `hide-near-me` masque le bouton ; l’aide ne le mentionne plus.',
    render: () => html`<pv-address-search hide-near-me label="Votre commune" .geocoder=${demoGeocoder}></pv-address-search>`,
  },
  {
    name: 'English',
    title: 'En anglais',
    state: 'default',
    description: 'La langue vient de l’attribut `lang` de l’élément ou de ses ancêtres.',
    render: () => html`<div lang="en"><pv-address-search .geocoder=${demoGeocoder}></pv-address-search></div>`,
  },
];
