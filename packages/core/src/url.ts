const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Returns the URL if its scheme is allow-listed (http, https, mailto, tel), otherwise undefined.
 * Data from open-data files and APIs is untrusted: a `javascript:` or `data:` link must never be
 * rendered as a link. Relative URLs are resolved against the document.
 */
export function safeUrl(raw: unknown, base: string = globalThis.location?.href ?? 'https://invalid.invalid/'): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const trimmed = raw.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, base);
    return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
