// The components' own browser tests, run against the classes as the script-tag bundle compiles
// them: Lit decorators rewritten to `static properties` by packages/embed/scripts/lit-decorators.mjs
// (the npm packages keep the standard decorators). Any behaviour difference introduced by that
// rewrite fails a component test here.
//
//   npx wtr --config test/embed/wtr-lowered.config.mjs
import base from '../../web-test-runner.config.mjs';
import { lowerLitDecorators } from '../../packages/embed/scripts/lit-decorators.mjs';

const lowered = new Set();

/** Runs before the esbuild plugin: receives the TypeScript source. */
const lowerLit = {
  name: 'parvis-lower-lit-decorators',
  transform(context) {
    if (!/\/packages\/(core|components)\/src\/.*\.ts$/.test(context.path) || /\.test\.ts$/.test(context.path)) return undefined;
    const body = typeof context.body === 'string' ? context.body : undefined;
    if (!body || !body.includes('@')) return undefined;
    const out = lowerLitDecorators(body, context.path);
    if (out === null) return undefined;
    lowered.add(context.path);
    return { body: out };
  },
  serverStop() {
    console.log(`[wtr-lowered] ${lowered.size} modules ran with Lit decorators rewritten to static properties`);
  },
};

export default {
  ...base,
  files: ['packages/core/src/**/*.test.ts', 'packages/components/src/**/*.test.ts'],
  plugins: [lowerLit, ...base.plugins],
  coverage: false,
  coverageConfig: undefined,
};
