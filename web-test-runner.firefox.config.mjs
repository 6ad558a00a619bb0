// Second engine: the same WTR suite in Debian's Firefox ESR (never a downloaded browser).
// puppeteer-core 25 drives Firefox over WebDriver BiDi (no geckodriver, no Playwright build).
//   pnpm test:firefox                                         whole suite
//   pnpm test:firefox -- --files "packages/core/src/**/*.test.ts"
// FIREFOX_PATH overrides the browser (default /usr/bin/firefox-esr). No coverage: V8-only.
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import base from './web-test-runner.config.mjs';

const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';


/**
 * puppeteer-core 25's WebDriver BiDi keyboard knows `KeyA`…`Quote` but not `Space` (CDP's key table
 * has it): `sendKeys({ press: 'Space' })` throws "Unknown key". Map it to ' ', the same key.
 */
async function createPage({ context }) {
  const page = await context.newPage();
  const keyboard = page.keyboard;
  for (const method of ['press', 'down', 'up']) {
    const original = keyboard[method].bind(keyboard);
    keyboard[method] = (key, ...rest) => original(key === 'Space' ? ' ' : key, ...rest);
  }
  return page;
}

export default {
  ...base,
  coverage: false,
  coverageConfig: undefined,
  // The ax-tree command reads Chromium's tree over CDP; without it those tests skip in Firefox.
  plugins: base.plugins.filter((plugin) => plugin.name !== 'ax-tree-command'),
  // One Firefox page at a time: BiDi sessions are heavier and the machine has 2 cores.
  concurrency: 1,
  browsers: [
    puppeteerLauncher({
      createPage,
      launchOptions: {
        browser: 'firefox',
        executablePath,
        headless: true,
        // Quiet, offline-friendly profile: no updates, telemetry or remote settings in the sandbox.
        extraPrefsFirefox: {
          'app.update.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'network.connectivity-service.enabled': false,
          'services.settings.server': 'http://127.0.0.1:9/',
          'extensions.update.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
        },
      },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  // a file that hangs must not eat the CI's time: no test file here needs more than a minute
  testsFinishTimeout: 120000,
};
