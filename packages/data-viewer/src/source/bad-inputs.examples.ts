/**
 * The bad-input catalogue of the open-data viewer as data, so that other suites (the element, the
 * download, a later worker-side filter) can replay it: real files from ../shared/data (served at
 * /shared-data/ to browser tests) and French cases written here. Each case names its input and either
 * the table expected (columns, types, rows as typed values, counts of issues by kind) or the error code.
 * Rows: numbers (NaN → null), dates as ISO text, booleans as true/false, text as is.
 */
import type { ColumnType } from './columns.js';
import type { TextEncodingName } from './decode.js';
import type { DataSourceErrorCode } from './errors.js';
import type { IssueKind } from './issues.js';
import type { Delimiter } from './sniff.js';

export type ExpectedCell = string | number | boolean | null;

export interface ExpectedTable {
  columns?: string[];
  types?: ColumnType[];
  rowCount?: number;
  /** The first rows (all of them when `rowCount` equals their number). */
  rows?: ExpectedCell[][];
  /** Exact counts for the kinds listed; kinds not listed must not occur unless `otherIssues`. */
  issues?: Partial<Record<IssueKind, number>>;
  otherIssues?: boolean;
  encoding?: TextEncodingName;
  delimiter?: Delimiter;
  format?: 'csv' | 'json' | 'geojson';
}

export interface BadInputCase {
  name: string;
  /** Path under /shared-data/. */
  file?: string;
  text?: string;
  /** Raw bytes (encodings, NUL…). */
  bytes?: number[];
  expect: ExpectedTable | { error: DataSourceErrorCode };
  /** csv-spectrum: compare with this JSON (records of strings) instead. */
  spectrumJson?: string;
}

const SPECTRUM = ['comma_in_quotes', 'empty', 'empty_crlf', 'escaped_quotes', 'json', 'newlines', 'newlines_crlf', 'quotes_and_newlines', 'simple', 'simple_crlf', 'utf8'];

const FR = 'frictionless-csv-fixtures/';
const LINT = 'csvlint-fixtures/';
const PAPA = 'papaparse-fixtures/';
const DET = 'csv-detective-fixtures/';
const SCDL = 'scdl-subventions-real/';

const latin = (s: string): number[] => Array.from(s, (ch) => ch.charCodeAt(0));
const utf8 = (s: string): number[] => Array.from(new TextEncoder().encode(s));

const three = ['Foo', 'Bsr', 'Baz'];
const biff = [['Biff', 'Baff', 'Boff'], ['Qux', 'Teaspoon', 'Doge']];
const idName = { columns: ['id', 'name'], types: ['integer', 'text'] as ColumnType[], rows: [[1, 'english'], [2, '中国人']] };

