import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** The built-in themes every example is checked in. */
export const THEMES = ['default', 'dark', 'high-contrast'] as const;
export type ThemeName = (typeof THEMES)[number];

let loaded: Promise<void> | undefined;

/** Adds the three built theme stylesheets once (each is scoped by `data-pv-theme`). */
export function loadThemes(): Promise<void> {
  loaded ??= Promise.all(
    THEMES.map(
      (theme) =>
        new Promise<void>((resolve, reject) => {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = `/packages/tokens/dist/themes/${theme}.css`;
          link.onload = () => resolve();
          link.onerror = () => reject(new Error(`theme ${theme} missing: run pnpm --filter @parvis/tokens build`));
          document.head.append(link);
        }),
    ),
  ).then(() => undefined);
  return loaded;
}

/** Renders `template` inside a container themed with `theme`; returns the first element child. */
export async function themedFixture<T extends Element = HTMLElement>(template: TemplateResult, theme: ThemeName = 'default'): Promise<T> {
  await loadThemes();
  const wrapper = await fixture<HTMLDivElement>(html`<div data-pv-theme=${theme} class="pv-theme-${theme}">${template}</div>`);
  const element = wrapper.firstElementChild as T;
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}
