/**
 * The bytes of a downloaded dataset → its text, with the decoder of `@parvis/core/text`: UTF-8 (with or
 * without BOM), Windows-1252 (French Excel's "CSV"), UTF-16; an Excel workbook or a PDF is refused.
 * Loaded with the parser only (worker or lazy chunk): the finder's page never carries it.
 */
import { BinaryFileError, decodeText } from '@parvis/core/text';
import { VenueDataError } from './errors.js';
import type { EncodingReport } from './quality.js';

/** Throws `VenueDataError('binary')` (French message) on a file that is not text. */
export function decodeDataset(bytes: ArrayBuffer | Uint8Array): { text: string; encoding: EncodingReport } {
  try {
    const { text, encoding, warnings } = decodeText(bytes);
    return { text, encoding: { name: encoding, warnings } };
  } catch (error) {
    if (error instanceof BinaryFileError) {
      throw new VenueDataError('binary', 'Le fichier n’est pas un texte CSV ou JSON (classeur Excel, PDF ?) : enregistrez-le en CSV.');
    }
    throw error;
  }
}
