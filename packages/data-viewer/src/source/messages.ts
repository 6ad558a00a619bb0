/**
 * Texts of the data layer, French first (the reference) and English. Errors and issues carry a `code`
 * or `kind` plus parameters, so a UI can show them in the page's language with `sourceText()`; the
 * French text is also put in `message` so a webmaster reading the console understands it as is.
 * No Translator from @parvis/core here: its root defines Lit elements and this module runs in a worker.
 */
export const sourceFr = {
  // Errors: nothing can be shown.
  'empty': 'Le fichier est vide.',
  'binary': 'Le fichier n’est pas un texte (il ressemble à un fichier binaire : image, tableur, archive…).',
  'html': 'Le serveur a renvoyé une page web au lieu d’un fichier de données.',
  'no-header': 'Le fichier n’a pas de ligne d’en-tête lisible.',
  'invalid-json': 'Le fichier n’est pas un JSON valide ({detail}).',
  'unsupported-json': 'Le JSON n’a pas une forme connue : attendu une liste d’objets, { "data": […] } ou une FeatureCollection GeoJSON.',
  'no-records': 'Le JSON ne contient aucun enregistrement.',
  'http': 'Le fichier n’a pas pu être téléchargé (HTTP {status}).',
  'network': 'Le fichier est injoignable, ou son serveur n’autorise pas la lecture depuis ce site (CORS).',
  'read-failed': 'Le fichier n’a pas pu être lu ({detail}).',
  'aborted': 'Lecture du fichier annulée.',
  // Issues: the table is shown, with these remarks.
  'ragged': 'Ligne {line} : {found} cellule(s) au lieu de {expected}.',
  'empty-row': 'Ligne {line} : ligne vide ignorée.',
  'duplicate-header': 'Colonne {column} : le nom « {name} » est déjà pris, renommée « {renamed} ».',
  'empty-header': 'Colonne {column} : sans nom, nommée « {renamed} ».',
  'repeated-header': 'Ligne {line} : l’en-tête est répété, ligne ignorée.',
  'title-row': 'Ligne {line} : ligne de titre avant l’en-tête, ignorée.',
  'comment-row': 'Ligne {line} : commentaire avant l’en-tête, ignoré.',
  'unclosed-quote': 'Ligne {line} : un guillemet n’est pas fermé.',
  'bad-quote': 'Ligne {line} : guillemet mal placé.',
  'float-code': 'Colonne « {name} » : identifiants écrits comme des nombres décimaux (ex. {sample}), des chiffres ont pu être perdus.',
  'nul-bytes': 'Le fichier contient {count} caractère(s) nul(s), retirés.',
  'encoding-fallback': 'Encodage détecté : Windows-1252 (le fichier n’est pas en UTF-8).',
  'bom-mismatch': 'Le fichier annonce UTF-8 (BOM) mais son contenu est en Windows-1252 : lu en Windows-1252.',
  'utf16-no-bom': 'Encodage détecté : UTF-16 sans marque d’ordre des octets.',
  'invalid-utf8': 'Le fichier mélange des encodages : {count} séquence(s) illisible(s) remplacée(s) par « � ».',
  'replacement-chars': 'Des caractères accentués sont déjà détruits dans le fichier source ({count} « � »), par exemple : « {sample} ».',
  'mojibake': 'Des accents semblent déjà abîmés dans le fichier source ({count} fois « Ã© » ou semblable), par exemple : « {sample} ».',
  'too-many-columns': 'Plus de {max} colonnes : les suivantes sont ignorées.',
  'not-object': '{count} élément(s) du JSON ne sont pas des objets et ont été ignorés.',
  'geometry-ignored': '{count} géométrie(s) autre(s) que des points ignorée(s).',
  'truncated-issues': '… et {count} autre(s) remarque(s) du même type.',
  'column-name': 'Colonne {index}',
} as const;

export type SourceTextKey = keyof typeof sourceFr;

export const sourceEn: Record<SourceTextKey, string> = {
  'empty': 'The file is empty.',
  'binary': 'The file is not text (it looks like a binary file: image, spreadsheet, archive…).',
  'html': 'The server sent a web page instead of a data file.',
  'no-header': 'The file has no readable header row.',
  'invalid-json': 'The file is not valid JSON ({detail}).',
  'unsupported-json': 'Unknown JSON shape: expected a list of objects, { "data": […] } or a GeoJSON FeatureCollection.',
  'no-records': 'The JSON holds no record.',
  'http': 'The file could not be downloaded (HTTP {status}).',
  'network': 'The file cannot be reached, or its server does not allow reading it from this site (CORS).',
  'read-failed': 'The file could not be read ({detail}).',
  'aborted': 'Reading cancelled.',
  'ragged': 'Row {line}: {found} cell(s) instead of {expected}.',
  'empty-row': 'Row {line}: empty row skipped.',
  'duplicate-header': 'Column {column}: the name “{name}” is already used, renamed “{renamed}”.',
  'empty-header': 'Column {column}: no name, named “{renamed}”.',
  'repeated-header': 'Row {line}: the header is repeated, row skipped.',
  'title-row': 'Row {line}: title row before the header, skipped.',
  'comment-row': 'Row {line}: comment before the header, skipped.',
  'unclosed-quote': 'Row {line}: a quote is not closed.',
  'bad-quote': 'Row {line}: misplaced quote.',
  'float-code': 'Column “{name}”: identifiers written as decimal numbers (e.g. {sample}), digits may have been lost.',
  'nul-bytes': 'The file contains {count} NUL character(s), removed.',
  'encoding-fallback': 'Detected encoding: Windows-1252 (the file is not UTF-8).',
  'bom-mismatch': 'The file announces UTF-8 (BOM) but its content is Windows-1252: read as Windows-1252.',
  'utf16-no-bom': 'Detected encoding: UTF-16 without byte order mark.',
  'invalid-utf8': 'The file mixes encodings: {count} unreadable sequence(s) replaced with “�”.',
  'replacement-chars': 'Accented characters are already destroyed in the source file ({count} “�”), for example: “{sample}”.',
  'mojibake': 'Accents look already damaged in the source file ({count} times “Ã©” or similar), for example: “{sample}”.',
  'too-many-columns': 'More than {max} columns: the others are ignored.',
  'not-object': '{count} JSON item(s) are not objects and were ignored.',
  'geometry-ignored': '{count} non-point geometry(ies) ignored.',
  'truncated-issues': '… and {count} more remark(s) of the same kind.',
  'column-name': 'Column {index}',
};

export type SourceParams = Record<string, string | number | undefined>;

/** The text of a code in French (default) or English, `{name}` placeholders filled. */
export function sourceText(key: SourceTextKey, params: SourceParams = {}, lang: 'fr' | 'en' = 'fr'): string {
  const template: string = (lang === 'en' ? sourceEn : sourceFr)[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
