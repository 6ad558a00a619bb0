/** French texts of pv-address-search: the reference catalogue (its shape types English). */
export const addressSearchFr = {
  label: 'Adresse ou commune',
  hint: 'Saisissez au moins 3 caractères puis choisissez une adresse dans la liste, ou utilisez le bouton « Autour de moi ».',
  hintNoNearMe: 'Saisissez au moins 3 caractères puis choisissez une adresse dans la liste.',
  nearMe: 'Autour de moi',
  clear: 'Effacer',
  clearLabel: 'Effacer l’adresse',
  listLabel: 'Adresses proposées',
  suggestions: {
    zero: 'Aucune adresse trouvée. Vérifiez l’orthographe ou saisissez le nom de la commune.',
    one: '{count} adresse proposée',
    other: '{count} adresses proposées',
  },
  devicePosition: 'Votre position',
  locating: 'Recherche de votre position…',
  located: 'Votre position est utilisée.',
  errors: {
    rateLimited: {
      one: 'Trop de recherches d’adresse en peu de temps. Patientez {count} seconde, puis reprenez votre saisie.',
      other: 'Trop de recherches d’adresse en peu de temps. Patientez {count} secondes, puis reprenez votre saisie.',
    },
    unavailable: 'Le service d’adresses est momentanément indisponible. Réessayez plus tard.',
    network: 'Le service d’adresses est injoignable. Vérifiez votre connexion, puis réessayez.',
    timeout: 'Le service d’adresses ne répond pas. Réessayez dans un instant.',
    badAnswer: 'Le service d’adresses a renvoyé une réponse illisible. Réessayez plus tard.',
    denied: 'Vous n’avez pas autorisé l’accès à votre position. Saisissez une adresse ou une commune à la place.',
    positionUnavailable: 'Votre position n’a pas pu être déterminée. Saisissez une adresse ou une commune à la place.',
    positionTimeout: 'La recherche de votre position a pris trop de temps. Réessayez ou saisissez une adresse.',
    unsupported: 'Ce navigateur ne permet pas de trouver votre position. Saisissez une adresse ou une commune.',
  },
};

export type AddressSearchMessages = typeof addressSearchFr;
