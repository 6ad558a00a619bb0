/**
 * French texts of @parvis/core: the reference catalogue. Its shape types every other locale.
 * Plain French (FALC-minded): short sentences, say what to do, give an example.
 * French typography: a no-break space (\u00a0) before « : ; ? ! » and inside « ».
 */
export const fr = {
  form: {
    errorPrefix: 'Erreur\u00a0:',
    warningPrefix: 'Attention\u00a0:',
    infoPrefix: 'Information\u00a0:',
    required: 'obligatoire',
    pending: 'Vérification en cours, patientez un instant.',
    optional: 'facultatif',
  },
  validators: {
    required: 'Renseignez le champ «\u00a0{label}\u00a0».',
    requiredChoice: 'Choisissez une réponse pour «\u00a0{label}\u00a0».',
    requiredCheck: 'Cochez la case «\u00a0{label}\u00a0» pour continuer.',
    requiredFile: 'Ajoutez un fichier pour «\u00a0{label}\u00a0».',
    minLength: { one: 'Saisissez au moins {min} caractères (vous en avez saisi {count}).', other: 'Saisissez au moins {min} caractères (vous en avez saisi {count}).' },
    maxLength: { one: 'Saisissez au plus {max} caractères\u00a0: retirez {count} caractère.', other: 'Saisissez au plus {max} caractères\u00a0: retirez-en {count}.' },
    pattern: 'Le format n’est pas celui attendu. Exemple\u00a0: {example}.',
    patternNoExample: 'La réponse à «\u00a0{label}\u00a0» n’est pas au format attendu.',
    min: 'Saisissez un nombre supérieur ou égal à {min}.',
    max: 'Saisissez un nombre inférieur ou égal à {max}.',
    number: 'Saisissez un nombre, par exemple\u00a0: 12 ou 3,5.',
    email: 'Saisissez une adresse électronique complète, par exemple\u00a0: prenom.nom@exemple.fr.',
    url: 'Saisissez une adresse web complète, commençant par https://, par exemple\u00a0: https://www.exemple.fr.',
    postcode: 'Saisissez un code postal de 5 chiffres, par exemple\u00a0: 69001.',
    phone: 'Saisissez un numéro de téléphone français de 10 chiffres, par exemple\u00a0: 04 72 00 00 00 ou +33 4 72 00 00 00.',
    siren: 'Saisissez un numéro SIREN de 9 chiffres, par exemple\u00a0: 552 100 554. Vous le trouvez sur l’avis de situation Insee.',
    siret: 'Saisissez un numéro SIRET de 14 chiffres, par exemple\u00a0: 552 100 554 00021.',
    rna: 'Saisissez un numéro RNA\u00a0: la lettre W suivie de 9 chiffres, par exemple\u00a0: W691234567.',
    iban: 'Saisissez un IBAN complet, par exemple\u00a0: FR76 3000 6000 0112 3456 7890 189.',
    amount: 'Saisissez un montant en euros, avec au plus 2 chiffres après la virgule, par exemple\u00a0: 1\u202f234,50.',
    amountNegative: 'Saisissez un montant sans signe moins, par exemple\u00a0: 1\u202f234,50.',
    date: 'Saisissez une date réelle, par exemple\u00a0: 14 7 2026.',
  },
  announcer: {
    errors: { zero: 'Aucune erreur.', one: '{count} erreur dans le formulaire.', other: '{count} erreurs dans le formulaire.' },
  },
};

export type CoreMessages = typeof fr;
