// Lint: typescript-eslint + Lit + Lit-a11y, and the security rules of a strict-CSP library:
// no unsafeHTML / unsafeSVG, no innerHTML / outerHTML / insertAdjacentHTML, no styleMap, no style= bindings.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

const forbiddenImports = {
  paths: [
    { name: 'lit/directives/unsafe-html.js', message: 'Untrusted data is always text: no unsafeHTML.' },
    { name: 'lit/directives/unsafe-svg.js', message: 'No unsafeSVG: write the SVG in an svg`` template.' },
    { name: 'lit/directives/style-map.js', message: 'No styleMap: style attributes break a strict CSP.' },
    { name: 'lit-html/directives/unsafe-html.js', message: 'Untrusted data is always text: no unsafeHTML.' },
    { name: 'lit-html/directives/style-map.js', message: 'No styleMap: style attributes break a strict CSP.' },
  ],
};

const forbiddenSyntax = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'No innerHTML/outerHTML: build nodes or use Lit templates.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML.' },
  { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'No document.write.' },
  { selector: "TaggedTemplateExpression[tag.name=/^(html|svg)$/] TemplateElement[value.raw=/\\sstyle=[\"']?$/]", message: 'No style= bindings in templates (strict CSP): use classes and tokens.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'storybook-static/**', 'coverage/**', '**/*.d.ts', 'custom-elements.json', 'packages/tokens/themes/**/*.css'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended ?? {},
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    rules: {
      'no-restricted-imports': ['error', forbiddenImports],
      'no-restricted-syntax': ['error', ...forbiddenSyntax],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests may poke at internals and use loose types on purpose.
    files: ['**/*.test.ts', 'test/**/*.ts', 'test/**/*.mjs'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
