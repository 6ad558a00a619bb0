/**
 * Deterministic synthetic venues (seeded PRNG) for the venue-search benchmark and tests: realistic
 * French names, communes (real coordinates and postcodes), addresses and the vocabularies of the
 * standard, scattered around the communes inside metropolitan France's bounding box.
 * Some spellings are deliberately messy: upper-case communes, "St-" abbreviations, missing positions.
 */
import type { Venue } from '../../packages/venue-finder/src/model.js';

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const BBOX = { minLat: 41.3, maxLat: 51.1, minLon: -5.2, maxLon: 9.6 };

/** [commune, postcode, lat, lon] */
export const COMMUNES: readonly [string, string, number, number][] = [
  ['Paris', '75011', 48.8566, 2.3522], ['Marseille', '13001', 43.2965, 5.3698], ['Lyon', '69001', 45.764, 4.8357],
  ['Toulouse', '31000', 43.6047, 1.4442], ['Nice', '06000', 43.7102, 7.262], ['Nantes', '44000', 47.2184, -1.5536],
  ['Montpellier', '34000', 43.6108, 3.8767], ['Strasbourg', '67000', 48.5734, 7.7521], ['Bordeaux', '33000', 44.8378, -0.5792],
  ['Lille', '59000', 50.6292, 3.0573], ['Rennes', '35000', 48.1173, -1.6778], ['Reims', '51100', 49.2583, 4.0317],
  ['Saint-Étienne', '42000', 45.4397, 4.3872], ['Le Havre', '76600', 49.4944, 0.1079], ['Toulon', '83000', 43.1242, 5.928],
  ['Grenoble', '38000', 45.1885, 5.7245], ['Dijon', '21000', 47.322, 5.0415], ['Angers', '49000', 47.4784, -0.5632],
  ['Nîmes', '30000', 43.8367, 4.3601], ['Villeurbanne', '69100', 45.7719, 4.8902], ['Vénissieux', '69200', 45.6973, 4.8866],
  ['Clermont-Ferrand', '63000', 45.7772, 3.087], ['Le Mans', '72000', 48.0061, 0.1996], ['Aix-en-Provence', '13100', 43.5297, 5.4474],
  ['Brest', '29200', 48.3904, -4.4861], ['Tours', '37000', 47.3941, 0.6848], ['Amiens', '80000', 49.8941, 2.2958],
  ['Limoges', '87000', 45.8336, 1.2611], ['Annecy', '74000', 45.8992, 6.1294], ['Perpignan', '66000', 42.6887, 2.8948],
  ['Besançon', '25000', 47.2378, 6.0241], ['Metz', '57000', 49.1193, 6.1757], ['Orléans', '45000', 47.9029, 1.9093],
  ['Saint-Denis', '93200', 48.9362, 2.3574], ['Rouen', '76000', 49.4432, 1.0999], ['Mulhouse', '68100', 47.7508, 7.3359],
  ['Caen', '14000', 49.1829, -0.3707], ['Nancy', '54000', 48.6921, 6.1844], ['Argenteuil', '95100', 48.9472, 2.2467],
  ['Montreuil', '93100', 48.8638, 2.4485], ['Roubaix', '59100', 50.6942, 3.1746], ['Tourcoing', '59200', 50.7239, 3.1612],
  ['Avignon', '84000', 43.9493, 4.8055], ['Poitiers', '86000', 46.5802, 0.3404], ['Pau', '64000', 43.2951, -0.3708],
  ['La Rochelle', '17000', 46.1603, -1.1511], ['Ajaccio', '20000', 41.9192, 8.7386], ['Colmar', '68000', 48.0794, 7.3585],
  ['Saint-Priest', '69800', 45.6969, 4.9434], ['L’Isle-d’Abeau', '38080', 45.6197, 5.2291], ['Sainte-Foy-lès-Lyon', '69110', 45.7339, 4.8026],
  ['Quimper', '29000', 47.9961, -4.1024], ['Valence', '26000', 44.9334, 4.8924], ['Chambéry', '73000', 45.5646, 5.9178],
  ['Bourg-en-Bresse', '01000', 46.2052, 5.2255], ['Aurillac', '15000', 44.9264, 2.4397], ['Mende', '48000', 44.5181, 3.5006],
  ['Guéret', '23000', 46.1714, 1.8717], ['Laval', '53000', 48.0707, -0.7734], ['Épinal', '88000', 48.1724, 6.4496],
];

