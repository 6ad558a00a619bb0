/**
 * CSV text → `DataTable`, with papaparse doing the RFC 4180 work (quotes, separators and line breaks
 * inside quotes). Text can be pushed in chunks as it is decoded: papaparse's own stream reader keeps
 * the partial last row of each chunk for the next one, so memory holds the text once, not the text
 * plus a copy.
 */
import Papa from 'papaparse';
import { decode, type TextEncodingName } from './decode.js';
import { DataSourceError } from './errors.js';
import type { DataIssue } from './issues.js';
import { sniffDelimiter, type Delimiter } from './sniff.js';
import { TableBuilder, type DataTable } from './table.js';
import type { TableSchema } from '../schema/types.js';

export interface CsvOptions {
  /** Separator; sniffed among `,` `;` tab `|` when not given. */
  delimiter?: Delimiter;
  /** A Table Schema: columns read with its types and number options, cells checked (`DataTable.checks`). */
  schema?: TableSchema;
}

/** Text kept before parsing starts, so the separator is sniffed on enough lines. */
const SNIFF_CHARS = 64 * 1024;
/** Characters handed to papaparse at once. */
const PARSE_CHARS = 1 << 20;

/**
 * A minimal Node-like readable for papaparse's `ReadableStreamStreamer`: every `push` parses
 * synchronously the rows it completes (there is nothing asynchronous in between).
 */
class TextFeed {
  readonly readable = true;
  private listeners: Record<string, ((arg?: unknown) => void)[]> = {};
  read(): void {}
  pause(): void {}
  resume(): void {}
  on(event: string, listener: (arg?: unknown) => void): void {
    (this.listeners[event] ??= []).push(listener);
  }
  removeListener(event: string, listener: (arg?: unknown) => void): void {
    this.listeners[event] = (this.listeners[event] ?? []).filter((l) => l !== listener);
  }
  emit(event: string, arg?: unknown): void {
    for (const listener of [...(this.listeners[event] ?? [])]) listener(arg);
  }
}

/** A page of an HTML error or login page served instead of the file (HTTP 200 with a web page). */
const HTML = /^\s*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;

export class CsvStream {
  private readonly table: TableBuilder;
  private feed: TextFeed | undefined;
  private buffered = '';
  private delimiter: Delimiter | undefined;
  /** A chunk ended with CR: its LF may be the first character of the next chunk. */
  private pendingCR = false;
  private error: unknown;

  constructor(options: CsvOptions = {}) {
    this.delimiter = options.delimiter;
    this.table = new TableBuilder(options.schema);
  }

  /** Data rows read so far. */
  /** The first rows read so far, as written (undefined before the header and a first row). */
  preview(): import('./read.js').TablePreview | undefined {
    return this.table.preview();
  }

  get rowCount(): number {
    return this.table.rowCount;
  }

  push(text: string): void {
    if (text.length === 0) return;
    if (this.pendingCR) text = '\r' + text;
    this.pendingCR = text.endsWith('\r');
    if (this.pendingCR) text = text.slice(0, -1);
    const clean = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
    if (this.feed) this.send(clean);
    else {
      this.buffered += clean;
      if (this.buffered.length >= SNIFF_CHARS) this.start();
    }
  }

  private start(): void {
    let text = this.buffered.replace(/^\uFEFF/, '');
    this.buffered = '';
    if (HTML.test(text.slice(0, 1024))) throw new DataSourceError('html');
    this.delimiter ??= sniffDelimiter(text);
    this.feed = new TextFeed();
    Papa.parse<string[]>(this.feed as unknown as File, {
      delimiter: this.delimiter,
      // Line breaks are normalised to LF on the way in: files mixing CRLF and LF are common.
      newline: '\n',
      quoteChar: '"',
      skipEmptyLines: false,
      chunk: (results) => this.onRows(results),
      error: (error: unknown) => {
        this.error = error;
      },
      complete: () => {},
    });
    this.send(text);
    text = '';
  }

  private send(text: string): void {
    // Parsed 1 M characters at a time even when the whole text is there: the row arrays of a chunk die
    // young (cheap to collect) instead of all living until the end next to the columns.
    for (let at = 0; at < text.length; at += PARSE_CHARS) {
      this.feed!.emit('data', at === 0 && text.length <= PARSE_CHARS ? text : text.slice(at, at + PARSE_CHARS));
      if (this.error) throw this.error;
    }
  }

  private onRows(results: Papa.ParseResult<string[]>): void {
    const base = this.table.nextLine;
    for (const error of results.errors) {
      if (error.row === undefined) continue;
      const kind = error.code === 'MissingQuotes' ? 'unclosed-quote' : error.code === 'InvalidQuotes' ? 'bad-quote' : undefined;
      if (kind) this.table.addParserIssue(kind, base + error.row);
    }
    this.table.addRows(results.data);
  }

  /** Parses what is left and returns the table. Throws `DataSourceError` (empty, html…). */
  finish(source: { encoding?: TextEncodingName; bytes?: number } = {}, warnings: DataIssue[] = []): DataTable {
    if (this.pendingCR) this.pendingCR = false;
    if (!this.feed) {
      if (this.buffered.trim() === '') throw new DataSourceError('empty');
      this.start();
    }
    this.feed!.emit('end');
    if (this.error) throw this.error;
    return this.table.finish({ format: 'csv', delimiter: this.delimiter, ...source }, warnings);
  }
}

/** Parses CSV text on the calling thread (small files, tests). Throws `DataSourceError`. */
export function parseCsvText(text: string, options: CsvOptions = {}): DataTable {
  const stream = new CsvStream(options);
  stream.push(text);
  return stream.finish();
}

/** Decodes (BOM, UTF-8, Windows-1252…) then parses CSV bytes on the calling thread. */
export function parseCsvBytes(bytes: Uint8Array, options: CsvOptions = {}): DataTable {
  const { text, encoding, warnings } = decode(bytes);
  const stream = new CsvStream(options);
  stream.push(text);
  return stream.finish({ encoding, bytes: bytes.length }, warnings);
}
