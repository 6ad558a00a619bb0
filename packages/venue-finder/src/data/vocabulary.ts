/**
 * Vocabularies of the médiation numérique standard v1.x (LaMednum/standard-mediation-num, schema.json
 * v1.0.2) and the mapping of the v0.1 values (`;`-separated, long labels) to them.
 */
import type { VocabularyField } from '../model.js';

export const V1_VOCABULARIES: Readonly<Record<VocabularyField, readonly string[]>> = {
  services: [
    'Aide aux démarches administratives',
    'Maîtrise des outils numériques du quotidien',
    'Insertion professionnelle via le numérique',
    'Utilisation sécurisée du numérique',
    'Parentalité et éducation avec le numérique',
    'Loisirs et créations numériques',
    'Compréhension du monde numérique',
    'Accès internet et matériel informatique',
    'Acquisition de matériel informatique à prix solidaire',
  ],
  publics: ['Jeunes', 'Étudiants', 'Familles et/ou enfants', 'Seniors', 'Femmes'],
  specificSupport: [
    'Surdité',
    'Handicaps moteurs',
    'Handicaps mentaux',
    'Illettrisme',
    'Langues étrangères (anglais)',
    'Langues étrangères (autres)',
    'Déficience visuelle',
  ],
  fees: ['Gratuit', 'Gratuit sous condition', 'Payant'],
  nationalSchemes: [
    'Aidants Connect',
    'Bibliothèques numérique de référence',
    'Certification PIX',
    'Conseillers numériques',
    'Emmaüs Connect',
    'France Services',
    'Grande école du numérique',
    'La Croix Rouge',
    "Point d'accès numérique CAF",
    'Promeneurs du net',
    'Relais numérique (Emmaüs Connect)',
  ],
  labels: [
    'Formé à « Mon Espace Santé »',
    'Formé à « DUPLEX » (illettrisme)',
    'Arnia/MedNum BFC (Bourgogne-Franche-Comté)',
    'Collectif ressources et acteurs réemploi (Normandie)',
    'Étapes numériques (La Poste)',
    'Fabriques de Territoire',
    'Les Éclaireurs du numérique (Drôme)',
    'Mes Papiers (Métropole de Lyon)',
    'ORDI 3.0',
    'SUD LABS (PACA)',
  ],
  accessModes: [
    'Se présenter',
    'Téléphoner',
    'Contacter par mail',
    'Prendre un RDV en ligne',
    "Ce lieu n'accueille pas de public",
    'Envoyer un mail avec une fiche de prescription',
  ],
  supportModes: ['En autonomie', 'Accompagnement individuel', 'Dans un atelier collectif', 'À distance'],
};

/**
 * A loose comparison key: lower case, no accents, only letters and digits. It absorbs the known
 * defects of the standard itself (`Comprehension` without accent, `Étapes numériques(La Poste)`
 * without space, typographic apostrophes, double spaces).
 */
export function looseKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const V1_LOOKUP = new Map<VocabularyField, Map<string, string>>(
  (Object.keys(V1_VOCABULARIES) as VocabularyField[]).map((field) => [
    field,
    new Map(V1_VOCABULARIES[field].map((value) => [looseKey(value), value])),
  ]),
);

/** The canonical v1 spelling of a value, or undefined when the value is not in the vocabulary. */
export function canonicalValue(field: VocabularyField, value: string): string | undefined {
  return V1_LOOKUP.get(field)?.get(looseKey(value));
}

/** Where a v0.1 value goes in v1: a field and a value (or nothing when v1 has no equivalent). */
export interface V01Target {
  field: VocabularyField | 'otherLabels';
  value: string;
}

const t = (field: V01Target['field'], value: string): V01Target => ({ field, value });