export const VOCABULARY = {
  services: ['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien', 'Insertion professionnelle via le numérique', 'Utilisation sécurisée du numérique', 'Parentalité et éducation avec le numérique', 'Loisirs et créations numériques', 'Compréhension du monde numérique', 'Accès internet et matériel informatique', 'Acquisition de matériel informatique à prix solidaire'],
  publics: ['Jeunes', 'Étudiants', 'Familles et/ou enfants', 'Seniors', 'Femmes'],
  specificSupport: ['Surdité', 'Handicaps moteurs', 'Handicaps mentaux', 'Illettrisme', 'Langues étrangères (anglais)', 'Langues étrangères (autres)', 'Déficience visuelle'],
  fees: ['Gratuit', 'Gratuit sous condition', 'Payant'],
  nationalSchemes: ['Aidants Connect', 'Bibliothèques numérique de référence', 'Certification PIX', 'Conseillers numériques', 'Emmaüs Connect', 'France Services', 'Grande école du numérique', 'La Croix Rouge', "Point d'accès numérique CAF", 'Promeneurs du net', 'Relais numérique (Emmaüs Connect)'],
  labels: ['Formé à « Mon Espace Santé »', 'Formé à « DUPLEX » (illettrisme)', 'Étapes numériques (La Poste)', 'Fabriques de Territoire', 'Mes Papiers (Métropole de Lyon)', 'ORDI 3.0', 'SUD LABS (PACA)'],
  accessModes: ['Se présenter', 'Téléphoner', 'Contacter par mail', 'Prendre un RDV en ligne', 'Envoyer un mail avec une fiche de prescription'],
  supportModes: ['En autonomie', 'Accompagnement individuel', 'Dans un atelier collectif', 'À distance'],
  typology: ['EPN', 'RFS', 'TIERS_LIEUX', 'ASSO', 'BIB', 'CCAS', 'MUNI', 'FABLAB', 'CS', 'MDS'],
} as const;

const KINDS = ['Espace numérique', 'Médiathèque', 'France Services', 'Tiers-lieu', 'CCAS', 'Centre social', 'Maison de quartier', 'Fablab', 'EPN', 'Mairie annexe', 'Bibliothèque', 'Point numérique', 'Cyber-base', 'Maison des solidarités'];
const PEOPLE = ['Jean Moulin', 'Louise Michel', 'Aimé Césaire', 'Simone Veil', 'Victor Hugo', 'Jules Ferry', 'Marie Curie', 'Émile Zola', 'George Sand', 'Jean Jaurès', 'Olympe de Gouges', 'Léon Blum', 'Joséphine Baker', 'Pierre Mendès France', 'Françoise Héritier', 'Œuvre Sainte-Anne'];
const PLACES = ['des Lilas', 'du Centre', 'de la Gare', 'du Vieux Port', 'des Pentes', 'de l’Europe', 'Bellevue', 'les Minguettes', 'la Duchère', 'du Mas du Taureau', 'des Châtaigniers', 'Saint-Jean', 'St-Michel', 'Sainte-Thérèse', 'la Croix-Rousse', 'des Cœurs Vaillants'];
const STREET_TYPES = ['rue', 'avenue', 'boulevard', 'place', 'allée', 'chemin', 'impasse', 'quai', 'cours'];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function subset<T>(rand: () => number, list: readonly T[], p: number): T[] {
  return list.filter(() => rand() < p);
}

/** `count` venues, always the same for the same seed. */
export function syntheticVenues(count: number, seed = 20260704): Venue[] {
  const rand = prng(seed);
  const venues: Venue[] = [];
  for (let i = 0; i < count; i += 1) {
    const [commune, postcode, lat, lon] = pick(rand, COMMUNES);
    const kind = pick(rand, KINDS);
    const name = rand() < 0.5 ? `${kind} ${pick(rand, PEOPLE)}` : rand() < 0.5 ? `${kind} ${pick(rand, PLACES)}` : `${kind} de ${commune}`;
    const street = `${1 + Math.floor(rand() * 180)}${rand() < 0.1 ? ' bis' : ''} ${pick(rand, STREET_TYPES)} ${pick(rand, PEOPLE)}`;
    const r = rand();
    const position = r < 0.03
      ? undefined
      : {
          lat: Math.min(BBOX.maxLat, Math.max(BBOX.minLat, lat + (rand() + rand() + rand() - 1.5) * 0.25)),
          lon: Math.min(BBOX.maxLon, Math.max(BBOX.minLon, lon + (rand() + rand() + rand() - 1.5) * 0.35)),
        };
    const spelledCommune = rand() < 0.15 ? commune.toUpperCase() : rand() < 0.3 ? commune.replace(/^Saint-/, 'St-').replace(/^Sainte-/, 'Ste-') : commune;
    venues.push({
      id: `lieu-${i}`,
      name,
      address: street,
      postcode: rand() < 0.7 ? postcode : postcode.slice(0, 3) + String(Math.floor(rand() * 90) + 10).padStart(2, '0'),
      commune: spelledCommune,
      position,
      coordinates: position ? 'ok' : 'missing',
      typology: subset(rand, VOCABULARY.typology, 0.15),
      emails: [],
      websites: [],
      itinerant: rand() < 0.08,
      services: subset(rand, VOCABULARY.services, 0.35),
      publics: subset(rand, VOCABULARY.publics, 0.25),
      specificSupport: subset(rand, VOCABULARY.specificSupport, 0.15),
      fees: [pick(rand, VOCABULARY.fees)],
      nationalSchemes: subset(rand, VOCABULARY.nationalSchemes, 0.12),
      labels: subset(rand, VOCABULARY.labels, 0.08),
      accessModes: subset(rand, VOCABULARY.accessModes, 0.4),
      supportModes: subset(rand, VOCABULARY.supportModes, 0.4),
      updatedOn: '2026-05-01',
    });
  }
  return venues;
}
