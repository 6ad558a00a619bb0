/**
 * Parvis autoloader: the one file a webmaster loads with
 * `<script type="module" src=".../parvis.js"></script>`.
 *
 * It knows every pv-* tag and the chunk that defines it, looks for undefined pv-* elements in
 * the page (and in open shadow roots), loads only the chunks they need, and keeps watching
 * for elements added later. It imports nothing itself (no Lit): Lit and @parvis/core live in a
 * shared chunk loaded once with the first element.
 */
import loaders, { english } from 'virtual:parvis-loaders';

const PREFIX = 'pv-';
const requested = new Map<string, Promise<void>>();
const watched = new WeakSet<Node>();

let englishTexts: Promise<unknown> | undefined;
/** Has an element whose chunk uses the texts of core or of the primitives been requested? */
let textsUsed = false;

/**
 * French is built in; English texts (of core and the primitives) are a chunk of their own,
 * fetched once some part of the page is in English (`lang="en"`, `lang="en-GB"`…) and an element
 * that uses them is there, so a French page never downloads them (nor a page with only a widget
 * that brings its own texts).
 */
function texts(): Promise<unknown> {
  if (!englishTexts && textsUsed && document.querySelector('[lang|="en" i]')) englishTexts = english();
  return englishTexts ?? Promise.resolve();
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    if (record.type === 'attributes') void texts();
    for (const node of record.addedNodes) if (node.nodeType === 1) discover(node as Element);
  }
});

function check(el: Element): void {
  if (el.localName.startsWith(PREFIX) && !customElements.get(el.localName)) void load(el.localName);
  if (el.shadowRoot) discover(el.shadowRoot);
}

/**
 * Loads the element for `tag` (once). Resolves when it is defined; unknown tags resolve at once
 * with a warning.
 */
export function load(tag: string): Promise<void> {
  tag = tag.toLowerCase();
  let pending = requested.get(tag);
  if (!pending) {
    const [loader, needsTexts] = loaders[tag] ?? [];
    if (needsTexts) textsUsed = true;
    // English texts first when the page needs them, so elements never show French for a moment.
    pending = loader
      ? texts().then(loader).then(
          () => undefined,
          (error: unknown) =>
            // Another copy of Parvis on the page may have defined it meanwhile: then all is well.
            Promise.race([customElements.whenDefined(tag), new Promise((r) => setTimeout(r, 3000))]).then(() => {
              if (!customElements.get(tag)) console.error(`[parvis] <${tag}> n'a pas pu être chargé.`, error);
            }),
        )
      : Promise.resolve(console.warn(`[parvis] <${tag}> est inconnu : aucun élément Parvis ne porte ce nom.`));
    requested.set(tag, pending);
  }
  return pending;
}

/**
 * Loads every pv-* element under `root` and watches it for elements added later. Called on the
 * document at start; call it yourself for a closed shadow root or a detached tree.
 */
export function discover(root: Document | ShadowRoot | Element): void {
  if (root.nodeType === 1) check(root as Element);
  for (const el of root.querySelectorAll('*')) check(el);
  if (root.nodeType !== 1 && !watched.has(root)) {
    watched.add(root);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['lang'] });
  }
}

/** Every tag this copy of Parvis can load. */
export const tags: readonly string[] = Object.keys(loaders);

discover(document);
