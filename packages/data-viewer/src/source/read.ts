/**
 * Bytes of a source, chunk by chunk, then decoded, parsed and typed as they arrive: the whole pipeline
 * without the worker plumbing (the worker runs it, and so does the main thread when no worker can start).
 */
import { CsvStream, type CsvOptions } from './csv.js';
import { StreamDecoder } from './decode.js';
import { DataSourceError, abortError } from './errors.js';
import { parseJsonData } from './json.js';
import type { DataTable } from './table.js';

export type ReadSource = { url: string } | { blob: Blob } | { buffer: ArrayBuffer };

export interface ReadProgress {
  /** Bytes read so far. */
  loaded: number;
  /** Bytes in all, when known (Content-Length, Blob size). */
  total?: number;
  /** Data rows parsed so far (CSV). */
  rows: number;
  /**
   * The first rows of a CSV as written (column names and cells as text), given once, with the first
   * progress report: a page can show them while a big file is still being read.
   */
  preview?: TablePreview;
}

export interface TablePreview {
  columns: string[];
  rows: string[][];
}

export interface ReadOptions extends CsvOptions {
  onProgress?: (progress: ReadProgress) => void;
  signal?: AbortSignal;
  /** Decoded text handed to the parser at once (characters, default 1 M). */
  batchChars?: number;
}

const BUFFER_CHUNK = 1 << 20;

async function open(source: ReadSource, signal?: AbortSignal): Promise<{ reader: ReadableStreamDefaultReader<Uint8Array>; total?: number }> {
  if ('url' in source) {
    let response: Response;
    try {
      response = await fetch(source.url, { signal });
    } catch (error) {
      if (signal?.aborted) throw abortError();
      throw new DataSourceError('network', { detail: error instanceof Error ? error.message : String(error) });
    }
    if (!response.ok) throw new DataSourceError('http', { status: response.status });
    const length = Number(response.headers.get('content-length'));
    // A compressed response's length is not the length of what we read.
    const total = length > 0 && !response.headers.get('content-encoding') ? length : undefined;
    if (!response.body) return { reader: new Blob([await response.arrayBuffer()]).stream().getReader(), total };
    return { reader: response.body.getReader(), total };
  }
  if ('blob' in source) return { reader: source.blob.stream().getReader(), total: source.blob.size };
  const bytes = new Uint8Array(source.buffer);
  let at = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) controller.close();
      else {
        controller.enqueue(bytes.subarray(at, at + BUFFER_CHUNK));
        at += BUFFER_CHUNK;
      }
    },
  });
  return { reader: stream.getReader(), total: bytes.length };
}

/**
 * Reads, decodes and parses a CSV (or JSON, recognised by its first character) source. Rejects with
 * `DataSourceError` (French message) or an `AbortError`.
 */
export async function readSource(source: ReadSource, options: ReadOptions = {}): Promise<DataTable> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw abortError();
  const { reader, total } = await open(source, signal);
  const decoder = new StreamDecoder();
  const csv = new CsvStream(options);
  const batch = options.batchChars ?? 1 << 20;
  let format: 'csv' | 'json' | undefined;
  let pending: string[] = [];
  let pendingChars = 0;
  let loaded = 0;
  let previewed = false;
  const json: string[] = [];
  const flush = (): void => {
    if (pendingChars === 0) return;
    const text = pending.length === 1 ? pending[0]! : pending.join('');
    pending = [];
    pendingChars = 0;
    if (format === undefined) {
      const first = text.replace(/^[\uFEFF\s]+/, '')[0];
      if (first === undefined) {
        // Only blanks so far: wait for the first real character.
        pending = [text];
        pendingChars = text.length;
        return;
      }
      format = first === '[' || first === '{' ? 'json' : 'csv';
    }
    if (format === 'json') json.push(text);
    else csv.push(text);
  };
  try {
    for (;;) {
      if (signal?.aborted) throw abortError();
      const { done, value } = await reader.read();
      if (done) break;
      // Some streams hand over the whole file at once (Firefox's Blob.stream): take it by the
      // megabyte anyway, so that progress is reported and papaparse's rows die young.
      for (let at = 0; at < value.length; at += BUFFER_CHUNK) {
        const piece = value.length <= BUFFER_CHUNK ? value : value.subarray(at, at + BUFFER_CHUNK);
        loaded += piece.length;
        const text = decoder.write(piece);
        if (text) {
          pending.push(text);
          pendingChars += text.length;
        }
        if (pendingChars >= batch) {
          flush();
          const preview = previewed ? undefined : csv.preview();
          if (preview) previewed = true;
          onProgress?.({ loaded, total, rows: csv.rowCount, ...(preview ? { preview } : {}) });
        }
      }
    }
  } catch (error) {
    void reader.cancel().catch(() => {});
    if (signal?.aborted) throw abortError();
    if (error instanceof DataSourceError) throw error;
    throw new DataSourceError('read-failed', { detail: error instanceof Error ? error.message : String(error) });
  }
  const rest = decoder.end();
  if (rest) {
    pending.push(rest);
    pendingChars += rest.length;
  }
  flush();
  if (format === undefined) throw new DataSourceError('empty');
  const table = format === 'json' ? parseJsonData(json.join(''), options.schema) : csv.finish({ encoding: decoder.encoding, bytes: loaded }, decoder.warnings());
  table.source.encoding = decoder.encoding;
  table.source.bytes = loaded;
  if (format === 'json') {
    for (const issue of decoder.warnings()) {
      table.issues.unshift(issue);
      table.issueCounts[issue.kind] = (table.issueCounts[issue.kind] ?? 0) + 1;
    }
  }
  onProgress?.({ loaded, total, rows: table.rowCount });
  return table;
}
