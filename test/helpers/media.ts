import { emulateMedia } from '@web/test-runner-commands';

/** The text of a component's `@media` rules whose condition contains `condition` (shadow root sheets). */
export function mediaRulesCss(el: Element, condition: string): string {
  return el.shadowRoot!.adoptedStyleSheets
    .flatMap((sheet) => Array.from(sheet.cssRules))
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes(condition))
    .map((rule) => rule.cssText)
    .join('\n');
}

/** The component's `@media (forced-colors: active)` rules (the test browser cannot emulate that mode). */
export const forcedColorsCss = (el: Element): string => mediaRulesCss(el, 'forced-colors: active');

/** Emulates reduced motion; false where the runner cannot (Firefox has no CDP): the test then skips. */
export async function reduceMotion(on: boolean): Promise<boolean> {
  try {
    await emulateMedia({ reducedMotion: on ? 'reduce' : 'no-preference' });
    return true;
  } catch {
    return false;
  }
}
