import { html } from 'lit';
import type { Example } from '@parvis/core';
import { makeVenue, type Venue } from '../model.js';
import './finder.js';

/** The real example file of the médiation numérique standard v1.0 (served by the test server). */
export const EXAMPLE_FILE = '/shared-data/mediation-standard/exemple-valide.csv';

const venue = (v: Partial<Venue> & Pick<Venue, 'id' | 'name' | 'address' | 'postcode' | 'commune'>): Venue => makeVenue(v);

/** A few places written inline, for the catalogue (Storybook has no data server). */
export const sampleVenues: Venue[] = [
  venue({
    id: 'mediatheque-lumiere',
    name: 'Médiathèque Lumière',
    address: '12 rue des Tisserands',
    postcode: '69008',
    commune: 'Lyon',
    inseeCode: '69388',
    position: { lat: 45.7485, lon: 4.8467 },
    coordinates: 'ok',
    phone: '+33478000000',
    emails: ['accueil@mediatheque.exemple.fr'],
    websites: ['https://mediatheque.exemple.fr/'],
    openingHours: 'Tu-Fr 10:00-18:00; Sa 10:00-17:00',
    services: ['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien'],
    publics: ['Seniors', 'Familles et/ou enfants'],
    fees: ['Gratuit'],
    accessModes: ['Se présenter'],
  }),
  venue({
    id: 'france-services-villeurbanne',
    name: 'France Services Villeurbanne',
    address: '3 place de la Mairie',
    postcode: '69100',
    commune: 'Villeurbanne',
    inseeCode: '69266',
    position: { lat: 45.7665, lon: 4.8795 },
    coordinates: 'ok',
    phone: '+33472000000',
    openingHours: 'Mo-Fr 09:00-12:00,13:30-17:00',
    services: ['Aide aux démarches administratives'],
    fees: ['Gratuit'],
    nationalSchemes: ['France Services'],
    accessModes: ['Prendre un RDV en ligne'],
    bookingUrl: 'https://rdv.exemple.fr/villeurbanne',
  }),
  venue({
    id: 'bus-numerique',
    name: 'Bus numérique des monts',
    address: 'Place du marché',
    postcode: '42110',
    commune: 'Feurs',
    position: { lat: 45.7433, lon: 4.2271 },
    coordinates: 'ok',
    itinerant: true,
    openingHours: 'sur rendez-vous',
    services: ['Accès internet et matériel informatique'],
    publics: ['Jeunes'],
    fees: ['Gratuit sous condition'],
  }),
];

/** Examples of pv-venue-finder: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'Loading',
    title: 'Chargement',
    state: 'loading',
    description: 'Pendant le chargement du fichier : un indicateur annoncé aux lecteurs d’écran.',
    render: () => html`<pv-venue-finder .data=${new Promise<string>(() => undefined)}></pv-venue-finder>`,
  },
  {
    name: 'Results',
    title: 'Résultats (fichier d’exemple du standard)',
    state: 'filled',
    description: 'Le fichier d’exemple du standard de la médiation numérique v1.0, lu depuis son adresse.',
    render: () => html`<pv-venue-finder src=${EXAMPLE_FILE}></pv-venue-finder>`,
  },
  {
    name: 'InlineData',
    title: 'Résultats (données fournies par la page)',
    state: 'filled',
    description: 'Les lieux donnés par la page dans la propriété `data` (tableau de lieux ou texte CSV/JSON).',
    render: () => html`<pv-venue-finder .data=${sampleVenues}></pv-venue-finder>`,
  },
  {
    name: 'NoResult',
    title: 'Aucun résultat',
    state: 'empty',
    render: () => html`<pv-venue-finder .data=${sampleVenues} query="Tombouctou"></pv-venue-finder>`,
  },
  {
    name: 'NearPlace',
    title: 'Autour d’une adresse',
    state: 'success',
    description:
      'Une adresse a été choisie (ici donnée par la page avec la propriété `location`) : les lieux sont triés du plus proche au plus éloigné, avec leur distance, et un filtre « Distance maximale » apparaît.',
    render: () => html`<pv-venue-finder .data=${sampleVenues} .location=${{ lat: 45.7578, lon: 4.832, label: 'Place Bellecour, Lyon' }}></pv-venue-finder>`,
  },
  {
    name: 'English',
    title: 'En anglais',
    state: 'filled',
    description: 'Avec `lang="en"` sur l’élément ou sur la page, les textes de l’interface sont en anglais (les valeurs des vocabulaires restent celles du fichier).',
    render: () => html`<pv-venue-finder lang="en" .data=${sampleVenues}></pv-venue-finder>`,
  },
  {
    name: 'Offline',
    title: 'Hors ligne',
    state: 'offline',
    description: 'Sans connexion, le téléchargement échoue : même message que l’erreur réseau, avec « Réessayer ». (Simulé sans requête.)',
    render: () =>
      html`<pv-venue-finder .data=${new Promise<string>((_resolve, reject) => setTimeout(() => reject(new TypeError('Failed to fetch')), 50))}></pv-venue-finder>`,
  },
  {
    name: 'Error',
    title: 'Erreur de chargement',
    state: 'error',
    description: 'Le fichier n’a pas pu être chargé : un message et un bouton « Réessayer ». (L’exemple simule l’échec sans requête ; les tests chargent aussi une adresse introuvable.)',
    // A failed download, simulated without any request (the catalogue has no data server).
    render: () =>
      html`<pv-venue-finder .data=${new Promise<string>((_resolve, reject) => setTimeout(() => reject(new Error('HTTP 404')), 50))}></pv-venue-finder>`,
  },
];
