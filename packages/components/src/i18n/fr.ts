/**
 * French texts of @parvis/components, one section per component. The reference catalogue:
 * its shape types the English one. Plain French; no-break space (\u00a0) before « : ; ? ! ».
 */
export const fr = {
  textField: {},
  textarea: {
    remaining: { zero: 'Vous avez atteint la limite de {max} caractères.', one: 'Il vous reste {count} caractère.', other: 'Il vous reste {count} caractères.' },
    over: { one: 'Vous avez {count} caractère en trop.', other: 'Vous avez {count} caractères en trop.' },
  },
  select: {
    placeholder: 'Choisir dans la liste',
  },
  checkbox: {},
  checkboxGroup: {},
  radioGroup: {},
  dateInput: {
    day: 'Jour',
    month: 'Mois',
    year: 'Année',
    example: 'Par exemple\u00a0: 14 7 2026',
    invalid: 'Saisissez une date réelle, par exemple\u00a0: 14 7 2026.',
    incomplete: 'La date doit comporter un jour, un mois et une année.',
    min: 'Saisissez une date à partir du {date}.',
    max: 'Saisissez une date jusqu’au {date}.',
  },
  fileInput: {
    choose: 'Choisir un fichier',
    chooseMany: 'Choisir des fichiers',
    drop: 'ou le déposer ici',
    dropMany: 'ou les déposer ici',
    remove: 'Retirer',
    quoted: '«\u00a0{name}\u00a0»',
    type: '«\u00a0{name}\u00a0» n’est pas accepté\u00a0: formats acceptés {formats}.',
    size: '«\u00a0{name}\u00a0» pèse {size}\u00a0; la taille maximale est {max}.',
    count: { one: '«\u00a0{name}\u00a0» n’a pas été ajouté\u00a0: vous pouvez joindre {max} fichier au plus.', other: '«\u00a0{name}\u00a0» n’a pas été ajouté\u00a0: vous pouvez joindre {max} fichiers au plus.' },
    added: { one: '«\u00a0{name}\u00a0» ajouté.', other: '{count} fichiers ajoutés.' },
    removed: '«\u00a0{name}\u00a0» retiré.',
    selected: { zero: 'Aucun fichier sélectionné.', one: '{count} fichier sélectionné.', other: '{count} fichiers sélectionnés.' },
    image: 'images',
    audio: 'sons',
    video: 'vidéos',
    bytes: 'octets',
    kB: 'ko',
    MB: 'Mo',
    GB: 'Go',
  },
  fieldset: {},
  errorSummary: {
    title: 'Il y a un problème',
  },
  notice: {
    info: 'Information\u00a0:',
    success: 'Succès\u00a0:',
    warning: 'Attention\u00a0:',
    error: 'Erreur\u00a0:',
    close: 'Masquer ce message',
  },
  progress: {
    percent: '{percent}\u00a0%',
    done: 'Terminé',
    busy: 'En cours…',
    announce: '{label}\u00a0: {text}',
  },
  stepper: {
    list: 'Étapes',
    heading: 'Étape {current} sur {total}',
    headingWithLabel: 'Étape {current} sur {total}\u00a0: {label}',
    step: 'Étape {index} sur {total}\u00a0: {label} — {state}',
    done: 'terminée',
    current: 'en cours',
    error: 'à corriger',
    todo: 'à faire',
    allDone: { zero: 'Aucune étape terminée sur {total}', one: '{count} étape terminée sur {total}', other: '{count} étapes terminées sur {total}' },
  },
  pagination: {
    label: 'Pagination',
    previous: 'Précédente',
    previousPage: 'Page précédente',
    next: 'Suivante',
    nextPage: 'Page suivante',
    page: 'Page {page}',
    status: 'Page {page} sur {total}',
  },
  tag: {
    remove: 'Retirer le filtre\u00a0: {label}',
    removed: 'Filtre retiré\u00a0: {label}',
    selected: 'sélectionné',
  },
  dialog: {
    close: 'Fermer',
  },
  spinner: {
    loading: 'Chargement en cours…',
  },
  button: {},
};

export type ComponentMessages = typeof fr;
