/**
 * @parvis/venue-finder — the digital-inclusion places of the national open-data standard
 * (médiation numérique), France Services and data·inclusion, as a list and a map.
 * Work in progress (issue #4): data layer first.
 */
export {};
