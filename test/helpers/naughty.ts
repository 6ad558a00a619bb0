/**
 * The Big List of Naughty Strings (shared/data), served by the test server under /shared-data/.
 * Used as labels and values: every one must be shown as text, nothing may execute.
 */
let cache: Promise<string[]> | undefined;

export function naughtyStrings(): Promise<string[]> {
  cache ??= fetch('/shared-data/big-list-of-naughty-strings/blns.json')
    .then((r) => {
      if (!r.ok) throw new Error('blns.json not found: is ../shared/data next to the repository?');
      return r.json() as Promise<string[]>;
    })
    .then((list) => list.filter((s) => typeof s === 'string'));
  return cache;
}

/** A canary the hostile strings would trip if any script or handler from data ran. */
export function installCanary(): () => boolean {
  const w = window as unknown as Record<string, unknown>;
  delete w.__pwned;
  for (const name of ['alert', 'confirm', 'prompt']) w[name] = () => { w.__pwned = true; };
  return () => w.__pwned === true;
}
