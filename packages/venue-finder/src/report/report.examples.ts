import { html } from 'lit';
import type { Example } from '@parvis/core';
import { makeVenue, type Venue } from '../model.js';
import './report.js';

/** The real example file of the médiation numérique standard v1.0 (served by the test server). */
export const EXAMPLE_FILE = '/shared-data/mediation-standard/exemple-valide.csv';

/**
 * A small file of the standard v1 with typical defects, written inline (Storybook has no data
 * server): a short phone number, an email without domain, a service outside the vocabulary,
 * swapped coordinates, missing coordinates, hours in words, dates from years ago.
 */
export const SAMPLE_CSV = [
  'id,nom,commune,code_postal,code_insee,adresse,latitude,longitude,telephone,courriels,horaires,date_maj,services,frais_a_charge',
  'l1,Médiathèque Lumière,Lyon,69008,69388,12 rue des Tisserands,45.7378,4.87,04 78 00 00 00,accueil@mediatheque.exemple.fr,Tu-Fr 10:00-18:00,2019-03-15,Aide aux démarches administratives,Gratuit',
  'l2,Espace numérique du Parc,Villeurbanne,69100,69266,3 place de la Mairie,4.88,45.77,04 72,contact@parc,le matin,2019-03-15,Réparer son ordinateur,Gratuit',
  'l3,Bus numérique des monts,Feurs,42110,42094,Place du marché,,,06 12 34 56 78,bus@exemple.fr,Mo-Fr 09:00-12:00,2018-01-10,Accès internet et matériel informatique,Gratuit',
].join('\n');

/** Today as `YYYY-MM-DD`, so that the "no problem" example never becomes stale. */
const today = (): string => new Date().toISOString().slice(0, 10);

/** One place with nothing to report (given as a venue record). */
export const cleanVenues = (): Venue[] => [
  makeVenue({
    id: 'mediatheque-lumiere',
    name: 'Médiathèque Lumière',
    address: '12 rue des Tisserands',
    postcode: '69008',
    commune: 'Lyon',
    inseeCode: '69388',
    position: { lat: 45.7378, lon: 4.87 },
    coordinates: 'ok',
    phone: '04 78 00 00 00',
    openingHours: 'Tu-Fr 10:00-18:00; Sa 10:00-17:00',
    updatedOn: today(),
  }),
];

/** Examples of pv-venue-report: they feed the stories, the accessibility tests and the docs. */
export const examples: Example[] = [
  {
    name: 'Loading',
    title: 'Chargement',
    state: 'loading',
    description: 'Pendant la lecture du fichier : un texte de statut, lu par les lecteurs d’écran.',
    render: () => html`<pv-venue-report .data=${new Promise<string>(() => undefined)}></pv-venue-report>`,
  },
  {
    name: 'Report',
    title: 'Rapport (fichier avec des défauts)',
    state: 'filled',
    description: 'Un petit fichier du standard v1 avec des défauts courants : une section par type de problème, des exemples, et les boutons de téléchargement.',
    render: () => html`<pv-venue-report .data=${SAMPLE_CSV}></pv-venue-report>`,
  },
  {
    name: 'FromFile',
    title: 'Rapport (fichier d’exemple du standard)',
    state: 'filled',
    description: 'Le fichier d’exemple du standard de la médiation numérique v1.0, lu depuis son adresse.',
    render: () => html`<pv-venue-report src=${EXAMPLE_FILE}></pv-venue-report>`,
  },
  {
    name: 'Clean',
    title: 'Aucun problème',
    state: 'success',
    description: 'Des lieux sans défaut (ici donnés par la page dans la propriété `data`).',
    render: () => html`<pv-venue-report .data=${cleanVenues()}></pv-venue-report>`,
  },
  {
    name: 'Empty',
    title: 'Fichier sans lieu',
    state: 'empty',
    render: () => html`<pv-venue-report .data=${[] as Venue[]}></pv-venue-report>`,
  },
  {
    name: 'Error',
    title: 'Erreur de chargement',
    state: 'error',
    description: 'Le fichier n’a pas pu être chargé : un message et un bouton « Réessayer ». (L’exemple simule l’échec sans requête.)',
    render: () =>
      html`<pv-venue-report .data=${new Promise<string>((_resolve, reject) => setTimeout(() => reject(new Error('HTTP 404')), 50))}></pv-venue-report>`,
  },
];
