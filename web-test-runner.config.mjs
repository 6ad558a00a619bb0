// Browser tests: @web/test-runner + @open-wc/testing in Debian's Chromium (never a downloaded browser).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { sharedDataMiddleware } from './test/wtr-shared-data.mjs';
import { geocoderReplay } from './test/geocoder-replay/middleware.mjs';
import { apiReplay } from './test/api-replay/middleware.mjs';
import { workerSourceMiddleware } from './test/worker-source.mjs';
import { axTreePlugin } from './test/wtr-ax-tree.mjs';
import { umdAsEsm } from './test/wtr-cjs.mjs';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const args = [
  '--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
  // Test files run in parallel tabs; a background tab gets no animation frames, and fixture()
  // waits for one. Keep every tab running at full speed.
  '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows',
];

export default {
  rootDir: '.',
  files: ['packages/*/src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  // 'parvis-source' maps @parvis/* imports to their TypeScript sources (see the packages' exports).
  nodeResolve: { exportConditions: ['parvis-source', 'development'] },
  concurrency: 2,
  // geocoderReplay: canned Géoplateforme answers on the test server (no test reaches the internet)
  // apiReplay: canned data.gouv.fr Tabular, CKAN, Opendatasoft and Datasette answers (data viewer)
  // workerSourceMiddleware: `new URL('./worker.js', import.meta.url)` finds the worker's .ts source
  middleware: [sharedDataMiddleware, geocoderReplay, apiReplay, workerSourceMiddleware],
  // target es2022: esbuild lowers standard decorators and `accessor` (Chromium has no native decorators).
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.base.json' }),
    umdAsEsm,
    axTreePlugin,
  ],
  // Playwright gives each test file its own browser context (its own window): focus and keyboard
  // tests stay reliable with several files in parallel, unlike tabs of one window.
  browsers: [playwrightLauncher({ product: 'chromium', launchOptions: { executablePath, headless: true, args } })],
  coverageConfig: {
    include: ['packages/core/src/**/*.ts', 'packages/components/src/**/*.ts', 'packages/venue-finder/src/**/*.ts', 'packages/data-viewer/src/**/*.ts'],
    exclude: ['**/*.test.ts', '**/*.examples.ts', '**/node_modules/**'],
    threshold: { statements: 90, branches: 80, functions: 85, lines: 90 },
    report: true,
    reportDir: 'coverage',
  },
  testFramework: { config: { timeout: 10000 } },
};
