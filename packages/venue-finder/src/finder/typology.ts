/**
 * Names of the structure typologies of data·inclusion (field `typologie`, upper-case codes such as
 * `TIERS_LIEUX`). Like the other vocabularies of the standard, they are data: shown in French in
 * every language. A code missing here is shown as it is.
 */
const TYPOLOGY_NAMES: Readonly<Record<string, string>> = {
  ACI: 'Atelier chantier d’insertion',
  AFPA: 'AFPA',
  ASSO: 'Association',
  BIB: 'Bibliothèque, médiathèque',
  CAF: 'Caisse d’allocations familiales',
  CC: 'Communauté de communes',
  CCAS: 'Centre communal d’action sociale',
  CD: 'Conseil départemental',
  CHRS: 'Centre d’hébergement et de réinsertion sociale',
  CIAS: 'Centre intercommunal d’action sociale',
  CIDFF: 'Centre d’information sur les droits des femmes et des familles',
  CS: 'Centre social',
  CPAM: 'Caisse primaire d’assurance maladie',
  DEPT: 'Département',
  E2C: 'École de la deuxième chance',
  EPCI: 'Intercommunalité',
  EPN: 'Espace public numérique',
  FT: 'France Travail',
  LA_POSTE: 'La Poste',
  MDE: 'Maison de l’emploi',
  MDPH: 'Maison départementale des personnes handicapées',
  MDS: 'Maison départementale des solidarités',
  MJC: 'Maison des jeunes et de la culture',
  ML: 'Mission locale',
  MQ: 'Maison de quartier',
  MSA: 'Mutualité sociale agricole',
  MUNI: 'Mairie',
  PE: 'Pôle emploi',
  PIJ_BIJ: 'Point ou bureau information jeunesse',
  PIMMS: 'Point information médiation multi-services',
  PREF: 'Préfecture, sous-préfecture',
  REG: 'Région',
  RFS: 'France Services',
  TIERS_LIEUX: 'Tiers-lieu',
  UDAF: 'Union départementale des associations familiales',
};

/** The name of a typology code, or the code itself when unknown. */
export function typologyName(code: string): string {
  return Object.hasOwn(TYPOLOGY_NAMES, code) ? TYPOLOGY_NAMES[code]! : code;
}
