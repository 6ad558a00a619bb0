/**
 * Saving generated text (a CSV export) as a file, without a server round trip: a Blob, an object
 * URL and a temporary `<a download>`. Nothing navigates and nothing is injected, so it works under a
 * strict Content-Security-Policy (no inline script or style, Trusted Types: `href` is not a sink).
 */

export interface DownloadOptions {
  /**
   * When to release the object URL (ms, default 10 s). Not immediately: the browser reads the blob
   * after the click returns, and some (Firefox, Safari) fail the download if the URL is already gone.
   */
  revokeAfterMs?: number;
}

const MAX_NAME = 120;

/**
 * Replaced by `_`: characters no file system accepts, control characters, and the bidirectional
 * controls that make "fichier\u202Evsc.exe" look like "fichierexe.csv".
 */
function unsafeChar(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x2028 || c === 0x2029 || '\\/:*?"<>|'.includes(ch);
}

/** A file name safe on every platform: unsafe characters replaced, no leading dot, bounded, never empty. */
export function safeFilename(name: string, fallback = 'export.txt'): string {
  let s = Array.from(String(name ?? '').normalize('NFC'), (ch) => (unsafeChar(ch) ? '_' : ch)).join('').replace(/^[\s.]+|[\s.]+$/g, '');
  if (s.length > MAX_NAME) {
    // keep a short extension ("a very long name….csv"), cut between characters, not inside one
    const dot = s.lastIndexOf('.');
    const ext = dot > 0 && s.length - dot <= 10 ? s.slice(dot) : '';
    let head = '';
    for (const ch of ext ? s.slice(0, dot) : s) {
      if (head.length + ch.length > MAX_NAME - ext.length) break;
      head += ch;
    }
    s = head + ext;
  }
  return s || fallback;
}

/**
 * Offers `text` as a file named `filename` (made safe, see `safeFilename`). Call it from a user
 * gesture (a button's click): browsers may block downloads that are not.
 * `mime` should carry the charset, e.g. `text/csv;charset=utf-8`.
 */
export function downloadText(filename: string, text: string, mime = 'text/plain;charset=utf-8', options: DownloadOptions = {}): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = safeFilename(filename);
  link.hidden = true;
  // The page's own click handlers (a router intercepting links) must not see this synthetic click.
  link.addEventListener('click', (event) => event.stopPropagation());
  // Firefox only downloads from a link that is in the document.
  (document.body ?? document.documentElement).append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), Math.max(0, options.revokeAfterMs ?? 10_000));
  }
}