/** v0.1.1 values (schema-v0.1.1.json), keyed by `looseKey`, mapped to v1 fields and values. */
const V01_ENTRIES: ReadonlyArray<[string, V01Target[]]> = [
  // services (15 → 9)
  ['Devenir autonome dans les démarches administratives', [t('services', 'Aide aux démarches administratives')]],
  ['Réaliser des démarches administratives avec un accompagnement', [t('services', 'Aide aux démarches administratives')]],
  ['Accompagner les démarches de santé', [t('services', 'Aide aux démarches administratives')]],
  ['Prendre en main un smartphone ou une tablette', [t('services', 'Maîtrise des outils numériques du quotidien')]],
  ['Prendre en main un ordinateur', [t('services', 'Maîtrise des outils numériques du quotidien')]],
  ['Utiliser le numérique au quotidien', [t('services', 'Maîtrise des outils numériques du quotidien')]],
  ['Approfondir ma culture numérique', [t('services', 'Compréhension du monde numérique')]],
  ['Promouvoir la citoyenneté numérique', [t('services', 'Compréhension du monde numérique')]],
  ['Favoriser mon insertion professionnelle', [t('services', 'Insertion professionnelle via le numérique')]],
  ['Créer et développer mon entreprise', [t('services', 'Insertion professionnelle via le numérique')]],
  ['Accéder à une connexion internet', [t('services', 'Accès internet et matériel informatique')]],
  ['Accéder à du matériel', [t('services', 'Accès internet et matériel informatique')]],
  ["S'équiper en matériel informatique", [t('services', 'Acquisition de matériel informatique à prix solidaire')]],
  ['Créer avec le numérique', [t('services', 'Loisirs et créations numériques')]],
  ["Soutenir la parentalité et l'éducation avec le numérique", [t('services', 'Parentalité et éducation avec le numérique')]],
  // publics_accueillis → publics_specifiquement_adresses + prise_en_charge_specifique
  ['Seniors (+ 65 ans)', [t('publics', 'Seniors')]],
  ['Familles/enfants', [t('publics', 'Familles et/ou enfants')]],
  ['Adultes', []], // no v1 equivalent: every place welcomes adults
  ['Jeunes (16-26 ans)', [t('publics', 'Jeunes')]],
  ['Uniquement femmes', [t('publics', 'Femmes')]],
  ['Public langues étrangères', [t('specificSupport', 'Langues étrangères (autres)')]],
  ['Déficience visuelle', [t('specificSupport', 'Déficience visuelle')]],
  ['Surdité', [t('specificSupport', 'Surdité')]],
  ['Handicaps psychiques : troubles psychiatriques donnant lieu à des atteintes comportementales', [t('specificSupport', 'Handicaps mentaux')]],
  ["Handicaps mentaux : déficiences limitant les activités d'une personne", [t('specificSupport', 'Handicaps mentaux')]],
  ["Personnes en situation d'illettrisme", [t('specificSupport', 'Illettrisme')]],
  // conditions_acces → frais_a_charge
  ['Gratuit : Je peux accéder gratuitement au lieu et à ses services', [t('fees', 'Gratuit')]],
  ['Gratuit sous condition : La gratuité est conditionnée à des critères (situation familiale, convention avec un organisme social...)', [t('fees', 'Gratuit sous condition')]],
  ["Payant : L'accès au lieu et/ou à ses services est payant", [t('fees', 'Payant')]],
  ["Accepte le Pass numérique : Il est possible d'utiliser un Pass numérique pour accéder au lieu", [t('fees', 'Gratuit sous condition')]],
  ["Adhésion : L'accès au lieu et/ou à ses services nécessite d'y adhérer", [t('fees', 'Payant')]],
  // labels_nationaux → dispositif_programmes_nationaux + formations_labels (+ autres)
  ['France Services', [t('nationalSchemes', 'France Services')]],
  ['CNFS', [t('nationalSchemes', 'Conseillers numériques')]],
  ['Aidants Connect', [t('nationalSchemes', 'Aidants Connect')]],
  ['Grandes écoles du numérique', [t('nationalSchemes', 'Grande école du numérique')]],
  ['Point relais CAF', [t('nationalSchemes', "Point d'accès numérique CAF")]],
  ['Point numérique CAF', [t('nationalSchemes', "Point d'accès numérique CAF")]],
  ['Fabriques de Territoire', [t('labels', 'Fabriques de Territoire')]],
  ['APTIC', [t('otherLabels', 'APTIC')]],
  ['Relais pôle emploi', [t('otherLabels', 'Relais pôle emploi')]],
  ['French Tech', [t('otherLabels', 'French Tech')]],
  ['Campus connecté', [t('otherLabels', 'Campus connecté')]],
  // modalites_accompagnement
  ["Seul : j'ai accès à du matériel et une connexion", [t('supportModes', 'En autonomie')]],
  ["Avec de l'aide : je suis accompagné seul dans l'usage du numérique", [t('supportModes', 'Accompagnement individuel')]],
  ["Dans un atelier : j'apprends collectivement à utiliser le numérique", [t('supportModes', 'Dans un atelier collectif')]],
  ['A ma place : une personne habilitée fait les démarches à ma place', [t('supportModes', 'Accompagnement individuel')]],
];

const V01_LOOKUP = new Map<string, V01Target[]>(V01_ENTRIES.map(([value, targets]) => [looseKey(value), targets]));

/** The v1 targets of a v0.1 value, or undefined when it is not a v0.1 value. */
export function mapV01Value(value: string): V01Target[] | undefined {
  return V01_LOOKUP.get(looseKey(value));
}

/** data·inclusion `reseaux_porteurs` slugs that correspond to a v1 scheme or label. */
export const DATA_INCLUSION_NETWORKS: Readonly<Record<string, V01Target>> = {
  'france-service': t('nationalSchemes', 'France Services'),
  'conseillers-numeriques': t('nationalSchemes', 'Conseillers numériques'),
  'aidants-connect': t('nationalSchemes', 'Aidants Connect'),
  'croix-rouge': t('nationalSchemes', 'La Croix Rouge'),
  'grandes-ecoles-du-numerique': t('nationalSchemes', 'Grande école du numérique'),
  'fabrique-de-territoire': t('labels', 'Fabriques de Territoire'),
};
