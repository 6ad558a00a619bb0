import { sourceText, type SourceParams } from './messages.js';

/** Remarks about a source that is still shown (the table is there, something deserves a look). */
export type IssueKind =
  // structure (CSV)
  | 'ragged' | 'empty-row' | 'duplicate-header' | 'empty-header' | 'repeated-header' | 'title-row' | 'comment-row'
  | 'unclosed-quote' | 'bad-quote' | 'too-many-columns'
  // values
  | 'float-code'
  // encoding
  | 'nul-bytes' | 'encoding-fallback' | 'bom-mismatch' | 'utf16-no-bom' | 'invalid-utf8' | 'replacement-chars' | 'mojibake'
  // JSON
  | 'not-object' | 'geometry-ignored';

export interface DataIssue {
  kind: IssueKind;
  /** Spreadsheet row number (the header is row 1, as a spreadsheet numbers it), when one row is concerned. */
  line?: number;
  /** 1-based column number, when one column is concerned. */
  column?: number;
  /** How many times it happened, for the kinds reported once for the whole file. */
  count?: number;
  /** Short excerpt of the data (text: show it as text only). */
  sample?: string;
  /** The French text (translate `kind` + `params` with `sourceText` for other languages). */
  message: string;
  params: SourceParams;
}

export function makeIssue(kind: IssueKind, params: SourceParams = {}): DataIssue {
  const issue: DataIssue = { kind, message: sourceText(kind, params), params };
  if (typeof params['line'] === 'number') issue.line = params['line'];
  if (typeof params['column'] === 'number') issue.column = params['column'];
  if (typeof params['count'] === 'number') issue.count = params['count'];
  if (typeof params['sample'] === 'string') issue.sample = params['sample'];
  return issue;
}

/** Keeps the first `perKind` issues of each kind and counts all: a file of 1,000,000 ragged rows stays small. */
export class IssueLog {
  readonly list: DataIssue[] = [];
  readonly counts: Partial<Record<IssueKind, number>> = {};
  constructor(private readonly perKind = 50) {}

  add(kind: IssueKind, params: SourceParams = {}): void {
    const n = (this.counts[kind] ?? 0) + 1;
    this.counts[kind] = n;
    if (n <= this.perKind) this.list.push(makeIssue(kind, params));
  }

  addIssue(issue: DataIssue): void {
    const n = (this.counts[issue.kind] ?? 0) + 1;
    this.counts[issue.kind] = n;
    if (n <= this.perKind) this.list.push(issue);
  }
}
