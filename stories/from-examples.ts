import { html, type TemplateResult } from 'lit';
import type { Example } from '@parvis/core';
import type { StoryObj } from '@storybook/web-components-vite';

/**
 * Builds the story of one example: stories are the examples files (GOV.UK "examples as data"),
 * so what the catalogue shows is exactly what the accessibility tests checked.
 */
export function storyOf(examples: readonly Example[], name: string): StoryObj {
  const example = examples.find((e) => e.name === name);
  if (!example) throw new Error(`example ${name} not found`);
  return {
    name: example.title,
    render: () => example.render(),
    parameters: { docs: { description: { story: example.description ?? '' } } },
    tags: example.state ? [`state:${example.state}`] : [],
  };
}

const THEMES = [
  ['default', 'Par défaut'],
  ['dark', 'Sombre'],
  ['high-contrast', 'Contraste élevé'],
] as const;

/** One story that shows every example side by side in the three themes. */
export function themesStory(examples: readonly Example[]): StoryObj {
  return {
    name: 'Dans chaque thème',
    render: (): TemplateResult =>
      html`${THEMES.map(
        ([theme, title]) =>
          html`<section class="pv-story" data-pv-theme=${theme} aria-label=${title}>
            <h2>${title}</h2>
            ${examples.map((e) => e.render())}
          </section>`,
      )}`,
  };
}