export const badInputCases: BadInputCase[] = [
  // csv-spectrum: 11 files with their expected JSON.
  ...SPECTRUM.map((name) => ({ name: `csv-spectrum ${name}`, file: `csv-spectrum/csvs/${name}.csv`, spectrumJson: `csv-spectrum/json/${name}.json`, expect: {} })),

  // frictionless fixtures
  { name: 'frictionless accent (code INSEE, coordinates)', file: `${FR}accent.csv`, expect: { delimiter: ';', rowCount: 2, types: ['text', 'text', 'text', 'text', 'text', 'code', 'code', 'number', 'number', 'integer', 'text', 'number', 'text', 'text', 'text', 'text', 'date'] } },
  { name: 'frictionless ascii-notvalid (UTF-8 µ €)', file: `${FR}ascii-notvalid.csv`, expect: { rows: [[1, 'ssµ', 'ab€']], encoding: 'utf-8' } },
  { name: 'frictionless blank-cells', file: `${FR}blank-cells.csv`, expect: { rowCount: 5, rows: [[1, 'Paul'], [2, 'John'], [3, 'George'], [4, 'Ringo'], [5, '']] } },
  { name: 'frictionless blank-headers', file: `${FR}blank-headers.csv`, expect: { columns: ['id', 'Colonne 2', 'age'], rows: [[1101, 'John', 30], [1102, 'Julie', 26]], issues: { 'empty-header': 1 } } },
  { name: 'frictionless blank-rows-no-fields', file: `${FR}blank-rows-no-fields.csv`, expect: { rowCount: 2, issues: { 'empty-row': 1 } } },
  { name: 'frictionless blank-rows (,,)', file: `${FR}blank-rows.csv`, expect: { rowCount: 2, issues: { 'empty-row': 1 } } },
  { name: 'frictionless bom', file: `${FR}bom.csv`, expect: { ...idName, encoding: 'utf-8-bom' } },
  { name: 'frictionless defective-rows', file: `${FR}defective-rows.csv`, expect: { rows: [[1101, 'John', null], [1102, 'Julie', 26]], issues: { ragged: 2 } } },
  { name: 'frictionless delimiter ;', file: `${FR}delimiter.csv`, expect: { ...idName, delimiter: ';' } },
  { name: 'frictionless doublequote (long quoted texts)', file: `${FR}doublequote.csv`, expect: { rowCount: 5, issues: {} } },
  { name: 'frictionless duplicate-column', file: `${FR}duplicate-column.csv`, expect: { columns: ['A', 'B', 'B (2)', 'C'], rows: [['a', 'b', 'C', 'c']], issues: { 'duplicate-header': 1 } } },
  { name: 'frictionless duplicate-headers (leading-zero id)', file: `${FR}duplicate-headers.csv`, expect: { columns: ['id', 'name', 'id (2)', 'age', 'id (3)'], types: ['integer', 'text', 'integer', 'integer', 'code'], rows: [[1101, 'John', 0, 30, '001101']], issues: { 'duplicate-header': 2 } } },
  { name: 'frictionless duplicate-rows kept', file: `${FR}duplicate-rows.csv`, expect: { rowCount: 3 } },
  { name: 'frictionless empty (0 byte)', file: `${FR}empty.csv`, expect: { error: 'empty' } },
  { name: 'frictionless encoding-issue-274', file: `${FR}encoding-issue-274.csv`, expect: { rowCount: 507, encoding: 'utf-8' } },
  { name: 'frictionless escaping (space after separator, \\")', file: `${FR}escaping.csv`, expect: { columns: ['ID', 'Test'], rowCount: 3, rows: [[1, ' "Test line 1"']] } },
  { name: 'frictionless invalid (blank + duplicate header, ragged)', file: `${FR}invalid.csv`, expect: { columns: ['id', 'name', 'Colonne 3', 'name (2)'], rowCount: 3, issues: { 'empty-header': 1, 'duplicate-header': 1, ragged: 3, 'empty-row': 1 } } },
  { name: 'frictionless issue-1009 comma (0123 kept)', file: `${FR}issue-1009-comma.csv`, expect: { rows: [['0123', 'c']], types: ['code', 'text'] } },
  { name: 'frictionless issue-1009 semicolon', file: `${FR}issue-1009-semicolon.csv`, expect: { rows: [['0123', 'c']], delimiter: ';' } },
  { name: 'frictionless largecellsize (100 kB cell)', file: `${FR}issue-1066-largecellsize.csv`, expect: { rowCount: 19, columns: ['Description', 'status'] } },
  { name: 'frictionless latin1', file: `${FR}latin1.csv`, expect: { rows: [[1, 'english'], [2, '©']], encoding: 'windows-1252', issues: { 'encoding-fallback': 1 } } },
  { name: 'frictionless leading-zeros', file: `${FR}leading-zeros.csv`, expect: { types: ['code'], rows: [['01'], ['002'], ['00003']] } },
  { name: 'frictionless skip-blank-at-the-end', file: `${FR}skip-blank-at-the-end.csv`, expect: { rowCount: 2, issues: { ragged: 1, 'empty-row': 1 } } },
  { name: 'frictionless skip-rows-before-headers (# comment)', file: `${FR}skip-rows-before-headers.csv`, expect: { ...idName, issues: { 'comment-row': 1 } } },
  { name: 'frictionless structure-errors', file: `${FR}structure-errors.csv`, expect: { rowCount: 3, issues: { 'empty-row': 1, ragged: 1 } } },
  { name: 'frictionless iso-8859-7 read as 1252, no crash', file: `${FR}table-infer-iso-8859-7.csv`, expect: { rowCount: 4, encoding: 'windows-1252', otherIssues: true } },
  { name: 'frictionless file name with spaces', file: `${FR}Table With Data.csv`, expect: idName },

  // csvlint fixtures
  { name: 'csvlint CR line endings', file: `${LINT}cr-line-endings.csv`, expect: { columns: ['Foo', 'Bar', 'Baz'], rows: biff } },
  { name: 'csvlint CRLF line endings', file: `${LINT}crlf-line-endings.csv`, expect: { columns: three, rows: biff } },
  { name: 'csvlint inconsistent line endings, unquoted', file: `${LINT}inconsistent-line-endings-unquoted.csv`, expect: { columns: three, rows: biff } },
  { name: 'csvlint inconsistent line endings, quoted', file: `${LINT}inconsistent-line-endings.csv`, expect: { columns: three, rows: biff } },
  { name: 'csvlint invalid byte sequence (Windows-1252)', file: `${LINT}invalid-byte-sequence.csv`, expect: { encoding: 'windows-1252', rowCount: 23, columns: ['Data', 'Dependencia Origem', 'Histórico', 'Data do Balancete', 'Número do documento', 'Valor'], issues: { 'encoding-fallback': 1 } } },
  { name: 'csvlint stray quote mid-file', file: `${LINT}invalid_many_rows.csv`, expect: { rowCount: 9, issues: { 'bad-quote': 1, 'empty-row': 2 } } },
  { name: 'csvlint LF line endings', file: `${LINT}lf-line-endings.csv`, expect: { columns: three, rows: biff } },
  { name: 'csvlint title row', file: `${LINT}title-row.csv`, expect: { columns: three, rows: biff, issues: { 'title-row': 1 } } },
  { name: 'csvlint valid', file: `${LINT}valid.csv`, expect: { rows: [[1, 2, 3], [3, 2, 1]] } },
  { name: 'csvlint valid many rows', file: `${LINT}valid_many_rows.csv`, expect: { rowCount: 6 } },
  { name: 'csvlint windows line endings', file: `${LINT}windows-line-endings.csv`, expect: { columns: ['a', 'b', 'c'], rows: [['d', 'e', 'f']] } },

  // csv-detective fixtures
  { name: 'csv-detective repeated headers, JSON in cells, INSEE codes', file: `${DET}a_test_file.csv`, expect: { delimiter: ';', rowCount: 404, issues: { 'repeated-header': 2 }, types: ['code', 'text', 'integer', 'text', 'code', 'text', 'number', 'number', 'number', 'text', 'text'] } },
  { name: 'csv-detective codes with leading zeros, partly empty', file: `${DET}b_test_file.csv`, expect: { types: ['code', 'code', 'integer'], rows: [['01', '01', 10], ['23', '84', 100], ['44', '32', 76], ['31', '32', null]] } },
  { name: 'csv-detective more cells than header', file: `${DET}c_test_file.csv`, expect: { delimiter: ';', rows: [['row A', 'row B']], issues: { ragged: 1 } } },

  // papaparse fixtures
  { name: 'papaparse sample (no final newline)', file: `${PAPA}sample.csv`, expect: { columns: ['A', 'B', 'C'], rows: [['X', 'Y', 'Z']] } },
  { name: 'papaparse sample-header (empty first cell)', file: `${PAPA}sample-header.csv`, expect: { rows: [['test title 01', 'test name 01'], ['', 'test name 02']] } },
  { name: 'papaparse utf-8 BOM', file: `${PAPA}utf-8-bom-sample.csv`, expect: { columns: ['A', 'B', 'C'], encoding: 'utf-8-bom' } },
  { name: 'papaparse long-sample (ISO datetimes)', file: `${PAPA}long-sample.csv`, expect: { rowCount: 7, types: ['text', 'text', 'text', 'date', 'date', 'text', 'text'] } },
  { name: 'papaparse verylong-sample (ragged)', file: `${PAPA}verylong-sample.csv`, expect: { rowCount: 2000, issues: { ragged: 4 } } },

  // Real French subsidies files (SCDL)
  { name: 'SCDL Lot: Windows-1252, ;, 40 000,00, trailing ;;;; rows', file: `${SCDL}DEP_Lot_Subventions_2017_DONNEES.xlsx_pour_exemple.csv`, expect: { encoding: 'windows-1252', delimiter: ';', rowCount: 13, issues: { 'encoding-fallback': 1, 'empty-row': 21 }, types: ['text', 'code', 'date', 'text', 'text', 'code', 'text', 'number', 'text', 'text', 'text', 'text', 'boolean', 'integer'], rows: [['Departement du Lot', '22460001500511', '2017-12-21', 'CP 2017-11-13', 'Association des maires et élus du Lot', '44259700100035', 'Soutien financier', 40000, 'aide en numéraire', 'unique', '2018-01-01_2018-03-31', '', false, 1]] } },
  { name: 'SCDL Nièvre: Windows-1252, NBSP thousands', file: `${SCDL}DEP_Nievre_CD58_SUBVENTIONS_2016_LISTE.csv`, expect: { encoding: 'windows-1252', delimiter: ',', rowCount: 97, otherIssues: true } },
  { name: 'SCDL Somme: UTF-8 BOM then a Windows-1252 body', file: `${SCDL}DEP_Somme_TB_20180302_DONNEES_CONVENTIONS.csv`, expect: { encoding: 'windows-1252', rowCount: 41, issues: { 'bom-mismatch': 1 }, rows: [['Département de la Somme', '22800001400016', '2017-09-08', '6.2', 'AILLY SUR NOYE', '21800009900018', "Création d'une aire de camping-cars au plan d'eau de Berny-sur-Noye, sur une assiette subventionnable estimée à 89 852 € HT", 26956]] } },
  { name: 'SCDL Somme: Windows-1252, 2018/01/30 dates', file: `${SCDL}DEP_Somme_TB_20180330_DONNEES_CONVENTIONS.csv`, expect: { encoding: 'windows-1252', rowCount: 11, issues: { 'encoding-fallback': 1 } } },
  { name: 'SCDL Poitiers: SIRET as floats flagged', file: `${SCDL}SCDL_COM_Poitiers_subventions-directes-associations-2017.csv`, expect: { encoding: 'utf-8', rowCount: 562, issues: { 'float-code': 2 }, types: ['integer', 'text', 'code', 'text', 'date', 'text', 'text', 'code', 'text', 'number', 'boolean'] } },
  { name: 'SCDL Haute-Garonne: 2400.0 amounts, non booleans', file: `${SCDL}SCDL_DEP_Haute_Garonne_datalocale-subvention.csv`, expect: { rowCount: 69, types: ['text', 'code', 'date', 'text', 'code', 'text', 'text', 'number', 'text', 'text', 'text', 'text', 'boolean', 'number'] } },
  { name: 'SCDL exemple valide (RNA codes)', file: `${SCDL}exemple_valide.csv`, expect: { delimiter: ',', rowCount: 29, issues: {}, rows: [['ANTIBES', '21060004500392', '2015-07-07', 'CONV N° 2074-15 2015-06-19', "CEA DU PERSONNEL DE LA VILLE D'ANTIBES JUAN-LES-PINS ", '52499120500013', 'W333216789', 'Fonctionnement', 99786.57]] } },

  // French cases written here
  { name: 'FR decimal comma and ; separator', text: 'commune;montant\nAgen;12,5\nAuch;1 234,56\n', expect: { delimiter: ';', types: ['text', 'number'], rows: [['Agen', 12.5], ['Auch', 1234.56]] } },
  { name: 'FR NBSP and narrow NBSP thousands', text: 'n;v\na;1\u00a0234\nb;12\u202f345\u202f678\nc;7\n', expect: { types: ['text', 'integer'], rows: [['a', 1234], ['b', 12345678], ['c', 7]] } },
  { name: 'FR space thousands with decimals, negative', text: 'solde;n\n-40 000,00;a\n1 000,5;b\n', expect: { types: ['number', 'text'], rows: [[-40000, 'a'], [1000.5, 'b']] } },
  { name: 'FR bad thousands groups stay text', text: 'v\n12 34\n5\n', expect: { types: ['text'] } },
  { name: 'FR mixed 1,5 and 1.5 stays text', text: 'v;w\n1,5;a\n1.5;b\n', expect: { types: ['text', 'text'] } },
  { name: 'FR code postal with leading zero', text: 'cp,ville\n01000,Bourg-en-Bresse\n75001,Paris\n', expect: { types: ['code', 'text'], rows: [['01000', 'Bourg-en-Bresse'], ['75001', 'Paris']] } },
  { name: 'FR code postal without leading zero under its name', text: 'code_postal,ville\n75001,Paris\n69001,Lyon\n', expect: { types: ['code', 'text'] } },
  { name: 'FR INSEE codes of Corsica (2A004)', text: 'insee;nom\n2A004;Ajaccio\n2B033;Bastia\n06088;Nice\n', expect: { types: ['code', 'text'], rows: [['2A004', 'Ajaccio'], ['2B033', 'Bastia'], ['06088', 'Nice']] } },
  { name: 'FR SIREN (9 digits) and SIRET (14 digits) are codes', text: 'siren;siret;effectif\n123456789;12345678900011;12\n987654321;98765432100022;3\n', expect: { types: ['code', 'code', 'integer'] } },
  { name: 'FR dates day first and ISO', text: 'debut;fin;maj\n01/03/2024;2024-03-31;13/12/2022 17:51\n15/12/2024;2024-12-31;01/01/2023 08:00\n', expect: { types: ['date', 'date', 'date'], rows: [['2024-03-01', '2024-03-31', '2022-12-13T17:51:00.000Z'], ['2024-12-15', '2024-12-31', '2023-01-01T08:00:00.000Z']] } },
  { name: 'FR impossible date 31/02 stays text', text: 'd\n31/02/2024\n01/01/2024\n', expect: { types: ['text'] } },
  { name: 'FR month-first dates are not guessed', text: 'd\n12/31/2024\n', expect: { types: ['text'] } },
  { name: 'FR booleans oui/non, Oui/NON', text: 'nom;ouvert\nA;oui\nB;NON\nC;Oui\n', expect: { types: ['text', 'boolean'], rows: [['A', true], ['B', false], ['C', true]] } },
  { name: 'FR NC and - are empty in a numeric column', text: 'montant\n10\nNC\n-\n20\n', expect: { types: ['integer'], rows: [[10], [null], [null], [20]] } },
  { name: 'FR UTF-8 BOM with CRLF', bytes: [0xef, 0xbb, 0xbf, ...utf8('nom;prénom\r\nDurand;Élodie\r\n')], expect: { encoding: 'utf-8-bom', columns: ['nom', 'prénom'], rows: [['Durand', 'Élodie']] } },
  { name: 'FR Windows-1252 accents and €', bytes: [...latin('libell\xe9;montant\r\n'), ...latin('Caf\xe9 '), 0x80, ...latin(';3\r\n'), ...latin('c\x9cur;4\r\n')], expect: { encoding: 'windows-1252', columns: ['libellé', 'montant'], rows: [['Café €', 3], ['cœur', 4]], issues: { 'encoding-fallback': 1 } } },
  { name: 'FR Windows-1252 accent only after 70 kB of ASCII', bytes: [...latin('a;b\n'), ...latin('x;1\n'.repeat(18000)), ...latin('\xe9t\xe9;2\n')], expect: { encoding: 'windows-1252', rowCount: 18001 , otherIssues: true } },
  { name: 'FR accents already destroyed (U+FFFD)', text: 'commune\nSaint-\uFFFDtienne\nB\uFFFDziers\n', expect: { issues: { 'replacement-chars': 1 }, encoding: 'utf-8' } },
  { name: 'FR mojibake Ã© already in the file', text: 'commune\nSaint-Ã‰tienne\nBÃ©ziers\n', expect: { issues: { mojibake: 1 } } },
  { name: 'FR UTF-8 file with one Windows-1252 byte late', bytes: [...utf8('nom\nÉcole\nÉté\n'), ...latin('x\n'.repeat(100)), ...latin('caf\xe9\n')], expect: { encoding: 'utf-8', issues: { 'invalid-utf8': 1 } } },
  { name: 'FR UTF-16LE with BOM (Excel "Texte Unicode")', bytes: [0xff, 0xfe, ...Array.from('nom\tville\r\nÉlodie\tAgen\r\n').flatMap((ch) => [ch.charCodeAt(0) & 255, ch.charCodeAt(0) >> 8])], expect: { encoding: 'utf-16le', delimiter: '\t', rows: [['Élodie', 'Agen']] } },
  { name: 'FR UTF-16BE with BOM', bytes: [0xfe, 0xff, ...Array.from('a,b\n1,é\n').flatMap((ch) => [ch.charCodeAt(0) >> 8, ch.charCodeAt(0) & 255])], expect: { encoding: 'utf-16be', rows: [[1, 'é']] } },
  { name: 'FR UTF-16LE without BOM', bytes: Array.from('nom;age\nAnne;30\nLuc;41\n').flatMap((ch) => [ch.charCodeAt(0) & 255, 0]), expect: { encoding: 'utf-16le', rows: [['Anne', 30], ['Luc', 41]], issues: { 'utf16-no-bom': 1 } } },
  { name: 'FR tab separator', text: 'a\tb\n1\t2\n', expect: { delimiter: '\t', rows: [[1, 2]] } },
  { name: 'FR pipe separator', text: 'a|b|c\n1|x|3\n', expect: { delimiter: '|', rows: [[1, 'x', 3]] } },
  { name: 'FR ; separator with commas in text', text: 'nom;adresse\nMairie;1, place de la Mairie\nPoste;2, rue Haute\n', expect: { delimiter: ';', rows: [['Mairie', '1, place de la Mairie'], ['Poste', '2, rue Haute']] } },
  { name: 'FR quoted ; and line break in a cell', text: 'nom;horaires\n"Mairie";"lun. 9h-12h;\nmar. 14h-17h"\n', expect: { rows: [['Mairie', 'lun. 9h-12h;\nmar. 14h-17h']] } },
  { name: 'FR ragged rows padded and reported', text: 'a;b;c\n1;2\n1;2;3;4\n', expect: { rows: [[1, 2, null], [1, 2, 3]], issues: { ragged: 2 } } },
  { name: 'FR trailing ; on every line is not ragged', text: 'a;b;\n1;2;\n3;4;\n', expect: { columns: ['a', 'b'], rows: [[1, 2], [3, 4]], issues: {} } },
  { name: 'FR empty file', text: '', expect: { error: 'empty' } },
  { name: 'FR whitespace only', text: ' \n\r\n\t\n', expect: { error: 'empty' } },
  { name: 'FR only a header', text: 'code_insee;nom;population\n', expect: { columns: ['code_insee', 'nom', 'population'], rowCount: 0, rows: [] } },
  { name: 'FR huge field (1 MB)', text: `id;texte\n1;"${'é'.repeat(1 << 20)}"\n2;court\n`, expect: { rowCount: 2, types: ['integer', 'text'] } },
  { name: 'FR NUL bytes removed', bytes: [...utf8('a,b\n1,x'), 0, ...utf8('y\n')], expect: { rows: [[1, 'xy']], issues: { 'nul-bytes': 1 } } },
  { name: 'FR binary file (xlsx) refused', bytes: [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0, 0, 0, 33, 0], expect: { error: 'binary' } },
  { name: 'FR binary with many NUL refused', bytes: [1, 2, 3, ...new Array(200).fill(0), 7, 8, 9, 10, 0, 11, 0, 0, 12], expect: { error: 'binary' } },
  { name: 'FR HTML page instead of CSV', text: '<!DOCTYPE html>\n<html lang="fr"><head><title>Connexion</title></head><body>Veuillez vous connecter</body></html>\n', expect: { error: 'html' } },
  { name: 'FR hostile header names', text: '__proto__;constructor;<img src=x onerror=alert(1)>;=HYPERLINK("http://x");\u202Egnp.exe\nvaleur;1;2;3;4\n', expect: { columns: ['__proto__', 'constructor', '<img src=x onerror=alert(1)>', '=HYPERLINK("http://x")', '\u202Egnp.exe'], rows: [['valeur', 1, 2, 3, 4]] } },
  { name: 'FR formula-like cells stay text', text: 'a\n=1+1\n+33 1 23 45 67 89\n@SUM(A1)\n', expect: { types: ['text'], rows: [['=1+1'], ['+33 1 23 45 67 89'], ['@SUM(A1)']] } },
  { name: 'FR 20-digit identifiers are not numbers', text: 'ref\n12345678901234567890\n22345678901234567891\n', expect: { types: ['code'] } },
  { name: 'FR single column file', text: 'commune\nAgen\nAuch\n', expect: { columns: ['commune'], rows: [['Agen'], ['Auch']] } },
  { name: 'FR unclosed quote at the end', text: 'a;b\n1;"non fermé\n', expect: { rowCount: 1, issues: { 'unclosed-quote': 1 } } },
  { name: 'JSON array of objects', text: '[{"code":"01000","nom":"Bourg","pop":41000,"ok":true},{"code":"2A004","nom":"Ajaccio","pop":null,"ok":false}]', expect: { format: 'json', types: ['code', 'text', 'integer', 'boolean'], rows: [['01000', 'Bourg', 41000, true], ['2A004', 'Ajaccio', null, false]] } },
  { name: 'JSON { data: [...] } (Tabular API)', text: '{"data":[{"__id":1,"a":"x"}],"meta":{"total":1}}', expect: { columns: ['__id', 'a'], rows: [[1, 'x']] } },
  { name: 'JSON { results: [...] } (Opendatasoft)', text: '{"total_count":1,"results":[{"nom":"Agen","geo":{"lon":0.6,"lat":44.2}}]}', expect: { columns: ['nom', 'geo.lon', 'geo.lat'], rows: [['Agen', 0.6, 44.2]] } },
  { name: 'JSON CKAN result.records', text: '{"success":true,"result":{"records":[{"_id":1,"v":"1,5"}]}}', expect: { columns: ['_id', 'v'], rows: [[1, 1.5]] } },
  { name: 'GeoJSON points', text: '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"nom":"A"},"geometry":{"type":"Point","coordinates":[2.35,48.85]}},{"type":"Feature","properties":{"nom":"B"},"geometry":{"type":"Polygon","coordinates":[]}}]}', expect: { format: 'geojson', columns: ['nom', 'longitude', 'latitude'], rows: [['A', 2.35, 48.85], ['B', null, null]], issues: { 'geometry-ignored': 1 } } },
  { name: 'JSON not an array', text: '{"message":"not found"}', expect: { error: 'unsupported-json' } },
  { name: 'JSON invalid', text: '[{"a":1},', expect: { error: 'invalid-json' } },
  { name: 'JSON empty array', text: '[]', expect: { error: 'no-records' } },
  { name: 'JSON array of arrays', text: '[["a","b"],[1,"x"],[2,"y"]]', expect: { columns: ['a', 'b'], rows: [[1, 'x'], [2, 'y']] } },
  { name: 'JSON __proto__ key', text: '[{"__proto__":{"polluted":1},"a":1}]', expect: { columns: ['__proto__.polluted', 'a'], rows: [[1, 1]] } },
];
