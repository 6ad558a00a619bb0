/**
 * Widget state in the host page's address (the opt-in `url-state` of the widgets). A module of its
 * own: only the on-demand URL-state parts of the widgets import it, so no page pays for it otherwise.
 */
/** Longer texts read from an address are cut: a crafted link cannot make a widget search a novel. */
export const MAX_PARAM_TEXT = 200;

/** Control characters (C0, DEL, C1) and unpaired surrogates: never part of a search or a label. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A text from an address: without controls, trimmed, at most `max` characters (cut between code points). */
export function cleanParamText(value: unknown, max = MAX_PARAM_TEXT): string {
  if (typeof value !== 'string') return '';
  // Inner spaces are kept as they are: a value may hold a no-break space (« … »).
  const s = value.replace(CONTROLS, ' ').trim();
  if (s.length <= max) return s;
  let out = '';
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out.trim();
}

/** The parameter name of one `name=value` piece of a query string, decoded; undefined if malformed. */
function pieceName(piece: string): string | undefined {
  const eq = piece.indexOf('=');
  try {
    return decodeURIComponent((eq < 0 ? piece : piece.slice(0, eq)).replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * The address `url` with the parameters a widget owns (`owns(name)`) replaced by `params`. The host
 * page's own parameters and the fragment are left exactly as they were: the query string is edited
 * piece by piece, not re-serialised. `url` itself is not changed.
 */
export function replaceQueryParams(url: URL, owns: (name: string) => boolean, params: URLSearchParams): string {
  const kept = url.search.slice(1).split('&').filter((piece) => piece !== '' && !owns(pieceName(piece) ?? ''));
  const added = params.toString();
  const next = new URL(url.href);
  const query = [...kept, ...(added ? [added] : [])].join('&');
  next.search = query ? `?${query}` : '';
  return next.href;
}
