/**
 * French texts of the venue finder and its cards: the reference catalogue (its shape types English).
 * The filters' texts come with the filters (finder-filters.fr.ts, `finderMessages.extend`).
 */
export const finderFr = {
  finder: {
    searchLabel: 'Rechercher un lieu, une commune, un code postal',
    filtersHeading: 'Filtrer les lieux',
    filtersLoading: 'Chargement des filtres…',
    filtersError: 'Les filtres n’ont pas pu être chargés. La recherche et la liste restent utilisables.',
    resultsHeading: 'Lieux',
    count: { zero: 'Aucun lieu sur {total}', one: '{count} lieu sur {total}', other: '{count} lieux sur {total}' },
    noResult: 'Aucun lieu ne correspond à votre recherche. Essayez moins de mots ou retirez des filtres.',
    more: 'Afficher plus de lieux',
    loading: 'Chargement des lieux…',
    error: 'Les lieux n’ont pas pu être chargés. Vérifiez votre connexion, puis réessayez.',
    errorData: 'Le fichier des lieux est illisible. Prévenez le responsable du site.',
    errorHeading: 'Erreur de chargement',
    retry: 'Réessayer',
    skipToResults: 'Aller à la liste des lieux',
    sortedByDistance: 'Lieux triés du plus proche au plus éloigné de « {label} ».',
    showMap: 'Afficher la carte',
    hideMap: 'Masquer la carte',
    mapLoading: 'Chargement de la carte…',
    mapError: 'La carte n’a pas pu être chargée. La liste reste complète.',
    onMap: 'Voir sur la carte',
    onMapOf: '\u00a0: {name}',
    noPosition: 'Position inconnue : ce lieu n’est pas sur la carte.',
    download: 'Télécharger ces lieux (CSV)',
    downloaded: 'Fichier de {count} lieux préparé.',
  },
  card: {
    distance: 'À {km}\u00a0km',
    itinerant: 'Itinérant',
    hoursSummary: 'Horaires de la semaine',
    hoursCaption: 'Horaires d’ouverture de {name}',
    day: 'Jour',
    hours: 'Horaires',
    phone: 'Téléphone\u00a0: {phone}',
    email: 'Courriel\u00a0: {email}',
    website: 'Site internet',
    websiteOf: 'Site internet de {name}',
    booking: 'Prendre rendez-vous',
    bookingOf: 'Prendre rendez-vous à {name}',
    accessibility: 'Accessibilité du lieu',
    accessibilityOf: 'Accessibilité du lieu «\u00a0{name}\u00a0» (acceslibre)',
    contact: 'Contact',
    services: 'Services',
    publics: 'Publics',
  },
};

export type FinderMessages = typeof finderFr & typeof import('./finder-filters.fr.js').finderFiltersFr;
