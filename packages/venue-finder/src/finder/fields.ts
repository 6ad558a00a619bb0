import type { FacetField } from '../search/index.js';

/** The vocabularies offered as filters, in this order (typology = data·inclusion structure types). */
export const FINDER_FIELDS = ['services', 'publics', 'specificSupport', 'fees', 'accessModes', 'supportModes', 'nationalSchemes', 'labels', 'typology'] as const satisfies readonly FacetField[];
export type FinderField = (typeof FINDER_FIELDS)[number];
