import { expect } from '@open-wc/testing';
import type { Example } from '@parvis/core';
import { THEMES, themedFixture } from './themes.js';

/**
 * Every example of a component, in every theme, must pass axe (GOV.UK: the examples that feed the
 * docs are the ones tested). Colour contrast is checked too, since a theme can break it.
 */
export function describeExamplesAccessible(examples: readonly Example[]): void {
  describe('examples are accessible in every theme', () => {
    for (const theme of THEMES) {
      for (const example of examples) {
        it(`${example.name} (${theme})`, async () => {
          const el = await themedFixture(example.render(), theme);
          await new Promise((r) => setTimeout(r, 0));
          await expect(el.parentElement).to.be.accessible();
        });
      }
    }
  });
}
