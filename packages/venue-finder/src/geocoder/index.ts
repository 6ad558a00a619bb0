/** Address search (Géoplateforme geocoder) and "Près de moi" for the venue finder. Issue #4. */
export * from './geocoder.js';
export * from './near-me.js';
