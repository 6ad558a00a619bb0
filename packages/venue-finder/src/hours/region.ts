/**
 * Which holiday calendar applies to a venue, from its postcode.
 *
 * opening_hours.js keys French school holidays (SH) by region name ("Auvergne-Rhône-Alpes") and
 * limits some public holidays (PH) to named states: Vendredi saint and the 26 December to
 * "Moselle", "Bas-Rhin", "Haut-Rhin" (Alsace-Moselle local law), and overseas days to their
 * territory. So the `state` given to the library is the department for Alsace-Moselle, the
 * region (or territory) otherwise.
 */

export interface HolidayRegion {
  /** Department code ("69", "2A", "971"). */
  department: string;
  /** Region or overseas territory name, as opening_hours.js spells it (school holidays). */
  region: string;
  /** `address.state` for the library: the department in Alsace-Moselle, else the region. */
  state: string;
  /** Moselle, Bas-Rhin, Haut-Rhin: two more public holidays (Vendredi saint, 26 December). */
  alsaceMoselle: boolean;
}

const REGIONS: Record<string, readonly string[]> = {
  'Auvergne-Rhône-Alpes': ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'],
  'Bourgogne-Franche-Comté': ['21', '25', '39', '58', '70', '71', '89', '90'],
  Bretagne: ['22', '29', '35', '56'],
  'Centre-Val de Loire': ['18', '28', '36', '37', '41', '45'],
  Corse: ['2A', '2B'],
  'Grand Est': ['08', '10', '51', '52', '54', '55', '57', '67', '68', '88'],
  'Hauts-de-France': ['02', '59', '60', '62', '80'],
  'Île-de-France': ['75', '77', '78', '91', '92', '93', '94', '95'],
  Normandie: ['14', '27', '50', '61', '76'],
  'Nouvelle-Aquitaine': ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87'],
  Occitanie: ['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82'],
  'Pays de la Loire': ['44', '49', '53', '72', '85'],
  "Provence-Alpes-Côte d'Azur": ['04', '05', '06', '13', '83', '84'],
  Guadeloupe: ['971'],
  Martinique: ['972'],
  Guyane: ['973'],
  'La Réunion': ['974'],
  'Saint-Pierre-et-Miquelon': ['975'],
  Mayotte: ['976'],
  'Saint-Barthélemy': ['977'],
  'Saint-Martin': ['978'],
  'Wallis-et-Futuna': ['986'],
  'Polynésie française': ['987'],
  'Nouvelle-Calédonie': ['988'],
};

const ALSACE_MOSELLE: Record<string, string> = { '57': 'Moselle', '67': 'Bas-Rhin', '68': 'Haut-Rhin' };

const REGION_OF = new Map<string, string>();
for (const [region, departments] of Object.entries(REGIONS)) for (const d of departments) REGION_OF.set(d, region);

/** Department code of a French postcode; undefined for a malformed one or Monaco (980xx). */
export function departmentForPostcode(postcode: string): string | undefined {
  const code = postcode.trim();
  if (!/^\d{5}$/.test(code)) return undefined;
  if (code === '97133') return '977'; // Saint-Barthélemy has Guadeloupe postcodes
  if (code === '97150') return '978'; // Saint-Martin too
  if (code.startsWith('97') || code.startsWith('98')) return code.slice(0, 3);
  if (code.startsWith('20')) return Number(code) < 20200 ? '2A' : '2B';
  return code.slice(0, 2);
}

/** The holiday calendar of a postcode; undefined when it is not a French one. */
export function regionForPostcode(postcode: string | undefined): HolidayRegion | undefined {
  if (!postcode) return undefined;
  const department = departmentForPostcode(postcode);
  const region = department ? REGION_OF.get(department) : undefined;
  if (!department || !region) return undefined;
  const local = ALSACE_MOSELLE[department];
  return { department, region, state: local ?? region, alsaceMoselle: local !== undefined };
}
