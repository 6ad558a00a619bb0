/**
 * `@parvis/core/text`: bytes of a data file → text (BOM, UTF-8, Windows-1252, UTF-16, binary files
 * refused, damage already in the file counted). DOM-free: safe to import in a worker.
 */
export { BinaryFileError, decodeText, type DecodedText, type DecodeWarning, type DecodeWarningCode, type TextEncodingName } from './decode.js';
export { StreamDecoder } from './stream-decoder.js';
