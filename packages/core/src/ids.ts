let counter = 0;

/**
 * A document-unique id for elements that are referenced from the light DOM (announcer, error
 * summary links). Ids inside a shadow root only need to be unique in that root, so components
 * use fixed ids there and never call this.
 */
export function uniqueId(prefix = 'pv'): string {
  counter += 1;
  return `${prefix}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

/** Joins non-empty id references for `aria-describedby` / `aria-labelledby`; undefined when empty. */
export function idRefs(...ids: Array<string | false | null | undefined>): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return list.length ? list.join(' ') : undefined;
}
