// Custom Elements Manifest of the Parvis elements, from the JSDoc of the TypeScript sources.
// Run with `pnpm cem` (scripts/cem.mjs), which writes it twice: ./custom-elements.json (Storybook's
// autodocs) and packages/components/custom-elements.json (published with @parvis/components).
import { posix } from 'node:path';

/** Parvis registers elements with `define('pv-x', Class)` (core/define.ts), not `customElements.define`. */
function parvisDefinePlugin() {
  return {
    name: 'parvis-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, klass] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !klass || !ts.isIdentifier(klass)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module: moduleDoc.path } },
      ];
    },
  };
}

/** JSDoc tags the analyzer does not know, kept on the declaration (`@status stable`, `@since 0.1.0`). */
function parvisExtraTagsPlugin() {
  return {
    name: 'parvis-extra-jsdoc-tags',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.text);
      if (!declaration) return;
      for (const tag of ts.getJSDocTags(node)) {
        const name = tag.tagName.text;
        if (name !== 'status' && name !== 'since') continue;
        const text = typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment);
        if (text) declaration[name] = text.trim();
      }
    },
  };
}

/**
 * The analyzer's inheritance step gives an overriding member the type of the base member (e.g. the
 * abstract `value: V`) and marks it inherited. Remember which class declared what, and its own type.
 */
function parvisOwnMembersPlugin() {
  return {
    name: 'parvis-own-members',
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          item.__owner = declaration.name;
          item.__ownType = item.type;
        }
      }
    },
  };
}

/** Members that are public in TypeScript but are not part of an element's API. */
const INTERNAL_MEMBERS = new Set([
  'styles', 'shadowRootOptions', 'formAssociated', 'observedAttributes', 'properties',
  'connectedCallback', 'disconnectedCallback', 'attributeChangedCallback', 'adoptedCallback',
  'formAssociatedCallback', 'formResetCallback', 'formDisabledCallback', 'formStateRestoreCallback',
  'render', 'update', 'updated', 'firstUpdated', 'willUpdate', 'shouldUpdate', 'createRenderRoot',
]);

/**
 * Only the public API goes in the manifest: no `#private`, `private`, `protected` or `@state` members
 * (Lit's `@state` fields are declared protected/private here), no symbol-keyed members, no lifecycle
 * callbacks. Attributes get Lit's real names (a property without `attribute:` maps to its lowercased name).
 */
function parvisPublicApiPlugin() {
  const isPublic = (member) =>
    !/^[#[]/.test(member.name ?? '') &&
    member.privacy !== 'private' &&
    member.privacy !== 'protected' &&
    !INTERNAL_MEMBERS.has(member.name);
  const restoreOwn = (declaration) => (item) => {
    const { __owner, __ownType, ...clean } = item;
    if (__owner === declaration.name) {
      delete clean.inheritedFrom;
      if (__ownType) clean.type = __ownType;
    }
    return clean;
  };
  return {
    name: 'parvis-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        // Re-exports of excluded modules (i18n) keep their relative specifier: make it a module path.
        for (const exp of mod.exports ?? []) {
          const ref = exp.declaration;
          if (ref?.module?.startsWith('.')) ref.module = posix.join(posix.dirname(mod.path), ref.module).replace(/\.js$/, '.ts');
        }
        for (const declaration of mod.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.map(restoreOwn(declaration)).filter(isPublic);
            for (const member of declaration.members) if (member.attribute) member.attribute = member.attribute.toLowerCase();
            if (declaration.members.length === 0) delete declaration.members;
          }
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.map(restoreOwn(declaration)).map((a) => ({ ...a, name: a.name.toLowerCase() }));
          }
        }
      }
    },
  };
}

export default {
  globs: ['packages/core/src/**/*.ts', 'packages/components/src/**/*.ts', 'packages/venue-finder/src/{finder,card,report,address}/*.ts', 'packages/data-viewer/src/{viewer,table,chart}/*.ts'],
  exclude: [
    '**/*.test.ts',
    '**/*.examples.ts',
    '**/*.stories.ts',
    '**/*.d.ts',
    'packages/components/src/i18n/**',
    'packages/core/src/localize/fr.ts',
    'packages/core/src/localize/en.ts',
    'packages/venue-finder/src/finder/finder.fr.ts',
    'packages/venue-finder/src/finder/finder.en.ts',
    'packages/venue-finder/src/report/report.fr.ts',
    'packages/venue-finder/src/report/report.en.ts',
    'packages/venue-finder/src/address/address-search.fr.ts',
    'packages/venue-finder/src/address/address-search.en.ts',
    'packages/data-viewer/src/*/*.fr.ts',
    'packages/data-viewer/src/*/*.en.ts',
  ],
  outdir: '.',
  litelement: true,
  // Do not let the analyzer edit the root package.json (@parvis/components already declares `customElements`).
  packagejson: false,
  plugins: [parvisDefinePlugin(), parvisExtraTagsPlugin(), parvisOwnMembersPlugin(), parvisPublicApiPlugin()],
};
