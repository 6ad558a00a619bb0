import type { TemplateResult } from 'lit';

/** The states a story can show, as the Definition of done lists them. */
export type ExampleState = 'empty' | 'filled' | 'error' | 'loading' | 'success' | 'offline' | 'disabled' | 'default';

/**
 * One named example of a component (GOV.UK "examples as data"): the same list feeds the
 * Storybook stories, the axe test in every theme, and the docs page.
 */
export interface Example {
  /** Identifier, also the story's export name (PascalCase). */
  name: string;
  /** Title in French for the catalogue. */
  title: string;
  description?: string;
  state?: ExampleState;
  /** The markup a webmaster would write. */
  render: () => TemplateResult;
}
