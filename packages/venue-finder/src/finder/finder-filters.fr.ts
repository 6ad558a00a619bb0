/**
 * French texts of the finder's filters: they come with the filters' code (finder-filters.ts), not in
 * the chunk that shows the list. English comes whole, on demand (finder.en.ts).
 */
export const finderFiltersFr = {
  finder: {
    hoursLegend: 'Horaires',
    openNow: 'Ouvert maintenant',
    openSaturday: 'Ouvert le samedi',
    option: '{value} ({count})',
    activeFilters: 'Filtres actifs',
    reset: 'Effacer les filtres',
    selected: { one: '{count} choisi', other: '{count} choisis' },
    itinerance: 'Itinérance',
    fixed: 'Lieu fixe',
    itinerant: 'Lieu itinérant',
    distance: 'Distance maximale',
    distanceAny: 'Toutes distances',
    distanceKm: 'Moins de {km} km',
    fields: {
      services: 'Services',
      publics: 'Publics',
      specificSupport: 'Prise en charge spécifique',
      fees: 'Frais',
      accessModes: 'Modalités d’accès',
      supportModes: 'Modalités d’accompagnement',
      nationalSchemes: 'Dispositifs',
      labels: 'Labels et formations',
      typology: 'Type de structure',
    },
  },
};
