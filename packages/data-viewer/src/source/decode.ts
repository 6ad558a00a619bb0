/**
 * Bytes → text for the data viewer: the decoder of `@parvis/core/text` (BOM, UTF-8, Windows-1252 of
 * French Excel, UTF-16, binary files refused), with its warnings and its "binary" error turned into
 * this package's `DataIssue`s and `DataSourceError`, so that the viewer shows them like every other
 * remark. The rules live in core: the venue finder reads files with the same ones.
 */
import { BinaryFileError, StreamDecoder as TextStreamDecoder, type DecodeWarning, type TextEncodingName } from '@parvis/core/text';
import { DataSourceError } from './errors.js';
import { makeIssue, type DataIssue } from './issues.js';
import type { SourceParams } from './messages.js';

export type { TextEncodingName };

export interface DecodeResult {
  text: string;
  encoding: TextEncodingName;
  warnings: DataIssue[];
}

/** The decoder's warning codes are this package's encoding issue kinds; only the defined params are kept. */
function issueOf(warning: DecodeWarning): DataIssue {
  const params: SourceParams = {};
  if (warning.count !== undefined) params['count'] = warning.count;
  if (warning.sample !== undefined) params['sample'] = warning.sample;
  return makeIssue(warning.code, params);
}

function rethrow(error: unknown): never {
  throw error instanceof BinaryFileError ? new DataSourceError('binary') : error;
}

/**
 * Incremental decoder: `write(chunk)` returns the text decoded so far (possibly ''), `end()` the rest.
 * Throws `DataSourceError('binary')` on a file that is surely not text.
 */
export class StreamDecoder {
  private readonly inner = new TextStreamDecoder();

  /** Bytes written so far. */
  get bytesIn(): number {
    return this.inner.bytesIn;
  }

  get encoding(): TextEncodingName {
    return this.inner.encoding;
  }

  write(chunk: Uint8Array): string {
    try {
      return this.inner.write(chunk);
    } catch (error) {
      rethrow(error);
    }
  }

  end(): string {
    try {
      return this.inner.end();
    } catch (error) {
      rethrow(error);
    }
  }

  /** Encoding remarks (fallback, mixed encodings, accents destroyed before we got the file). */
  warnings(): DataIssue[] {
    return this.inner.warnings().map(issueOf);
  }
}

/** Decodes a whole file. Throws `DataSourceError('binary')` on a file that is surely not text. */
export function decode(bytes: Uint8Array): DecodeResult {
  const decoder = new StreamDecoder();
  const text = decoder.write(bytes) + decoder.end();
  return { text, encoding: decoder.encoding, warnings: decoder.warnings() };
}
